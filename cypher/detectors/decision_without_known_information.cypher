// id: decision_without_known_information
// tier: 1
// version: 1
// title: Decision without known information
// panel: A key decision was made while other agencies held concerns that never reached the decision makers
// evidence: T16 L2870 (information sharing raised in 65 of 66 in-depth reports); T16 L2872, L3028; O10 L307 ("none of the main agencies had a complete picture"), L96, L331; O08 L414 ("known but it was not coordinated and evaluated"), L491, L432
// param lookback = 730 | days before the decision in which another agency's concern counts (older history: start_again_history_unused)
// param min_weight = medium | lowest concern weight that counts (high, medium or low); events whose concerns are all lighter are ignored
// param include_siblings = 1 | 1 = concerns about the child's siblings (wherever they live) count as family concerns; 0 = household only
// param request_window = 90 | days before the decision in which an information request to the holder is looked for
//
// DETECTORS.md T1-05. For each decision D (assessment complete, strategy discussion, conference,
// review meeting, closure, NFA, referral outcome, plan end, step-down) about a child C, the
// deciding set S is the agency that recorded D, the agencies that attended it and the employers
// of the practitioners who conducted it. A concern event E is *unseen* when it is about C's
// family (C, siblings, household at E or at D), possibly before D and within the lookback, not
// solely of lighter weight than min_weight, recorded outside S, and no agency in S knew it
// (KNEW in $mode; or a message answering E sent to it; or its own record conveying E) by the
// last possible day of D (benefit of the doubt). One finding per D,
// grouped by holder: whether the holder was invited, whether S asked it for information and
// whether it answered. Confidence is 'possible' when every unseen E is only possibly before D.
// Censoring: the holder is the agency expected to pass E on before D; if its chronology (or the
// case data) ends before D, "never reached" cannot be told from "no data", so such an E is held
// back, and a finding made only of such concerns is returned as censored.
// Vocabulary ($decision_types, $de_escalating_types, $high_concerns, $medium_concerns,
// $low_concerns) comes from graph/model.py through the runner.
// Performance (FalkorDB): one pass over the events gathers, once each, every decision's facts
// (deciding set, children, and C's family as person links) and every concern event's facts (its
// holders, whom it is about, and per agency the first day it knew it); each decision's candidates
// are then filtered from that one list, so no decision x event pair touches the graph. FalkorDB
// copies a list whenever a WITH projects it, groups by it or evaluates every CASE branch, so the
// event list is only read, never projected, once the rows multiply; UNWIND [x] AS y binds values
// without a copy; a pattern comprehension whose WHERE tests only outer variables is skipped; and
// labels implied by the edge (RECORDED and KNEW from an Agency, ABOUT and SAW to a Person) are left off.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ag:Agency {case_id: $case_id})
// per agency, once: information requests sent to it, and its answers to them
WITH cs, ag,
     [(sa:Agency)-[:RECORDED]->(rq1:Event)-[:SHARED_WITH|REFERRED_TO]->(ag) WHERE rq1.type = 'information_request'
      | {event_id: rq1.event_id, by: sa.agency_id, d0: rq1.day_from, d1: coalesce(rq1.day_to, rq1.day_from)}] AS reqs,
     [(ag)-[:RECORDED]->(an:Event)-[:RESPONDS_TO]->(rq2:Event)-[:SHARED_WITH|REFERRED_TO]->(ag)
      WHERE rq2.type = 'information_request'
      | {event_id: an.event_id, day: an.day_from, rq0: rq2.day_from, rq1: coalesce(rq2.day_to, rq2.day_from)}] AS answers
WITH cs.data_end_day AS data_end, collect(ag.agency_id) AS ags,
     collect({agency_id: ag.agency_id, name: ag.name, reqs: reqs, answers: answers}) AS agi,
     $high_concerns
     + CASE WHEN $min_weight IN ['medium', 'low'] THEN $medium_concerns ELSE [] END
     + CASE WHEN $min_weight = 'low' THEN $low_concerns ELSE [] END AS counted
MATCH (e:Event {case_id: $case_id})
WITH data_end, ags, agi, e, e.type IN $decision_types AS is_decision,
     size([x IN coalesce(e.concerns, []) WHERE x IN counted]) > 0 AS is_concern
WHERE is_decision OR is_concern
OPTIONAL MATCH (e)-[:ABOUT|SAW]->(c:Child)
WHERE is_decision
WITH DISTINCT data_end, ags, agi, e, is_decision, is_concern, c
WITH data_end, ags, agi, e, is_decision, is_concern, c, coalesce(e.day_to, e.day_from) AS e1,
     size([(c)-[:MEMBER_OF]->(hh:Household) WHERE c IS NOT NULL | hh]) > 0 AS has_household
// a decision's family (§0.2) as person links, each valid for concern events overlapping [lo, hi]:
// C and siblings always, household members around D always, else around E, and with no
// household data parents, and their partners whose partnership began by D and had not ended before E
WITH data_end, ags, agi, e, is_decision, is_concern, e1, c,
     [{id: c.person_id, lo: -1000000000, hi: 1000000000}]
     + [(c)-[:SIBLING_OF]-(s:Person) WHERE c IS NOT NULL AND $include_siblings = 1
        | {id: s.person_id, lo: -1000000000, hi: 1000000000}]
     + [(c)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(h:Person) WHERE c IS NOT NULL
        | CASE WHEN coalesce(m1.from_day, e1) <= e1 AND coalesce(m1.to_day, e.day_from) >= e.day_from
                    AND coalesce(m2.from_day, e1) <= e1 AND coalesce(m2.to_day, e.day_from) >= e.day_from
               THEN {id: h.person_id, lo: -1000000000, hi: 1000000000}
               ELSE {id: h.person_id,
                     lo: CASE WHEN coalesce(m1.from_day, -1000000000) > coalesce(m2.from_day, -1000000000)
                              THEN coalesce(m1.from_day, -1000000000) ELSE coalesce(m2.from_day, -1000000000) END,
                     hi: CASE WHEN coalesce(m1.to_day, 1000000000) < coalesce(m2.to_day, 1000000000)
                              THEN coalesce(m1.to_day, 1000000000) ELSE coalesce(m2.to_day, 1000000000) END} END]
     + [(q1:Person)-[:PARENT_OF]->(c) WHERE c IS NOT NULL AND NOT has_household
        | {id: q1.person_id, lo: -1000000000, hi: 1000000000}]
     + [(c)<-[:PARENT_OF]-(:Person)-[pt:PARTNER_OF]-(q2:Person)
        WHERE c IS NOT NULL AND NOT has_household AND coalesce(pt.from_day, e1) <= e1
        | {id: q2.person_id, lo: -1000000000, hi: coalesce(pt.to_day, 1000000000)}] AS links
WITH data_end, ags, agi, e, is_decision, is_concern, e1, collect(c) AS kids, collect(links) AS link_lists
WITH data_end, ags, agi, e, is_decision AND size(kids) > 0 AS is_decision, is_concern, e1, kids,
     reduce(flat = [], ls IN link_lists | flat + ls) AS links,
     [(ha)-[:RECORDED]->(e) | ha] AS recorders
// the deciding set: the recorder, the agencies that attended, the employers of those who conducted it,
// and for a concern event, who knew it from when: KNEW in $mode, an answer to it sent to them,
// their own record conveying it
WITH data_end, ags, agi, e, is_decision, is_concern, e1, kids, links, recorders,
     [(da2:Agency)-[:ATTENDED]->(e) WHERE is_decision | da2.agency_id] AS attended,
     [(da3:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(e) WHERE is_decision | da3.agency_id] AS conducted,
     [(ka)-[kn:KNEW]->(e) WHERE is_concern AND kn.mode = $mode | {a: ka.agency_id, day: kn.from_day}]
     + [(ra1:Agency)<-[:SHARED_WITH|REFERRED_TO]-(rx1:Event)-[:RESPONDS_TO]->(e) WHERE is_concern
        | {a: ra1.agency_id, day: coalesce(rx1.day_to, rx1.day_from)}]
     + [(ra2:Agency)-[:RECORDED]->(rx2:Event)-[:CONVEYS]->(e) WHERE is_concern
        | {a: ra2.agency_id, day: rx2.day_from}] AS kd
WITH data_end, ags, agi, e, is_decision, is_concern, e1, kids, links, recorders, attended, kd,
     [r IN recorders | r.agency_id] + attended + conducted AS deciders
ORDER BY e.day_from, e.event_id
WITH data_end, ags, agi,
     collect(CASE WHEN is_decision THEN
       {d: e, d0: e.day_from, d1: e1, floor: e.day_from - $lookback, event_id: e.event_id, kids: kids,
        recorders: recorders, deciders: deciders,
        deciding: [i IN range(0, size(ags) - 1) WHERE ags[i] IN deciders],
        always: reduce(acc = [], l IN links
                       | CASE WHEN l.lo = -1000000000 AND l.hi = 1000000000 AND NOT l.id IN acc THEN acc + [l.id] ELSE acc END),
        timed: reduce(acc = [], l IN links
                      | CASE WHEN (l.lo <> -1000000000 OR l.hi <> 1000000000) AND NOT l IN acc THEN acc + [l] ELSE acc END),
        invited: [(ia:Agency)-[:INVITED_TO]->(e) WHERE is_decision | ia.agency_id],
        attended: attended} END) AS ds,
     collect(CASE WHEN is_concern AND size(recorders) > 0 THEN
       {day: e.day_from, e1: e1, event_id: e.event_id,
        about: [(e)-[:ABOUT|SAW]->(p) WHERE is_concern | p.person_id],
        // per agency (in the order of ags), the first day it knew the event; 1000000000 = never
        known_from: [a IN ags | reduce(m = 1000000000, k IN kd | CASE WHEN k.a = a AND k.day < m THEN k.day ELSE m END)],
        concerns: e.concerns, high: any(x IN e.concerns WHERE x IN $high_concerns),
        holder_ids: [h IN recorders | h.agency_id],
        note: 'Held by ' + reduce(s = '', h IN recorders | s + CASE WHEN s = '' THEN '' ELSE ', ' END + h.name)
              + ': ' + reduce(s = '', y IN e.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')),
        holder_to: [h IN recorders WHERE h.records_to_day IS NOT NULL | h.records_to_day]} END) AS evs
UNWIND ds AS dd
UNWIND [dd.d] AS d
UNWIND [dd.d1] AS d1
UNWIND [dd.always] AS always
UNWIND [dd.timed] AS timed
UNWIND [dd.deciding] AS deciding
// D's candidates: concern events about the family, possibly before D and within the lookback,
// unseen when no agency in the deciding set knew them by the last possible day of D
WITH agi, dd, d,
     size([x IN evs WHERE x.day < d1 AND x.e1 >= dd.floor AND x.event_id <> dd.event_id
             AND (any(p IN x.about WHERE p IN always)
                  OR any(l IN timed WHERE x.e1 >= l.lo AND x.day <= l.hi AND l.id IN x.about)) | 1]) AS cand_n,
     [x IN evs WHERE x.day < d1 AND none(i IN deciding WHERE x.known_from[i] <= d1)
        AND x.e1 >= dd.floor AND x.event_id <> dd.event_id
        AND (any(p IN x.about WHERE p IN always)
             OR any(l IN timed WHERE x.e1 >= l.lo AND x.day <= l.hi AND l.id IN x.about))
      | {event_id: x.event_id, concerns: x.concerns, high: x.high, holder_ids: x.holder_ids, note: x.note,
         certain: x.e1 < dd.d0,
         censored: (data_end IS NOT NULL AND data_end < d1) OR any(t IN x.holder_to WHERE t < d1)}] AS unseen
WHERE size(unseen) > 0 AND size(dd.recorders) > 0
WITH agi, dd, d, cand_n - size(unseen) AS known_n, unseen, all(x IN unseen WHERE x.censored) AS censored
WITH agi, dd, d, known_n, censored, [x IN unseen WHERE censored OR NOT x.censored] AS shown
// grouped by holder: was it invited and absent, did the deciding set ask it, did it answer
WITH dd, d, known_n, censored, shown,
     [h IN [hid IN reduce(acc = [], x IN shown | acc + [h IN x.holder_ids WHERE NOT h IN acc])
            | head([a IN agi WHERE a.agency_id = hid])]
      | {agency_id: h.agency_id, name: h.name,
         held_n: size([x IN shown WHERE h.agency_id IN x.holder_ids]),
         invited_absent: h.agency_id IN dd.invited AND NOT h.agency_id IN dd.attended,
         requests: [r IN h.reqs WHERE r.by IN dd.deciders AND r.d1 >= dd.d0 - $request_window AND r.d0 <= dd.d1
                    | r.event_id],
         answers: [a IN h.answers WHERE a.rq1 >= dd.d0 - $request_window AND a.rq0 <= dd.d1 AND a.day <= dd.d1
                   | a.event_id],
         categories: reduce(acc = [], cats IN [x IN shown WHERE h.agency_id IN x.holder_ids | x.concerns]
                            | acc + [y IN cats WHERE NOT y IN acc])}]
       AS hs,
     d.type IN $de_escalating_types
       OR (d.type IN ['referral_outcome', 'assessment_complete']
           AND (toLower(coalesce(d.outcome, '')) CONTAINS 'nfa'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'no further action'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'information only'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'information_only')) AS de_escalating
RETURN d.event_id AS anchor,
       'unseen_concerns' AS variant,
       CASE WHEN de_escalating OR any(x IN shown WHERE x.high) OR (size(shown) >= 3 AND size(hs) >= 2) THEN 'high'
            WHEN size(hs) = 1 AND hs[0].invited_absent THEN 'low'
            ELSE 'medium' END AS severity,
       CASE WHEN any(x IN shown WHERE x.certain) THEN 'definite' ELSE 'possible' END AS confidence,
       censored,
       [k IN dd.kids | k.person_id] AS subjects,
       dd.recorders[0].name + ' made a decision (' + replace(d.type, '_', ' ') + ', ' + d.date_text + ') about '
         + reduce(s = '', k IN dd.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.pseudonym)
         + ' with no record that the decision makers knew of ' + toString(size(shown))
         + ' concern(s) about the family held by '
         + reduce(s = '', x IN hs | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.name) + '.' AS summary,
       [{event_id: d.event_id, role: 'decision',
         note: replace(d.type, '_', ' ') + CASE WHEN de_escalating THEN ' (de-escalating)' ELSE '' END}]
       + [x IN shown | {event_id: x.event_id, role: 'unseen_concern',
                        note: x.note + CASE WHEN x.certain THEN '' ELSE ' (dates uncertain: possibly after the decision)' END}]
       + [x IN hs | {role: 'holder', agency_id: x.agency_id,
                     note: x.name + ' held ' + toString(x.held_n) + ' concern(s) not known to the decision makers ('
                           + reduce(s = '', y IN x.categories | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))
                           + ')' + CASE WHEN x.invited_absent THEN '; invited to the decision meeting but absent' ELSE '' END}]
       + reduce(acc = [], x IN hs | acc + [r IN x.requests | {event_id: r, role: 'context',
                                                             note: 'Information request to ' + x.name + ' before the decision'}])
       + reduce(acc = [], x IN hs | acc + [r IN x.answers | {event_id: r, role: 'response',
                                                            note: 'Answer from ' + x.name + '; no record that it carried the concern(s) listed'}])
       + [x IN hs WHERE size(x.requests) = 0 |
          {role: 'expected_missing', agency_id: x.agency_id, day_from: d.day_from - $request_window, day_to: d.day_from,
           note: 'No record that the decision makers asked ' + x.name + ' for information in the '
                 + toString($request_window) + ' days before the decision'}]
       + [x IN hs WHERE size(x.requests) > 0 AND size(x.answers) = 0 |
          {role: 'expected_missing', agency_id: x.agency_id, day_from: d.day_from - $request_window, day_to: d.day_from,
           note: 'No record of an answer from ' + x.name + ' to the information request before the decision'}]
       + [{role: 'context', agency_id: dd.recorders[0].agency_id,
           note: 'The decision makers knew of ' + toString(known_n) + ' other concern event(s) about the family in the '
                 + toString($lookback) + ' days before the decision'}] AS evidence
