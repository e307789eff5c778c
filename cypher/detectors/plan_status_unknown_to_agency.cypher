// id: plan_status_unknown_to_agency
// tier: 2
// version: 1
// title: Plan status unknown to agency
// panel: An agency had contact with a child on a child protection or child in need plan, or after care proceedings, without knowing of it
// evidence: O08 L422 (a covering midwife "had not been told that the children were on the child protection register"; the police were also unaware); T16 L2917 (police unaware of the Child in Need status), L3067-L3071 (professionals "unaware that the court case had even happened"), L3126 (assumptions about others' actions)
// param grace = 2 | days after a plan starts (or proceedings are issued) in which an agency is not yet expected to know
// param N_court = 730 | days after care proceedings in which agencies in contact with the child should know of them
//
// DETECTORS.md §4 (Tier 2). Plans, about a child C: a child protection plan from cp_plan_start
// to the first cp_plan_end, and a child in need plan from cin_plan_start to the first
// cin_plan_end, about C, after it; a case_closure about C recorded by children's social care
// ends either plan too; a plan with no end is open to the end of the data. A court step: from a
// care_proceedings event about C for N_court days.
// Knowing of it: KNEW (current mode), by the last possible day of the contact, of the plan start
// or proceedings event, or of a later event that could not be understood without it (for a CP
// plan a cp_conference or core_group about C, for a CIN plan a review_meeting about C, for the
// court another care_proceedings event about C), or of any children's social care record about
// C, possibly within the plan (benefit of the doubt: an agency that heard from social care about
// the child is taken to have been told of the plan; the §4 line asks only for the plan start).
// Contact: an event about C recorded by an agency outside children's social care, possibly
// within the plan and possibly more than grace days after its start. Benefit of the doubt:
// the agency is unaware at a contact only if it knew of none of the above by the contact's
// last possible day.
// Variants cp_plan, cin_plan, court: one finding per plan event and agency, listing every child
// of that event it was unaware about and every such contact.
// Severity: medium for a CP plan or court step, low for a CIN plan; one step higher when an
// unaware contact recorded a concern or the child was under 1 (or unborn) at it.
// Confidence: definite when a contact is certainly inside the plan (after the grace days and
// before its end), else possible. Never censored: the contact itself shows that the agency's
// records cover the day.
// the plan events of every child, found by type (selective) and kept per child, so that each
// plan's end and the events that show it are picked from a short list, not from the graph
MATCH (pe:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE pe.type IN ['cp_plan_start', 'cin_plan_start', 'care_proceedings', 'cp_plan_end', 'cin_plan_end', 'case_closure',
                  'cp_conference', 'core_group', 'review_meeting']
WITH DISTINCT pe, c
WITH c, collect({e: pe, type: pe.type, d0: pe.day_from, d1: coalesce(pe.day_to, pe.day_from),
                 csc: size([(pa:Agency)-[:RECORDED]->(pe) WHERE pa.sector IN $csc_sectors | pa]) > 0}) AS pevs
WITH c, pevs, [(c)<-[:ABOUT|SAW]-(ce:Event)<-[:RECORDED]-(ca:Agency) WHERE ca.sector IN $csc_sectors | ce] AS csc_events
UNWIND [s IN pevs WHERE s.type IN ['cp_plan_start', 'cin_plan_start', 'care_proceedings']] AS st
WITH c, pevs, csc_events, st.e AS ps,
     CASE st.type WHEN 'cp_plan_start' THEN 'cp_plan' WHEN 'cin_plan_start' THEN 'cin_plan' ELSE 'court' END AS variant
WITH c, pevs, csc_events, ps, variant,
     CASE variant WHEN 'cp_plan' THEN ['cp_plan_end', 'case_closure'] WHEN 'cin_plan' THEN ['cin_plan_end', 'case_closure']
                  ELSE [] END AS end_types,
     CASE variant WHEN 'cp_plan' THEN ['cp_plan_start', 'cp_conference', 'core_group']
                  WHEN 'cin_plan' THEN ['cin_plan_start', 'review_meeting'] ELSE ['care_proceedings'] END AS plan_types
WITH c, pevs, csc_events, ps, variant, plan_types,
     reduce(fst = null, q IN pevs |
            CASE WHEN q.type IN end_types AND q.d0 >= ps.day_from AND q.e <> ps AND (q.type <> 'case_closure' OR q.csc)
                      AND (fst IS NULL OR q.d0 < fst.day_from) THEN q.e ELSE fst END) AS plan_end
WITH c, pevs, csc_events, ps, variant, plan_types, plan_end,
     CASE WHEN variant = 'court' THEN coalesce(ps.day_to, ps.day_from) + $N_court
          WHEN plan_end IS NULL THEN 1000000000
          ELSE coalesce(plan_end.day_to, plan_end.day_from) END AS w_hi,
     CASE WHEN variant = 'court' THEN coalesce(ps.day_to, ps.day_from) + $N_court
          WHEN plan_end IS NULL THEN 1000000000
          ELSE plan_end.day_from END AS w_hi_certain
WITH ps, c, variant, plan_end, w_hi, w_hi_certain,
     [q IN pevs WHERE q.type IN plan_types AND (q.e = ps OR (q.d1 >= ps.day_from AND q.d0 <= w_hi)) | q.e]
     + [ce IN csc_events WHERE coalesce(ce.day_to, ce.day_from) >= ps.day_from AND ce.day_from <= w_hi AND ce <> ps] AS plan_events
// per agency, the first day it knew of the plan (once per plan and child, not per contact)
UNWIND plan_events AS pe
WITH ps, c, variant, plan_end, w_hi, w_hi_certain, [(pe)<-[k:KNEW]-(ka:Agency) WHERE k.mode = $mode | {aid: ka.agency_id, day: k.from_day}] AS kl
UNWIND (CASE WHEN size(kl) = 0 THEN [null] ELSE kl END) AS kn
WITH ps, c, variant, plan_end, w_hi, w_hi_certain, kn.aid AS aid, min(kn.day) AS known
WITH ps, c, variant, plan_end, w_hi, w_hi_certain,
     collect(CASE WHEN aid IS NOT NULL THEN {aid: aid, known: known} END) AS knowers
// contacts by agencies outside social care, possibly within the plan and after the grace days
// (the child's events first, one hop, then their recorders)
WITH ps, c, variant, plan_end, w_hi_certain, knowers,
     [(c)<-[:ABOUT|SAW]-(x0:Event) WHERE coalesce(x0.day_to, x0.day_from) > ps.day_from + $grace AND x0.day_from <= w_hi | x0] AS during
UNWIND during AS x
MATCH (a:Agency)-[:RECORDED]->(x)
WHERE NOT a.sector IN $csc_sectors
WITH DISTINCT ps, c, variant, plan_end, w_hi_certain, knowers, a, x
WITH ps, c, variant, plan_end, w_hi_certain, a, x, head([kn IN knowers WHERE kn.aid = a.agency_id | kn.known]) AS known
WHERE known IS NULL OR known > coalesce(x.day_to, x.day_from)
// per contact, the children it was unaware about; then per plan event and agency, the contacts
WITH ps, variant, a, x, known,
     collect(c) AS kids_x, collect(plan_end) AS ends_x,
     sum(CASE WHEN x.day_from > coalesce(ps.day_to, ps.day_from) + $grace
                   AND coalesce(x.day_to, x.day_from) < w_hi_certain THEN 1 ELSE 0 END) > 0 AS certain,
     sum(CASE WHEN c.dob_day IS NOT NULL AND coalesce(x.day_to, x.day_from) - c.dob_day < 365 THEN 1 ELSE 0 END) > 0
       OR size(coalesce(x.concerns, [])) > 0 AS serious
ORDER BY x.day_from, x.source_ref
WITH ps, variant, a,
     collect({x: x, certain: certain, serious: serious, known: known}) AS contacts,
     collect(kids_x) AS kid_lists, collect(ends_x) AS end_lists
WITH ps, variant, a, contacts,
     reduce(acc = [], ks IN kid_lists | acc + [k IN ks WHERE NOT k IN acc]) AS kids,
     reduce(acc = [], es IN end_lists | acc + [pe IN es WHERE NOT pe IN acc]) AS ends
WITH ps, variant, a, contacts, kids, ends, head(contacts) AS first,
     reduce(t = '', k IN kids | t + CASE WHEN t = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS who,
     CASE variant WHEN 'cp_plan' THEN ' subject to a child protection plan' WHEN 'cin_plan' THEN ' subject to a child in need plan'
                  ELSE ' the subject of care proceedings' END AS status,
     (CASE variant WHEN 'cin_plan' THEN 0 ELSE 1 END) + CASE WHEN any(t IN contacts WHERE t.serious) THEN 1 ELSE 0 END AS level
RETURN ps.event_id + '/' + a.agency_id AS anchor,
       variant,
       CASE level WHEN 2 THEN 'high' WHEN 1 THEN 'medium' ELSE 'low' END AS severity,
       CASE WHEN any(t IN contacts WHERE t.certain) THEN 'definite' ELSE 'possible' END AS confidence,
       false AS censored,
       [k IN kids | k.person_id] AS subjects,
       'There is no record that ' + a.name + ' knew ' + who + CASE WHEN size(kids) = 1 THEN ' was' ELSE ' were' END + status
         + ' (from ' + ps.date_text + ') at its contact of ' + first.x.date_text
         + CASE WHEN size(contacts) = 1 THEN '' ELSE ' and ' + toString(size(contacts) - 1) + ' later occasion(s)' END + '.' AS summary,
       [{event_id: ps.event_id, role: 'context', note: replace(ps.type, '_', ' ') + ' about ' + who}]
       + [pe IN ends | {event_id: pe.event_id, role: 'context', note: 'the plan ends'}]
       + [t IN contacts | {event_id: t.x.event_id, role: 'trigger',
                           note: replace(t.x.type, '_', ' ') + ' by ' + a.name
                                 + CASE WHEN t.certain THEN '' ELSE ' (dates uncertain: possibly outside the period)' END}]
       + [{role: 'expected_missing', agency_id: a.agency_id, day_from: ps.day_from,
           day_to: coalesce(first.x.day_to, first.x.day_from),
           note: 'no record that ' + a.name + ' knew of the ' + replace(ps.type, '_', ' ') + ' by its first contact'
                 + CASE WHEN first.known IS NULL THEN '' ELSE ' (it first knew ' + toString(first.known - ps.day_from) + ' days after it)' END}]
       AS evidence
