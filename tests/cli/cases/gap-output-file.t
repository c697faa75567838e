# -o FILE writes the report to FILE (relative to the working directory),
# nothing to stdout, and no temporary file remains. A failed run (E100 has no
# target) leaves an existing file untouched; a --fail-on hit (exit 1) still
# writes the report.
sh: "$RUNGS" -C "$TESTS/repos/gap-hand" --as-of 2026-06-30 gap E102 --format csv -o report.csv; echo "exit $?"; cat report.csv; ls -A; echo old > kept.csv; "$RUNGS" -C "$TESTS/repos/gap-hand" --as-of 2026-06-30 gap E100 -o kept.csv; echo "exit $?"; cat kept.csv; ls -A; "$RUNGS" -C "$TESTS/repos/gap-hand" --as-of 2026-06-30 gap --all --fail-on develop --format csv -o team.csv; echo "exit $?"; cat team.csv; ls -A
exit: 0
<<<stdout
exit 0
skill,required,level,credited,via,gap,weight,essential,hours,learning,name,employee,role_measured,unmet,sources,newest,unverified
python,3,2.3,2.3,,0.7,3,false,8.4,,Python,E102,analyst-2,false,manager;test,2026-03-02,false
comms,2,2,2,,0,1,false,0,,Communication,E102,analyst-2,false,peer,2026-02-01,false
modeling,2,2,2,,0,1,false,0,,Data modeling,E102,analyst-2,false,self,2026-03-01,true
sql,3,3,3,,0,2,true,0,,SQL,E102,analyst-2,false,manager,2026-03-01,false
report.csv
exit 2
old
kept.csv
report.csv
exit 1
employee,name,role,target,measured,readiness,tier,months,gaps
E100,Mara Lead,lead-2,,,,,,
E101,Ana Silva,analyst-1,analyst-2,analyst-2,0.481150794,ready-soon,4,python;sql
E102,Ben Ode,analyst-1,analyst-2,analyst-2,0.9,ready-now,2,python
E103,Cy Park,analyst-1,analyst-2,analyst-2,0,develop,11,python;sql
kept.csv
report.csv
team.csv
<<<stderr
rungs: 'E100' has no target role (no plan target, aspiration or promotion from their role); name one with --role
<<<end
