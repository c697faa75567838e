# No next written anywhere: nothing to reach, so no unreachable warnings.
run: -C repos/ladder-no-next check
exit: 0
<<<end
