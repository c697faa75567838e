# Options that would silently do nothing are usage errors (exit 2), as
# --kind with --role and --since without --all already are: an empty --kind
# list (an unset variable in a cron script) would filter out everything and
# still exit 0; --limit with --assign (its synopsis takes no options) would
# be ignored. Exit statuses only; the messages are not pinned here.
sh: for a in "E1018 --kind=" "E1018 --kind ''" "--assign --limit 1"; do eval "\"\$RUNGS\" -C \"\$TESTS/../data-examples\" --as-of 2026-11-22 match $a" >/dev/null 2>&1; echo "match $a: exit $?"; done
exit: 0
<<<stdout
match E1018 --kind=: exit 2
match E1018 --kind '': exit 2
match --assign --limit 1: exit 2
<<<end
