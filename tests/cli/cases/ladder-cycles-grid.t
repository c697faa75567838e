# Two families with no move between them, each starting at level 1.
run: -C repos/ladder-cycles ladder
exit: 0
<<<stdout
Job architecture: role (track, incumbents)
Family  Level 1       Level 2                       Level 3                                              Level 4
alpha   al-1 (ic, 1)  al-2x (ic, 2), al-2y (ic, 0)  al-3p (ic, 0), al-3q (ic, 0), al-3r (specialist, 0)  al-4 (management, 0)
beta    be-1 (ic, 0)  be-2 (ic, 1)                  -                                                    -
<<<end
