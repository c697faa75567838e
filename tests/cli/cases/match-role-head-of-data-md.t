# Markdown: the bench section first.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5 --format md --limit 3
exit: 0
<<<stdout
### Succession bench (critical role)

- **Role:** head-of-data-5
- **Opening:** -
- **As of:** 2026-11-22
- **Incumbents:** 1
- **Ready now:** 0
- **Ready soon:** 1

### Internal candidates

| Employee | Name | Current role | Readiness | Tier | Months |
|---|---|---|---:|---|---:|
| E1008 | Łukasz Nowak | analytics-manager-4 | 95.3% | ready-soon | 7 |
| E1024 | Kwame Mensah | engineering-manager-4 | 75.0% | develop | 26 |
| E1003 | Zoë Müller | director-engineering-5 | 74.3% | develop | 28 |
<<<end
