// Route 5, pooled (lenient only): at a meeting, the concerns about the family that any
// participant knew by the day it met are taken to have been shared with everyone there or
// sent the minutes. Family = a person the meeting was about, or someone in their household.
// Only concern events are pooled: a meeting shares worries, not every routine contact.
// Returns, per (agency, event), the earliest such meeting, and only where it is news.
MATCH (m:Event {case_id: $case_id})-[:ABOUT]->(pm:Person)
WHERE m.type IN $meeting_types
OPTIONAL MATCH (pm)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person)
WITH m, collect(DISTINCT pm) + collect(DISTINCT hm) AS family
MATCH (b:Agency)-[:ATTENDED|RECORDED]->(m)
WITH m, family, collect(DISTINCT b) AS present
WITH m, family, present, present + [(m)-[:SHARED_WITH]->(x:Agency) | x] AS told
UNWIND present AS b
MATCH (b)-[kb:KNEW {mode: $mode}]->(e:Event)-[:ABOUT]->(pe:Person)
WHERE kb.from_day <= m.day_from AND kb.round >= $since AND e <> m AND size(e.concerns) > 0 AND pe IN family
WITH DISTINCT m, e, told
UNWIND told AS a
WITH a, e, m ORDER BY coalesce(m.day_to, m.day_from), m.day_from
WITH a, e, collect(m)[0] AS m
OPTIONAL MATCH (a)-[k:KNEW {mode: $mode}]->(e)
WITH a, e, m, k
WHERE k IS NULL OR coalesce(m.day_to, m.day_from) < k.from_day
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(m.day_to, m.day_from) AS day,
       'pooled' AS route, 'pooled' AS certainty, 7 AS rank, m.event_id AS via
