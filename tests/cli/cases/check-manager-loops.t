# Reporting lines that loop (3 people, 2 people) are reported once each, at
# the member with the smallest id; being one's own manager is its own error;
# people below a loop (E8) are not reported.
run: -C repos/manager-loops check
exit: 1
<<<stderr
repos/manager-loops/people.csv:3: error: reporting line of 'E2' loops back to them through manager 'E4'
repos/manager-loops/people.csv:6: error: 'E5' is their own manager
repos/manager-loops/people.csv:7: error: reporting line of 'E6' loops back to them through manager 'E7'
<<<end
