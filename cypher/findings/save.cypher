// Save the findings of one detection run (graph/findings.py reconciles them first).
// Each statement is safe to repeat, so a run that fails part-way loses no triage:
// findings are updated in place by finding_key, never deleted.
UNWIND $findings AS row
MERGE (f:Finding {case_id: $case_id, finding_key: row.finding_key})
SET f = row;

// Evidence edges are rebuilt for the findings this run produced.
UNWIND $rerun_keys AS key
MATCH (f:Finding {case_id: $case_id, finding_key: key})-[old:EVIDENCE]->()
DELETE old;

UNWIND $event_evidence AS row
MATCH (f:Finding {case_id: $case_id, finding_key: row.finding_key})
MATCH (e:Event {case_id: $case_id, event_id: row.to})
MERGE (f)-[:EVIDENCE {role: row.role}]->(e);

UNWIND $person_evidence AS row
MATCH (f:Finding {case_id: $case_id, finding_key: row.finding_key})
MATCH (p:Person {case_id: $case_id, person_id: row.to})
MERGE (f)-[:EVIDENCE {role: row.role}]->(p);

UNWIND $agency_evidence AS row
MATCH (f:Finding {case_id: $case_id, finding_key: row.finding_key})
MATCH (a:Agency {case_id: $case_id, agency_id: row.to})
MERGE (f)-[:EVIDENCE {role: row.role}]->(a);
