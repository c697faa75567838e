# The whole architecture for Mermaid: a subgraph per family, quoted
# labels, node ids n0..; lateral and step-back dotted, cross-functional thick.
run: -C ../data-examples ladder --format mermaid
exit: 0
<<<stdout
flowchart LR
  subgraph c0["customer-success"]
    n0["support-specialist-1<br/>level 1 · ic"]
    n1["customer-success-manager-2<br/>level 2 · ic"]
    n3["customer-success-manager-3<br/>level 3 · ic"]
    n5["customer-success-lead-4<br/>level 4 · management"]
    n6["solutions-engineer-3<br/>level 3 · specialist"]
    n10["head-of-customer-success-5<br/>level 5 · management"]
  end
  subgraph c1["sales"]
    n2["sales-development-rep-1<br/>level 1 · ic"]
    n4["account-executive-2<br/>level 2 · ic"]
    n7["account-executive-3<br/>level 3 · ic"]
    n39["sales-manager-4<br/>level 4 · management"]
    n40["vp-sales-5<br/>level 5 · management"]
  end
  subgraph c2["product"]
    n8["product-manager-3<br/>level 3 · ic"]
    n14["product-analyst-2<br/>level 2 · ic"]
    n36["senior-product-manager-4<br/>level 4 · ic"]
    n37["ux-researcher-3<br/>level 3 · specialist"]
    n38["group-product-manager-5<br/>level 5 · management"]
  end
  subgraph c3["engineering"]
    n9["software-engineer-3<br/>level 3 · ic"]
    n19["software-engineer-2<br/>level 2 · ic"]
    n21["site-reliability-engineer-3<br/>level 3 · ic"]
    n25["software-engineer-1<br/>level 1 · ic"]
    n26["senior-software-engineer-4<br/>level 4 · ic"]
    n27["security-engineer-4<br/>level 4 · specialist"]
    n28["engineering-manager-4<br/>level 4 · management"]
    n29["director-engineering-5<br/>level 5 · management"]
    n30["staff-engineer-5<br/>level 5 · ic"]
  end
  subgraph c4["executive"]
    n11["chief-executive-officer<br/>level 6 · management"]
  end
  subgraph c5["data"]
    n12["data-analyst-1<br/>level 1 · ic"]
    n13["data-analyst-2<br/>level 2 · ic"]
    n15["data-analyst-3<br/>level 3 · ic"]
    n16["data-engineer-2<br/>level 2 · ic"]
    n17["data-scientist-3<br/>level 3 · ic"]
    n18["data-engineer-3<br/>level 3 · ic"]
    n20["analytics-manager-4<br/>level 4 · management"]
    n22["data-scientist-4<br/>level 4 · ic"]
    n23["head-of-data-5<br/>level 5 · management"]
    n24["principal-data-scientist-5<br/>level 5 · specialist"]
  end
  subgraph c6["people"]
    n31["people-coordinator-1<br/>level 1 · ic"]
    n32["talent-acquisition-partner-2<br/>level 2 · ic"]
    n33["hr-business-partner-3<br/>level 3 · ic"]
    n34["people-operations-manager-4<br/>level 4 · management"]
    n35["head-of-people-5<br/>level 5 · management"]
  end
  n0 -->|"promotion"| n1
  n0 ==>|"cross-functional"| n2
  n1 -->|"promotion"| n3
  n1 ==>|"cross-functional"| n4
  n3 -->|"promotion"| n5
  n3 -.->|"lateral"| n6
  n3 ==>|"cross-functional"| n7
  n3 ==>|"cross-functional"| n8
  n6 -->|"promotion"| n5
  n6 -.->|"lateral"| n3
  n6 ==>|"cross-functional"| n9
  n5 -->|"promotion"| n10
  n5 -.->|"step-back"| n3
  n10 ==>|"cross-functional"| n11
  n12 -->|"promotion"| n13
  n12 ==>|"cross-functional"| n14
  n13 -->|"promotion"| n15
  n13 -.->|"lateral"| n16
  n13 -->|"promotion"| n17
  n13 ==>|"cross-functional"| n14
  n16 -->|"promotion"| n18
  n16 -.->|"lateral"| n13
  n16 ==>|"cross-functional"| n19
  n15 -->|"promotion"| n20
  n15 -.->|"lateral"| n17
  n15 -.->|"lateral"| n18
  n15 ==>|"cross-functional"| n8
  n18 -->|"promotion"| n20
  n18 -.->|"lateral"| n17
  n18 ==>|"cross-functional"| n21
  n18 ==>|"cross-functional"| n9
  n17 -->|"promotion"| n22
  n17 -.->|"lateral"| n15
  n17 -.->|"lateral"| n18
  n20 -->|"promotion"| n23
  n20 -.->|"lateral"| n22
  n20 -.->|"step-back"| n15
  n22 -->|"promotion"| n24
  n22 -.->|"lateral"| n20
  n23 ==>|"cross-functional"| n11
  n24 -.->|"lateral"| n23
  n25 -->|"promotion"| n19
  n19 -->|"promotion"| n9
  n19 ==>|"cross-functional"| n16
  n21 -->|"promotion"| n26
  n21 -->|"promotion"| n27
  n21 -.->|"lateral"| n9
  n9 -->|"promotion"| n26
  n9 -->|"promotion"| n28
  n9 -.->|"lateral"| n21
  n9 ==>|"cross-functional"| n6
  n9 ==>|"cross-functional"| n8
  n28 -->|"promotion"| n29
  n28 -.->|"lateral"| n26
  n27 -->|"promotion"| n30
  n26 -->|"promotion"| n30
  n26 -.->|"lateral"| n28
  n26 -.->|"lateral"| n27
  n29 ==>|"cross-functional"| n11
  n30 -.->|"lateral"| n29
  n31 -->|"promotion"| n32
  n32 -->|"promotion"| n33
  n32 ==>|"cross-functional"| n4
  n33 -->|"promotion"| n34
  n33 -->|"promotion"| n35
  n34 -->|"promotion"| n35
  n34 -.->|"step-back"| n33
  n35 ==>|"cross-functional"| n11
  n14 -->|"promotion"| n8
  n14 ==>|"cross-functional"| n13
  n8 -->|"promotion"| n36
  n8 -.->|"lateral"| n37
  n8 ==>|"cross-functional"| n3
  n37 -.->|"lateral"| n8
  n37 -->|"promotion"| n36
  n36 -->|"promotion"| n38
  n38 ==>|"cross-functional"| n11
  n2 -->|"promotion"| n4
  n2 ==>|"cross-functional"| n1
  n4 -->|"promotion"| n7
  n4 ==>|"cross-functional"| n1
  n7 -->|"promotion"| n39
  n7 ==>|"cross-functional"| n6
  n7 ==>|"cross-functional"| n3
  n39 -->|"promotion"| n40
  n39 -.->|"step-back"| n7
  n40 ==>|"cross-functional"| n11
<<<end
