# --fail-on stale for one person with nothing stale (E1022's rows are of
# 2026-09-19): exit 0.
run: -C ../data-examples --as-of 2026-11-22 review E1022 --fail-on stale --format csv
<<<stdout
skill,from,to,change,evidence
communication,0,2,2,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":2}"
data-visualization,0,2,2,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":2}"
excel,0,3,3,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":3}"
freight-operations,0,1,1,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":1}"
project-management,0,1,1,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":1}"
python,0,1,1,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":1}"
sql,0,2,2,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":2}"
statistics,0,1,1,"{""date"":""2026-09-19"",""source"":""self"",""assessor"":""E1022"",""level"":1}"
<<<end
