// Route 5: an event put to a meeting (the meeting CONVEYS it) reached every agency that
// attended the meeting or was sent its minutes.
MATCH (m:Event {case_id: $case_id})-[:CONVEYS*1..4]->(e:Event)
WHERE m.type IN $meeting_types AND e.day_from <= coalesce(m.day_to, m.day_from)
MATCH (a:Agency)
WHERE (a)-[:ATTENDED]->(m) OR (m)-[:SHARED_WITH]->(a)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(m.day_to, m.day_from) AS day,
       'meeting' AS route, 'meeting' AS certainty, 6 AS rank, m.event_id AS via
