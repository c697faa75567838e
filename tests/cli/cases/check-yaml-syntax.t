# A YAML syntax error in each of two role files: both files are reported
# (one error each, at the token where parsing failed); the valid role loads.
run: -C repos/yaml-syntax check
exit: 1
<<<stderr
repos/yaml-syntax/roles/bad-flow.yaml:6:5: error: did not find expected ',' or '}' while parsing a flow mapping
repos/yaml-syntax/roles/bad-indent.yaml:3:9: error: mapping values are not allowed in this context
<<<end
