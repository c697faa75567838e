# The grid as markdown.
run: -C ../data-examples ladder --format md
exit: 0
<<<stdout
### Job architecture: role (track, incumbents)

| Family | Level 1 | Level 2 | Level 3 | Level 4 | Level 5 | Level 6 |
|---|---|---|---|---|---|---|
| customer-success | support-specialist-1 (ic, 6) | customer-success-manager-2 (ic, 4) | customer-success-manager-3 (ic, 3), solutions-engineer-3 (specialist, 2) | customer-success-lead-4 (management, 2) | head-of-customer-success-5 (management, 1) | - |
| data | data-analyst-1 (ic, 3) | data-analyst-2 (ic, 3), data-engineer-2 (ic, 3) | data-analyst-3 (ic, 2), data-engineer-3 (ic, 1), data-scientist-3 (ic, 2) | analytics-manager-4 (management, 1), data-scientist-4 (ic, 1) | head-of-data-5 (management, 1), principal-data-scientist-5 (specialist, 0) | - |
| engineering | software-engineer-1 (ic, 4) | software-engineer-2 (ic, 5) | site-reliability-engineer-3 (ic, 2), software-engineer-3 (ic, 4) | engineering-manager-4 (management, 2), security-engineer-4 (specialist, 1), senior-software-engineer-4 (ic, 2) | director-engineering-5 (management, 1), staff-engineer-5 (ic, 1) | - |
| executive | - | - | - | - | - | chief-executive-officer (management, 1) |
| people | people-coordinator-1 (ic, 2) | talent-acquisition-partner-2 (ic, 2) | hr-business-partner-3 (ic, 2) | people-operations-manager-4 (management, 1) | head-of-people-5 (management, 1) | - |
| product | - | product-analyst-2 (ic, 3) | product-manager-3 (ic, 3), ux-researcher-3 (specialist, 1) | senior-product-manager-4 (ic, 1) | group-product-manager-5 (management, 1) | - |
| sales | sales-development-rep-1 (ic, 4) | account-executive-2 (ic, 5) | account-executive-3 (ic, 3) | sales-manager-4 (management, 2) | vp-sales-5 (management, 1) | - |
<<<end
