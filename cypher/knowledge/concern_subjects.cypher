// Concern events and the people they are about: what a meeting can pool (graph/knowledge.py).
MATCH (e:Event {case_id: $case_id})-[:ABOUT]->(p:Person)
WHERE size(e.concerns) > 0
RETURN e.event_id AS event_id, collect(p.person_id) AS people
