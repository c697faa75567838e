# The grid as CSV: one row per role.
run: -C ../data-examples ladder --format csv
exit: 0
<<<stdout
family,level,role,title,track,critical,incumbents
customer-success,1,support-specialist-1,Customer Support Specialist,ic,false,6
customer-success,2,customer-success-manager-2,Customer Success Manager,ic,false,4
customer-success,3,customer-success-manager-3,Senior Customer Success Manager,ic,false,3
customer-success,3,solutions-engineer-3,Solutions Engineer,specialist,false,2
customer-success,4,customer-success-lead-4,Customer Success Lead,management,false,2
customer-success,5,head-of-customer-success-5,Head of Customer Success,management,false,1
data,1,data-analyst-1,Data Analyst I,ic,false,3
data,2,data-analyst-2,Data Analyst II,ic,false,3
data,2,data-engineer-2,Data Engineer,ic,false,3
data,3,data-analyst-3,Senior Data Analyst,ic,false,2
data,3,data-engineer-3,Senior Data Engineer,ic,false,1
data,3,data-scientist-3,Data Scientist,ic,false,2
data,4,analytics-manager-4,Analytics Manager,management,false,1
data,4,data-scientist-4,Senior Data Scientist,ic,false,1
data,5,head-of-data-5,Head of Data and Analytics,management,true,1
data,5,principal-data-scientist-5,Principal Data Scientist,specialist,true,0
engineering,1,software-engineer-1,Software Engineer I,ic,false,4
engineering,2,software-engineer-2,Software Engineer II,ic,false,5
engineering,3,site-reliability-engineer-3,Site Reliability Engineer,ic,false,2
engineering,3,software-engineer-3,Software Engineer III,ic,false,4
engineering,4,engineering-manager-4,Engineering Manager,management,false,2
engineering,4,security-engineer-4,Security Engineer,specialist,true,1
engineering,4,senior-software-engineer-4,Senior Software Engineer,ic,false,2
engineering,5,director-engineering-5,Director of Engineering,management,true,1
engineering,5,staff-engineer-5,Staff Engineer,ic,true,1
executive,6,chief-executive-officer,Chief Executive Officer,management,true,1
people,1,people-coordinator-1,People Coordinator,ic,false,2
people,2,talent-acquisition-partner-2,Talent Acquisition Partner,ic,false,2
people,3,hr-business-partner-3,HR Business Partner,ic,false,2
people,4,people-operations-manager-4,People Operations Manager,management,false,1
people,5,head-of-people-5,Head of People,management,false,1
product,2,product-analyst-2,Product Analyst,ic,false,3
product,3,product-manager-3,Product Manager,ic,false,3
product,3,ux-researcher-3,UX Researcher,specialist,false,1
product,4,senior-product-manager-4,Senior Product Manager,ic,false,1
product,5,group-product-manager-5,Group Product Manager,management,true,1
sales,1,sales-development-rep-1,Sales Development Representative,ic,false,4
sales,2,account-executive-2,Account Executive,ic,false,5
sales,3,account-executive-3,Senior Account Executive,ic,false,3
sales,4,sales-manager-4,Sales Manager,management,true,2
sales,5,vp-sales-5,VP Sales,management,false,1
<<<end
