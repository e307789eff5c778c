// id: adult_service_info_not_shared
// tier: 1
// version: 1
// title: Adult service information not shared
// panel: Mental health, drug and alcohol, probation or housing held risk information about a parent that never reached the children's agencies
// evidence: O10 L96 (adult services "held important information ... but too often this was not shared early enough"), L14, L281, L283, L337, L92; O08 L237, L258, L636, L277, L281; T16 L2513, L2874, L4162, L3279
// param N = 14 | days after the adult service's event by which the children's agencies should know of it
// param N_urgent = 2 | days for parental self-harm with a child under 5 (or unborn), and for offending risk when the adult is moving in with a child
// param moving_in_days = 90 | an adult whose household membership with a child starts this many days after the event or fewer is moving in with the child
// param child_activity = 180 | days either side of the event in which a health visiting, school, CAMHS, GP or midwifery agency recording events about the child (or the pregnant woman) counts as working with the child
// param csc_recent = 365 | days before the event in which any children's social care event about the child makes CSC an expected recipient
// param decision_lookback = 730 | days after the event in which a decision about the child made without it is reported
//
// DETECTORS.md T1-08. A trigger is a concern event E recorded by an adult service (adult mental
// health, substance misuse, probation, adult social care, housing) about an adult P, carrying
// parental_mental_health, parental_substance_misuse, domestic_abuse, offending_risk_adult,
// self_harm, parental_learning_disability or poor_home_conditions, where P is a parent of a
// child under 18 (or of a baby born within 280 days), a member of the child's household on the
// day (no household data: a parent or a parent's partner), moving into it (offending risk only),
// pregnant, or the partner of a pregnant woman (pregnancy_booking before E, no birth since).
// Receivers R(C): CSC when the child is open to it on the day or CSC recorded anything about the
// child in the previous csc_recent days; the health visitor (under 5 or unborn), school (5-16),
// CAMHS and GP recording events about the child within child_activity days; midwifery recording
// events about the pregnant woman. CSC always counts as told. Variants, one per E:
// open_case_not_told (the child is open to CSC and no CSC agency knew E, KNEW in $mode, by
// d1(E) + N), otherwise no_child_agency_told (no receiver knew it by then). Also:
// decision_made_without (anchored on a decision about the child within decision_lookback after E
// whose deciding set did not know E, as in decision_without_known_information) and repeated
// (anchored on the second unshared event about the same adult). Censoring: a window that ends
// after the adult service's records_to_day (or the case data end) is returned censored; for a
// decision, an E whose holder's records end before the decision is held back. The finding
// cannot tell whether the adult service knew P was a parent, nor see a documented legal reason
// for not sharing: the graph holds neither.
// Vocabulary ($adult_sectors, $csc_sectors, $decision_types, $de_escalating_types) comes from
// graph/model.py through the runner; the trigger concerns and the child agencies' sectors are this
// rule's own subsets. A birth or booking is looked for only when the case has one.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc.agency_id) AS csc_ids
OPTIONAL MATCH (hp:Person {case_id: $case_id})-[:MEMBER_OF]->(:Household)
WITH data_end, csc_ids, collect(DISTINCT hp.person_id) AS housed
OPTIONAL MATCH (bb:Event {case_id: $case_id})
WHERE bb.type IN ['pregnancy_booking', 'birth']
WITH data_end, csc_ids, housed, count(bb) > 0 AS any_maternity
MATCH (sa:Agency {case_id: $case_id})-[:RECORDED]->(e:Event)-[:ABOUT|SAW]->(:Adult)
WHERE sa.sector IN $adult_sectors
  AND any(x IN e.concerns WHERE x IN ['parental_mental_health', 'parental_substance_misuse', 'domestic_abuse',
                                      'offending_risk_adult', 'self_harm', 'parental_learning_disability',
                                      'poor_home_conditions'])
WITH DISTINCT data_end, csc_ids, housed, any_maternity, e, sa
WITH data_end, csc_ids, housed, any_maternity, e, collect(sa) AS holders, coalesce(e.day_to, e.day_from) AS e1
WITH data_end, csc_ids, housed, e, holders, e1, [h IN holders | h.agency_id] AS holder_ids,
     [(e)-[:ABOUT|SAW]->(pa0:Adult) | {id: pa0.person_id, name: pa0.pseudonym}] AS adult_rows,
     // children linked to an adult the event is about, with how
     [(e)-[:ABOUT|SAW]->(pa1:Adult)-[:PARENT_OF]->(c1:Child)
      WHERE c1.dob_day IS NULL OR (e.day_from - c1.dob_day < 6575 AND c1.dob_day - e1 <= 280)
      | {adult: pa1.person_id, id: c1.person_id, name: c1.pseudonym, dob: c1.dob_day,
         rel: CASE WHEN c1.person_id IN housed THEN 'parent' ELSE 'parent (no household data)' END,
         resident: NOT c1.person_id IN housed}]
     + [(e)-[:ABOUT|SAW]->(pa2:Adult)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(c2:Child)
        WHERE (c2.dob_day IS NULL OR (e.day_from - c2.dob_day < 6575 AND c2.dob_day <= e1))
          AND coalesce(m1.from_day, e1) <= e1 AND coalesce(m1.to_day, e.day_from) >= e.day_from
          AND coalesce(m2.from_day, e1) <= e1 AND coalesce(m2.to_day, e.day_from) >= e.day_from
        | {adult: pa2.person_id, id: c2.person_id, name: c2.pseudonym, dob: c2.dob_day, rel: 'lives in the household', resident: true}]
     + [(e)-[:ABOUT|SAW]->(pa3:Adult)-[pt1:PARTNER_OF]-(:Person)-[:PARENT_OF]->(c3:Child)
        WHERE NOT c3.person_id IN housed
          AND (c3.dob_day IS NULL OR (e.day_from - c3.dob_day < 6575 AND c3.dob_day <= e1))
          AND coalesce(pt1.from_day, e1) <= e1 AND coalesce(pt1.to_day, e.day_from) >= e.day_from
        | {adult: pa3.person_id, id: c3.person_id, name: c3.pseudonym, dob: c3.dob_day, rel: "parent's partner (no household data)", resident: true}]
     + [(e)-[:ABOUT|SAW]->(pa4:Adult)-[m3:MEMBER_OF]->(:Household)<-[m4:MEMBER_OF]-(c4:Child)
        WHERE 'offending_risk_adult' IN e.concerns AND m3.from_day IS NOT NULL
          AND m3.from_day > e.day_from AND m3.from_day <= e1 + $moving_in_days
          AND (c4.dob_day IS NULL OR e.day_from - c4.dob_day < 6575)
        | {adult: pa4.person_id, id: c4.person_id, name: c4.pseudonym, dob: c4.dob_day, rel: 'moving into the household', resident: true,
           moving_in: true}] AS links,
     // pregnancy: the adult, or the adult's partner, booked before the event and not delivered since
     [(e)-[:ABOUT|SAW]->(pw1:Adult)<-[:ABOUT]-(bk1:Event)
      WHERE any_maternity AND bk1.type = 'pregnancy_booking' AND bk1.day_from <= e1 AND e.day_from - coalesce(bk1.day_to, bk1.day_from) <= 280
      | {adult: pw1.person_id, w: pw1.person_id, name: pw1.pseudonym, day: bk1.day_from, rel: 'pregnant'}]
     + [(e)-[:ABOUT|SAW]->(pa5:Adult)-[pt2:PARTNER_OF]-(pw2:Person)<-[:ABOUT]-(bk2:Event)
        WHERE any_maternity AND bk2.type = 'pregnancy_booking' AND bk2.day_from <= e1 AND e.day_from - coalesce(bk2.day_to, bk2.day_from) <= 280
          AND coalesce(pt2.from_day, e1) <= e1 AND coalesce(pt2.to_day, e.day_from) >= e.day_from
        | {adult: pa5.person_id, w: pw2.person_id, name: pw2.pseudonym, day: bk2.day_from, rel: 'partner of a pregnant woman'}] AS bookings,
     [(e)-[:ABOUT|SAW]->(:Adult)<-[:ABOUT]-(bt1:Event)-[:ABOUT]->(bw1:Adult)
      WHERE any_maternity AND bt1.type = 'birth' AND coalesce(bt1.day_to, bt1.day_from) < e.day_from | {w: bw1.person_id, day: bt1.day_from}]
     + [(e)-[:ABOUT|SAW]->(:Adult)-[:PARTNER_OF]-(bw2:Person)<-[:ABOUT]-(bt2:Event)
        WHERE any_maternity AND bt2.type = 'birth' AND coalesce(bt2.day_to, bt2.day_from) < e.day_from | {w: bw2.person_id, day: bt2.day_from}]
     + [(e)-[:ABOUT|SAW]->(bw3:Adult)<-[:ABOUT]-(bt3:Event)
        WHERE any_maternity AND bt3.type = 'birth' AND coalesce(bt3.day_to, bt3.day_from) < e.day_from | {w: bw3.person_id, day: bt3.day_from}] AS births
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links,
     [b IN bookings WHERE none(x IN births WHERE x.w = b.w AND x.day >= b.day)] AS pregnancies
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, pregnancies,
     reduce(acc = [], l IN links | CASE WHEN l.id IN [x IN acc | x.id] THEN acc ELSE acc + [l] END) AS firsts
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, pregnancies,
     [f IN firsts | {id: f.id, name: f.name, unborn: f.dob IS NOT NULL AND f.dob > e.day_from,
                     age: CASE WHEN f.dob IS NULL OR f.dob > e.day_from THEN null ELSE e.day_from - f.dob END,
                     resident: any(l IN links WHERE l.id = f.id AND l.resident)}]
     + reduce(acc = [], p IN pregnancies | CASE WHEN p.w IN [x IN acc | x.id] OR any(f IN firsts WHERE f.dob > e.day_from) THEN acc
                                               ELSE acc + [{id: p.w, name: 'unborn child of ' + p.name, unborn: true, age: null,
                                                            resident: true}] END) AS kids
WHERE size(kids) > 0
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, pregnancies, kids,
     [k IN kids | k.id] AS kid_ids,
     [p IN pregnancies | p.w] + [a IN adult_rows | a.id] AS maternity_ids
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, pregnancies, kids, kid_ids, maternity_ids,
     any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 365)) OR size(pregnancies) > 0 AS baby,
     ('self_harm' IN e.concerns AND any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 1826)))
       OR ('offending_risk_adult' IN e.concerns AND any(l IN links WHERE l.moving_in)) AS urgent,
     // children's social care: open on the day, or any CSC record about the child in the previous csc_recent days
     [(ca1:Agency)-[:RECORDED]->(ox:Event)-[:ABOUT|SAW]->(oc:Child)
      WHERE ca1.sector IN $csc_sectors AND oc.person_id IN kid_ids AND coalesce(ox.day_to, ox.day_from) <= e.day_from
        AND ox.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start', 's47_enquiry', 'looked_after_start', 'step_up']
      | {child: oc.person_id, day: coalesce(ox.day_to, ox.day_from), type: ox.type}] AS opens,
     [(ca2:Agency)-[:RECORDED]->(cx:Event)-[:ABOUT|SAW]->(cc:Child)
      WHERE ca2.sector IN $csc_sectors AND cc.person_id IN kid_ids AND coalesce(cx.day_to, cx.day_from) <= e.day_from
        AND (cx.type IN ($de_escalating_types + ['looked_after_end'])
             OR (cx.type IN ['assessment_complete', 'referral_outcome'] AND toLower(coalesce(cx.outcome, '')) CONTAINS 'nfa'))
      | {child: cc.person_id, day: coalesce(cx.day_to, cx.day_from)}] AS closes,
     [(ca3:Agency)-[:RECORDED]->(rx:Event)-[:ABOUT|SAW]->(rc:Child)
      WHERE ca3.sector IN $csc_sectors AND rc.person_id IN kid_ids
        AND coalesce(rx.day_to, rx.day_from) >= e.day_from - $csc_recent AND rx.day_from <= e1
      | ca3.agency_id] AS csc_recent_ids,
     // universal and health services working with the child
     [(ua:Agency)-[:RECORDED]->(ux:Event)-[:ABOUT|SAW]->(up:Person)
      WHERE ua.sector IN ['health_visiting', 'education', 'camhs', 'health_gp', 'midwifery']
        AND ux.day_from <= e1 + $child_activity AND coalesce(ux.day_to, ux.day_from) >= e.day_from - $child_activity
      | {agency_id: ua.agency_id, name: ua.name, sector: ua.sector, person: up.person_id}] AS activity,
     [(ka:Agency)-[kw:KNEW]->(e) WHERE kw.mode = $mode
      | {agency_id: ka.agency_id, name: ka.name, day: kw.from_day, via: kw.via_event_id, route: kw.route}]
     + [(ra1:Agency)<-[:SHARED_WITH|REFERRED_TO]-(rx1:Event)-[:RESPONDS_TO]->(e)
        | {agency_id: ra1.agency_id, name: ra1.name, day: coalesce(rx1.day_to, rx1.day_from), via: rx1.event_id, route: 'answered'}]
     + [(ra2:Agency)-[:RECORDED]->(rx2:Event)-[:CONVEYS]->(e)
        | {agency_id: ra2.agency_id, name: ra2.name, day: rx2.day_from, via: rx2.event_id, route: 'recorded receipt'}] AS knowledge
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, kids, kid_ids, maternity_ids, baby, urgent, knowledge,
     csc_recent_ids, opens, closes, activity,
     CASE WHEN urgent THEN $N_urgent ELSE $N END AS window,
     [k IN kids | {id: k.id, name: k.name, unborn: k.unborn, age: k.age, resident: k.resident,
                   open_rec: reduce(m = null, o IN opens | CASE WHEN o.child = k.id AND (m IS NULL OR o.day > m.day) THEN o ELSE m END),
                   close_day: reduce(m = null, c IN closes | CASE WHEN c.child = k.id AND (m IS NULL OR c.day > m) THEN c.day ELSE m END)}]
       AS kid_status,
     [a IN activity WHERE
        (a.sector = 'health_visiting' AND any(k IN kids WHERE k.id = a.person AND (k.unborn OR k.age IS NULL OR k.age < 1826)))
        OR (a.sector = 'education' AND any(k IN kids WHERE k.id = a.person AND NOT k.unborn AND (k.age IS NULL OR (k.age >= 1826 AND k.age < 6210))))
        OR (a.sector IN ['camhs', 'health_gp'] AND a.person IN kid_ids)
        OR (a.sector = 'midwifery' AND any(k IN kids WHERE k.unborn) AND a.person IN maternity_ids)] AS child_agencies
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, kids, kid_ids, baby, urgent, knowledge, window,
     [k IN kid_status | {id: k.id, name: k.name, unborn: k.unborn, age: k.age, resident: k.resident,
                         open_type: CASE WHEN k.open_rec IS NULL THEN null ELSE k.open_rec.type END,
                         open: k.open_rec IS NOT NULL AND (k.close_day IS NULL OR k.close_day < k.open_rec.day)}] AS kid_status,
     reduce(acc = [], a IN child_agencies | CASE WHEN a.agency_id IN [x IN acc | x.agency_id] THEN acc
                                                ELSE acc + [{agency_id: a.agency_id, name: a.name}] END) AS others,
     csc_recent_ids
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, kids, kid_ids, baby, urgent, knowledge, window,
     kid_status, any(k IN kid_status WHERE k.open) AS open,
     CASE WHEN any(k IN kid_status WHERE k.open) OR size(csc_recent_ids) > 0 THEN csc_ids ELSE [] END
       + [o IN others WHERE NOT o.agency_id IN csc_ids | o.agency_id] AS receivers
WITH data_end, csc_ids, e, holders, e1, holder_ids, adult_rows, links, kids, kid_ids, baby, urgent, knowledge, window,
     kid_status, open, receivers,
     reduce(m = null, k IN knowledge | CASE WHEN k.agency_id IN csc_ids AND (m IS NULL OR k.day < m.day) THEN k ELSE m END) AS csc_first,
     reduce(m = null, k IN knowledge | CASE WHEN (k.agency_id IN receivers OR k.agency_id IN csc_ids) AND NOT k.agency_id IN holder_ids
                                             AND (m IS NULL OR k.day < m.day) THEN k ELSE m END) AS any_first
WITH csc_ids, e, holders, holder_ids, adult_rows, links, kid_status, kid_ids, receivers, knowledge, window,
     {event_id: e.event_id, day0: e.day_from, day1: e1, date_text: e.date_text, concerns: e.concerns,
      holder_ids: holder_ids, holder_name: holders[0].name, adults: adult_rows, links: links, kids: kid_status, kid_ids: kid_ids,
      receivers: receivers, window: window, open: open, baby: baby, urgent: urgent,
      high_concern: 'offending_risk_adult' IN e.concerns OR 'domestic_abuse' IN e.concerns,
      non_resident: none(k IN kid_status WHERE k.resident),
      knowledge: knowledge, csc_first: csc_first, any_first: any_first,
      variant: CASE WHEN open AND (csc_first IS NULL OR csc_first.day > e1 + window) THEN 'open_case_not_told'
                    WHEN NOT open AND (any_first IS NULL OR any_first.day > e1 + window) THEN 'no_child_agency_told'
                    ELSE null END,
      censored: (data_end IS NOT NULL AND data_end < e1 + window)
                OR any(h IN holders WHERE h.records_to_day IS NOT NULL AND h.records_to_day < e1 + window),
      holder_records_to: [h IN holders WHERE h.records_to_day IS NOT NULL | h.records_to_day],
      data_end: data_end, csc_ids: csc_ids} AS i
// decisions about the children made after the event by agencies that did not know it
OPTIONAL MATCH (dd:Event {case_id: $case_id})-[:ABOUT|SAW]->(dc:Child)
WHERE dd.type IN $decision_types
  AND dc.person_id IN i.kid_ids AND i.day0 < coalesce(dd.day_to, dd.day_from)
  AND dd.day_from - i.day1 <= $decision_lookback
WITH DISTINCT i, dd
// each decision's deciding set, once per decision
WITH dd, collect(i) AS dd_items
WITH dd, dd_items, [(dr1:Agency)-[:RECORDED]->(dd) | dr1] AS recorders
WITH dd, dd_items, [r IN recorders | r.name] AS decider_names,
     [r IN recorders | r.agency_id] + [(dr2:Agency)-[:ATTENDED]->(dd) | dr2.agency_id]
     + [(dr3:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(dd) | dr3.agency_id] AS deciders
UNWIND dd_items AS i
WITH i, dd, deciders, decider_names,
     dd IS NULL OR any(h IN i.holder_ids WHERE h IN deciders)
     OR any(k IN i.knowledge WHERE k.agency_id IN deciders AND k.day <= coalesce(dd.day_to, dd.day_from)) AS known
WITH i, dd, deciders, decider_names, known,
     [(dd)-[:ABOUT|SAW]->(dk:Child) WHERE NOT known | dk.person_id] AS decision_kids
WITH i, collect(CASE WHEN known
                     THEN null
                     ELSE {event_id: dd.event_id, type: dd.type, date_text: dd.date_text, day0: dd.day_from,
                           day1: coalesce(dd.day_to, dd.day_from), decider: head(decider_names),
                           decider_id: head(deciders), certain: i.day1 < dd.day_from, kids: decision_kids,
                           censored: (i.data_end IS NOT NULL AND i.data_end < coalesce(dd.day_to, dd.day_from))
                                     OR any(t IN i.holder_records_to WHERE t < coalesce(dd.day_to, dd.day_from))} END) AS decisions
WITH collect({i: i, decisions: decisions, decision_ids: [d IN decisions | d.event_id]}) AS items
// the decisions, in order of first appearance
WITH items, reduce(acc = [], x IN items | acc + [did IN x.decision_ids WHERE NOT did IN acc]) AS decision_ids
// per-event findings
WITH items, decision_ids,
     [x IN items WHERE x.i.variant IS NOT NULL |
      {anchor: x.i.event_id, variant: x.i.variant,
       severity: CASE WHEN x.i.baby OR x.i.high_concern THEN 'high' WHEN x.i.non_resident THEN 'low' ELSE 'medium' END,
       confidence: 'definite', censored: x.i.censored, subjects: x.i.kid_ids,
       summary: x.i.holder_name + ' recorded ' + reduce(s = '', y IN x.i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))
                + ' (' + x.i.date_text + ') about ' + reduce(s = '', a IN x.i.adults | s + CASE WHEN s = '' THEN '' ELSE ', ' END + a.name)
                + ', a parent or carer of ' + reduce(s = '', k IN x.i.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name)
                + CASE WHEN x.i.variant = 'open_case_not_told'
                       THEN "; no record that children's social care, which had the child open, knew of it within "
                       ELSE "; no record that any agency working with the children knew of it within " END
                + toString(x.i.window) + ' days.',
       evidence: [{event_id: x.i.event_id, role: 'trigger',
                   note: 'Held by ' + x.i.holder_name + ': '
                         + reduce(s = '', y IN x.i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))}]
                 + [l IN x.i.links | {role: 'context', person_id: l.adult,
                                      note: head([a IN x.i.adults WHERE a.id = l.adult | a.name]) + ': ' + l.rel + ' of ' + l.name}]
                 + [k IN x.i.kids | {role: 'context', person_id: k.id,
                                     note: k.name + CASE WHEN k.open THEN ": open to children's social care on the day ("
                                                                          + replace(k.open_type, '_', ' ') + ')'
                                                         ELSE ": not open to children's social care on the day" END}]
                 + CASE WHEN size(x.i.receivers) = 0
                        THEN [{role: 'expected_missing', agency_id: head(x.i.csc_ids), day_from: x.i.day1, day_to: x.i.day1 + x.i.window,
                               note: "No record that children's social care or any agency working with the children knew of it"}]
                        ELSE [] END
                 + [r IN x.i.receivers WHERE none(k IN x.i.knowledge WHERE k.agency_id = r AND k.day <= x.i.day1 + x.i.window) |
                    {role: 'expected_missing', agency_id: r, day_from: x.i.day1, day_to: x.i.day1 + x.i.window,
                     note: 'No record that this agency knew of it within ' + toString(x.i.window) + ' days'}]
                 + [k IN x.i.knowledge WHERE NOT k.agency_id IN x.i.holder_ids |
                    {role: CASE WHEN k.day <= x.i.day1 + x.i.window THEN 'response' ELSE 'late_response' END,
                     event_id: k.via, agency_id: k.agency_id,
                     note: k.name + ' knew of it ' + toString(k.day - x.i.day1) + ' days after it (' + k.route + ')'}]
                 + [d IN x.decisions | {event_id: d.event_id, role: 'decision',
                                        note: 'Later decision about the child made without it: ' + replace(d.type, '_', ' ')}]
      }] AS per_event
// decisions made without the adult service's information: one finding per decision, from the
// events it was made without (those whose holder's records run past it, if any)
WITH items, per_event,
     [did IN decision_ids |
      [x IN items WHERE did IN x.decision_ids
       | {d: head([d IN x.decisions WHERE d.event_id = did]),
          i: {event_id: x.i.event_id, day1: x.i.day1, holder_name: x.i.holder_name, concerns: x.i.concerns,
              adults: x.i.adults}}]] AS all_groups
WITH items, per_event,
     [ps IN all_groups | CASE WHEN any(p IN ps WHERE NOT p.d.censored) THEN [p IN ps WHERE NOT p.d.censored] ELSE ps END]
       AS groups
WITH items, per_event,
     [g IN groups |
      {anchor: g[0].d.event_id, variant: 'decision_made_without', severity: 'high',
       confidence: CASE WHEN any(p IN g WHERE p.d.certain) THEN 'definite' ELSE 'possible' END,
       censored: all(p IN g WHERE p.d.censored),
       subjects: reduce(acc = [], k IN g[0].d.kids | CASE WHEN k IN acc THEN acc ELSE acc + [k] END),
       summary: coalesce(g[0].d.decider, 'An agency') + ' made a decision (' + replace(g[0].d.type, '_', ' ') + ', '
                + g[0].d.date_text + ') about the children with no record that the decision makers knew of '
                + toString(size(g)) + ' adult service record(s) about '
                + reduce(s = '', a IN reduce(acc = [], p IN g | acc + [a IN p.i.adults WHERE NOT a.name IN acc | a.name])
                         | s + CASE WHEN s = '' THEN '' ELSE ', ' END + a)
                + ' held by ' + reduce(s = '', n IN reduce(acc = [], p IN g | CASE WHEN p.i.holder_name IN acc THEN acc ELSE acc + [p.i.holder_name] END)
                                       | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) + '.',
       evidence: [{event_id: g[0].d.event_id, role: 'decision', note: replace(g[0].d.type, '_', ' ')}]
                 + [p IN g | {event_id: p.i.event_id, role: 'unseen_concern',
                              note: 'Held by ' + p.i.holder_name + ': '
                                    + reduce(s = '', y IN p.i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))
                                    + CASE WHEN p.d.certain THEN '' ELSE ' (dates uncertain: possibly after the decision)' END}]
                 + CASE WHEN g[0].d.decider_id IS NULL THEN []
                        ELSE [{role: 'expected_missing', agency_id: g[0].d.decider_id, day_from: g[0].i.day1, day_to: g[0].d.day1,
                               note: 'No record that the decision makers knew of the adult service information before the decision'}] END
      }] AS per_decision
// repeated: the second unshared event about the same adult
WITH per_event, per_decision,
     [x IN items WHERE x.i.variant IS NOT NULL AND NOT x.i.censored] AS unshared
WITH per_event, per_decision, unshared,
     [x IN unshared |
      {x: x, adults: [a IN x.i.adults WHERE size([y IN unshared WHERE a.id IN [b IN y.i.adults | b.id]
                                                 AND (y.i.day0 < x.i.day0 OR (y.i.day0 = x.i.day0 AND y.i.event_id <= x.i.event_id))]) = 2]}]
       AS marks
WITH per_event, per_decision,
     [m IN marks WHERE size(m.adults) > 0 |
      {anchor: m.x.i.event_id, variant: 'repeated', severity: 'high', confidence: 'definite', censored: false,
       subjects: m.x.i.kid_ids,
       summary: reduce(s = '', a IN m.adults | s + CASE WHEN s = '' THEN '' ELSE ', ' END + a.name)
                + ': ' + toString(size([y IN unshared WHERE any(a IN m.adults WHERE a.id IN [b IN y.i.adults | b.id])]))
                + ' adult service records of risk with no record that they reached the agencies working with '
                + reduce(s = '', k IN m.x.i.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name) + '.',
       evidence: [{event_id: m.x.i.event_id, role: 'trigger', note: 'Second unshared record about the same adult'}]
                 + [y IN unshared WHERE y.i.event_id <> m.x.i.event_id AND any(a IN m.adults WHERE a.id IN [b IN y.i.adults | b.id]) |
                    {event_id: y.i.event_id, role: 'context',
                     note: 'Unshared record held by ' + y.i.holder_name + ': '
                           + reduce(s = '', z IN y.i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(z, '_', ' '))}]
                 + [a IN m.adults | {role: 'context', person_id: a.id, note: 'The adult the records are about'}]
      }] AS per_adult
UNWIND per_event + per_decision + per_adult AS f
RETURN f.anchor AS anchor,
       f.variant AS variant,
       f.severity AS severity,
       f.confidence AS confidence,
       f.censored AS censored,
       f.subjects AS subjects,
       f.summary AS summary,
       f.evidence AS evidence
