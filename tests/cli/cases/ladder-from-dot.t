# The tree for Graphviz: each move once as an edge, clusters by family.
run: -C ../data-examples ladder --from data-analyst-1 --format dot
exit: 0
<<<stdout
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="data";
    n0 [label="data-analyst-1\nlevel 1 · ic"];
    n1 [label="data-analyst-2\nlevel 2 · ic"];
    n2 [label="data-analyst-3\nlevel 3 · ic"];
    n3 [label="analytics-manager-4\nlevel 4 · management"];
    n4 [label="data-scientist-3\nlevel 3 · ic"];
    n5 [label="data-engineer-3\nlevel 3 · ic"];
    n7 [label="data-engineer-2\nlevel 2 · ic"];
    n9 [label="data-scientist-4\nlevel 4 · ic"];
  }
  subgraph cluster_1 {
    label="product";
    n6 [label="product-manager-3\nlevel 3 · ic"];
    n10 [label="product-analyst-2\nlevel 2 · ic"];
    n11 [label="senior-product-manager-4\nlevel 4 · ic"];
    n12 [label="ux-researcher-3\nlevel 3 · specialist"];
  }
  subgraph cluster_2 {
    label="engineering";
    n8 [label="software-engineer-2\nlevel 2 · ic"];
  }
  subgraph cluster_3 {
    label="customer-success";
    n13 [label="customer-success-manager-3\nlevel 3 · ic"];
  }
  n0 -> n1 [style=solid, label="promotion"];
  n1 -> n2 [style=solid, label="promotion"];
  n2 -> n3 [style=solid, label="promotion"];
  n2 -> n4 [style=dashed, label="lateral"];
  n2 -> n5 [style=dashed, label="lateral"];
  n2 -> n6 [style=bold, label="cross-functional"];
  n1 -> n7 [style=dashed, label="lateral"];
  n7 -> n5 [style=solid, label="promotion"];
  n7 -> n1 [style=dashed, label="lateral"];
  n7 -> n8 [style=bold, label="cross-functional"];
  n1 -> n4 [style=solid, label="promotion"];
  n4 -> n9 [style=solid, label="promotion"];
  n4 -> n2 [style=dashed, label="lateral"];
  n4 -> n5 [style=dashed, label="lateral"];
  n1 -> n10 [style=bold, label="cross-functional"];
  n0 -> n10 [style=bold, label="cross-functional"];
  n10 -> n6 [style=solid, label="promotion"];
  n6 -> n11 [style=solid, label="promotion"];
  n6 -> n12 [style=dashed, label="lateral"];
  n6 -> n13 [style=bold, label="cross-functional"];
  n10 -> n1 [style=bold, label="cross-functional"];
}
<<<end
