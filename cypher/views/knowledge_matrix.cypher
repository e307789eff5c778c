// Who knew what, and when: every concern event and decision, with each agency that knew it
// (on or before $day when given) and the first day and route by which it did. `deciders` are
// the agencies that recorded or attended it: for a decision, the people deciding.
MATCH (e:Event {case_id: $case_id})
WHERE (size(e.concerns) > 0 OR e.type IN $decision_types) AND ($day IS NULL OR e.day_from <= $day)
OPTIONAL MATCH (rec:Agency)-[:RECORDED]->(e)
WITH e, collect(rec.name) AS recorders, collect(rec.agency_id) AS recorder_ids
OPTIONAL MATCH (att:Agency)-[:ATTENDED]->(e)
WITH e, recorders, recorder_ids, collect(att.agency_id) AS attendees
WITH e, recorders, recorder_ids + attendees AS deciders
OPTIONAL MATCH (a:Agency)-[k:KNEW {mode: $mode}]->(e)
WHERE $day IS NULL OR k.from_day <= $day
WITH e, recorders, deciders, collect({agency_id: a.agency_id, from_day: k.from_day, route: k.route,
                                      certainty: k.certainty}) AS known
RETURN e.event_id AS event_id, e.day_from AS day_from, e.day_to AS day_to, e.date_text AS date_text,
       e.type AS type, e.concerns AS concerns, e.source_ref AS source_ref, e.description AS description,
       recorders, deciders, e.type IN $decision_types AS is_decision, known
ORDER BY day_from, day_to, event_id
