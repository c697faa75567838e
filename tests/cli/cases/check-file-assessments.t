# check assessments.csv checks it (people.csv loaded as context).
run: -C repos/assess-source check repos/assess-source/assessments.csv
exit: 1
<<<stderr
repos/assess-source/assessments.csv:3: error: unknown source 'slef' (did you mean 'self'?)
repos/assess-source/assessments.csv:4: error: unknown source '360-review'
repos/assess-source/assessments.csv:5: error: unknown source 'Manager' (did you mean 'manager'?)
repos/assess-source/assessments.csv:6: error: empty source
<<<end
