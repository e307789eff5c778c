// id: information_received_not_acted_on
// tier: 2
// version: 1
// title: Information received, not acted on
// panel: An agency was sent a serious concern about a child and recorded nothing about the child or family in the following 28 days
// evidence: O08 L381 ("how individual staff responded to information once it had been received"); O08 L412 (the GP did not read the paediatrician's letters); T16 L3312 (no clear expectations of a school nurse receiving domestic abuse notifications)
// param N = 28 | days after receipt in which the receiving agency must record something about the child or family
//
// DETECTORS.md §4 (Tier 2). Trigger: a message S (a notification, letter, copy or minutes)
// sent to agency A with SHARED_WITH that gave A a high-weight concern, either S itself (§1
// route 3) or an event S CONVEYS (route 4): KNEW in the current mode with route received or
// conveyed and certainty received. The lenient inferred route (4b) is left out: it needs S to
// carry a concern category of its own, so S itself is already a trigger. Left to other
// detectors: referrals (REFERRED_TO, and information_shared sent to children's social care,
// which T1-02 referral_without_outcome_or_feedback treats as a referral) and handovers
// (step_down, case_transfer, school_move, address_move: T1-01 handover_not_picked_up).
// Outcome and feedback notices (decisions: an assessment conclusion, a referral outcome, conference
// minutes...) and replies to A's own messages inform rather than ask, and are left out too.
// The child: the children S and the events it carried are about, or else the children of the
// adults they are about. Acted on: A recorded an event (other than S and what S carried) about
// the child, its parents or anyone S and those events are about, or an answer to S
// (RESPONDS_TO), possibly within N days of receipt (the last day of S). One finding per message
// and receiving agency.
// Censored when A's records are not in the data (it recorded nothing and has no records
// period), or its records (or the case data) end before the window closes, or begin after receipt.
// Severity: high when A is children's social care (the lead for child protection) or a child
// was under 1 (or unborn) on receipt; low when A is an adult service (its client is the parent);
// medium otherwise. Confidence: definite (receipt rests on the record's own sharing edges, and
// uncertain dates only widen the window).
OPTIONAL MATCH (cs:Case {case_id: $case_id})
WITH cs.data_end_day AS data_end
MATCH (s:Event {case_id: $case_id})-[:SHARED_WITH]->(a:Agency)
WHERE NOT s.type IN ($decision_types + ['step_down', 'case_transfer', 'school_move', 'address_move'])
  AND NOT (s)-[:REFERRED_TO]->(a)
  AND NOT (s.type = 'information_shared' AND a.sector IN $csc_sectors)
  AND NOT (s)-[:RESPONDS_TO]->(:Event)<-[:RECORDED]-(a)
WITH DISTINCT data_end, s, a
WITH data_end, s, a, [s] + [(s)-[:CONVEYS*1..4]->(cv:Event) | cv] AS candidates
UNWIND candidates AS e
WITH data_end, s, a, e
WHERE any(q IN coalesce(e.concerns, []) WHERE q IN $high_concerns)
MATCH (a)-[k:KNEW]->(e)
WHERE k.mode = $mode AND k.via_event_id = s.event_id AND k.certainty = 'received' AND k.route IN ['received', 'conveyed']
WITH data_end, a, s, k.from_day AS kd, collect(DISTINCT e) AS carried
WITH data_end, a, s, kd, carried,
     reduce(acc = [], e IN carried | acc + [q IN e.concerns WHERE q IN $high_concerns AND NOT q IN acc]) AS cats,
     reduce(acc = [], p IN [(s)-[:ABOUT|SAW]->(ps:Person) | ps] | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS s_people
UNWIND carried AS e
OPTIONAL MATCH (e)-[:ABOUT|SAW]->(pe:Person)
WITH data_end, a, s, kd, carried, cats, s_people, collect(DISTINCT pe) AS e_people
WITH data_end, a, s, kd, carried, cats,
     reduce(acc = s_people, p IN e_people | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS people
UNWIND people AS p
OPTIONAL MATCH (p)-[:PARENT_OF]->(pc:Child)
WITH data_end, a, s, kd, carried, cats, people, collect(CASE WHEN p:Child THEN p END) AS named_kids, collect(DISTINCT pc) AS their_kids
WITH data_end, a, s, kd, carried, cats, people, CASE WHEN size(named_kids) > 0 THEN named_kids ELSE their_kids END AS kids
WHERE size(kids) > 0
UNWIND kids AS kid
OPTIONAL MATCH (kp:Person)-[:PARENT_OF]->(kid)
WITH data_end, a, s, kd, carried, cats, people, kids, collect(DISTINCT kp) AS parents
WITH data_end, a, s, kd, carried, cats, kids,
     reduce(acc = people, p IN kids + parents | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS family
WITH data_end, a, s, kd, carried, cats, kids, [p IN family | p.person_id] AS family_ids, kd + $N AS wend
// what A recorded, possibly in the window, about the family (its own records in the window
// first, then their people: two hops from every agency per message cost far more), and its
// answers to the message; for those that did nothing, its first record about the family after
WITH data_end, a, s, kd, carried, cats, kids, family_ids, wend,
     [(a)-[:RECORDED]->(x:Event) WHERE coalesce(x.day_to, x.day_from) >= s.day_from AND x.day_from <= wend
                                     AND x <> s | x] AS in_window,
     size([(a)-[:RECORDED]->(r:Event)-[:RESPONDS_TO]->(s) WHERE r.day_from <= wend | r]) AS answers
WHERE answers = 0
UNWIND (CASE WHEN size(in_window) = 0 THEN [null] ELSE in_window END) AS x
WITH data_end, a, s, kd, carried, cats, kids, family_ids, wend,
     CASE WHEN x IS NOT NULL AND NOT x IN carried
               AND size([(x)-[:ABOUT|SAW]->(xp:Person) WHERE xp.person_id IN family_ids | xp]) > 0 THEN 1 ELSE 0 END AS acted
WITH data_end, a, s, kd, carried, cats, kids, family_ids, wend, sum(acted) AS acted
WHERE acted = 0
WITH data_end, a, s, kd, carried, cats, kids, family_ids, wend,
     [(a)-[:RECORDED]->(y:Event) WHERE y.day_from > wend | y] AS after
UNWIND (CASE WHEN size(after) = 0 THEN [null] ELSE after END) AS y
WITH data_end, a, s, kd, carried, cats, kids, family_ids, wend, y
ORDER BY y.day_from
WITH data_end, a, s, kd, carried, cats, kids, wend,
     collect(CASE WHEN size([(y)-[:ABOUT|SAW]->(yp:Person) WHERE yp.person_id IN family_ids | yp]) > 0 THEN y END)[0] AS later
WITH data_end, a, s, kd, carried, cats, kids, wend, later,
     head([(sa:Agency)-[:RECORDED]->(s) | sa.name]) AS sender,
     reduce(t = '', c IN kids | t + CASE WHEN t = '' THEN '' ELSE ', ' END + coalesce(c.pseudonym, c.person_id)) AS who,
     reduce(t = '', q IN cats | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(q, '_', ' ')) AS what,
     any(c IN kids WHERE c.dob_day IS NOT NULL AND kd - c.dob_day < 365) AS under1,
     size([(a)-[:RECORDED]->(ax:Event) | ax]) > 0 OR a.records_from_day IS NOT NULL OR a.records_to_day IS NOT NULL AS in_data
RETURN s.event_id + '/' + a.agency_id AS anchor,
       'no_recorded_action' AS variant,
       CASE WHEN a.sector IN $csc_sectors OR under1 THEN 'high'
            WHEN a.sector IN $adult_sectors THEN 'low'
            ELSE 'medium' END AS severity,
       'definite' AS confidence,
       NOT in_data OR coalesce(a.records_to_day, wend) < wend OR coalesce(data_end, wend) < wend
         OR coalesce(a.records_from_day, kd) > kd AS censored,
       [c IN kids | c.person_id] AS subjects,
       'There is no record that ' + a.name + ' recorded anything about ' + who + ' or the family in the '
         + toString($N) + ' days after ' + coalesce(sender, 'another agency') + ' sent it information about ' + what
         + ' (' + replace(s.type, '_', ' ') + ', ' + s.date_text + ').' AS summary,
       [{event_id: s.event_id, role: 'trigger',
         note: replace(s.type, '_', ' ') + ' sent to ' + a.name + CASE WHEN s IN carried THEN ' (' + what + ')' ELSE '' END}]
       + [e IN carried WHERE e <> s | {event_id: e.event_id, role: 'context',
                                       note: 'carried by the message: ' + reduce(t = '', q IN e.concerns | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(q, '_', ' '))}]
       + [{role: 'expected_missing', agency_id: a.agency_id, day_from: kd, day_to: wend,
           note: 'no record by ' + a.name + ' about ' + who + ' or the family, and no reply to the message, in this window'}]
       + [l IN [later] WHERE l IS NOT NULL | {event_id: l.event_id, role: 'context',
           note: 'first later record by ' + a.name + ' about the family, ' + toString(l.day_from - kd) + ' days after receipt'}]
       AS evidence
