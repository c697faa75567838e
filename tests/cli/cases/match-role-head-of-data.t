# head-of-data-5 is critical: the succession bench comes first. E1008 is 95.3% but
# misses the essential strategic-thinking (3 < 4): ready-soon, 7 months. Candidates and
# bench checked against an independent implementation of SPEC 2.1-2.8.
run: -C ../data-examples --as-of 2026-11-22 match --role head-of-data-5
exit: 0
<<<stdout
Succession bench (critical role)
Role:       head-of-data-5
Opening:    -
As of:      2026-11-22
Incumbents: 1
Ready now:  0
Ready soon: 1

Internal candidates
Employee  Name               Current role                Readiness  Tier        Months
E1008     Łukasz Nowak       analytics-manager-4             95.3%  ready-soon       7
E1024     Kwame Mensah       engineering-manager-4           75.0%  develop         26
E1003     Zoë Müller         director-engineering-5          74.3%  develop         28
E1006     Ethan Tremblay     vp-sales-5                      69.0%  develop         38
E1004     José Álvarez       group-product-manager-5         66.7%  develop         46
E1007     Chiara Esposito    head-of-customer-success-5      65.8%  develop         44
E1001     Annelies de Graaf  chief-executive-officer         62.5%  develop         41
E1060     Olumide Bakare     sales-manager-4                 61.7%  develop         48
E1074     Adebayo Ogunleye   customer-success-lead-4         56.0%  develop         61
E1005     Ingrid Bakker      head-of-people-5                54.2%  develop         48
<<<end
