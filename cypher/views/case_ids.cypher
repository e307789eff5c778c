// Every case in a shared store (Neo4j); the embedded store keeps one graph per case.
MATCH (c:Case) RETURN c.case_id AS case_id ORDER BY case_id
