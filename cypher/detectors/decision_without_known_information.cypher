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
MATCH (d:Event {case_id: $case_id})
WHERE d.type IN ['assessment_complete', 'cp_conference', 'strategy_discussion', 'review_meeting', 'case_closure',
                 'decision_no_further_action', 'referral_outcome', 'cp_plan_end', 'cin_plan_end', 'step_down']
MATCH (d)-[:ABOUT|SAW]->(c:Child)
WITH d, c, coalesce(d.day_to, d.day_from) AS d1,
     [(da1:Agency)-[:RECORDED]->(d) | da1.agency_id] + [(da2:Agency)-[:ATTENDED]->(d) | da2.agency_id]
     + [(da3:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(d) | da3.agency_id] AS deciders,
     ['physical_injury', 'sexual_abuse', 'cse', 'exploitation', 'domestic_abuse', 'offending_risk_adult',
      'self_harm', 'concealed_pregnancy', 'unsafe_sleeping'] AS high,
     ['neglect', 'emotional_abuse', 'parental_mental_health', 'parental_substance_misuse',
      'parental_learning_disability', 'poor_home_conditions', 'hunger_or_growth', 'missing_episode'] AS medium
WITH d, c, d1, deciders, high,
     high + CASE WHEN $min_weight IN ['medium', 'low'] THEN medium ELSE [] END
          + CASE WHEN $min_weight = 'low' THEN ['non_attendance', 'unexplained_absence'] ELSE [] END AS counted
MATCH (e:Event {case_id: $case_id})
WHERE e <> d AND size(e.concerns) > 0
  AND e.day_from < d1
  AND coalesce(e.day_to, e.day_from) >= d.day_from - $lookback
  AND any(x IN e.concerns WHERE x IN counted)
WITH d, c, d1, deciders, high, e, coalesce(e.day_to, e.day_from) AS e1,
     [(e)-[:ABOUT|SAW]->(p:Person) | p.person_id] AS about_e,
     size([(c)-[:MEMBER_OF]->(hh:Household) | hh]) > 0 AS has_household
// C's family: C, siblings, household members around E or around D (§0.2; no household data:
// parents and their partners)
WITH d, d1, deciders, high, e, about_e,
     [c.person_id]
     + CASE WHEN $include_siblings = 1 THEN [(c)-[:SIBLING_OF]-(s:Person) | s.person_id] ELSE [] END
     + [(c)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(h:Person)
        WHERE (coalesce(m1.from_day, e1) <= e1 AND coalesce(m1.to_day, e.day_from) >= e.day_from
               AND coalesce(m2.from_day, e1) <= e1 AND coalesce(m2.to_day, e.day_from) >= e.day_from)
           OR (coalesce(m1.from_day, d1) <= d1 AND coalesce(m1.to_day, d.day_from) >= d.day_from
               AND coalesce(m2.from_day, d1) <= d1 AND coalesce(m2.to_day, d.day_from) >= d.day_from)
        | h.person_id]
     + CASE WHEN has_household THEN []
            ELSE [(q1:Person)-[:PARENT_OF]->(c) | q1.person_id]
                 + [(c)<-[:PARENT_OF]-(:Person)-[pt:PARTNER_OF]-(q2:Person)
                    WHERE coalesce(pt.from_day, d1) <= d1 AND coalesce(pt.to_day, e.day_from) >= e.day_from
                    | q2.person_id] END AS family
WITH d, d1, deciders, high, e, about_e, family
WHERE any(p IN about_e WHERE p IN family)
WITH DISTINCT d, d1, deciders, high, e
MATCH (ha:Agency)-[:RECORDED]->(e)
MATCH (cs:Case {case_id: $case_id})
WITH d, d1, deciders, high, e, collect(ha) AS holders, cs.data_end_day AS data_end
WITH d, d1, deciders, high,
     {event_id: e.event_id, day: e.day_from, date_text: e.date_text, concerns: e.concerns,
      holder_ids: [h IN holders | h.agency_id], holder_names: [h IN holders | h.name],
      certain: coalesce(e.day_to, e.day_from) < d.day_from,
      high: any(x IN e.concerns WHERE x IN high),
      known: size([(ka:Agency)-[kn:KNEW]->(e) WHERE kn.mode = $mode AND ka.agency_id IN deciders
                   AND kn.from_day <= d1 | ka])
             + size([(ra1:Agency)<-[:SHARED_WITH|REFERRED_TO]-(rx1:Event)-[:RESPONDS_TO]->(e)
                     WHERE ra1.agency_id IN deciders AND coalesce(rx1.day_to, rx1.day_from) <= d1 | ra1])
             + size([(ra2:Agency)-[:RECORDED]->(rx2:Event)-[:CONVEYS]->(e)
                     WHERE ra2.agency_id IN deciders AND rx2.day_from <= d1 | ra2]) > 0,
      censored: (data_end IS NOT NULL AND data_end < d1)
                OR any(h IN holders WHERE h.records_to_day IS NOT NULL AND h.records_to_day < d1)} AS cand
ORDER BY cand.day, cand.event_id
WITH d, d1, deciders, collect(cand) AS cands
WITH d, d1, deciders, size([x IN cands WHERE x.known]) AS known_n,
     [x IN cands WHERE NOT x.known] AS unseen
WHERE size(unseen) > 0
WITH d, d1, deciders, known_n,
     CASE WHEN any(x IN unseen WHERE NOT x.censored) THEN [x IN unseen WHERE NOT x.censored] ELSE unseen END AS shown,
     all(x IN unseen WHERE x.censored) AS censored
WITH d, d1, deciders, known_n, shown, censored,
     reduce(acc = [], x IN shown | acc + [h IN x.holder_ids WHERE NOT h IN acc]) AS holder_ids
UNWIND holder_ids AS hid
MATCH (h:Agency {case_id: $case_id, agency_id: hid})
WITH d, d1, deciders, known_n, shown, censored, h,
     [x IN shown WHERE h.agency_id IN x.holder_ids] AS held,
     size([(h)-[:INVITED_TO]->(d) | 1]) > 0 AS invited,
     size([(h)-[:ATTENDED]->(d) | 1]) > 0 AS attended,
     [(sa:Agency)-[:RECORDED]->(rq1:Event)-[:SHARED_WITH|REFERRED_TO]->(h)
      WHERE rq1.type = 'information_request' AND sa.agency_id IN deciders
        AND coalesce(rq1.day_to, rq1.day_from) >= d.day_from - $request_window AND rq1.day_from <= d1
      | rq1.event_id] AS requests,
     [(h)-[:RECORDED]->(an:Event)-[:RESPONDS_TO]->(rq2:Event)-[:SHARED_WITH|REFERRED_TO]->(h)
      WHERE rq2.type = 'information_request'
        AND coalesce(rq2.day_to, rq2.day_from) >= d.day_from - $request_window AND rq2.day_from <= d1
        AND an.day_from <= d1
      | an.event_id] AS answers
WITH d, d1, known_n, shown, censored,
     collect({agency_id: h.agency_id, name: h.name, held: held, invited_absent: invited AND NOT attended,
              requests: requests, answers: answers,
              categories: reduce(acc = [], x IN held | acc + [y IN x.concerns WHERE NOT y IN acc])}) AS hs
MATCH (rec:Agency)-[:RECORDED]->(d)
WITH d, d1, known_n, shown, censored, hs, collect(rec) AS recs
WITH d, known_n, shown, censored, hs, recs,
     reduce(acc = [], k IN [(d)-[:ABOUT|SAW]->(kc:Child) | kc] | CASE WHEN k IN acc THEN acc ELSE acc + [k] END) AS kids,
     d.type IN ['case_closure', 'decision_no_further_action', 'cp_plan_end', 'cin_plan_end', 'step_down']
       OR (d.type IN ['referral_outcome', 'assessment_complete']
           AND (toLower(coalesce(d.outcome, '')) CONTAINS 'nfa'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'no further action'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'information only'
                OR toLower(coalesce(d.outcome, '')) CONTAINS 'information_only')) AS de_escalating
WITH d, known_n, shown, censored, hs, recs, kids, de_escalating,
     CASE WHEN de_escalating OR any(x IN shown WHERE x.high) OR (size(shown) >= 3 AND size(hs) >= 2) THEN 'high'
          WHEN size(hs) = 1 AND hs[0].invited_absent THEN 'low'
          ELSE 'medium' END AS severity
RETURN d.event_id AS anchor,
       'unseen_concerns' AS variant,
       severity,
       CASE WHEN any(x IN shown WHERE x.certain) THEN 'definite' ELSE 'possible' END AS confidence,
       censored,
       [k IN kids | k.person_id] AS subjects,
       recs[0].name + ' made a decision (' + replace(d.type, '_', ' ') + ', ' + d.date_text + ') about '
         + reduce(s = '', k IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.pseudonym)
         + ' with no record that the decision makers knew of ' + toString(size(shown))
         + ' concern(s) about the family held by '
         + reduce(s = '', x IN hs | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.name) + '.' AS summary,
       [{event_id: d.event_id, role: 'decision',
         note: replace(d.type, '_', ' ') + CASE WHEN de_escalating THEN ' (de-escalating)' ELSE '' END}]
       + [x IN shown | {event_id: x.event_id, role: 'unseen_concern',
                        note: 'Held by ' + reduce(s = '', n IN x.holder_names | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n)
                              + ': ' + reduce(s = '', y IN x.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))
                              + CASE WHEN x.certain THEN '' ELSE ' (dates uncertain: possibly after the decision)' END}]
       + [x IN hs | {role: 'holder', agency_id: x.agency_id,
                     note: x.name + ' held ' + toString(size(x.held)) + ' concern(s) not known to the decision makers ('
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
       + [{role: 'context', agency_id: recs[0].agency_id,
           note: 'The decision makers knew of ' + toString(known_n) + ' other concern event(s) about the family in the '
                 + toString($lookback) + ' days before the decision'}] AS evidence
