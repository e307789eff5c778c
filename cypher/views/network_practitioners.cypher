// Practitioners for the network page (shown on request): one row per practitioner with the
// agency they work for and the events they conducted, with their ids. Same filters as
// network_contacts.cypher; $agency_ids is the practitioner's agency, $person_ids the people
// the event was about.
OPTIONAL MATCH (kb:Agency {case_id: $case_id, agency_id: $known_by})-[k:KNEW {mode: $mode}]->(ke:Event)
WHERE $known_on IS NULL OR k.from_day <= $known_on
WITH collect(ke) AS known
MATCH (e:Event {case_id: $case_id})
WHERE ($day_from IS NULL OR coalesce(e.day_to, e.day_from) >= $day_from)
  AND ($day_to IS NULL OR e.day_from <= $day_to)
  AND ($types IS NULL OR e.type IN $types)
  AND ($known_by IS NULL OR e IN known)
MATCH (a:Agency)<-[:WORKS_FOR]-(pr:Practitioner)-[:CONDUCTED]->(e)
WHERE $agency_ids IS NULL OR a.agency_id IN $agency_ids
WITH pr, a, e, [(e)-[:ABOUT]->(fp:Person) WHERE fp.person_id IN coalesce($person_ids, []) | 1] AS chosen
WHERE $person_ids IS NULL OR size(chosen) > 0
RETURN pr.practitioner_id AS practitioner_id, pr.code AS code, pr.role AS role, a.agency_id AS agency_id,
       count(DISTINCT e) AS events, collect(DISTINCT e.event_id) AS event_ids
ORDER BY agency_id, practitioner_id
