# check rungs.yaml: the configuration file is a file of the repo too.
run: -C repos/unknown-keys check repos/unknown-keys/rungs.yaml
exit: 0
<<<stderr
repos/unknown-keys/rungs.yaml:1:1: warning: unknown key 'max_error' in rungs.yaml (did you mean 'max_errors'?)
repos/unknown-keys/rungs.yaml:2:1: warning: unknown key 'path' in rungs.yaml (did you mean 'paths'?)
repos/unknown-keys/rungs.yaml:3:9: warning: unknown key 'poeple' in paths (did you mean 'people'?)
<<<end
