// id: infant_injury_no_cp_response
// tier: 1
// version: 1
// title: Infant injury without a child protection response
// panel: An injury to a baby (especially one not yet mobile) with no child protection response
// evidence: O10 L355 (explanations for bruising "too readily accepted", babies "not yet at the stage of walking"), L99, L368; O08 L357 (health staff "missed, or misinterpreted" signs in 9 cases), L211, L465; T16 L1048, L1052, L1102, L1146
// param A_max = 365 | age in days under which an injured child counts as a baby (a child recorded as non mobile counts at any age)
// param A_priority = 183 | age in days under which the finding is marked priority (as it is for a non-mobile child or a repeat injury)
// param N = 1 | days after the injury's last possible day in which a child protection response is looked for
// param N_repeat = 90 | days before an injury in which an earlier injury to the same child makes it a repeat
// param N_after = 7 | days after the injury in which the other events about the child are shown
// param N_household = 90 | days before the injury in which concerns about the adults in the child's life are shown
//
// DETECTORS.md T1-21. Trigger E: an event about child C (ABOUT or SAW) with physical_injury among
// its concerns, or of type injury_presentation, when C was younger than A_max on d0(E) or is
// recorded as non mobile. With no date of birth the age test cannot be applied: the event counts
// only for a child recorded as a baby (role) or non mobile, and the finding says the age is not known.
// One injury, several records: an injury record within 2 days of an earlier one about C, from the
// same agency, or shared with or referred to the other's recorder, is the same incident (§0.5
// trap 6): it is reported once, on the first record, and its window runs to N days after the
// last record of the incident.
// CP response, possibly in [d0(E), last day + N] (benefit of the doubt): an event about C referred
// to children's social care (or a referral shared with it), a strategy_discussion, s47_enquiry or
// cp_medical about C, or children's social care knowing a record of the incident (KNEW, $mode).
// E itself counts, so an injury recorded by social care, or a referral tagged with the injury,
// answers itself.
// Variants (one finding per incident and variant):
//   no_cp_response   none of the above
//   repeat_injury    none of the above, and another injury to C possibly in the N_repeat days
//                    before it (O08 L357: babies seen more than once)
// Severity is always high. The summary starts "Priority" when C was under A_priority days on
// d0(E), is non mobile, or the injury is a repeat.
// Confidence is possible when the age test holds only on part of E's date range, when the earlier
// injury is only possibly within N_repeat days before, or when E's own text mentions a referral,
// social care or a medical cause that may explain the mark (a birthmark, a procedure: §T1-21 traps).
// Censoring: social care is the agency expected to act; when no social care chronology covers the
// window, or the recorder's chronology or the case data end inside it, the finding is censored.
//
// every injury record about a child, in date order
MATCH (e:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE e.type = 'injury_presentation' OR 'physical_injury' IN coalesce(e.concerns, [])
WITH DISTINCT c, e
ORDER BY e.day_from, e.event_id
WITH c, c.non_mobile = true AS non_mobile,
     collect({e: e, id: e.event_id, d0: e.day_from, d1: coalesce(e.day_to, e.day_from),
              recorders: [(ra)-[:RECORDED]->(e) | ra.agency_id],
              sent: [(e)-[:SHARED_WITH|REFERRED_TO]->(sa) | sa.agency_id]}) AS injuries
// the child protection responses about C: referrals to social care, strategy discussions, s47 enquiries, CP medicals
WITH c, non_mobile, injuries,
     [(c)<-[:ABOUT|SAW]-(rp1:Event) WHERE rp1.type IN ['strategy_discussion', 's47_enquiry', 'cp_medical']
      | {d0: rp1.day_from, d1: coalesce(rp1.day_to, rp1.day_from)}]
     + [(c)<-[:ABOUT|SAW]-(rp2:Event)-[rr:REFERRED_TO|SHARED_WITH]->(rc:Agency)
        WHERE rc.sector IN $csc_sectors AND (type(rr) = 'REFERRED_TO' OR rp2.type = 'referral')
      | {d0: rp2.day_from, d1: coalesce(rp2.day_to, rp2.day_from)}] AS responses,
     [i IN range(0, size(injuries) - 1)
        WHERE non_mobile OR (c.dob_day IS NULL AND c.role IN ['baby', 'unborn'])
           OR (c.dob_day IS NOT NULL AND c.dob_day <= injuries[i].d1 AND injuries[i].d0 - c.dob_day < $A_max)] AS babies
// records with no response within N days of their own last day (a cheap first cut: an incident's window is never shorter)
WITH c, non_mobile, injuries, responses,
     [i IN babies WHERE none(rs IN responses WHERE rs.d1 >= injuries[i].d0 AND rs.d0 <= injuries[i].d1 + $N)] AS open
// per open record: the other records of the same incident, and the earlier injuries
WITH c, non_mobile, responses,
     [i IN open | {x: injuries[i], i: i,
        same: [j IN range(0, size(injuries) - 1) WHERE j <> i
                 AND injuries[j].d0 - injuries[i].d1 <= 2 AND injuries[i].d0 - injuries[j].d1 <= 2
                 AND (any(r IN injuries[j].recorders WHERE r IN injuries[i].recorders)
                      OR any(r IN injuries[j].recorders WHERE r IN injuries[i].sent)
                      OR any(r IN injuries[i].recorders WHERE r IN injuries[j].sent)) | j]}] AS cand,
     injuries
WITH c, non_mobile, responses,
     [k IN cand WHERE none(j IN k.same WHERE j < k.i)
      | {x: k.x, incident: [k.x] + [j IN k.same WHERE j > k.i | injuries[j]],
         earlier: [y IN injuries WHERE y.d0 < k.x.d1 AND y.d1 >= k.x.d0 - $N_repeat AND NOT y.id = k.x.id
                                   AND NOT y.id IN [j IN k.same | injuries[j].id]]}] AS firsts
UNWIND firsts AS k
WITH c, non_mobile, responses, k.x AS x, k.incident AS incident, k.earlier AS earlier,
     reduce(mx = k.x.d1, ir IN k.incident | CASE WHEN ir.d1 > mx THEN ir.d1 ELSE mx END) + $N AS wend
WITH c, non_mobile, x, incident, earlier, wend,
     size([rs IN responses WHERE rs.d1 >= x.d0 AND rs.d0 <= wend]) AS answered
WHERE answered = 0
UNWIND incident AS ir
WITH c, non_mobile, x, incident, earlier, wend, ir.e AS ie
OPTIONAL MATCH (ka:Agency)-[kn:KNEW]->(ie)
WHERE kn.mode = $mode AND ka.sector IN $csc_sectors AND kn.from_day <= wend
WITH c, non_mobile, x, incident, earlier, wend, count(kn) AS csc_knew
WHERE csc_knew = 0
WITH c, non_mobile, x, incident, earlier, wend, [ir IN incident | ir.id] AS incident_ids,
     CASE WHEN c.dob_day IS NULL THEN null WHEN x.d0 < c.dob_day THEN 0 ELSE x.d0 - c.dob_day END AS age0,
     CASE WHEN c.dob_day IS NULL THEN null ELSE x.d1 - c.dob_day END AS age1
// context: what else was recorded about C in the days after, and the adults in C's life
// (parents, their partners, the household), their recent high-weight concerns and new partners
OPTIONAL MATCH (ae:Event {case_id: $case_id})
WHERE ae.day_from >= x.d0 AND ae.day_from <= x.d1 + $N_after AND (ae)-[:ABOUT|SAW]->(c) AND NOT ae.event_id IN incident_ids
WITH c, non_mobile, x, incident, earlier, wend, incident_ids, age0, age1, collect(DISTINCT ae) AS around,
     [(c)<-[:PARENT_OF]-(pa:Adult)-[pt:PARTNER_OF]-(pp:Adult)
        WHERE pt.from_day IS NOT NULL AND pt.from_day <= x.d1 AND pt.from_day >= x.d0 - 365
        | {a: coalesce(pa.pseudonym, pa.person_id), b: coalesce(pp.pseudonym, pp.person_id), from: pt.from_day}] AS new_partners
WITH c, non_mobile, x, x.e AS xe, incident, earlier, wend, age0, age1, around, new_partners,
     [y0 IN earlier | y0.id] + incident_ids AS shown_ids,
     [(c)<-[:PARENT_OF]-(a1:Adult) | a1] + [(c)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(a2:Adult) | a2]
     + [(c)<-[:PARENT_OF]-(:Adult)-[:PARTNER_OF]-(a3:Adult) | a3] AS adults
OPTIONAL MATCH (hc:Event {case_id: $case_id})-[:ABOUT|SAW]->(ha:Adult)
WHERE hc.day_from >= x.d0 - $N_household AND hc.day_from <= x.d1 AND ha IN adults
  AND any(q IN hc.concerns WHERE q IN $high_concerns) AND NOT hc.event_id IN shown_ids AND NOT hc IN around
WITH c, non_mobile, x, xe, incident, earlier, wend, age0, age1, around, new_partners, collect(DISTINCT hc) AS household_concerns
// the agencies expected to act, for censoring
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH c, non_mobile, x, xe, incident, earlier, wend, age0, age1, around, new_partners, household_concerns,
     cs.data_end_day AS data_end, collect(csc) AS cscs
WITH data_end, cscs, c, x, incident, wend, earlier, around, household_concerns, new_partners,
     coalesce(c.pseudonym, c.person_id) AS who,
     [(pr:Practitioner)-[:CONDUCTED]->(xe) | pr.role] AS roles,
     [(xa:Agency)-[:RECORDED]->(xe) | xa] AS recorders,
     toLower(coalesce(x.e.description, '') + ' ' + coalesce(x.e.outcome, '')) AS text,
     [reason IN [CASE WHEN age0 IS NOT NULL AND age0 < $A_priority THEN 'under ' + toString($A_priority) + ' days old' END,
                 CASE WHEN non_mobile THEN 'not yet mobile' END,
                 CASE WHEN size(earlier) > 0 THEN 'repeat injury' END] WHERE reason IS NOT NULL] AS priority,
     CASE WHEN age0 IS NULL THEN 'age not known'
          WHEN age0 = age1 THEN toString(age0) + ' days old'
          ELSE toString(age0) + ' to ' + toString(age1) + ' days old' END AS age_text,
     non_mobile OR age0 IS NULL OR age1 < $A_max AS age_certain
WITH data_end, cscs, c, x, incident, wend, earlier, around, household_concerns, new_partners, who, roles, recorders, priority, age_text,
     age_certain, text,
     [w IN ['referr', 'social care', 'social services', 'mash', 'strategy', 'section 47', 's47', 'child protection medical', 'cp medical']
        WHERE text CONTAINS w] AS cp_words,
     [w IN ['birthmark', 'birth mark', 'mongolian', 'heel prick', 'vaccin', 'immunis', 'birth injury', 'forceps', 'ventouse', 'medical cause']
        WHERE text CONTAINS w] AS medical_words,
     reduce(s = '', ra IN recorders | s + CASE WHEN s = '' THEN '' ELSE ', ' END + ra.name) AS by,
     CASE WHEN size(cscs) > 0 THEN cscs[0].agency_id ELSE recorders[0].agency_id END AS expected_agency,
     (size(cscs) > 0 AND none(ca IN cscs WHERE coalesce(ca.records_from_day, x.d0) <= x.d0
                                             AND coalesce(ca.records_to_day, wend) >= wend))
       OR any(ra2 IN recorders WHERE coalesce(ra2.records_to_day, wend) < wend)
       OR coalesce(data_end, wend) < wend AS censored
WITH c, x, wend, earlier, who, by, priority, age_text, censored,
     age_certain AND size(cp_words) = 0 AND size(medical_words) = 0 AS plain,
     [{event_id: x.id, role: 'trigger',
       note: 'injury to ' + who + ' (' + age_text + ')'
             + CASE WHEN size(roles) > 0 THEN ', recorded by ' + roles[0] ELSE '' END
             + ': ' + coalesce(x.e.description, '')
             + CASE WHEN NOT age_certain THEN ' (the date is uncertain: ' + who + ' was possibly ' + toString($A_max) + ' days or older)' ELSE '' END
             + CASE WHEN size(cp_words) > 0 THEN ' (the record itself mentions "' + cp_words[0] + '": check whether a referral was made)' ELSE '' END
             + CASE WHEN size(medical_words) > 0 THEN ' (the record mentions a possible medical cause: "' + medical_words[0] + '")' ELSE '' END}]
     + [ir4 IN incident WHERE ir4.id <> x.id | {event_id: ir4.id, role: 'trigger', note: 'another record of the same injury'}]
     + [{role: 'expected_missing', agency_id: expected_agency, day_from: x.d0, day_to: wend,
         note: "no record of a referral to children's social care, a strategy discussion, a section 47 enquiry or a child protection medical about "
               + who + ", and no record that children's social care knew of the injury, by " + toString(wend - x.d1) + ' day(s) after it'}]
     + [y2 IN earlier | {event_id: y2.id, role: 'context',
                         note: 'earlier injury to ' + who + ', ' + toString(x.d0 - y2.d0) + ' days before'
                               + CASE WHEN y2.d1 < x.d0 AND y2.d0 >= x.d1 - $N_repeat THEN '' ELSE ' (dates uncertain)' END}]
     + [ev IN around | {event_id: ev.event_id, role: 'context', note: 'recorded about ' + who + ' in the ' + toString($N_after) + ' days after the injury'}]
     + [hce IN household_concerns |
        {event_id: hce.event_id, role: 'context',
         note: 'concern about an adult in ' + who + "'s life: " + reduce(s = '', q IN hce.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(q, '_', ' '))}]
     + [np IN new_partners | {role: 'context', person_id: c.person_id,
                               note: np.a + ' had a new partner (' + np.b + ') ' + toString(x.d0 - np.from) + ' days before the injury'}] AS base
UNWIND [{variant: 'no_cp_response', items: [null]}, {variant: 'repeat_injury', items: earlier}] AS v
WITH c, x, earlier, priority, censored, plain, v, base,
     CASE v.variant
       WHEN 'no_cp_response' THEN
         'there is no record of a child protection response (a referral to social care, a strategy discussion, a section 47 enquiry or a child protection medical) to the injury to '
         + who + ' (' + age_text + ') recorded by ' + by + CASE WHEN x.e.precision = 'day' THEN ' on ' ELSE ' in ' END + x.e.date_text + '.'
       ELSE
         'the injury to ' + who + ' (' + age_text + ') recorded by ' + by + CASE WHEN x.e.precision = 'day' THEN ' on ' ELSE ' in ' END + x.e.date_text + ' came '
         + toString(x.d0 - reduce(mx = -1000000000, y1 IN earlier | CASE WHEN y1.d0 > mx THEN y1.d0 ELSE mx END))
         + ' days after an earlier injury, and there is no record of a child protection response to it.'
     END AS sentence
WHERE size(v.items) > 0
RETURN x.id AS anchor,
       v.variant AS variant,
       'high' AS severity,
       CASE WHEN plain AND (v.variant = 'no_cp_response'
                            OR any(y IN earlier WHERE y.d1 < x.d0 AND y.d0 >= x.d1 - $N_repeat)) THEN 'definite'
            ELSE 'possible' END AS confidence,
       censored,
       [c.person_id] AS subjects,
       CASE WHEN size(priority) > 0
            THEN 'Priority (' + reduce(s = '', pr IN priority | s + CASE WHEN s = '' THEN '' ELSE ', ' END + pr) + '): ' + sentence
            ELSE toUpper(substring(sentence, 0, 1)) + substring(sentence, 1) END AS summary,
       base AS evidence
