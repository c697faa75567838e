# A sources table in rungs.yaml replaces the defaults as a whole: peer is
# no longer a source.
run: -C repos/sources-custom check
exit: 1
<<<stderr
repos/sources-custom/assessments.csv:3: error: unknown source 'peer'
<<<end
