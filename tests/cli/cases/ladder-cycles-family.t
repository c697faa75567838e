# Family beta: be-2 steps back to be-1.
run: -C repos/ladder-cycles ladder beta
exit: 0
<<<stdout
Level  Role  Title     Track  Incumbents  Moves
    1  be-1  Beta One  ic              0  be-2 (promotion)
    2  be-2  Beta Two  ic              1  be-1 (step-back)
<<<end
