# --by is for group reports.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --by skill
exit: 2
<<<stderr
rungs: --by goes with --team, --department or --all
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
