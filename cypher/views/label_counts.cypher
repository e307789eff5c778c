// How many nodes of each label a case holds (used to compare loads and formats).
MATCH (n {case_id: $case_id})
UNWIND labels(n) AS label
RETURN label, count(*) AS count ORDER BY label
