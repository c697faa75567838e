# --by takes employee or skill.
run: -C ../data-examples --as-of 2026-11-22 gap --all --by team
exit: 2
<<<stderr
rungs: --by takes employee or skill, not 'team'
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
