// The meetings of a case for the pooled route (graph/knowledge.py): who was there (attended
// or recorded it), who was told (those and everyone sent the minutes), and whose family it
// was about: the people it was about and everyone sharing a household with them.
MATCH (m:Event {case_id: $case_id})-[:ABOUT]->(pm:Person)
WHERE m.type IN $meeting_types
OPTIONAL MATCH (pm)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person)
WITH m, collect(DISTINCT pm.person_id) + collect(DISTINCT hm.person_id) AS family
RETURN m.event_id AS event_id, m.day_from AS day_from, coalesce(m.day_to, m.day_from) AS day_to, family,
       [(b:Agency)-[:ATTENDED|RECORDED]->(m) | b.agency_id] AS present,
       [(m)-[:SHARED_WITH]->(x:Agency) | x.agency_id] AS minuted
