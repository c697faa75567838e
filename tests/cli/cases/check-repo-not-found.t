# -C naming a folder that does not exist.
run: -C repos/no-such-repo check
exit: 1
<<<stderr
repos/no-such-repo: error: data repo not found: no such file or directory
<<<end
