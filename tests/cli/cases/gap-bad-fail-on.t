# --fail-on takes develop or ready-soon only.
run: -C ../data-examples --as-of 2026-11-22 gap --all --fail-on ready-now
exit: 2
<<<stderr
rungs: --fail-on takes develop or ready-soon, not 'ready-now'
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
