# Free-text families and tracks in Mermaid: double quotes as #quot;, and
# < > as #lt; #gt; (Mermaid renders labels as HTML: a raw <x> would be
# taken for a tag and dropped).
run: -C repos/ladder-quotes ladder --format mermaid
exit: 0
<<<stdout
flowchart LR
  subgraph c0["Data #quot;Core#quot; \ R#amp;D #lt;x#gt;"]
    n0["q-1<br/>level 1 · tech #quot;lead#quot;"]
    n1["q-2<br/>level 2 · ic"]
  end
  n0 -->|"promotion"| n1
<<<end
