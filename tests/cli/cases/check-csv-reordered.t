# Columns in another order, header names in other case and with spaces
# around them, unknown extra columns, the optional "from" column missing:
# all valid.
run: -C repos/csv-reordered check
exit: 0
<<<end
