# --all --by skill: development priorities, one row per skill that someone has
# a gap in: people with a gap, total and mean weight x gap, gaps on essential
# requirements, and the learning items on the most of it; by total
# descending, then skill id.
run: -C ../data-examples --as-of 2026-11-22 gap --all --by skill
exit: 0
<<<stdout
Group:            everyone (90 people)
Measured against: each person's target
As of:            2026-11-22
People:           90
Measured:         83

Development priorities
Skill                   Name                                 People  Total  Mean  Essential  Learning that closes most
leadership              People Leadership                        14  32.28  2.31         14  leadership-essentials, first-time-manager
testing                 Automated Testing                        12  31.67  2.64          9  testing-craft, python-intermediate
strategic-thinking      Strategic Thinking                       12     31  2.58          2  strategy-reader
stakeholder-management  Stakeholder Management                   26  30.67  1.18          0  stakeholder-mastery
go                      Go                                       10  23.75  2.38          6  go-fundamentals, go-in-practice
product-discovery       Product Discovery                         8  21.43  2.68          8  product-discovery-course
solution-selling        Solution Selling                          9  21.43  2.38          9  solution-selling-program
prioritization          Prioritisation                            9  21.33  2.37          0  -
coaching                Coaching and Mentoring                    9   21.2  2.36          1  coaching-skills, first-time-manager
account-management      Account Management                        8  16.33  2.04          5  -
system-design           System Design                             8     14  1.75          3  data-systems-reader, system-design-workshop
communication           Communication                            15  13.63  0.91          0  crucial-conversations
freight-operations      Freight and Logistics Operations         10   12.3  1.23          0  freight-101, supply-chain-planning
python                  Python                                    7  12.13  1.73          5  python-intermediate, python-for-analysts
api-design              API Design                                9     12  1.33          0  api-design-guide
presentation            Presenting and Storytelling              12  11.29  0.94          0  dataviz-storytelling, presenting-with-impact
negotiation             Negotiation                               8  11.27  1.41          0  negotiation-fundamentals, advanced-negotiation
collaboration           Collaboration and Teamwork               10  10.75  1.08          0  -
hiring                  Hiring and Interviewing                   6  10.75  1.79          0  first-time-manager, structured-interviewing
javascript              JavaScript                                9  10.42  1.16          0  typescript-handbook
financial-acumen        Financial Acumen                          6  10.25  1.71          0  finance-for-non-finance
pricing                 Pricing and Revenue Management            8     10  1.25          0  pricing-playbook
product-knowledge       Harbourline Platform Knowledge            8   9.98  1.25          1  platform-certification
sql                     SQL                                       6   9.18  1.53          3  sql-advanced, sql-intermediate, sql-basics
project-management      Project Management                        6   8.75  1.46          0  -
observability           Observability and Monitoring              6    8.4   1.4          0  observability-in-practice
change-management       Change Management                         4      8     2          0  change-leadership
problem-solving         Structured Problem Solving                7      8  1.14          0  -
etl                     Data Pipelines (ETL/ELT)                  3    7.5   2.5          3  modern-data-modeling
customer-empathy        Customer Empathy                          9   7.33  0.81          0  -
statistics              Statistics                                5   6.93  1.39          0  stats-foundations, applied-statistics
application-security    Application Security                      1      6     6          1  -
cloud-infrastructure    Cloud Infrastructure                      4      6   1.5          0  cloud-practitioner
talent-acquisition      Talent Acquisition and Sourcing           1      6     6          1  -
machine-learning        Machine Learning                          4    5.7  1.43          4  -
product-analytics       Product Analytics                         5   5.67  1.13          1  product-analytics-bootcamp
customer-onboarding     Customer Onboarding                       5   5.42  1.08          0  onboarding-playbook
crm                     CRM Administration                        4   5.33  1.33          0  -
ci-cd                   CI/CD                                     5      5     1          0  ci-cd-pipelines
incident-response       Incident Response                         4      5  1.25          1  incident-command
data-privacy            Data Privacy (GDPR)                       3   4.67  1.56          0  gdpr-essentials
conflict-resolution     Conflict Resolution                       2   4.58  2.29          0  crucial-conversations
typescript              TypeScript                                5    4.2  0.84          0  typescript-handbook
user-research           User Research                             5   3.87  0.77          0  product-discovery-course
experimentation         A/B Testing and Experimentation           4   3.12  0.78          0  experimentation-lab, product-analytics-bootcamp
excel                   Spreadsheets (Excel, Google Sheets)       1      3     3          0  -
data-modeling           Data Modeling                             3   2.54  0.85          0  modern-data-modeling, data-systems-reader
employment-law          Employment Law and Compliance             2   1.83  0.92          1  -
data-visualization      Data Visualisation                        2   1.75  0.88          0  dataviz-storytelling
total-rewards           Compensation and Benefits                 2   1.67  0.83          0  total-rewards-cert
supply-chain            Supply Chain Planning                     1    1.5   1.5          0  -
hris                    HRIS and People Data                      1      1     1          0  hr-fundamentals
kubernetes              Kubernetes                                1      1     1          1  -
<<<end
