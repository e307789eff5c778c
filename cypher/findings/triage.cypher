// A reviewer's decision on one finding. The note is replaced only when a new one is given.
// triage_status remembers the decision, so a finding that vanishes and later holds again
// comes back with it.
MATCH (f:Finding {case_id: $case_id, finding_key: $finding_key})
SET f.status = $status, f.triage_status = $status, f.note = coalesce($note, f.note)
RETURN f AS finding
