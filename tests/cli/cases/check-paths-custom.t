# paths: in rungs.yaml moves every file; diagnostics show the configured
# paths.
run: -C repos/paths-custom check
exit: 1
<<<stderr
repos/paths-custom/dev-plans/E3.yaml:1:11: error: unknown employee 'E3' (did you mean 'E1'?)
repos/paths-custom/hr/export.csv:3: error: empty name
<<<end
