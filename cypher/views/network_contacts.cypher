// Agency -> person contacts for the network page: one row per pair, counting the events the
// agency recorded about the person, with their ids (the page lists them for a chosen node).
// Filters, null meaning none: events overlapping $day_from..$day_to, of one of $types,
// recorded by one of $agency_ids, about one of $person_ids; and with $known_by, only events
// that agency knew ($mode) by $known_on (any day when null): "what was known by X on day D".
// The known events are collected once (a per-event KNEW lookup is 5x slower on 2,000 events).
// network_flows.cypher and network_practitioners.cypher filter events the same way.
OPTIONAL MATCH (kb:Agency {case_id: $case_id, agency_id: $known_by})-[k:KNEW {mode: $mode}]->(ke:Event)
WHERE $known_on IS NULL OR k.from_day <= $known_on
WITH collect(ke) AS known
MATCH (e:Event {case_id: $case_id})
WHERE ($day_from IS NULL OR coalesce(e.day_to, e.day_from) >= $day_from)
  AND ($day_to IS NULL OR e.day_from <= $day_to)
  AND ($types IS NULL OR e.type IN $types)
  AND ($known_by IS NULL OR e IN known)
MATCH (a:Agency)-[:RECORDED]->(e)-[:ABOUT]->(p:Person)
WHERE ($agency_ids IS NULL OR a.agency_id IN $agency_ids)
  AND ($person_ids IS NULL OR p.person_id IN $person_ids)
RETURN a.agency_id AS agency_id, p.person_id AS person_id, count(DISTINCT e) AS contacts,
       collect(DISTINCT e.event_id) AS event_ids
ORDER BY agency_id, person_id
