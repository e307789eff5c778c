// Information flows between agencies for the network page: one row per (from, to, kind),
// counting the events agency `from` recorded that were shared with or referred to agency
// `to`, with their ids. Same filters as network_contacts.cypher, except that $agency_ids
// keeps a flow when either end is chosen, and $person_ids when the event is about one of them.
OPTIONAL MATCH (kb:Agency {case_id: $case_id, agency_id: $known_by})-[k:KNEW {mode: $mode}]->(ke:Event)
WHERE $known_on IS NULL OR k.from_day <= $known_on
WITH collect(ke) AS known
MATCH (e:Event {case_id: $case_id})
WHERE ($day_from IS NULL OR coalesce(e.day_to, e.day_from) >= $day_from)
  AND ($day_to IS NULL OR e.day_from <= $day_to)
  AND ($types IS NULL OR e.type IN $types)
  AND ($known_by IS NULL OR e IN known)
MATCH (a:Agency)-[:RECORDED]->(e)-[r:SHARED_WITH|REFERRED_TO]->(b:Agency)
WHERE a <> b AND ($agency_ids IS NULL OR a.agency_id IN $agency_ids OR b.agency_id IN $agency_ids)
WITH a, b, r, e, [(e)-[:ABOUT]->(fp:Person) WHERE fp.person_id IN coalesce($person_ids, []) | 1] AS chosen
WHERE $person_ids IS NULL OR size(chosen) > 0
RETURN a.agency_id AS from_id, b.agency_id AS to_id,
       CASE type(r) WHEN 'REFERRED_TO' THEN 'referred' ELSE 'shared' END AS kind,
       count(DISTINCT e) AS events, collect(DISTINCT e.event_id) AS event_ids
ORDER BY from_id, to_id, kind
