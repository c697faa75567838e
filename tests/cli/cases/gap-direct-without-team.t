# --direct only goes with --team.
run: -C ../data-examples --as-of 2026-11-22 gap --all --direct
exit: 2
<<<stderr
rungs: --direct goes with --team
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
