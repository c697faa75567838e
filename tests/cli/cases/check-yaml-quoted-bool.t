# A quoted "true" is text, not a boolean; the message must not read as if
# true had been rejected.
run: -C repos/yaml-quoted-bool check
exit: 1
<<<stderr
repos/yaml-quoted-bool/roles/analyst-2.yaml:5:11: error: critical: expected true or false, found quoted text 'false' (write false without quotes)
repos/yaml-quoted-bool/roles/analyst-2.yaml:7:30: error: essential: expected true or false, found quoted text 'true' (write true without quotes)
<<<end
