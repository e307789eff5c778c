// Route 4b (lenient only): a message that names no CONVEYS rows is taken to have carried
// the sender's concerns about the same person or household, sharing a concern category,
// from the $inferred_window days before it was sent. Only news is returned.
MATCH (a:Agency {case_id: $case_id})-[:RECORDED]->(s:Event)-[:SHARED_WITH|REFERRED_TO]->(b:Agency)
WHERE b <> a AND size(s.concerns) > 0 AND NOT (s)-[:CONVEYS]->()
WITH DISTINCT a, b, s, coalesce(s.day_to, s.day_from) AS sent
MATCH (e:Event {case_id: $case_id})
WHERE e.day_from <= sent AND e.day_from >= sent - $inferred_window - 366 AND e <> s
  AND coalesce(e.day_to, e.day_from) <= sent AND sent - coalesce(e.day_to, e.day_from) <= $inferred_window
WITH a, b, s, sent, e, [c IN s.concerns WHERE c IN e.concerns] AS shared  // FalkorDB 4.16 mis-filters the
WHERE size(shared) > 0                                                     // same test written inline
MATCH (a)-[ka:KNEW {mode: $mode}]->(e)
WHERE ka.from_day <= sent AND ka.round >= $since
MATCH (s)-[:ABOUT]->(ps:Person), (e)-[:ABOUT]->(pe:Person)
WHERE ps = pe OR (ps)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(pe)
WITH DISTINCT b, e, s, sent
OPTIONAL MATCH (b)-[kb:KNEW {mode: $mode}]->(e)
WITH b, e, s, sent, kb
WHERE kb IS NULL OR sent < kb.from_day
RETURN b.agency_id AS agency_id, e.event_id AS event_id, sent AS day,
       'inferred' AS route, 'inferred' AS certainty, 5 AS rank, s.event_id AS via
