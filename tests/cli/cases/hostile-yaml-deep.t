# Deep nesting cannot overflow the stack (the tree is built without
# recursion): 100000 nested flow sequences, 100000 nested flow mappings and
# 70 nested block mappings are each refused at the 64-level limit; 60 levels
# are fine as far as nesting goes.
sh: . "$TESTS/cli/hostile.sh"; base; awk 'BEGIN { printf "id: "; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' > r/roles/deep-seq.yaml; awk 'BEGIN { printf "id: "; for (i = 0; i < 100000; i++) printf "{a: "; for (i = 0; i < 100000; i++) printf "}"; print "" }' > r/roles/deep-map.yaml; awk 'BEGIN { for (i = 0; i < 70; i++) { for (j = 0; j < i; j++) printf " "; print "k:" } }' > r/roles/deep-block.yaml; awk 'BEGIN { printf "id: ok-60\ntitle: Deep\nfamily: data\nlevel: 1\nnote: "; for (i = 0; i < 59; i++) printf "["; for (i = 0; i < 59; i++) printf "]"; print "" }' > r/roles/ok-60.yaml; check; attempt ladder
exit: 0
<<<stdout
check: exit 1
ladder: exit 3
<<<stderr
r/roles/deep-block.yaml:65:65: error: nesting deeper than 64 levels
r/roles/deep-map.yaml:1:257: error: nesting deeper than 64 levels
r/roles/deep-seq.yaml:1:68: error: nesting deeper than 64 levels
r/roles/ok-60.yaml:5:1: warning: unknown key 'note' in a role
r/roles/deep-block.yaml:65:65: error: nesting deeper than 64 levels
r/roles/deep-map.yaml:1:257: error: nesting deeper than 64 levels
r/roles/deep-seq.yaml:1:68: error: nesting deeper than 64 levels
r/roles/ok-60.yaml:5:1: warning: unknown key 'note' in a role
<<<end
