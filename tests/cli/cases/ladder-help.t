# ladder --help.
run: -C ../data-examples ladder --help
exit: 0
<<<stdout
usage: rungs ladder [FAMILY] | --from ROLE [--to ROLE] [--depth N] [--limit N] [--suggest]
   or: rungs ladder --for EMPLOYEE --to ROLE [--tracks] [--depth N] [--limit N]

The job architecture and the career paths through it: moves, routes, skill deltas.

Options:
      --from ROLE          the tree of moves from ROLE (with --to: the routes to a role)
      --to ROLE            with --from or --for: the routes to ROLE
      --depth N            moves to follow (default 3)
      --limit N            routes or suggestions to show (default 10; 0: up to 1000)
      --suggest            with --from: roles not in `next` whose requirements overlap most
      --for EMPLOYEE       with --to: routes from EMPLOYEE's role ranked by the effort they need
      --tracks             with --for: the best route ending in each track at the level of --to
  -h, --help               show this help

Global options are listed by 'rungs --help'; see also 'man rungs-ladder'.
<<<end
