# Free-text families and tracks in dot: quotes and backslashes escaped.
run: -C repos/ladder-quotes ladder --format dot
exit: 0
<<<stdout
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="Data \"Core\" \\ R&D <x>";
    n0 [label="q-1\nlevel 1 · tech \"lead\""];
    n1 [label="q-2\nlevel 2 · ic"];
  }
  n0 -> n1 [style=solid, label="promotion"];
}
<<<end
