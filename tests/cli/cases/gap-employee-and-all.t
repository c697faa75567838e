# EMPLOYEE and --all are exclusive.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --all
exit: 2
<<<stderr
rungs: give one of EMPLOYEE, --team, --department or --all
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
