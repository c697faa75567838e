# --format dot is for ladder only: gap refuses it.
run: -C ../data-examples --as-of 2026-11-22 gap E1019 --format dot
exit: 2
<<<stderr
rungs: --format dot is for graphs: rungs ladder
usage: rungs gap EMPLOYEE [--role ROLE] [--explain]
   or: rungs gap (--team MANAGER [--direct] | --department D | --all) [--role ROLE] [--by employee|skill]
                 [--fail-on develop|ready-soon]
<<<end
