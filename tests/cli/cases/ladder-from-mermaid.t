# The tree for Mermaid.
run: -C ../data-examples ladder --from data-analyst-1 --format mermaid
exit: 0
<<<stdout
flowchart LR
  subgraph c0["data"]
    n0["data-analyst-1<br/>level 1 · ic"]
    n1["data-analyst-2<br/>level 2 · ic"]
    n2["data-analyst-3<br/>level 3 · ic"]
    n3["analytics-manager-4<br/>level 4 · management"]
    n4["data-scientist-3<br/>level 3 · ic"]
    n5["data-engineer-3<br/>level 3 · ic"]
    n7["data-engineer-2<br/>level 2 · ic"]
    n9["data-scientist-4<br/>level 4 · ic"]
  end
  subgraph c1["product"]
    n6["product-manager-3<br/>level 3 · ic"]
    n10["product-analyst-2<br/>level 2 · ic"]
    n11["senior-product-manager-4<br/>level 4 · ic"]
    n12["ux-researcher-3<br/>level 3 · specialist"]
  end
  subgraph c2["engineering"]
    n8["software-engineer-2<br/>level 2 · ic"]
  end
  subgraph c3["customer-success"]
    n13["customer-success-manager-3<br/>level 3 · ic"]
  end
  n0 -->|"promotion"| n1
  n1 -->|"promotion"| n2
  n2 -->|"promotion"| n3
  n2 -.->|"lateral"| n4
  n2 -.->|"lateral"| n5
  n2 ==>|"cross-functional"| n6
  n1 -.->|"lateral"| n7
  n7 -->|"promotion"| n5
  n7 -.->|"lateral"| n1
  n7 ==>|"cross-functional"| n8
  n1 -->|"promotion"| n4
  n4 -->|"promotion"| n9
  n4 -.->|"lateral"| n2
  n4 -.->|"lateral"| n5
  n1 ==>|"cross-functional"| n10
  n0 ==>|"cross-functional"| n10
  n10 -->|"promotion"| n6
  n6 -->|"promotion"| n11
  n6 -.->|"lateral"| n12
  n6 ==>|"cross-functional"| n13
  n10 ==>|"cross-functional"| n1
<<<end
