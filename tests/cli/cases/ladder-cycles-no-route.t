# Disconnected families: no route from beta to alpha at any depth.
run: -C repos/ladder-cycles ladder --from be-1 --to al-4 --depth 20
exit: 1
<<<stderr
rungs: no route from 'be-1' to 'al-4' within 20 steps
<<<end
