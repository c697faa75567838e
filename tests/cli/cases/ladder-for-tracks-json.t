# --tracks as JSON; a track with no route has nulls.
run: -C ../data-examples --as-of 2026-11-22 ladder --for E1019 --to analytics-manager-4 --tracks --format json
exit: 0
<<<stdout
{
  "employee": "E1019",
  "from": "data-analyst-2",
  "level": 4,
  "tracks": [
    {
      "track": "ic",
      "role": "data-scientist-4",
      "steps": 2,
      "hours": 456,
      "months": 57,
      "route": [
        "data-analyst-2",
        "data-scientist-3",
        "data-scientist-4"
      ]
    },
    {
      "track": "management",
      "role": "analytics-manager-4",
      "steps": 2,
      "hours": 440,
      "months": 55,
      "route": [
        "data-analyst-2",
        "data-analyst-3",
        "analytics-manager-4"
      ]
    },
    {
      "track": "specialist",
      "role": null,
      "steps": null,
      "hours": null,
      "months": null,
      "route": null
    }
  ]
}
<<<end
