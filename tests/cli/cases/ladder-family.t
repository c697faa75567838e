# One family: its roles in level order with the moves out of each,
# typed (data-analyst-3 -> product-manager-3 is cross-functional,
# analytics-manager-4 -> data-analyst-3 a step back).
run: -C ../data-examples ladder data
exit: 0
<<<stdout
Level  Role                        Title                       Track       Incumbents  Moves
    1  data-analyst-1              Data Analyst I              ic                   3  data-analyst-2 (promotion), product-analyst-2 (cross-functional)
    2  data-analyst-2              Data Analyst II             ic                   3  data-analyst-3 (promotion), data-engineer-2 (lateral), data-scientist-3 (promotion), product-analyst-2 (cross-functional)
    2  data-engineer-2             Data Engineer               ic                   3  data-engineer-3 (promotion), data-analyst-2 (lateral), software-engineer-2 (cross-functional)
    3  data-analyst-3              Senior Data Analyst         ic                   2  analytics-manager-4 (promotion), data-scientist-3 (lateral), data-engineer-3 (lateral), product-manager-3 (cross-functional)
    3  data-engineer-3             Senior Data Engineer        ic                   1  analytics-manager-4 (promotion), data-scientist-3 (lateral), site-reliability-engineer-3 (cross-functional), software-engineer-3 (cross-functional)
    3  data-scientist-3            Data Scientist              ic                   2  data-scientist-4 (promotion), data-analyst-3 (lateral), data-engineer-3 (lateral)
    4  analytics-manager-4         Analytics Manager           management           1  head-of-data-5 (promotion), data-scientist-4 (lateral), data-analyst-3 (step-back)
    4  data-scientist-4            Senior Data Scientist       ic                   1  principal-data-scientist-5 (promotion), analytics-manager-4 (lateral)
    5  head-of-data-5              Head of Data and Analytics  management           1  chief-executive-officer (cross-functional)
    5  principal-data-scientist-5  Principal Data Scientist    specialist           0  head-of-data-5 (lateral)
<<<end
