// The family for the network page: every person (or the chosen $person_ids) with the
// households they belong to and their parent, sibling and partner links. Partnerships and
// household memberships that ended before $day_from or began after $day_to are left out,
// so the walk-through's network shows the family as it stood; null means no filter.
MATCH (p:Person {case_id: $case_id})
WHERE $person_ids IS NULL OR p.person_id IN $person_ids
RETURN p.person_id AS person_id, 'Child' IN labels(p) AS is_child, p.role AS role,
       [(p)-[m:MEMBER_OF]->(h:Household)
        WHERE ($day_to IS NULL OR coalesce(m.from_day, $day_to) <= $day_to)
          AND ($day_from IS NULL OR coalesce(m.to_day, $day_from) >= $day_from) | h.household_id] AS households,
       [(p)-[pr:PARENT_OF]->(c:Person) | {person_id: c.person_id, kind: pr.kind}] AS parent_of,
       [(p)-[:SIBLING_OF]->(s:Person) | s.person_id] AS sibling_of,
       [(p)-[pa:PARTNER_OF]->(q:Person)
        WHERE ($day_to IS NULL OR coalesce(pa.from_day, $day_to) <= $day_to)
          AND ($day_from IS NULL OR coalesce(pa.to_day, $day_from) >= $day_from) | q.person_id] AS partner_of
ORDER BY is_child DESC, person_id
