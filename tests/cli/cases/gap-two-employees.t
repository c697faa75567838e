# One employee at a time.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 E1018
exit: 2
<<<stderr
rungs: one employee at a time; for groups use --team, --department or --all
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
