// Record that an agency knew an event from a day, unless it already knew it earlier. `round`
// marks the fixpoint round that found it, so later rounds only build on what is new.
UNWIND $rows AS row
MATCH (a:Agency {case_id: $case_id, agency_id: row.agency_id})
MATCH (e:Event {case_id: $case_id, event_id: row.event_id})
OPTIONAL MATCH (a)-[k:KNEW {mode: $mode}]->(e)
WITH a, e, row, k
WHERE k IS NULL OR row.day < k.from_day
MERGE (a)-[n:KNEW {mode: $mode}]->(e)
SET n.case_id = $case_id, n.from_day = row.day, n.route = row.route, n.certainty = row.certainty,
    n.via_event_id = row.via, n.acknowledged = null, n.round = $round
RETURN count(n) AS changed
