# rungs diff --help.
sh: "$RUNGS" diff --help
exit: 0
<<<stdout
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]

What a change to the role definitions does to people: changes, and who moves tier.

Options:
      --people             name the people whose readiness or tier moves
      --limit N            top candidates per role looked at in each version (default 10; 0: all)
      --fail-on WHAT       exit 1 when anyone drops a tier: tier-drop
  -h, --help               show this help

Global options are listed by 'rungs --help'; see also 'man rungs-diff'.
<<<end
