# --org --fail-on risk: chief is at risk (see review-hand-org) -> exit 1.
run: -C repos/review-hand --as-of 2026-11-22 review --org --fail-on risk --format jsonl
exit: 1
<<<stdout
{"role":"ana-2","incumbents":1,"ready_now":0,"ready_soon":4,"at_risk":false}
{"role":"chief","incumbents":0,"ready_now":0,"ready_soon":1,"at_risk":true}
{"role":"eng-2","incumbents":1,"ready_now":1,"ready_soon":3,"at_risk":false}
{"role":"lead-3","incumbents":1,"ready_now":0,"ready_soon":2,"at_risk":false}
<<<end
