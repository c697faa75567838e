# --by belongs to group reports, whichever value it has
run: -C ../data-examples gap E1019 --by employee
exit: 2
<<<stderr
rungs: --by goes with --team, --department or --all
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
