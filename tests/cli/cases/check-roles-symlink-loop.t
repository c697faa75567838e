# A symbolic link in roles/ pointing back at roles/ is not followed around:
# a warning, each folder scanned once, each role read once.
run: -C repos/roles-symlink-loop check
exit: 0
<<<stderr
repos/roles-symlink-loop/roles/self: warning: folder already scanned (a symbolic link loop?); skipped
<<<end
