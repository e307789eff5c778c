// id: concern_held_not_passed_on
// tier: 1
// version: 1
// title: Concern held, not passed on
// panel: A school, health or other service recorded a safeguarding concern and never passed it on
// evidence: O08 L349 ("lost opportunities for universal services to intervene"), L99; O10 L209; T16 L1465, L2459, L2465, L3128, L4166, L2890 (a decision not to share should be made actively and documented), L938, L4128
// param N = 14 | days after the concern by which children's social care (or the open early-help lead) should know of it
// param N_urgent = 2 | days for physical injury, sexual abuse, CSE, a disclosure, or parental self-harm with a child under 5
// param K = 3 | unpassed concerns about one child from one agency within repeat_window that make the repeated_unpassed variant
// param repeat_window = 180 | days in which K unpassed concerns count as repeated
// param already_shared_days = 30 | an earlier concern of the same category that this agency passed on within this many days counts as passing this one on
//
// DETECTORS.md T1-06. A trigger is a concern event E recorded by an agency outside children's
// social care, police and the adult services (police: domestic_incident_not_notified; adult
// services: adult_service_info_not_shared), where either (a) E is about a child and carries a
// high- or medium-weight child concern, or (b) E is about an adult who is a parent or household
// member of a child under 18, or pregnant, and carries domestic_abuse, parental_mental_health
// with self_harm, parental_substance_misuse or offending_risk_adult. Expected to know: any
// children's social care agency, or the early-help agency leading an open early-help episode
// (an assessment_start about the child with no later closure by that agency); meetings attended
// by CSC reach CSC through KNEW. It fires when none of them knew E (KNEW in $mode, a message that
// RESPONDS_TO E sent to them, or their own record that CONVEYS E) by d1(E) + N (N_urgent for
// urgent categories), unless the same agency passed on a concern of the same category about the
// same people in the previous already_shared_days days. Variants (one per E): documented_not_referred
// (the agency recorded an event that RESPONDS_TO E within the window: a documented decision, low),
// open_case_not_told (a child had an open CSC plan or assessment on d0(E)), not_passed_on; plus
// repeated_unpassed, anchored on the concern that makes K unpassed concerns about one child from
// one agency within repeat_window. Censoring: a window that ends after the recording agency's
// records_to_day (or the case data end) is returned censored. "Open to CSC": the latest CSC
// cp_plan_start, cin_plan_start, assessment_start, s47_enquiry, looked_after_start or step_up
// about the child before E is later than the latest CSC closing event (plan end, closure,
// step-down, NFA, looked_after_end).
// Vocabulary ($csc_sectors, $adult_sectors, $high_concerns, $medium_concerns, $de_escalating_types)
// comes from graph/model.py through the runner. A child concern is a high- or medium-weight
// concern other than the four parental ones (model.py has no group for those).
// Performance: whether a birth or booking exists at all is looked up once, early-help episodes
// are gathered once, and what only matters for a concern nobody expected knew of (open CSC
// episodes, earlier concerns passed on, documented decisions, later contacts) is looked up after
// that filter.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc.agency_id) AS csc_ids
OPTIONAL MATCH (hp:Person {case_id: $case_id})-[:MEMBER_OF]->(:Household)
WITH data_end, csc_ids, collect(DISTINCT hp.person_id) AS housed
// early-help episodes (an assessment start, a closure or step-up by an early-help agency), once
OPTIONAL MATCH (ea:Agency {case_id: $case_id})-[:RECORDED]->(hx:Event)-[:ABOUT|SAW]->(hc:Child)
WHERE ea.sector = 'early_help' AND hx.type IN ['assessment_start', 'case_closure', 'step_up']
WITH data_end, csc_ids, housed,
     collect(CASE WHEN hx IS NULL THEN null
                  ELSE {agency_id: ea.agency_id, child: hc.person_id, day: hx.day_from, start: hx.type = 'assessment_start'} END)
       AS eh_events
// whether the case has any booking or birth at all
OPTIONAL MATCH (bb:Event {case_id: $case_id})
WHERE bb.type IN ['pregnancy_booking', 'birth']
WITH data_end, csc_ids, housed, eh_events, count(bb) > 0 AS any_maternity
MATCH (sa:Agency {case_id: $case_id})-[:RECORDED]->(e:Event)
WHERE NOT sa.sector IN ($csc_sectors + ['police'] + $adult_sectors)
  AND size(e.concerns) > 0
WITH data_end, csc_ids, housed, eh_events, any_maternity, e, collect(sa) AS senders, coalesce(e.day_to, e.day_from) AS e1
WITH data_end, csc_ids, housed, eh_events, any_maternity, e, senders, e1, [s IN senders | s.agency_id] AS sender_ids,
     any(x IN e.concerns WHERE x IN ($high_concerns + $medium_concerns)
                               AND NOT x IN ['offending_risk_adult', 'parental_mental_health', 'parental_substance_misuse',
                                             'parental_learning_disability']) AS child_concern,
     'domestic_abuse' IN e.concerns OR 'parental_substance_misuse' IN e.concerns OR 'offending_risk_adult' IN e.concerns
       OR ('parental_mental_health' IN e.concerns AND 'self_harm' IN e.concerns) AS adult_concern
WHERE child_concern OR adult_concern
WITH data_end, csc_ids, housed, eh_events, any_maternity, e, senders, e1, sender_ids, child_concern, adult_concern,
     // (a) children the concern is about
     [(e)-[:ABOUT|SAW]->(c1:Child) WHERE child_concern AND coalesce(c1.dob_day, e.day_from) <= e1
      | {id: c1.person_id, name: c1.pseudonym, dob: c1.dob_day, via: 'a'}] AS direct_rows,
     // (b) children of, or living with, an adult the concern is about
     [(e)-[:ABOUT|SAW]->(:Adult)-[:PARENT_OF]->(c2:Child)
      WHERE adult_concern AND (c2.dob_day IS NULL OR (e.day_from - c2.dob_day < 6575 AND c2.dob_day - e1 <= 280))
      | {id: c2.person_id, name: c2.pseudonym, dob: c2.dob_day, via: 'b'}]
     + [(e)-[:ABOUT|SAW]->(:Adult)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(c3:Child)
        WHERE adult_concern AND (c3.dob_day IS NULL OR (e.day_from - c3.dob_day < 6575 AND c3.dob_day <= e1))
          AND coalesce(m1.from_day, e1) <= e1 AND coalesce(m1.to_day, e.day_from) >= e.day_from
          AND coalesce(m2.from_day, e1) <= e1 AND coalesce(m2.to_day, e.day_from) >= e.day_from
        | {id: c3.person_id, name: c3.pseudonym, dob: c3.dob_day, via: 'b'}]
     + [(e)-[:ABOUT|SAW]->(:Adult)-[pt:PARTNER_OF]-(:Person)-[:PARENT_OF]->(c4:Child)
        WHERE adult_concern AND NOT c4.person_id IN housed
          AND (c4.dob_day IS NULL OR (e.day_from - c4.dob_day < 6575 AND c4.dob_day <= e1))
          AND coalesce(pt.from_day, e1) <= e1 AND coalesce(pt.to_day, e.day_from) >= e.day_from
        | {id: c4.person_id, name: c4.pseudonym, dob: c4.dob_day, via: 'b'}] AS adult_rows,
     // a pregnant adult: booked before the concern, no birth since the booking
     [(e)-[:ABOUT|SAW]->(w1:Adult)<-[:ABOUT]-(bk:Event)
      WHERE any_maternity AND adult_concern AND bk.type = 'pregnancy_booking' AND bk.day_from <= e1
        AND e.day_from - coalesce(bk.day_to, bk.day_from) <= 280
      | {w: w1.person_id, name: w1.pseudonym, day: bk.day_from}] AS bookings,
     [(e)-[:ABOUT|SAW]->(w2:Adult)<-[:ABOUT]-(bt:Event)
      WHERE any_maternity AND adult_concern AND bt.type = 'birth' AND coalesce(bt.day_to, bt.day_from) < e.day_from
      | {w: w2.person_id, day: bt.day_from}] AS births
WITH data_end, csc_ids, eh_events, e, senders, e1, sender_ids, child_concern, adult_concern, direct_rows, adult_rows,
     [b IN bookings WHERE none(x IN births WHERE x.w = b.w AND x.day >= b.day)] AS pregnant
WITH data_end, csc_ids, eh_events, e, senders, e1, sender_ids, adult_rows, pregnant,
     reduce(acc = [], r IN direct_rows + adult_rows | CASE WHEN r.id IN [x IN acc | x.id] THEN acc ELSE acc + [r] END) AS child_list
WITH data_end, csc_ids, eh_events, e, senders, e1, sender_ids, adult_rows,
     [r IN child_list | {id: r.id, name: r.name, unborn: r.dob IS NOT NULL AND r.dob > e.day_from,
                         age: CASE WHEN r.dob IS NULL OR r.dob > e.day_from THEN null ELSE e.day_from - r.dob END}]
     + reduce(acc = [], p IN pregnant | CASE WHEN p.w IN [x IN acc | x.id] OR any(r IN child_list WHERE r.dob > e.day_from) THEN acc
                                            ELSE acc + [{id: p.w, name: 'unborn child of ' + p.name, unborn: true, age: null}] END)
       AS kids
WHERE size(kids) > 0
WITH data_end, csc_ids, eh_events, e, senders, e1, sender_ids, kids, [k IN kids | k.id] AS kid_ids,
     size(adult_rows) > 0 OR any(k IN kids WHERE k.unborn) AS about_parent
WITH data_end, csc_ids, eh_events, e, senders, e1, sender_ids, kids, kid_ids,
     any(x IN e.concerns WHERE x IN ['physical_injury', 'sexual_abuse', 'cse']) OR e.type = 'disclosure'
       OR ('self_harm' IN e.concerns AND about_parent
           AND any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 1826))) AS urgent,
     any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 365)) AS baby
// early-help leads: an early-help assessment about the child not closed by that agency before the day
WITH data_end, csc_ids, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby,
     CASE WHEN urgent THEN $N_urgent ELSE $N END AS window,
     reduce(acc = [], s IN [s IN eh_events WHERE s.start AND s.day <= e.day_from AND s.child IN kid_ids
                            AND none(x IN eh_events WHERE NOT x.start AND x.day <= e.day_from
                                     AND x.agency_id = s.agency_id AND x.child = s.child AND x.day >= s.day)]
            | CASE WHEN s.agency_id IN acc THEN acc ELSE acc + [s.agency_id] END) AS eh_leads
WITH data_end, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby, window, eh_leads, csc_ids + eh_leads AS expected,
     // everything that tells which agencies knew E, and when
     [(ka:Agency)-[kw:KNEW]->(e) WHERE kw.mode = $mode
      | {agency_id: ka.agency_id, name: ka.name, day: kw.from_day, via: kw.via_event_id, route: kw.route}]
     + [(ra1:Agency)<-[:SHARED_WITH|REFERRED_TO]-(rx1:Event)-[:RESPONDS_TO]->(e)
        | {agency_id: ra1.agency_id, name: ra1.name, day: coalesce(rx1.day_to, rx1.day_from), via: rx1.event_id, route: 'answered'}]
     + [(ra2:Agency)-[:RECORDED]->(rx2:Event)-[:CONVEYS]->(e)
        | {agency_id: ra2.agency_id, name: ra2.name, day: rx2.day_from, via: rx2.event_id, route: 'recorded receipt'}] AS knowledge
WITH data_end, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby, window, expected,
     reduce(m = null, k IN knowledge | CASE WHEN k.agency_id IN expected AND (m IS NULL OR k.day < m.day) THEN k ELSE m END) AS first_known
WHERE first_known IS NULL OR first_known.day > e1 + window
// only for a concern no expected agency knew of in time: an earlier concern of the same category
// about the same people that an expected agency knew of,
WITH data_end, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby, window, expected, first_known,
     [(e)-[:ABOUT|SAW]->(:Person)<-[:ABOUT|SAW]-(px:Event)<-[pk:KNEW]-(pa:Agency)
      WHERE pk.mode = $mode AND px <> e AND pa.agency_id IN expected
        AND pk.from_day <= e1 + CASE WHEN urgent THEN $N_urgent ELSE $N END
        AND coalesce(px.day_to, px.day_from) <= e1 AND e.day_from - coalesce(px.day_to, px.day_from) <= $already_shared_days
        AND any(x IN px.concerns WHERE x IN e.concerns)
      | px.event_id] AS earlier_ids
// ... and that this same agency recorded: another agency's report does not pass this one on
OPTIONAL MATCH (sa:Agency)-[:RECORDED]->(pb:Event {case_id: $case_id})
WHERE pb.event_id IN earlier_ids AND sa.agency_id IN sender_ids
WITH data_end, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby, window, expected, first_known,
     collect(pb) AS passed_before
WHERE size(passed_before) = 0
WITH data_end, e, senders, e1, sender_ids, kids, kid_ids, urgent, baby, window, expected, first_known,
     // CSC episodes about the children, to tell whether a child was open on the day
     [(ca1:Agency)-[:RECORDED]->(ox:Event)-[:ABOUT|SAW]->(oc:Child)
      WHERE ca1.sector IN $csc_sectors AND coalesce(ox.day_to, ox.day_from) <= e.day_from
        AND ox.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start', 's47_enquiry', 'looked_after_start', 'step_up']
      | {child: oc.person_id, day: coalesce(ox.day_to, ox.day_from), type: ox.type}] AS opens,
     [(ca2:Agency)-[:RECORDED]->(cx:Event)-[:ABOUT|SAW]->(cc:Child)
      WHERE ca2.sector IN $csc_sectors AND coalesce(cx.day_to, cx.day_from) <= e.day_from
        AND (cx.type IN ($de_escalating_types + ['looked_after_end'])
             OR (cx.type IN ['assessment_complete', 'referral_outcome'] AND toLower(coalesce(cx.outcome, '')) CONTAINS 'nfa'))
      | {child: cc.person_id, day: coalesce(cx.day_to, cx.day_from)}] AS closes,
     // a documented decision: the recording agency answered its own concern
     [(da:Agency)-[:RECORDED]->(dx:Event)-[:RESPONDS_TO]->(e)
      WHERE da.agency_id IN sender_ids AND dx.day_from <= e1 + CASE WHEN urgent THEN $N_urgent ELSE $N END
      | dx.event_id] AS documented,
     [(la:Agency)-[:RECORDED]->(lx:Event)-[:ABOUT|SAW]->(lp:Person)
      WHERE la.agency_id IN sender_ids AND lp.person_id IN kid_ids AND lx.day_from > e1 AND lx.day_from <= e1 + 90
      | lx.event_id] AS later
WITH data_end, e, senders, e1, sender_ids, kid_ids, urgent, baby, window, expected, first_known, documented, later,
     [k IN kids | {id: k.id, name: k.name, unborn: k.unborn, age: k.age,
                   open_rec: reduce(m = null, o IN opens | CASE WHEN o.child = k.id AND (m IS NULL OR o.day > m.day) THEN o ELSE m END),
                   close_day: reduce(m = null, c IN closes | CASE WHEN c.child = k.id AND (m IS NULL OR c.day > m) THEN c.day ELSE m END)}]
       AS kid_status
WITH data_end, e, senders, e1, sender_ids, kid_ids, urgent, baby, window, expected, first_known, documented, later,
     [k IN kid_status | {id: k.id, name: k.name, unborn: k.unborn, age: k.age,
                         open_type: CASE WHEN k.open_rec IS NULL THEN null ELSE k.open_rec.type END,
                         open: k.open_rec IS NOT NULL AND (k.close_day IS NULL OR k.close_day < k.open_rec.day)}] AS kid_status
WITH collect({
       event_id: e.event_id, day0: e.day_from, day1: e1, date_text: e.date_text, concerns: e.concerns, type: e.type,
       sender_ids: sender_ids, sender_name: senders[0].name, kids: kid_status, kid_ids: kid_ids,
       urgent: urgent, baby: baby, window: window, expected: expected, first_known: first_known,
       documented: reduce(acc = [], d IN documented | CASE WHEN d IN acc THEN acc ELSE acc + [d] END),
       later: reduce(acc = [], d IN later | CASE WHEN d IN acc THEN acc ELSE acc + [d] END),
       open: any(k IN kid_status WHERE k.open),
       censored: (data_end IS NOT NULL AND data_end < e1 + window)
                 OR any(s IN senders WHERE s.records_to_day IS NOT NULL AND s.records_to_day < e1 + window)
     }) AS concerns
UNWIND concerns AS i
WITH concerns, i,
     CASE WHEN size(i.documented) > 0 THEN 'documented_not_referred'
          WHEN i.open THEN 'open_case_not_told' ELSE 'not_passed_on' END AS variant
// repeated: the children about whom this is the K-th unpassed concern from this agency within repeat_window
WITH i, variant,
     [k IN i.kid_ids WHERE variant <> 'documented_not_referred' AND NOT i.censored
        AND size([j IN concerns WHERE size(j.documented) = 0 AND NOT j.censored AND k IN j.kid_ids
                  AND any(s IN j.sender_ids WHERE s IN i.sender_ids)
                  AND j.day0 <= i.day0 AND i.day0 - j.day0 <= $repeat_window
                  AND (j.day0 < i.day0 OR j.event_id <= i.event_id)]) = $K] AS repeated_for,
     [j IN concerns WHERE size(j.documented) = 0 AND NOT j.censored AND any(k IN j.kid_ids WHERE k IN i.kid_ids)
        AND any(s IN j.sender_ids WHERE s IN i.sender_ids) AND j.event_id <> i.event_id
        AND j.day0 <= i.day0 AND i.day0 - j.day0 <= $repeat_window] AS earlier
WITH i, variant, repeated_for, earlier,
     reduce(s = '', k IN i.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name
       + CASE WHEN k.unborn THEN ' (unborn)' WHEN k.age IS NULL THEN ''
              WHEN k.age < 30 THEN ' (aged ' + toString(k.age) + ' days)'
              WHEN k.age < 365 THEN ' (aged ' + toString(k.age / 30) + ' months)'
              WHEN k.age / 365 = 1 THEN ' (aged 1 year)'
              ELSE ' (aged ' + toString(k.age / 365) + ' years)' END) AS kid_text,
     reduce(s = '', y IN i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')) AS concern_text
WITH i, kid_text, concern_text,
     [{variant: variant,
       severity: CASE WHEN variant = 'documented_not_referred' THEN 'low'
                      WHEN i.urgent OR i.baby OR i.open THEN 'high' ELSE 'medium' END,
       censored: i.censored,
       summary: i.sender_name + ' recorded a concern (' + concern_text + ', ' + i.date_text + ') about ' + kid_text
                + CASE WHEN variant = 'open_case_not_told' THEN ", open to children's social care" ELSE '' END
                + "; no record that it was passed to children's social care within " + toString(i.window) + ' days'
                + CASE WHEN variant = 'documented_not_referred' THEN ' (a decision was recorded).' ELSE '.' END,
       rows: CASE WHEN size(i.expected) = 0
                  THEN [{role: 'expected_missing', agency_id: null, day_from: i.day1, day_to: i.day1 + i.window,
                         note: "No record that children's social care was told of the concern (no children's social care agency in the case)"}]
                  ELSE [a IN i.expected | {role: 'expected_missing', agency_id: a, day_from: i.day1, day_to: i.day1 + i.window,
                                           note: 'No record that this agency knew of the concern within ' + toString(i.window) + ' days'}] END
             + CASE WHEN i.first_known IS NULL THEN []
                    ELSE [{event_id: i.first_known.via, role: 'late_response',
                           note: i.first_known.name + ' first knew of the concern ' + toString(i.first_known.day - i.day1)
                                 + ' days after it (' + i.first_known.route + ')'}] END
             + [d IN i.documented | {event_id: d, role: 'response', note: 'Documented decision by the recording agency'}]
     }]
     + CASE WHEN size(repeated_for) > 0 THEN [{
       variant: 'repeated_unpassed',
       severity: 'high',
       censored: false,
       summary: i.sender_name + ' recorded ' + toString($K) + ' concerns in ' + toString($repeat_window) + ' days about '
                + reduce(s = '', k IN [k IN i.kids WHERE k.id IN repeated_for] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name)
                + "; no record that any of them was passed to children's social care.",
       rows: [j IN earlier | {event_id: j.event_id, role: 'context', note: 'Earlier concern not passed on'}]
     }] ELSE [] END AS found
UNWIND found AS f
RETURN i.event_id AS anchor,
       f.variant AS variant,
       f.severity AS severity,
       'definite' AS confidence,
       f.censored AS censored,
       i.kid_ids AS subjects,
       f.summary AS summary,
       [{event_id: i.event_id, role: 'trigger', note: 'Concern recorded: ' + concern_text}]
       + f.rows
       + [k IN i.kids | {role: 'context', person_id: k.id,
                         note: k.name + CASE WHEN k.open THEN ": open to children's social care on the day ("
                                                              + replace(k.open_type, '_', ' ') + ')'
                                             ELSE ": not open to children's social care on the day" END}]
       + [l IN i.later | {event_id: l, role: 'context', note: 'Later contact by the recording agency about the child'}]
       AS evidence
