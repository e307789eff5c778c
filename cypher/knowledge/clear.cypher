// Knowledge is derived: it is rebuilt from the chronology after every load.
MATCH (:Agency {case_id: $case_id})-[k:KNEW]->(:Event)
DELETE k
