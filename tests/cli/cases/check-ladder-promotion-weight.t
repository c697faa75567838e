# A promotion that keeps the levels but makes a skill weigh 3 and essential
# asks more of the person (its readiness bar is higher): it does not ask
# less than its source, so no warning.
run: -C repos/ladder-promotion-weight check
exit: 0
<<<end
