// A received message is acknowledged when the receiver answered it (RESPONDS_TO) or recorded
// anything about the same person within $ack_days of it: the baton was taken (O10 L338).
MATCH (a:Agency {case_id: $case_id})-[k:KNEW {mode: $mode}]->(e:Event)
WHERE k.route IN ['received', 'conveyed', 'inferred']
MATCH (s:Event {case_id: $case_id, event_id: k.via_event_id})
OPTIONAL MATCH (a)-[:RECORDED]->(r:Event)-[:RESPONDS_TO]->(s)
WITH a, k, s, count(r) AS answers
OPTIONAL MATCH (a)-[:RECORDED]->(x:Event)-[:ABOUT]->(:Person)<-[:ABOUT]-(s)
WHERE x <> s AND x.day_from >= s.day_from AND x.day_from <= coalesce(s.day_to, s.day_from) + $ack_days
WITH k, answers, count(x) AS follow_ups
SET k.acknowledged = answers + follow_ups > 0
RETURN count(k) AS marked
