# Header-only CSV files are valid: no rows (a header with LF, without a
# line end, with CRLF).
run: -C repos/header-only check
exit: 0
<<<end
