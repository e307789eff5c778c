// id: family_concern_unanswered
// tier: 2
// version: 1
// title: Family concern unanswered
// panel: A relative, neighbour or parent living elsewhere raised a concern about a child and there is no record of a visit, assessment or reply
// evidence: O08 L738, L741 (grandparents "who had expressed concern about the care of their grandchildren"; "why the grandparents' views were not listened to"); O10 L208 (the grandparents' concerns "had not been acted upon"), L276 (the father's concerns about his partner's drinking); T16 L1950 (a community member's allegations "not investigated"), L2183-L2189, L2742 ("The family's voice is not sought")
// param N = 14 | days after the concern (its last possible day) in which a visit, assessment or reply is expected
// param N_repeat = 180 | an earlier concern about the same child raised by a family member or the public within this many days makes the finding high
//
// DETECTORS.md §4 (Tier 2). Trigger: an event whose reporter_role (the chronology's
// "Reported by" column, ADD-6) names who raised it: a relative, neighbour, non-resident parent or
// other member of the public; 'professional' is left out. The child: the children the event is
// about, or else the children of the adults it is about. The receiving agency is the one that
// recorded it; agencies it was shared with or referred to are receivers too.
// Answered: an event that RESPONDS_TO it, or any record by a receiver about the child or the
// people the concern is about, possibly from the concern's first day to N days after its last
// (benefit of the doubt). An outcome written on the concern's own row (e.g. "logged, NFA") is
// not an answer. One finding per concern.
// Censored when the recording agency's records (or the case data) end before the window closes.
// Severity: high when a child was under 1 (or unborn), the concern carries a high-weight
// category, or the family or public had raised a concern about the child in the N_repeat days
// before (they had to raise it again); low when no concern category is recorded; medium otherwise.
// Confidence: definite (uncertain dates only widen the window).
OPTIONAL MATCH (cs:Case {case_id: $case_id})
WITH cs.data_end_day AS data_end
MATCH (e:Event {case_id: $case_id})
WHERE coalesce(e.reporter_role, '') <> '' AND e.reporter_role <> 'professional'
MATCH (r:Agency)-[:RECORDED]->(e)
WITH data_end, e, r, coalesce(e.day_to, e.day_from) + $N AS wend,
     [(e)-[:ABOUT|SAW]->(p:Person) | p] AS people
WITH data_end, e, r, wend, people, [p IN people WHERE p:Child] AS named_kids,
     reduce(acc = [], k IN [(e)-[:ABOUT|SAW]->(:Person)-[:PARENT_OF]->(pk:Child) | pk]
            | CASE WHEN k IN acc THEN acc ELSE acc + [k] END) AS their_kids
WITH data_end, e, r, wend, CASE WHEN size(named_kids) > 0 THEN named_kids ELSE their_kids END AS kids,
     [p IN people + their_kids | p.person_id] AS family_ids,
     [r] + [(e)-[:SHARED_WITH|REFERRED_TO]->(sa:Agency) | sa] AS receivers
WHERE size(kids) > 0
// answers: replies to the concern, and the receivers' records about the family in the window
// (their records in the window first, then their people); for the unanswered, the first later one
WITH data_end, e, r, wend, kids, family_ids, receivers,
     size([(x:Event)-[:RESPONDS_TO]->(e) WHERE x.day_from <= wend | x]) AS replies
WHERE replies = 0
UNWIND receivers AS b
WITH data_end, e, r, wend, kids, family_ids, receivers,
     [(b)-[:RECORDED]->(y:Event) WHERE y <> e AND coalesce(y.day_to, y.day_from) >= e.day_from AND y.day_from <= wend | y] AS mine
UNWIND (CASE WHEN size(mine) = 0 THEN [null] ELSE mine END) AS y
WITH data_end, e, r, wend, kids, family_ids, receivers,
     CASE WHEN y IS NOT NULL AND size([(y)-[:ABOUT|SAW]->(yp:Person) WHERE yp.person_id IN family_ids | yp]) > 0
          THEN 1 ELSE 0 END AS hit
WITH data_end, e, r, wend, kids, family_ids, receivers, sum(hit) AS answered
WHERE answered = 0
UNWIND receivers AS b
WITH data_end, e, r, wend, kids, family_ids, [(b)-[:RECORDED]->(z:Event) WHERE z.day_from > wend | z] AS after
UNWIND (CASE WHEN size(after) = 0 THEN [null] ELSE after END) AS z
WITH data_end, e, r, wend, kids, family_ids, z
ORDER BY z.day_from
WITH data_end, e, r, wend, kids,
     collect(CASE WHEN size([(z)-[:ABOUT|SAW]->(zp:Person) WHERE zp.person_id IN family_ids | zp]) > 0 THEN z END)[0] AS later
// earlier concerns about the child raised by the family or the public
WITH data_end, e, r, wend, kids, later,
     [k IN kids | k.person_id] AS kid_ids,
     reduce(t = '', k IN kids | t + CASE WHEN t = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS who
OPTIONAL MATCH (pe:Event {case_id: $case_id})-[:ABOUT|SAW]->(pk:Child)
WHERE coalesce(pe.reporter_role, '') <> '' AND pe.reporter_role <> 'professional' AND pe <> e
  AND pk.person_id IN kid_ids AND coalesce(pe.day_to, pe.day_from) < e.day_from
  AND pe.day_from >= e.day_from - $N_repeat
WITH data_end, e, r, wend, kids, later, kid_ids, who, collect(DISTINCT pe) AS before
RETURN e.event_id AS anchor,
       'unanswered' AS variant,
       CASE WHEN any(k IN kids WHERE k.dob_day IS NOT NULL AND coalesce(e.day_to, e.day_from) - k.dob_day < 365)
              OR any(q IN coalesce(e.concerns, []) WHERE q IN $high_concerns) OR size(before) > 0 THEN 'high'
            WHEN size(coalesce(e.concerns, [])) = 0 THEN 'low'
            ELSE 'medium' END AS severity,
       'definite' AS confidence,
       coalesce(r.records_to_day, wend) < wend OR coalesce(data_end, wend) < wend AS censored,
       kid_ids AS subjects,
       'There is no record of a visit, assessment or reply within ' + toString($N) + ' days after ' + r.name
         + ' recorded a concern about ' + who + ' raised by the ' + e.reporter_role + ' (' + e.date_text + ').' AS summary,
       [{event_id: e.event_id, role: 'trigger',
         note: 'concern raised by the ' + e.reporter_role
               + CASE WHEN size(coalesce(e.concerns, [])) = 0 THEN ''
                      ELSE ': ' + reduce(t = '', q IN e.concerns | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(q, '_', ' ')) END}]
       + [{role: 'expected_missing', agency_id: r.agency_id, day_from: e.day_from, day_to: wend,
           note: 'no record of a visit, assessment, reply or other record about ' + who + ' in this window'}]
       + [p IN before | {event_id: p.event_id, role: 'context', note: 'an earlier concern raised by the ' + p.reporter_role}]
       + [l IN [later] WHERE l IS NOT NULL | {event_id: l.event_id, role: 'context',
           note: 'first later record about the family by a receiving agency, ' + toString(l.day_from - coalesce(e.day_to, e.day_from)) + ' days after the concern'}]
       AS evidence
