# YAML files saved by Windows editors: a UTF-8 byte order mark and CRLF line
# ends. YAML allows a BOM at the start of the stream; they must load cleanly.
run: -C repos/yaml-bom-crlf check
exit: 0
<<<end
