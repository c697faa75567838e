# Promotions (same family, higher level) that ask nothing new and raise no
# level are warned at the next entry that names them: to p-2-less (asks
# less), to p-2-same (asks the same), and p-2-same -> p-3 (asks nothing at
# all). A promotion asking more, a lateral move asking the same, a step back
# asking less and a cross-functional move up asking less are fine.
run: -C repos/ladder-promotion check
exit: 0
<<<stderr
repos/ladder-promotion/roles/p-1.yaml:9:5: warning: promotion to 'p-2-less' asks nothing that 'p-1' does not (no skill new, raised, weightier or essential)
repos/ladder-promotion/roles/p-1.yaml:10:5: warning: promotion to 'p-2-same' asks nothing that 'p-1' does not (no skill new, raised, weightier or essential)
repos/ladder-promotion/roles/p-2-same.yaml:6:8: warning: promotion to 'p-3' asks nothing that 'p-2-same' does not (no skill new, raised, weightier or essential)
<<<end
