# The report for a pull-request description: --format md.
sh: . "$TESTS/cli/gitfx.sh"; gitfx_two r diff-hand && cd r && "$RUNGS" --as-of 2026-06-30 diff HEAD~1 HEAD --format md
exit: 0
<<<stdout
- **From:** HEAD~1 (e23a3cc)
- **To:** HEAD (21fa967)
- **As of:** 2026-06-30
- **Changes:** 12
- **People moved:** 5
- **Tier drops:** 2

### Definition changes

| Kind | Id | Change | Subject | From | To | Inherited from |
|---|---|---|---|---|---|---|
| skill | e | added | - | - | Skill E | - |
| role | fresh | added | - | - | Fresh role | - |
| role | gone | removed | - | Gone role | - | - |
| role | new-name | renamed | - | old-name | new-name | - |
| role | new-name | title-changed | - | Old name | New name | - |
| role | r1 | next-added | fresh | - | - | - |
| role | r2 | requirement-raised | a | 2 | 3 | - |
| role | r3 | requirement-raised | a | 2 | 3 | r2 |
| role | r3 | weight-changed | b | 1 | 2 | - |
| opportunity | OPP-1 | requirement-raised | a | 2 | 3 | r2 |
| opportunity | OPP-2 | closes-changed | - | - | 2026-12-31 | - |
| opportunity | OPP-2 | requirement-raised | c | 2 | 3 | - |

### Impact on people

| Role | Tier before → after | People |
|---|---|---:|
| fresh | - → ready-now | 1 |
| fresh | - → ready-soon | 4 |
| gone | ready-now → - | 4 |
| gone | ready-soon → - | 1 |
| r2 | ready-now → ready-soon | 1 |
| r2 | develop → develop | 1 |
| r3 | ready-now → ready-now | 1 |
| r3 | ready-now → ready-soon | 1 |
| r3 | develop → develop | 1 |
<<<end
