// Per agency: how much of its chronology is silent or vague, so a panel can tell where an
// absence in the findings may be missing data rather than missing practice (O08 L500-L506).
// child_seen is counted only on events about a child, the rows where it could be recorded.
MATCH (c:Case {case_id: $case_id})
MATCH (a:Agency {case_id: $case_id})
OPTIONAL MATCH (a)-[:RECORDED]->(e:Event)
WITH c, a, e, size([(e)-[:ABOUT|SAW]->(k:Child) | k]) > 0 AS about_child
WITH c, a,
     count(e) AS events,
     count(CASE WHEN e IS NOT NULL AND trim(coalesce(e.outcome, '')) = '' THEN 1 END) AS no_outcome,
     count(CASE WHEN about_child THEN 1 END) AS about_child,
     count(CASE WHEN about_child AND e.child_seen IS NULL THEN 1 END) AS child_seen_blank,
     count(CASE WHEN e IS NOT NULL AND e.precision <> 'day' THEN 1 END) AS uncertain_dates,
     min(e.day_from) AS first_day, max(coalesce(e.day_to, e.day_from)) AS last_day
RETURN a.agency_id AS agency_id, a.name AS name, a.sector AS sector,
       a.records_from_day AS records_from_day, a.records_to_day AS records_to_day,
       c.period_from AS period_from, c.period_to AS period_to,
       events, no_outcome, about_child, child_seen_blank, uncertain_dates, first_day, last_day
ORDER BY name
