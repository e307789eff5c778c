// id: domestic_incident_not_notified
// tier: 1
// version: 1
// title: Domestic incident not notified
// panel: Police attended domestic abuse where children live; children's services, the health visitor or the school were not told
// evidence: O08 L263 (police "dealt with" the adults without considering the children), L267, L269; O10 L330 ("Each incident was seen by the police as a one-off event"), L92; T16 L1379 (domestic abuse in 54% of 175 families), L1411, L1447-L1449, L2418, L2063, L2925
// param N_csc = 2 | days after the incident by which children's social care should know of it
// param N_univ = 14 | days after the incident by which the child's health visitor or school should know of it
// param universal_activity = 180 | days either side of the incident in which a health visiting or education agency recording events about the child counts as the child's universal service
// param repeat_min = 3 | incidents at one household that make a repeat pattern
// param repeat_window = 365 | days in which repeat_min incidents make a repeat pattern
// param N_repeat_followup = 28 | days after the latest incident of a repeat pattern in which a MARAC, strategy discussion or assessment is looked for
//
// DETECTORS.md T1-07. A trigger is an event recorded by police (or ambulance) of type
// domestic_incident, or a police_callout with domestic_abuse among its concerns; a police_callout
// with another high-weight concern is the lower-severity variant other_incident. Its children:
// children it is about or saw; children in the household of an adult it is about on the
// incident day (no household data: children of that adult or of that adult's partner); an
// unborn child when a mother it is about had a pregnancy_booking before it and a birth after it
// (the baby, or the mother when the baby is not in the people sheet). Children not yet born on
// the incident day are never counted as resident.
// Variants, one finding each: csc_not_notified (no children's social care agency knew the
// incident, KNEW in $mode, by day N_csc; a CSC record conveying the incident also counts);
// universal_not_notified (a health visiting agency for a child under 5 or an education agency
// for a child of 5-16, active with the child, did not know by day N_univ); children_not_seen (a
// resident child with no SAW edge while child_seen is not true); repeat_pattern (repeat_min
// domestic incidents sharing a child within repeat_window, with at most one notified to CSC, or
// no MARAC, strategy discussion or assessment about the family from the first to N_repeat_followup
// days after the last); other_incident (CSC not told of a non-domestic high-concern callout).
// Confidence is 'possible' when every child the finding rests on was only possibly born or
// resident on the (uncertain) incident day. Censoring: a notification window that ends after the
// reporting police agency's records_to_day (or the case data end) is returned censored; a repeat
// pattern resting on the follow-up check is censored when CSC's records end inside that window.
// Vocabulary ($csc_sectors, $high_concerns) comes from graph/model.py through the runner.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc) AS cscs
WITH data_end, [x IN cscs | x.agency_id] AS csc_ids,
     [x IN cscs WHERE x.records_to_day IS NOT NULL | x.records_to_day] AS csc_records_to
OPTIONAL MATCH (hp:Person {case_id: $case_id})-[:MEMBER_OF]->(:Household)
WITH data_end, csc_ids, csc_records_to, collect(DISTINCT hp.person_id) AS housed
OPTIONAL MATCH (bc:Event {case_id: $case_id})-[:ABOUT]->(:Child)
WHERE bc.type = 'birth'
WITH data_end, csc_ids, csc_records_to, housed, collect(DISTINCT bc.event_id) AS births_with_child
MATCH (pa:Agency {case_id: $case_id})-[:RECORDED]->(e:Event)
WHERE pa.sector IN ['police', 'ambulance']
  AND (e.type = 'domestic_incident'
       OR (e.type = 'police_callout'
           AND any(x IN e.concerns WHERE x IN $high_concerns)))
WITH data_end, csc_ids, housed, births_with_child, csc_records_to, e, collect(pa) AS senders, coalesce(e.day_to, e.day_from) AS e1
WITH data_end, csc_ids, housed, births_with_child, csc_records_to, e, senders, e1,
     e.type = 'domestic_incident' OR 'domestic_abuse' IN e.concerns AS domestic,
     [(e)-[:ABOUT|SAW]->(ad:Adult) | ad.person_id] AS adults,
     // children the incident is about or saw
     [(e)-[:ABOUT|SAW]->(c1:Child) WHERE coalesce(c1.dob_day, e.day_from) <= e1
      | {id: c1.person_id, name: c1.pseudonym, dob: c1.dob_day,
         certain: coalesce(c1.dob_day, e.day_from) <= e.day_from}]
     // children in the household of an adult the incident is about
     + [(e)-[:ABOUT|SAW]->(:Adult)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(c2:Child)
        WHERE coalesce(c2.dob_day, e.day_from) <= e1
          AND coalesce(m1.from_day, e1) <= e1 AND coalesce(m1.to_day, e.day_from) >= e.day_from
          AND coalesce(m2.from_day, e1) <= e1 AND coalesce(m2.to_day, e.day_from) >= e.day_from
        | {id: c2.person_id, name: c2.pseudonym, dob: c2.dob_day,
           certain: coalesce(c2.dob_day, e.day_from) <= e.day_from
                    AND coalesce(m1.from_day, e.day_from) <= e.day_from AND coalesce(m1.to_day, e1) >= e1
                    AND coalesce(m2.from_day, e.day_from) <= e.day_from AND coalesce(m2.to_day, e1) >= e1}]
     // no household data for the child: the adult is its parent, or a parent's partner
     + [(e)-[:ABOUT|SAW]->(:Adult)-[:PARENT_OF]->(c3:Child)
        WHERE NOT c3.person_id IN housed AND coalesce(c3.dob_day, e.day_from) <= e1
        | {id: c3.person_id, name: c3.pseudonym, dob: c3.dob_day,
           certain: coalesce(c3.dob_day, e.day_from) <= e.day_from}]
     + [(e)-[:ABOUT|SAW]->(:Adult)-[pt:PARTNER_OF]-(:Person)-[:PARENT_OF]->(c4:Child)
        WHERE NOT c4.person_id IN housed AND coalesce(c4.dob_day, e.day_from) <= e1
          AND coalesce(pt.from_day, e1) <= e1 AND coalesce(pt.to_day, e.day_from) >= e.day_from
        | {id: c4.person_id, name: c4.pseudonym, dob: c4.dob_day,
           certain: coalesce(c4.dob_day, e.day_from) <= e.day_from
                    AND coalesce(pt.from_day, e.day_from) <= e.day_from AND coalesce(pt.to_day, e1) >= e1}] AS child_rows,
     // unborn: a mother the incident is about, booked before it, gave birth after it
     [(e)-[:ABOUT|SAW]->(w1:Adult)<-[:ABOUT]-(bk:Event)
      WHERE bk.type = 'pregnancy_booking' AND bk.day_from <= e1 AND e.day_from - coalesce(bk.day_to, bk.day_from) <= 280
      | w1.person_id] AS booked,
     [(e)-[:ABOUT|SAW]->(w2:Adult)<-[:ABOUT]-(bt2:Event)-[:ABOUT]->(k2:Child)
      WHERE bt2.type = 'birth' AND coalesce(bt2.day_to, bt2.day_from) >= e.day_from AND bt2.day_from - e1 <= 280
        AND coalesce(k2.dob_day, e1 + 1) > e.day_from
      | {id: k2.person_id, name: k2.pseudonym, mother: w2.person_id, certain: bt2.day_from > e1}]
     + [(e)-[:ABOUT|SAW]->(w3:Adult)<-[:ABOUT]-(bt3:Event)
        WHERE bt3.type = 'birth' AND coalesce(bt3.day_to, bt3.day_from) >= e.day_from AND bt3.day_from - e1 <= 280
          AND NOT bt3.event_id IN births_with_child
        | {id: w3.person_id, name: 'unborn child of ' + w3.pseudonym, mother: w3.person_id, certain: bt3.day_from > e1}]
     + [(e)-[:ABOUT|SAW]->(w4:Adult)-[:PARENT_OF]->(k4:Child)
        WHERE k4.dob_day > e.day_from AND k4.dob_day - e1 <= 280
        | {id: k4.person_id, name: k4.pseudonym, mother: w4.person_id, certain: k4.dob_day > e1}] AS unborn_rows,
     [(e)-[:SAW]->(sw:Person) | sw.person_id] AS saw_ids
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, saw_ids,
     reduce(acc = [], r IN child_rows | CASE WHEN r.id IN [x IN acc | x.id] THEN acc ELSE acc + [r] END) AS firsts,
     child_rows, [u IN unborn_rows WHERE u.mother IN booked] AS unborn_rows
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, saw_ids, unborn_rows,
     [f IN firsts | {id: f.id, name: f.name, unborn: false,
                     age: CASE WHEN f.dob IS NULL THEN null
                               WHEN e.day_from - f.dob < 0 THEN 0 ELSE e.day_from - f.dob END,
                     age_text: CASE WHEN f.dob IS NULL THEN 'age not known'
                                    WHEN e.day_from - f.dob < 30
                                    THEN 'aged ' + toString(CASE WHEN e.day_from - f.dob < 0 THEN 0 ELSE e.day_from - f.dob END) + ' days'
                                    WHEN e.day_from - f.dob < 365
                                    THEN 'aged ' + toString(CASE WHEN e.day_from - f.dob < 0 THEN 0 ELSE (e.day_from - f.dob) / 30 END) + ' months'
                                    WHEN (e.day_from - f.dob) / 365 = 1 THEN 'aged 1 year'
                                    ELSE 'aged ' + toString((e.day_from - f.dob) / 365) + ' years' END,
                     certain: any(r IN child_rows WHERE r.id = f.id AND r.certain),
                     seen: f.id IN saw_ids}] AS born
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, born,
     born + reduce(acc = [], u IN unborn_rows |
                   CASE WHEN u.id IN ([x IN acc | x.id] + [b IN born | b.id]) THEN acc
                        ELSE acc + [{id: u.id, name: u.name, unborn: true, age: null, age_text: 'unborn', seen: false,
                                     certain: any(v IN unborn_rows WHERE v.id = u.id AND v.certain)}] END) AS kids
WHERE size(kids) > 0 AND (domestic OR size(adults) > 0)
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, kids,
     [(ka:Agency)-[kw:KNEW]->(e) WHERE kw.mode = $mode
      | {agency_id: ka.agency_id, name: ka.name, sector: ka.sector, day: kw.from_day, via: kw.via_event_id, route: kw.route}]
     + [(ra:Agency)-[:RECORDED]->(rx:Event)-[:CONVEYS]->(e)
        | {agency_id: ra.agency_id, name: ra.name, sector: ra.sector, day: rx.day_from, via: rx.event_id, route: 'recorded receipt'}] AS knowledge,
     [(ua:Agency)-[:RECORDED]->(ux:Event)-[:ABOUT|SAW]->(uc:Child)
      WHERE ua.sector IN ['health_visiting', 'education']
        AND ux.day_from <= e1 + $universal_activity AND coalesce(ux.day_to, ux.day_from) >= e.day_from - $universal_activity
      | {agency_id: ua.agency_id, name: ua.name, sector: ua.sector, child: uc.person_id}] AS activity,
     [(fx:Event)-[:ABOUT|SAW]->(fp:Person)
      WHERE fx.type IN ['marac', 'strategy_discussion', 'assessment_start']
        AND coalesce(fx.day_to, fx.day_from) >= e.day_from - $repeat_window AND fx.day_from <= e1 + $N_repeat_followup
        AND (fp.person_id IN adults OR fp.person_id IN [kk IN kids | kk.id])
      | {event_id: fx.event_id, day0: fx.day_from, day1: coalesce(fx.day_to, fx.day_from)}] AS followups
// the child's universal service: health visiting under 5 (or unborn), school aged 5-16; unknown age: either
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, kids, knowledge, followups,
     [a IN activity WHERE any(k IN kids WHERE k.id = a.child
        AND ((a.sector = 'health_visiting' AND (k.unborn OR k.age IS NULL OR k.age < 1826))
             OR (a.sector = 'education' AND NOT k.unborn AND (k.age IS NULL OR (k.age >= 1826 AND k.age < 6210)))))] AS univ_rows
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, kids, knowledge, followups,
     reduce(acc = [], a IN univ_rows | CASE WHEN a.agency_id IN [x IN acc | x.agency_id] THEN acc
                                           ELSE acc + [{agency_id: a.agency_id, name: a.name}] END) AS universal
WITH csc_ids, csc_records_to, e, senders, e1, data_end, domestic, adults, kids, knowledge, followups, universal,
     reduce(m = null, k IN knowledge | CASE WHEN k.agency_id IN csc_ids AND (m IS NULL OR k.day < m.day) THEN k ELSE m END) AS csc_first
WITH collect({
       event_id: e.event_id, day0: e.day_from, day1: e1, date_text: e.date_text, domestic: domestic,
       concerns: e.concerns, injury: 'physical_injury' IN e.concerns, child_seen: e.child_seen,
       sender_ids: [s IN senders | s.agency_id], sender_name: senders[0].name, adults: adults,
       censor_csc: (data_end IS NOT NULL AND data_end < e1 + $N_csc)
                   OR any(s IN senders WHERE s.records_to_day IS NOT NULL AND s.records_to_day < e1 + $N_csc),
       censor_univ: (data_end IS NOT NULL AND data_end < e1 + $N_univ)
                    OR any(s IN senders WHERE s.records_to_day IS NOT NULL AND s.records_to_day < e1 + $N_univ),
       kids: kids, kid_ids: [k IN kids | k.id],
       baby: any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 365)),
       under5: any(k IN kids WHERE k.unborn OR (k.age IS NOT NULL AND k.age < 1826)),
       csc_ids: csc_ids, csc_first: csc_first,
       csc_told: csc_first IS NOT NULL AND csc_first.day <= e1 + $N_csc,
       universal: [u IN universal | {agency_id: u.agency_id, name: u.name,
                                     told: any(k IN knowledge WHERE k.agency_id = u.agency_id AND k.day <= e1 + $N_univ)}],
       knew: [k IN knowledge WHERE NOT k.agency_id IN [s IN senders | s.agency_id] AND k.day <= e1 + $N_univ],
       followups: followups,
       csc_records_to: csc_records_to
     }) AS incidents
UNWIND incidents AS i
WITH incidents, i,
     [j IN incidents WHERE j.domestic AND j.event_id <> i.event_id AND j.day0 <= i.day0 AND i.day0 - j.day1 <= $repeat_window
                     AND any(k IN j.kid_ids WHERE k IN i.kid_ids)] AS earlier
WITH i, earlier,
     reduce(s = '', k IN i.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name + ' (' + k.age_text + ')') AS kid_text,
     [k IN i.kids | {role: 'context', person_id: k.id,
                     note: k.name + ': ' + k.age_text
                           + CASE WHEN k.unborn THEN '' WHEN k.seen THEN '; seen at the incident'
                                  ELSE '; no record that the child was seen at the incident' END
                           + CASE WHEN k.certain THEN '' ELSE '; possibly not yet born or not yet resident (uncertain dates)' END}] AS kid_rows,
     [k IN i.knew | {role: 'context', agency_id: k.agency_id,
                     note: k.name + ' knew of the incident (' + k.route + ')'}] AS knew_rows,
     CASE WHEN any(k IN i.kids WHERE k.certain) THEN 'definite' ELSE 'possible' END AS confidence
// repeat pattern: the incident at which repeat_min incidents sharing a child fall within repeat_window
WITH i, earlier, kid_text, kid_rows, knew_rows, confidence,
     CASE WHEN i.domestic AND size(earlier) + 1 = $repeat_min THEN earlier + [i] ELSE [] END AS cluster
WITH i, earlier, kid_text, kid_rows, knew_rows, confidence, cluster,
     reduce(m = i.day0, j IN cluster | CASE WHEN j.day0 < m THEN j.day0 ELSE m END) AS cluster_start,
     size([j IN cluster WHERE j.csc_told OR j.censor_csc]) AS notified
WITH i, earlier, kid_text, kid_rows, knew_rows, confidence, cluster, cluster_start, notified,
     [f IN i.followups WHERE f.day1 >= cluster_start AND f.day0 <= i.day1 + $N_repeat_followup] AS followed
WITH i, kid_text, kid_rows, knew_rows, confidence,
     [j IN earlier | {event_id: j.event_id, role: 'context',
                      note: 'Earlier police-attended incident at the household'}] AS earlier_rows,
     // csc_not_notified
     CASE WHEN i.domestic AND NOT i.csc_told THEN [{
       variant: 'csc_not_notified',
       severity: CASE WHEN i.baby OR i.injury OR i.under5 THEN 'high' ELSE 'medium' END,
       censored: i.censor_csc,
       summary: i.sender_name + ' attended a domestic incident (' + i.date_text + ') in a household with ' + kid_text
                + "; no record that children's social care knew of it within " + toString($N_csc) + ' days'
                + CASE WHEN i.csc_first IS NULL THEN '.' ELSE ' (first known through a later record).' END,
       rows: CASE WHEN i.csc_first IS NULL THEN []
                  ELSE [{event_id: i.csc_first.via, role: 'late_response',
                         note: i.csc_first.name + ' first knew of the incident ' + toString(i.csc_first.day - i.day1)
                               + ' days after it (' + i.csc_first.route + ')'}] END
             + CASE WHEN size(i.csc_ids) = 0
                    THEN [{role: 'expected_missing', agency_id: null, day_from: i.day1, day_to: i.day1 + $N_csc,
                           note: "No record that children's social care was notified of the incident (no children's social care agency in the case)"}]
                    ELSE [c IN i.csc_ids | {role: 'expected_missing', agency_id: c, day_from: i.day1, day_to: i.day1 + $N_csc,
                                            note: "No record that children's social care was notified of the incident within "
                                                  + toString($N_csc) + ' days'}] END
     }] ELSE [] END
     // universal_not_notified
     + CASE WHEN i.domestic AND any(u IN i.universal WHERE NOT u.told) THEN [{
       variant: 'universal_not_notified',
       severity: CASE WHEN i.baby OR i.injury THEN 'high' ELSE 'low' END,
       censored: i.censor_univ,
       summary: i.sender_name + ' attended a domestic incident (' + i.date_text + ') in a household with ' + kid_text
                + '; no record that ' + reduce(s = '', u IN [u IN i.universal WHERE NOT u.told] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + u.name)
                + " (the children's health visitor or school) knew of it within " + toString($N_univ) + ' days.',
       rows: [u IN i.universal WHERE NOT u.told |
              {role: 'expected_missing', agency_id: u.agency_id, day_from: i.day1, day_to: i.day1 + $N_univ,
               note: 'No record that ' + u.name + ' was notified of the incident within ' + toString($N_univ) + ' days'}]
     }] ELSE [] END
     // children_not_seen
     + CASE WHEN i.domestic AND coalesce(i.child_seen, false) = false AND any(k IN i.kids WHERE NOT k.unborn AND NOT k.seen) THEN [{
       variant: 'children_not_seen',
       severity: CASE WHEN i.injury OR any(k IN i.kids WHERE NOT k.unborn AND NOT k.seen AND k.age IS NOT NULL AND k.age < 365)
                      THEN 'high' ELSE 'medium' END,
       censored: false,
       summary: i.sender_name + ' attended a domestic incident (' + i.date_text + '); no record that '
                + reduce(s = '', k IN [k IN i.kids WHERE NOT k.unborn AND NOT k.seen] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.name)
                + ' living in the household ' + CASE WHEN size([k IN i.kids WHERE NOT k.unborn AND NOT k.seen]) = 1 THEN 'was' ELSE 'were' END
                + ' seen.',
       rows: [k IN i.kids WHERE NOT k.unborn AND NOT k.seen |
              {role: 'expected_missing', agency_id: i.sender_ids[0], day_from: i.day0, day_to: i.day1,
               note: 'No record that ' + k.name + ' was seen at the incident'}]
     }] ELSE [] END
     // repeat_pattern
     + CASE WHEN size(cluster) > 0 AND (notified <= 1 OR size(followed) = 0) THEN [{
       variant: 'repeat_pattern',
       severity: 'high',
       censored: notified > 1 AND (any(t IN i.csc_records_to WHERE t < i.day1 + $N_repeat_followup)
                                   OR i.censor_csc),
       summary: toString(size(cluster)) + ' police-attended domestic incidents in ' + toString($repeat_window)
                + ' days at the household of ' + kid_text + '; '
                + CASE WHEN notified <= 1 THEN "no record that children's social care was told of more than "
                                               + toString(notified) + ' of them'
                       ELSE toString(notified) + ' were notified' END
                + CASE WHEN size(followed) = 0 THEN ', and no record of a MARAC, strategy discussion or assessment following.'
                       ELSE '.' END,
       rows: [j IN cluster WHERE j.event_id <> i.event_id |
              {event_id: j.event_id, role: 'context',
               note: 'Incident in the pattern; ' + CASE WHEN j.csc_told THEN "children's social care knew within "
                                                         + toString($N_csc) + ' days'
                                                    ELSE "no record that children's social care knew within "
                                                         + toString($N_csc) + ' days' END}]
             + [f IN followed | {event_id: f.event_id, role: 'response', note: 'Multi-agency response about the family'}]
             + CASE WHEN size(followed) = 0
                    THEN [{role: 'expected_missing', agency_id: head(i.csc_ids), day_from: cluster_start,
                           day_to: i.day1 + $N_repeat_followup,
                           note: 'No record of a MARAC, strategy discussion or assessment about the family following the incidents'}]
                    ELSE [] END
     }] ELSE [] END
     // other_incident
     + CASE WHEN NOT i.domestic AND NOT i.csc_told THEN [{
       variant: 'other_incident',
       severity: CASE WHEN i.baby OR i.injury THEN 'medium' ELSE 'low' END,
       censored: i.censor_csc,
       summary: i.sender_name + ' attended an incident (' + i.date_text + '; '
                + reduce(s = '', y IN i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' '))
                + ') involving an adult in a household with ' + kid_text
                + "; no record that children's social care knew of it within " + toString($N_csc) + ' days.',
       rows: CASE WHEN size(i.csc_ids) = 0
                  THEN [{role: 'expected_missing', agency_id: null, day_from: i.day1, day_to: i.day1 + $N_csc,
                         note: "No record that children's social care was notified of the incident (no children's social care agency in the case)"}]
                  ELSE [c IN i.csc_ids | {role: 'expected_missing', agency_id: c, day_from: i.day1, day_to: i.day1 + $N_csc,
                                          note: "No record that children's social care was notified of the incident within "
                                                + toString($N_csc) + ' days'}] END
     }] ELSE [] END AS found
UNWIND found AS f
RETURN i.event_id AS anchor,
       f.variant AS variant,
       f.severity AS severity,
       confidence,
       f.censored AS censored,
       i.kid_ids AS subjects,
       f.summary AS summary,
       [{event_id: i.event_id, role: 'trigger',
         note: CASE WHEN i.domestic THEN 'Police-attended domestic incident' ELSE 'Police-attended incident' END
               + ' (' + reduce(s = '', y IN i.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')) + ')'}]
       + kid_rows + f.rows
       + CASE WHEN f.variant = 'csc_not_notified' THEN earlier_rows ELSE [] END
       + CASE WHEN f.variant IN ['csc_not_notified', 'universal_not_notified', 'other_incident'] THEN knew_rows ELSE [] END
       AS evidence
