# The disconnected families as two clusters.
run: -C repos/ladder-cycles ladder --format dot
exit: 0
<<<stdout
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="alpha";
    n0 [label="al-1\nlevel 1 · ic"];
    n1 [label="al-2x\nlevel 2 · ic"];
    n2 [label="al-2y\nlevel 2 · ic"];
    n3 [label="al-3p\nlevel 3 · ic"];
    n4 [label="al-3q\nlevel 3 · ic"];
    n5 [label="al-3r\nlevel 3 · specialist"];
    n6 [label="al-4\nlevel 4 · management"];
  }
  subgraph cluster_1 {
    label="beta";
    n7 [label="be-1\nlevel 1 · ic"];
    n8 [label="be-2\nlevel 2 · ic"];
  }
  n0 -> n1 [style=solid, label="promotion"];
  n1 -> n2 [style=dashed, label="lateral"];
  n1 -> n3 [style=solid, label="promotion"];
  n2 -> n1 [style=dashed, label="lateral"];
  n3 -> n4 [style=dashed, label="lateral"];
  n4 -> n5 [style=dashed, label="lateral"];
  n4 -> n6 [style=solid, label="promotion"];
  n5 -> n3 [style=dashed, label="lateral"];
  n7 -> n8 [style=solid, label="promotion"];
  n8 -> n7 [style=dotted, label="step-back"];
}
<<<end
