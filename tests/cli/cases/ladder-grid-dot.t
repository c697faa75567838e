# The whole architecture for Graphviz: one cluster per family, every
# `next` move an edge labelled and styled by its type (promotion solid,
# lateral dashed, step-back dotted, cross-functional bold).
run: -C ../data-examples ladder --format dot
exit: 0
<<<stdout
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="customer-success";
    n0 [label="support-specialist-1\nlevel 1 · ic"];
    n1 [label="customer-success-manager-2\nlevel 2 · ic"];
    n3 [label="customer-success-manager-3\nlevel 3 · ic"];
    n5 [label="customer-success-lead-4\nlevel 4 · management"];
    n6 [label="solutions-engineer-3\nlevel 3 · specialist"];
    n10 [label="head-of-customer-success-5\nlevel 5 · management"];
  }
  subgraph cluster_1 {
    label="sales";
    n2 [label="sales-development-rep-1\nlevel 1 · ic"];
    n4 [label="account-executive-2\nlevel 2 · ic"];
    n7 [label="account-executive-3\nlevel 3 · ic"];
    n39 [label="sales-manager-4\nlevel 4 · management"];
    n40 [label="vp-sales-5\nlevel 5 · management"];
  }
  subgraph cluster_2 {
    label="product";
    n8 [label="product-manager-3\nlevel 3 · ic"];
    n14 [label="product-analyst-2\nlevel 2 · ic"];
    n36 [label="senior-product-manager-4\nlevel 4 · ic"];
    n37 [label="ux-researcher-3\nlevel 3 · specialist"];
    n38 [label="group-product-manager-5\nlevel 5 · management"];
  }
  subgraph cluster_3 {
    label="engineering";
    n9 [label="software-engineer-3\nlevel 3 · ic"];
    n19 [label="software-engineer-2\nlevel 2 · ic"];
    n21 [label="site-reliability-engineer-3\nlevel 3 · ic"];
    n25 [label="software-engineer-1\nlevel 1 · ic"];
    n26 [label="senior-software-engineer-4\nlevel 4 · ic"];
    n27 [label="security-engineer-4\nlevel 4 · specialist"];
    n28 [label="engineering-manager-4\nlevel 4 · management"];
    n29 [label="director-engineering-5\nlevel 5 · management"];
    n30 [label="staff-engineer-5\nlevel 5 · ic"];
  }
  subgraph cluster_4 {
    label="executive";
    n11 [label="chief-executive-officer\nlevel 6 · management"];
  }
  subgraph cluster_5 {
    label="data";
    n12 [label="data-analyst-1\nlevel 1 · ic"];
    n13 [label="data-analyst-2\nlevel 2 · ic"];
    n15 [label="data-analyst-3\nlevel 3 · ic"];
    n16 [label="data-engineer-2\nlevel 2 · ic"];
    n17 [label="data-scientist-3\nlevel 3 · ic"];
    n18 [label="data-engineer-3\nlevel 3 · ic"];
    n20 [label="analytics-manager-4\nlevel 4 · management"];
    n22 [label="data-scientist-4\nlevel 4 · ic"];
    n23 [label="head-of-data-5\nlevel 5 · management"];
    n24 [label="principal-data-scientist-5\nlevel 5 · specialist"];
  }
  subgraph cluster_6 {
    label="people";
    n31 [label="people-coordinator-1\nlevel 1 · ic"];
    n32 [label="talent-acquisition-partner-2\nlevel 2 · ic"];
    n33 [label="hr-business-partner-3\nlevel 3 · ic"];
    n34 [label="people-operations-manager-4\nlevel 4 · management"];
    n35 [label="head-of-people-5\nlevel 5 · management"];
  }
  n0 -> n1 [style=solid, label="promotion"];
  n0 -> n2 [style=bold, label="cross-functional"];
  n1 -> n3 [style=solid, label="promotion"];
  n1 -> n4 [style=bold, label="cross-functional"];
  n3 -> n5 [style=solid, label="promotion"];
  n3 -> n6 [style=dashed, label="lateral"];
  n3 -> n7 [style=bold, label="cross-functional"];
  n3 -> n8 [style=bold, label="cross-functional"];
  n6 -> n5 [style=solid, label="promotion"];
  n6 -> n3 [style=dashed, label="lateral"];
  n6 -> n9 [style=bold, label="cross-functional"];
  n5 -> n10 [style=solid, label="promotion"];
  n5 -> n3 [style=dotted, label="step-back"];
  n10 -> n11 [style=bold, label="cross-functional"];
  n12 -> n13 [style=solid, label="promotion"];
  n12 -> n14 [style=bold, label="cross-functional"];
  n13 -> n15 [style=solid, label="promotion"];
  n13 -> n16 [style=dashed, label="lateral"];
  n13 -> n17 [style=solid, label="promotion"];
  n13 -> n14 [style=bold, label="cross-functional"];
  n16 -> n18 [style=solid, label="promotion"];
  n16 -> n13 [style=dashed, label="lateral"];
  n16 -> n19 [style=bold, label="cross-functional"];
  n15 -> n20 [style=solid, label="promotion"];
  n15 -> n17 [style=dashed, label="lateral"];
  n15 -> n18 [style=dashed, label="lateral"];
  n15 -> n8 [style=bold, label="cross-functional"];
  n18 -> n20 [style=solid, label="promotion"];
  n18 -> n17 [style=dashed, label="lateral"];
  n18 -> n21 [style=bold, label="cross-functional"];
  n18 -> n9 [style=bold, label="cross-functional"];
  n17 -> n22 [style=solid, label="promotion"];
  n17 -> n15 [style=dashed, label="lateral"];
  n17 -> n18 [style=dashed, label="lateral"];
  n20 -> n23 [style=solid, label="promotion"];
  n20 -> n22 [style=dashed, label="lateral"];
  n20 -> n15 [style=dotted, label="step-back"];
  n22 -> n24 [style=solid, label="promotion"];
  n22 -> n20 [style=dashed, label="lateral"];
  n23 -> n11 [style=bold, label="cross-functional"];
  n24 -> n23 [style=dashed, label="lateral"];
  n25 -> n19 [style=solid, label="promotion"];
  n19 -> n9 [style=solid, label="promotion"];
  n19 -> n16 [style=bold, label="cross-functional"];
  n21 -> n26 [style=solid, label="promotion"];
  n21 -> n27 [style=solid, label="promotion"];
  n21 -> n9 [style=dashed, label="lateral"];
  n9 -> n26 [style=solid, label="promotion"];
  n9 -> n28 [style=solid, label="promotion"];
  n9 -> n21 [style=dashed, label="lateral"];
  n9 -> n6 [style=bold, label="cross-functional"];
  n9 -> n8 [style=bold, label="cross-functional"];
  n28 -> n29 [style=solid, label="promotion"];
  n28 -> n26 [style=dashed, label="lateral"];
  n27 -> n30 [style=solid, label="promotion"];
  n26 -> n30 [style=solid, label="promotion"];
  n26 -> n28 [style=dashed, label="lateral"];
  n26 -> n27 [style=dashed, label="lateral"];
  n29 -> n11 [style=bold, label="cross-functional"];
  n30 -> n29 [style=dashed, label="lateral"];
  n31 -> n32 [style=solid, label="promotion"];
  n32 -> n33 [style=solid, label="promotion"];
  n32 -> n4 [style=bold, label="cross-functional"];
  n33 -> n34 [style=solid, label="promotion"];
  n33 -> n35 [style=solid, label="promotion"];
  n34 -> n35 [style=solid, label="promotion"];
  n34 -> n33 [style=dotted, label="step-back"];
  n35 -> n11 [style=bold, label="cross-functional"];
  n14 -> n8 [style=solid, label="promotion"];
  n14 -> n13 [style=bold, label="cross-functional"];
  n8 -> n36 [style=solid, label="promotion"];
  n8 -> n37 [style=dashed, label="lateral"];
  n8 -> n3 [style=bold, label="cross-functional"];
  n37 -> n8 [style=dashed, label="lateral"];
  n37 -> n36 [style=solid, label="promotion"];
  n36 -> n38 [style=solid, label="promotion"];
  n38 -> n11 [style=bold, label="cross-functional"];
  n2 -> n4 [style=solid, label="promotion"];
  n2 -> n1 [style=bold, label="cross-functional"];
  n4 -> n7 [style=solid, label="promotion"];
  n4 -> n1 [style=bold, label="cross-functional"];
  n7 -> n39 [style=solid, label="promotion"];
  n7 -> n6 [style=bold, label="cross-functional"];
  n7 -> n3 [style=bold, label="cross-functional"];
  n39 -> n40 [style=solid, label="promotion"];
  n39 -> n7 [style=dotted, label="step-back"];
  n40 -> n11 [style=bold, label="cross-functional"];
}
<<<end
