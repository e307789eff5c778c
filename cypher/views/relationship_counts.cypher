// How many relationships of each type a case holds (used to compare loads and formats).
MATCH (n {case_id: $case_id})-[r]->()
RETURN type(r) AS type, count(*) AS count ORDER BY type
