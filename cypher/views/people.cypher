// The people of a case as the people sheet gave them, with their pseudonyms: what the app's
// names-hidden mode and the pseudonymised exports replace, and what they replace it with.
MATCH (p:Person {case_id: $case_id})
RETURN p.person_id AS person_id, p.display_name AS name, p.pseudonym AS pseudonym, p.role AS role,
       coalesce(p.aliases, []) AS aliases, p.dob_day AS dob_day, 'Child' IN labels(p) AS is_child
ORDER BY is_child DESC, pseudonym
