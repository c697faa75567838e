# The routes for Graphviz: their moves, each once.
run: -C ../data-examples ladder --from data-analyst-1 --to head-of-data-5 --depth 5 --limit 3 --format dot
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
    n4 [label="head-of-data-5\nlevel 5 · management"];
    n5 [label="data-scientist-3\nlevel 3 · ic"];
    n6 [label="data-scientist-4\nlevel 4 · ic"];
    n7 [label="principal-data-scientist-5\nlevel 5 · specialist"];
  }
  n0 -> n1 [style=solid, label="promotion"];
  n1 -> n2 [style=solid, label="promotion"];
  n2 -> n3 [style=solid, label="promotion"];
  n3 -> n4 [style=solid, label="promotion"];
  n1 -> n5 [style=solid, label="promotion"];
  n5 -> n6 [style=solid, label="promotion"];
  n6 -> n7 [style=solid, label="promotion"];
  n7 -> n4 [style=dashed, label="lateral"];
  n6 -> n3 [style=dashed, label="lateral"];
}
<<<end
