# The cycles tree for Mermaid.
run: -C repos/ladder-cycles ladder --from al-1 --depth 6 --format mermaid
exit: 0
<<<stdout
flowchart LR
  subgraph c0["alpha"]
    n0["al-1<br/>level 1 · ic"]
    n1["al-2x<br/>level 2 · ic"]
    n2["al-2y<br/>level 2 · ic"]
    n3["al-3p<br/>level 3 · ic"]
    n4["al-3q<br/>level 3 · ic"]
    n5["al-3r<br/>level 3 · specialist"]
    n6["al-4<br/>level 4 · management"]
  end
  n0 -->|"promotion"| n1
  n1 -.->|"lateral"| n2
  n2 -.->|"lateral"| n1
  n1 -->|"promotion"| n3
  n3 -.->|"lateral"| n4
  n4 -.->|"lateral"| n5
  n5 -.->|"lateral"| n3
  n4 -->|"promotion"| n6
<<<end
