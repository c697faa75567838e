# A remapped column missing from the header is named by its export name;
# unknown keys under columns: are warnings with a suggestion.
run: -C repos/columns-remap-missing check
exit: 1
<<<stderr
repos/columns-remap-missing/people.csv:1: error: header lacks required columns 'Employee Number', 'name'
repos/columns-remap-missing/rungs.yaml:2:33: warning: unknown key 'nmae' in columns of people (did you mean 'name'?)
repos/columns-remap-missing/rungs.yaml:3:3: warning: unknown key 'assesments' in columns (did you mean 'assessments'?)
<<<end
