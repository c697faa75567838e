# Mentors for E1008 (target head-of-data-5; gaps communication 3.75 -> 4 and
# strategic-thinking 3 -> 4, weighted 0.25 and 2: shares 1/9 and 8/9). E1002, his
# manager, is left out. Checked against an independent implementation.
run: -C ../data-examples --as-of 2026-11-22 match E1008 --mentors
exit: 0
<<<stdout
Employee: E1008
Name:     Łukasz Nowak
Target:   head-of-data-5
As of:    2026-11-22

Mentors, by the share of the gap to target they cover
Employee  Name               Covers  Skills                             Mentees  Role
E1001     Annelies de Graaf  100.0%  communication, strategic-thinking        1  chief-executive-officer
E1003     Zoë Müller         100.0%  communication, strategic-thinking        1  director-engineering-5
E1006     Ethan Tremblay     100.0%  communication, strategic-thinking        0  vp-sales-5
E1024     Kwame Mensah       100.0%  communication, strategic-thinking        0  engineering-manager-4
E1004     José Álvarez        88.9%  strategic-thinking                       0  group-product-manager-5
E1005     Ingrid Bakker       88.9%  strategic-thinking                       0  head-of-people-5
E1009     田中 美咲           11.1%  communication                            1  data-scientist-4
E1016     Amara Okafor        11.1%  communication                            1  data-analyst-3
E1018     Ayşe Yılmaz         11.1%  communication                            0  data-analyst-2
E1025     Priya Raghunathan   11.1%  communication                            0  engineering-manager-4
<<<end
