// Every stored finding of a case with all its properties, censored and resolved ones too:
// what a re-run reconciles against, and what a reload carries into the new case version.
MATCH (f:Finding {case_id: $case_id})
RETURN f AS finding
ORDER BY f.finding_key
