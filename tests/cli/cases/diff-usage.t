# Usage errors, before anything is read: exit 2.
sh: for a in "a b c" "--fail-on drop" "--limit -1" "a..b..c" "a..b c" "--people=yes"; do "$RUNGS" -C /nonexistent diff $a; echo "exit $?"; done
exit: 0
<<<stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
<<<stderr
rungs: at most two revisions
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
rungs: --fail-on takes tier-drop, not 'drop'
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
rungs: --limit takes a number from 0, not '-1'
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
rungs: invalid range 'a..b..c' (REV1..REV2 or REV1...REV2)
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
rungs: a range goes alone: REV1..REV2 or REV1 REV2
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
rungs: option '--people' takes no value
usage: rungs diff [REV1 [REV2]] [--people] [--limit N] [--fail-on tier-drop]
   or: rungs diff (REV1..REV2 | REV1...REV2) [--people] [--limit N] [--fail-on tier-drop]
<<<end
