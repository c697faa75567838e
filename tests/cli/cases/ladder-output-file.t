# -o FILE with a graph format writes the graph to FILE and nothing to
# stdout, no temporary file left; a run that fails (no route) leaves an
# existing file untouched.
sh: "$RUNGS" -C "$TESTS/repos/ladder-cycles" ladder beta --format mermaid -o beta.mmd; echo "exit $?"; cat beta.mmd; ls -A; echo old > kept.dot; "$RUNGS" -C "$TESTS/repos/ladder-cycles" ladder --from be-1 --to al-4 --format dot -o kept.dot; echo "exit $?"; cat kept.dot; ls -A
exit: 0
<<<stdout
exit 0
flowchart LR
  subgraph c0["beta"]
    n0["be-1<br/>level 1 · ic"]
    n1["be-2<br/>level 2 · ic"]
  end
  n0 -->|"promotion"| n1
  n1 -.->|"step-back"| n0
beta.mmd
exit 1
old
beta.mmd
kept.dot
<<<stderr
rungs: no route from 'be-1' to 'al-4' within 3 steps
<<<end
