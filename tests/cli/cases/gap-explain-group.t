# --explain is for one employee.
run: -C ../data-examples --as-of 2026-11-22 gap --team E1008 --explain
exit: 2
<<<stderr
rungs: --explain is for one employee
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
