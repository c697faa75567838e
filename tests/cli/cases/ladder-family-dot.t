# One family for Graphviz: moves out of the family reach nodes drawn in
# their own family's cluster.
run: -C ../data-examples ladder people --format dot
exit: 0
<<<stdout
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="people";
    n0 [label="people-coordinator-1\nlevel 1 · ic"];
    n1 [label="talent-acquisition-partner-2\nlevel 2 · ic"];
    n2 [label="hr-business-partner-3\nlevel 3 · ic"];
    n4 [label="people-operations-manager-4\nlevel 4 · management"];
    n5 [label="head-of-people-5\nlevel 5 · management"];
  }
  subgraph cluster_1 {
    label="sales";
    n3 [label="account-executive-2\nlevel 2 · ic"];
  }
  subgraph cluster_2 {
    label="executive";
    n6 [label="chief-executive-officer\nlevel 6 · management"];
  }
  n0 -> n1 [style=solid, label="promotion"];
  n1 -> n2 [style=solid, label="promotion"];
  n1 -> n3 [style=bold, label="cross-functional"];
  n2 -> n4 [style=solid, label="promotion"];
  n2 -> n5 [style=solid, label="promotion"];
  n4 -> n5 [style=solid, label="promotion"];
  n4 -> n2 [style=dotted, label="step-back"];
  n5 -> n6 [style=bold, label="cross-functional"];
}
<<<end
