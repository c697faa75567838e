# Windows-1252 exports (and a Latin-1 role file): one error per file, at
# the first line with a byte that is not UTF-8.
run: -C repos/encoding-cp1252 check
exit: 1
<<<stderr
repos/encoding-cp1252/learning.csv:2: error: file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8
repos/encoding-cp1252/people.csv:3: error: file is not valid UTF-8 (a Windows-1252 export?); export it as UTF-8
repos/encoding-cp1252/roles/latin1.yaml:2:18: error: file is not valid UTF-8
<<<end
