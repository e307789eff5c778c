// Route 4: a message S carried event E (S CONVEYS E) from a sender who knew E by the day S
// was sent, to an agency S was shared with or referred to. A message that carries an earlier
// message carries what that one carried too (a letter enclosing the MASH outcome), up to 4 deep.
// Only news is returned.
MATCH (s:Event {case_id: $case_id})-[:CONVEYS*1..4]->(e:Event)
WITH DISTINCT s, e
MATCH (a:Agency)-[:RECORDED]->(s)
MATCH (a)-[ka:KNEW {mode: $mode}]->(e)
WHERE ka.from_day <= coalesce(s.day_to, s.day_from) AND ka.round >= $since
MATCH (s)-[:SHARED_WITH|REFERRED_TO]->(b:Agency)
WHERE b <> a
OPTIONAL MATCH (b)-[kb:KNEW {mode: $mode}]->(e)
WITH b, e, s, kb
WHERE kb IS NULL OR coalesce(s.day_to, s.day_from) < kb.from_day
RETURN b.agency_id AS agency_id, e.event_id AS event_id, coalesce(s.day_to, s.day_from) AS day,
       'conveyed' AS route, 'received' AS certainty, 4 AS rank, s.event_id AS via
