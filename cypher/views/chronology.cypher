// The merged chronology: every event in time order with who recorded it, who it was about or
// saw, and where it went. The timeline, network, walk-through and exports all read this.
MATCH (e:Event {case_id: $case_id})
OPTIONAL MATCH (a:Agency)-[:RECORDED]->(e)
WITH e, collect(a.agency_id) AS agency_ids, collect(a.name) AS agencies
RETURN e.event_id AS event_id, e.seq AS seq, e.day_from AS day_from, e.day_to AS day_to, e.date_text AS date_text,
       e.precision AS precision, e.type AS type, coalesce(e.concerns, []) AS concerns,
       coalesce(e.tag_evidence, []) AS tag_evidence, e.description AS description, e.outcome AS outcome,
       e.child_seen AS child_seen, e.seen_alone AS seen_alone, e.source_ref AS source_ref,
       agency_ids, agencies,
       [(e)-[:ABOUT]->(p:Person) | p.person_id] AS about,
       [(e)-[:SAW]->(s:Person) | s.person_id] AS saw,
       [(e)-[:SHARED_WITH]->(sw:Agency) | sw.agency_id] AS shared_with,
       [(e)-[:REFERRED_TO]->(rt:Agency) | rt.agency_id] AS referred_to,
       [(at:Agency)-[:ATTENDED]->(e) | at.agency_id] AS attended
ORDER BY day_from, day_to, source_ref
