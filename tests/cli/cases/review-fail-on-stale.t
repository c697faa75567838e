# --fail-on stale: sales has stale evidence (E1068's, among others), so the
# report is printed and the exit status is 1.
run: -C ../data-examples --as-of 2026-11-22 review --department sales --fail-on stale
exit: 1
<<<stdout
From:   2026-06-30
To:     2026-09-30
As of:  2026-11-22
People: 15

People
Employee  Name             Target                      Readiness at from  Readiness at to  Change  Tier        Overdue  Stale  Unverified
E1006     Ethan Tremblay   chief-executive-officer                 74.5%            74.5%    0.0%  develop           0      1           0
E1060     Olumide Bakare   vp-sales-5                              88.5%            89.6%    1.0%  ready-soon        0      2           0
E1061     Eva Lindholm     vp-sales-5                              55.5%            55.7%    0.2%  develop           0      0           0
E1062     Marcus Thompson  sales-manager-4                         98.1%            98.1%    0.0%  ready-now         0      0           0
E1063     Isabelle Martin  solutions-engineer-3                    59.0%            59.0%    0.0%  develop           0      1           0
E1064     Daniel Cohen     account-executive-3                     87.1%            87.1%    0.0%  develop           0      0           0
E1065     Valentina Cruz   account-executive-3                     72.9%            72.9%    0.0%  develop           0      0           0
E1066     Ryan O'Neill     account-executive-2                     92.9%            92.9%    0.0%  ready-now         0      1           0
E1067     Zainab Hussain   account-executive-2                     86.4%            86.4%    0.0%  ready-soon        0      2           2
E1068     Pieter Janssens  sales-manager-4                         23.1%            23.1%    0.0%  develop           0     11           0
E1069     Clara Schneider  account-executive-3                     84.5%            85.1%    0.6%  develop           0      1           0
E1070     Anders Nilsson   customer-success-manager-2              95.5%            95.5%    0.0%  ready-now         0      3           0
E1071     Laura Bianchi    account-executive-2                     51.3%            49.9%   -1.3%  develop           0      0           0
E1072     Tobias Meier     account-executive-2                      0.0%            38.6%   38.6%  develop           0      0           1
E1073     Elif Demir       account-executive-3                     85.9%            85.9%    0.0%  develop           0      2           0
<<<end
