# Tabs used for indentation get their own message; a tab after a colon
# (roles/tab-in-value.yaml) is fine.
run: -C repos/yaml-tabs check
exit: 1
<<<stderr
repos/yaml-tabs/opportunities.yaml:4:1: error: tab character in indentation (YAML indents with spaces)
repos/yaml-tabs/roles/tabbed.yaml:6:1: error: tab character in indentation (YAML indents with spaces)
<<<end
