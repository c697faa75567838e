# rungs --help check: the help of check.
run: --help check
exit: 0
<<<stdout
usage: rungs check [--strict] [--defs] [FILE...]

Validate the data repo: every problem, compiler style; exit 1 on errors.

Options:
      --strict             fail on warnings too
      --defs               check only the definitions: skills, roles, opportunities, learning, plans
  -h, --help               show this help

Global options are listed by 'rungs --help'; see also 'man rungs-check'.
<<<end
