# The diagnostics shown are the first max_errors of the file in line order:
# the duplicate on line 3 (found after reading the whole file) comes before
# the bad ids of lines 4-6.
run: -C repos/max-errors-order check
exit: 1
<<<stderr
repos/max-errors-order/people.csv:3: error: duplicate employee 'E1' (first at line 2)
repos/max-errors-order/people.csv:4: error: invalid employee id 'E 2' (use 1-64 of A-Z a-z 0-9 . _ -, not starting with . or -)
repos/max-errors-order/people.csv: note: … and 2 more
<<<end
