// The chronology rows a finding's evidence names: days, source reference, recorders and text.
UNWIND $event_ids AS event_id
MATCH (e:Event {case_id: $case_id, event_id: event_id})
OPTIONAL MATCH (a:Agency)-[:RECORDED]->(e)
RETURN e.event_id AS event_id, e.day_from AS day_from, e.day_to AS day_to, e.source_ref AS source_ref,
       e.type AS type, e.date_text AS date_text, e.description AS description, e.outcome AS outcome,
       collect(a.agency_id) AS agency_ids, collect(a.name) AS agencies
