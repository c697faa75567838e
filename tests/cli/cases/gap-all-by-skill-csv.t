# --all --by skill --format csv.
run: -C ../data-examples --as-of 2026-11-22 gap --all --by skill --format csv
exit: 0
<<<stdout
skill,name,people,total,mean,essential,learning
leadership,People Leadership,14,32.283333333,2.305952381,14,leadership-essentials;first-time-manager
testing,Automated Testing,12,31.666666667,2.638888889,9,testing-craft;python-intermediate
strategic-thinking,Strategic Thinking,12,31,2.583333333,2,strategy-reader
stakeholder-management,Stakeholder Management,26,30.666666667,1.179487179,0,stakeholder-mastery
go,Go,10,23.75,2.375,6,go-fundamentals;go-in-practice
product-discovery,Product Discovery,8,21.433333333,2.679166667,8,product-discovery-course
solution-selling,Solution Selling,9,21.433333333,2.381481481,9,solution-selling-program
prioritization,Prioritisation,9,21.333333333,2.37037037,0,
coaching,Coaching and Mentoring,9,21.2,2.355555556,1,coaching-skills;first-time-manager
account-management,Account Management,8,16.333333333,2.041666667,5,
system-design,System Design,8,14,1.75,3,data-systems-reader;system-design-workshop
communication,Communication,15,13.625,0.908333333,0,crucial-conversations
freight-operations,Freight and Logistics Operations,10,12.3,1.23,0,freight-101;supply-chain-planning
python,Python,7,12.133333333,1.733333333,5,python-intermediate;python-for-analysts
api-design,API Design,9,12,1.333333333,0,api-design-guide
presentation,Presenting and Storytelling,12,11.291666667,0.940972222,0,dataviz-storytelling;presenting-with-impact
negotiation,Negotiation,8,11.266666667,1.408333333,0,negotiation-fundamentals;advanced-negotiation
collaboration,Collaboration and Teamwork,10,10.75,1.075,0,
hiring,Hiring and Interviewing,6,10.75,1.791666667,0,first-time-manager;structured-interviewing
javascript,JavaScript,9,10.416666667,1.157407407,0,typescript-handbook
financial-acumen,Financial Acumen,6,10.25,1.708333333,0,finance-for-non-finance
pricing,Pricing and Revenue Management,8,10,1.25,0,pricing-playbook
product-knowledge,Harbourline Platform Knowledge,8,9.983333333,1.247916667,1,platform-certification
sql,SQL,6,9.177777778,1.52962963,3,sql-advanced;sql-intermediate;sql-basics
project-management,Project Management,6,8.75,1.458333333,0,
observability,Observability and Monitoring,6,8.4,1.4,0,observability-in-practice
change-management,Change Management,4,8,2,0,change-leadership
problem-solving,Structured Problem Solving,7,8,1.142857143,0,
etl,Data Pipelines (ETL/ELT),3,7.5,2.5,3,modern-data-modeling
customer-empathy,Customer Empathy,9,7.333333333,0.814814815,0,
statistics,Statistics,5,6.933333333,1.386666667,0,stats-foundations;applied-statistics
application-security,Application Security,1,6,6,1,
cloud-infrastructure,Cloud Infrastructure,4,6,1.5,0,cloud-practitioner
talent-acquisition,Talent Acquisition and Sourcing,1,6,6,1,
machine-learning,Machine Learning,4,5.704761905,1.426190476,4,
product-analytics,Product Analytics,5,5.666666667,1.133333333,1,product-analytics-bootcamp
customer-onboarding,Customer Onboarding,5,5.416666667,1.083333333,0,onboarding-playbook
crm,CRM Administration,4,5.333333333,1.333333333,0,
ci-cd,CI/CD,5,5,1,0,ci-cd-pipelines
incident-response,Incident Response,4,5,1.25,1,incident-command
data-privacy,Data Privacy (GDPR),3,4.666666667,1.555555556,0,gdpr-essentials
conflict-resolution,Conflict Resolution,2,4.583333333,2.291666667,0,crucial-conversations
typescript,TypeScript,5,4.2,0.84,0,typescript-handbook
user-research,User Research,5,3.866666667,0.773333333,0,product-discovery-course
experimentation,A/B Testing and Experimentation,4,3.116666667,0.779166667,0,experimentation-lab;product-analytics-bootcamp
excel,"Spreadsheets (Excel, Google Sheets)",1,3,3,0,
data-modeling,Data Modeling,3,2.542857143,0.847619048,0,modern-data-modeling;data-systems-reader
employment-law,Employment Law and Compliance,2,1.833333333,0.916666667,1,
data-visualization,Data Visualisation,2,1.75,0.875,0,dataviz-storytelling
total-rewards,Compensation and Benefits,2,1.666666667,0.833333333,0,total-rewards-cert
supply-chain,Supply Chain Planning,1,1.5,1.5,0,
hris,HRIS and People Data,1,1,1,0,hr-fundamentals
kubernetes,Kubernetes,1,1,1,1,
<<<end
