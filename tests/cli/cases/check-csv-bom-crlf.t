# CSV exports with a UTF-8 byte order mark and CRLF line ends (also inside a
# quoted field) load cleanly; the BOM is not part of the first column name.
run: -C repos/csv-bom-crlf check
exit: 0
<<<end
