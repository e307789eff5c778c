// One case at a glance: title, review period and how much it holds.
MATCH (c:Case {case_id: $case_id})
OPTIONAL MATCH (e:Event {case_id: $case_id})
WITH c, count(e) AS events
OPTIONAL MATCH (p:Person {case_id: $case_id})
WITH c, events, count(p) AS people
OPTIONAL MATCH (a:Agency {case_id: $case_id})
RETURN c.case_id AS case_id, c.title AS title, c.period_from AS period_from,
       c.period_to AS period_to, c.loaded_at AS loaded_at, events, people, count(a) AS agencies
