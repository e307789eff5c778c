// Routes 1, 2, 3 and 6 of DETECTORS.md §1: what an agency knew first-hand or was sent; and
// what a record it wrote itself says it carried (a notification logged on receipt conveys the incident).
// Candidates only: graph/knowledge.py keeps the earliest day per (agency, event), the more
// direct route on a tie, and writes it with upsert.cypher.
MATCH (a:Agency {case_id: $case_id})-[:RECORDED]->(e:Event)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(e.day_to, e.day_from) AS day,
       'recorded' AS route, 'direct' AS certainty, 0 AS rank, null AS via
UNION ALL
MATCH (a:Agency {case_id: $case_id})<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(e:Event)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(e.day_to, e.day_from) AS day,
       'took_part' AS route, 'direct' AS certainty, 1 AS rank, null AS via
UNION ALL
MATCH (a:Agency {case_id: $case_id})-[:ATTENDED]->(e:Event)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(e.day_to, e.day_from) AS day,
       'took_part' AS route, 'direct' AS certainty, 1 AS rank, null AS via
UNION ALL
MATCH (e:Event {case_id: $case_id})-[:SHARED_WITH|REFERRED_TO]->(a:Agency)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(e.day_to, e.day_from) AS day,
       'received' AS route, 'received' AS certainty, 2 AS rank, e.event_id AS via
UNION ALL
MATCH (a:Agency {case_id: $case_id})-[:RECORDED]->(r:Event)-[:RESPONDS_TO]->(e:Event)
RETURN a.agency_id AS agency_id, e.event_id AS event_id, r.day_from AS day,
       'responded' AS route, 'direct' AS certainty, 3 AS rank, r.event_id AS via
UNION ALL
MATCH (a:Agency {case_id: $case_id})-[:RECORDED]->(s:Event)-[:CONVEYS*1..4]->(e:Event)
WHERE NOT s.type IN $meeting_types
RETURN a.agency_id AS agency_id, e.event_id AS event_id, coalesce(s.day_to, s.day_from) AS day,
       'conveyed' AS route, 'direct' AS certainty, 4 AS rank, s.event_id AS via
