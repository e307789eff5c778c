// A received message is acknowledged when the receiver answered it (RESPONDS_TO) or recorded
// anything about the same person within $ack_days of it: the baton was taken (O10 L338).
// Worked out once per (receiver, message), since one message usually conveys several events.
MATCH (a:Agency {case_id: $case_id})-[k:KNEW {mode: $mode}]->(:Event)
WHERE k.route IN ['received', 'conveyed', 'inferred']
WITH a, k.via_event_id AS via, collect(k) AS ks
MATCH (s:Event {case_id: $case_id, event_id: via})
WITH a, s, ks, size([(a)-[:RECORDED]->(r:Event)-[:RESPONDS_TO]->(s) | r]) AS answers,
     [(s)-[:ABOUT]->(p:Person) | p] AS about
OPTIONAL MATCH (a)-[:RECORDED]->(x:Event)-[:ABOUT]->(q:Person)
WHERE x.day_from >= s.day_from AND x.day_from <= coalesce(s.day_to, s.day_from) + $ack_days AND x <> s AND q IN about
WITH ks, answers, count(x) AS follow_ups
UNWIND ks AS k
SET k.acknowledged = answers + follow_ups > 0
RETURN count(k) AS marked
