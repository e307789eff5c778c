// The chronology facts a finding's evidence rows show: days, source reference and recorders.
UNWIND $event_ids AS event_id
MATCH (e:Event {case_id: $case_id, event_id: event_id})
OPTIONAL MATCH (a:Agency)-[:RECORDED]->(e)
RETURN e.event_id AS event_id, e.day_from AS day_from, e.day_to AS day_to, e.source_ref AS source_ref,
       e.type AS type, collect(a.agency_id) AS agency_ids, collect(a.name) AS agencies
