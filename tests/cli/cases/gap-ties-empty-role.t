# A role with no requirements (r2, P1's promotion target): readiness 1,
# ready-now, no hours, an empty skills list.
run: -C repos/gap-ties --as-of 2026-06-30 gap P1 --format json
exit: 0
<<<stdout
{
  "employee": "P1",
  "role": "r2",
  "as_of": "2026-06-30",
  "readiness": 1,
  "tier": "ready-now",
  "hours": 0,
  "months": 0,
  "skills": [],
  "name": "One",
  "current_role": "r1",
  "target": "r2",
  "role_title": "Role Two"
}
<<<end
