// id: toxic_trio_fragmented
// tier: 1
// version: 1
// title: Toxic trio known only in fragments
// panel: Domestic abuse, parental mental ill-health and substance misuse were each known, but to different agencies; nobody held the whole picture
// evidence: T16 L1377-L1383 (cumulative risk; all three in 22% of families, two in 30%); O10 L92, L284, L307 (held by different professionals, no complete picture); O08 L113, L237-L253
// param W = 730 | days before a decision in which a concern event makes a domain present
// param m_min = 2 | number of present domains needed before fragmentation is reported
// param extended_domains = 0 | 1 adds offending_risk_adult and parental_learning_disability to the three domains
//
// DETECTORS.md T1-09. Checkpoints for child C: every DECISION event about C, and the end of
// the data (Case.data_end_day, else the last event day) when a domain event came after C's
// last decision (otherwise the last decision already saw the same picture).
// Family adults of C: when C has household records, the adults sharing a household with C
// (for the days they shared it) and parents with no household record; otherwise parents
// and PARTNER_OF partners of a parent (for the partnership's days). A parent recorded as
// living in another household is left out (the DETECTORS.md trap "a domain present only for
// a non-resident adult").
// A domain is present at a checkpoint if a concern event about a family adult (or, for
// domestic_abuse, about C) carries it and possibly falls in [t0 - W, t1]; m = domains present.
// An agency knew a domain if it had a KNEW edge (current mode) to one of those events by t1
// (benefit of the doubt: its own records count from their first possible day).
// Fires when m >= m_min:
//   no_agency_holds_picture  every agency that recorded an event about C's family (C, family
//                            adults, siblings) in the window knew fewer than m domains
//   decider_partial          (decisions only) the deciding set (recorder, attendees, employers of
//                            the practitioners who conducted it) together knew fewer than m
// Anchor: the decision event id, or the child's person id for the end-of-data check.
// Severity: high when m >= 3, the child is under 1 (or unborn), or decider_partial at a
// de-escalating decision; medium otherwise. Confidence: possible when a present domain rests
// only on events whose dates only possibly fall in the window.
// Not censored: the check looks back from the checkpoint, so no window runs past the data.
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ev0:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end0, max(coalesce(ev0.day_to, ev0.day_from)) AS last_day
WITH coalesce(data_end0, last_day) AS end_day,
     ['domestic_abuse', 'parental_mental_health', 'parental_substance_misuse']
     + CASE WHEN $extended_domains = 1 THEN ['offending_risk_adult', 'parental_learning_disability'] ELSE [] END AS domains
MATCH (c:Child {case_id: $case_id})
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mo:MEMBER_OF]-(ha:Adult)
WITH end_day, domains, c,
     collect(DISTINCT CASE WHEN ha IS NULL THEN null ELSE
       {p: ha,
        f: CASE WHEN coalesce(mc.from_day, -999999) > coalesce(mo.from_day, -999999) THEN coalesce(mc.from_day, -999999) ELSE coalesce(mo.from_day, -999999) END,
        t: CASE WHEN coalesce(mc.to_day, 999999999) < coalesce(mo.to_day, 999999999) THEN coalesce(mc.to_day, 999999999) ELSE coalesce(mo.to_day, 999999999) END} END) AS hh_links,
     size([(c)-[:MEMBER_OF]->(h1:Household) | h1]) > 0 AS has_hh
OPTIONAL MATCH (pa:Adult)-[:PARENT_OF]->(c)
WITH end_day, domains, c, has_hh, hh_links, pa, size([(pa)-[:MEMBER_OF]->(h2:Household) | h2]) AS pa_hh
WITH end_day, domains, c, has_hh, hh_links,
     collect(DISTINCT CASE WHEN pa IS NOT NULL AND (pa_hh = 0 OR NOT has_hh) THEN {p: pa, f: -999999, t: 999999999} END) AS parent_links
WITH end_day, domains, c, has_hh, hh_links, parent_links,
     [(q:Adult)-[pr:PARTNER_OF]-(pp:Person)-[:PARENT_OF]->(c) WHERE q <> pp | {p: q, f: coalesce(pr.from_day, -999999), t: coalesce(pr.to_day, 999999999)}] AS partner_links,
     [(c)-[:SIBLING_OF]-(sb:Person) | sb] AS sibs
WITH end_day, domains, c, sibs,
     hh_links + parent_links + CASE WHEN has_hh THEN [] ELSE partner_links END AS links
WITH end_day, domains, c, sibs, links,
     [c] + sibs + [l IN links | l.p] AS fampeople
UNWIND links + [{p: c, f: -999999, t: 999999999, child: true}] AS l
WITH end_day, domains, c, fampeople, l.p AS who, l.f AS lf, l.t AS lt, coalesce(l.child, false) AS is_child
MATCH (e:Event)-[:ABOUT|SAW]->(who)
WHERE size(coalesce(e.concerns, [])) > 0 AND coalesce(e.day_to, e.day_from) >= lf AND e.day_from <= lt
WITH end_day, domains, c, fampeople, e,
     [dm IN domains WHERE dm IN e.concerns AND (NOT is_child OR dm = 'domestic_abuse')] AS ds
WITH end_day, domains, c, fampeople, e, ds
WHERE size(ds) > 0
WITH end_day, domains, c, fampeople, collect({e: e, ds: ds}) AS dev
// checkpoints: decisions about C, and the end of the data if a domain event came after the last decision
WITH end_day, domains, c, fampeople, dev,
     [(c)<-[:ABOUT|SAW]-(dd:Event) WHERE dd.type IN ['assessment_complete', 'cp_conference', 'strategy_discussion', 'review_meeting',
        'case_closure', 'decision_no_further_action', 'referral_outcome', 'cp_plan_end', 'cin_plan_end', 'step_down'] | dd] AS decs
WITH end_day, domains, c, fampeople, dev, decs,
     reduce(mx = -999999, x IN dev | CASE WHEN x.e.day_from > mx THEN x.e.day_from ELSE mx END) AS last_dom,
     reduce(mx = -999999, d IN decs | CASE WHEN d.day_from > mx THEN d.day_from ELSE mx END) AS last_dec
UNWIND reduce(acc = [], d IN decs | CASE WHEN d IN [a IN acc | a.d] THEN acc ELSE acc + [{d: d, t0: d.day_from, t1: coalesce(d.day_to, d.day_from)}] END)
       + CASE WHEN size(decs) = 0 OR last_dom > last_dec THEN [{d: null, t0: end_day, t1: end_day}] ELSE [] END AS cp
WITH domains, c, fampeople, dev, cp.d AS dec, cp.t0 AS t0, cp.t1 AS t1
WITH domains, c, fampeople, dec, t0, t1,
     [x IN dev WHERE coalesce(x.e.day_to, x.e.day_from) >= t0 - $W AND x.e.day_from <= t1] AS pres,
     [x IN dev WHERE x.e.day_from >= t1 - $W AND coalesce(x.e.day_to, x.e.day_from) <= t0] AS sure
WITH domains, c, fampeople, dec, t0, t1, pres,
     [dm IN domains WHERE any(x IN pres WHERE dm IN x.ds)] AS present,
     [dm IN domains WHERE any(x IN sure WHERE dm IN x.ds)] AS certain,
     reduce(acc = [], x IN pres | CASE WHEN x.e IN acc THEN acc ELSE acc + [x.e] END) AS pev
WITH domains, c, fampeople, dec, t0, t1, pres, present, certain, pev, size(present) AS m
WHERE m >= $m_min
// who was involved with the family in the window, who decided, and what each knew by the checkpoint
WITH c, dec, t0, t1, pres, present, certain, m,
     [(ia:Agency)-[:RECORDED]->(fe:Event)-[:ABOUT|SAW]->(fp:Person)
      WHERE fp IN fampeople AND coalesce(fe.day_to, fe.day_from) >= t0 - $W AND fe.day_from <= t1 | ia] AS involved0,
     [(dr:Agency)-[:RECORDED|ATTENDED]->(dec) | dr] + [(dw:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(dec) | dw] AS deciders0,
     [(ka:Agency)-[k:KNEW]->(ke:Event)
      WHERE ke IN pev AND k.mode = $mode AND (k.from_day <= t1 OR (k.route IN ['recorded', 'took_part'] AND ke.day_from <= t1))
      | {ag: ka, e: ke, day: k.from_day, route: k.route}] AS kall
WITH c, dec, t0, t1, pres, present, certain, m, kall,
     reduce(acc = [], a IN involved0 | CASE WHEN a IN acc THEN acc ELSE acc + [a] END) AS involved,
     reduce(acc = [], a IN deciders0 | CASE WHEN a IN acc THEN acc ELSE acc + [a] END) AS deciders
WITH c, dec, t0, t1, pres, present, certain, m,
     [a IN involved + [d IN deciders WHERE NOT d IN involved] |
       {ag: a, involved: a IN involved, decider: a IN deciders,
        kn: [y1 IN kall WHERE y1.ag = a],
        known: [dm IN present WHERE any(x IN pres WHERE dm IN x.ds AND any(y2 IN kall WHERE y2.ag = a AND y2.e = x.e))]}] AS rows
WITH c, dec, t0, t1, pres, present, certain, m, rows,
     [dm IN present WHERE any(r IN rows WHERE r.decider AND dm IN r.known)] AS dec_known,
     all(r IN rows WHERE NOT r.involved OR size(r.known) < m) AS nobody,
     [dm IN present | CASE dm WHEN 'domestic_abuse' THEN 'domestic abuse' WHEN 'parental_mental_health' THEN 'parental mental ill-health'
                              WHEN 'parental_substance_misuse' THEN 'parental substance misuse' WHEN 'offending_risk_adult' THEN 'adult offending risk'
                              ELSE 'parental learning disability' END] AS labels
WITH c, dec, t0, t1, pres, present, certain, m, rows, dec_known, labels,
     CASE WHEN nobody THEN ['no_agency_holds_picture'] ELSE [] END
     + CASE WHEN dec IS NOT NULL AND size(dec_known) < m THEN ['decider_partial'] ELSE [] END AS variants,
     dec IS NOT NULL AND (dec.type IN ['case_closure', 'decision_no_further_action', 'cp_plan_end', 'cin_plan_end', 'step_down']
       OR (dec.type IN ['referral_outcome', 'assessment_complete']
           AND (toLower(coalesce(dec.outcome, '')) CONTAINS 'nfa' OR toLower(coalesce(dec.outcome, '')) CONTAINS 'no further action'
                OR toLower(coalesce(dec.outcome, '')) CONTAINS 'information only' OR toLower(coalesce(dec.outcome, '')) CONTAINS 'information_only'))) AS de_escalating,
     c.dob_day IS NOT NULL AND t0 - c.dob_day < 365 AS infant
UNWIND variants AS variant
WITH c, dec, t0, t1, pres, present, certain, m, rows, dec_known, labels, variant, de_escalating, infant,
     reduce(acc = '', s IN labels | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + s) AS label_text,
     [i IN range(0, size(present) - 1) WHERE NOT present[i] IN dec_known | labels[i]] AS unknown_labels
WITH CASE WHEN dec IS NULL THEN c.person_id ELSE dec.event_id END AS anchor, variant, dec, c, t0, t1, pres, present, certain, m, rows,
     dec_known, labels, label_text, unknown_labels,
     CASE WHEN m >= 3 OR infant OR (variant = 'decider_partial' AND de_escalating) THEN 'high' ELSE 'medium' END AS severity,
     CASE WHEN size(certain) >= m THEN 'definite' ELSE 'possible' END AS confidence,
     CASE WHEN dec IS NULL THEN 'the end of the data' ELSE 'the '
       + CASE dec.type WHEN 'assessment_complete' THEN 'completed assessment' WHEN 'cp_conference' THEN 'child protection conference'
                       WHEN 'strategy_discussion' THEN 'strategy discussion' WHEN 'review_meeting' THEN 'review meeting'
                       WHEN 'case_closure' THEN 'case closure' WHEN 'decision_no_further_action' THEN 'decision of no further action'
                       WHEN 'referral_outcome' THEN 'referral decision' WHEN 'cp_plan_end' THEN 'end of the child protection plan'
                       WHEN 'cin_plan_end' THEN 'end of the child in need plan' ELSE 'step-down' END
       + ' on ' + coalesce(dec.date_text, '') END AS at_text,
     reduce(acc = '', s IN unknown_labels | acc + CASE WHEN acc = '' THEN '' ELSE ' or ' END + s) AS unknown_text
WITH anchor, variant, dec, t0, t1, at_text, collect(c) AS kids,
     collect({c: c, m: m, severity: severity, confidence: confidence, label_text: label_text, unknown_text: unknown_text,
              pres: pres, present: present, labels: labels, rows: rows, dec_known: dec_known}) AS per
// children of one decision normally share the picture; if not, report the fullest one
WITH anchor, variant, dec, t0, t1, at_text, kids, per,
     reduce(best = per[0], r IN per | CASE WHEN r.m > best.m THEN r ELSE best END) AS p0
WITH anchor, variant, dec, t0, t1, at_text, kids, p0, p0.m AS m, p0.label_text AS label_text, p0.unknown_text AS unknown_text,
     CASE WHEN any(r IN per WHERE r.severity = 'high') THEN 'high' ELSE 'medium' END AS severity,
     CASE WHEN any(r IN per WHERE r.confidence = 'definite') THEN 'definite' ELSE 'possible' END AS confidence,
     reduce(acc = '', k IN kids | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS names
RETURN anchor, variant, severity, confidence, false AS censored,
       [k IN kids | k.person_id] AS subjects,
       CASE variant
         WHEN 'no_agency_holds_picture' THEN 'At ' + at_text + ' about ' + names + ', ' + toString(m) + ' risk factors were known in the family ('
              + label_text + '), but there is no record that any one agency knew of all of them.'
         ELSE 'At ' + at_text + ' about ' + names + ', ' + toString(m) + ' risk factors were known in the family (' + label_text
              + '), but there is no record that the decision makers knew of ' + unknown_text + '.'
       END AS summary,
       CASE WHEN dec IS NULL THEN [{role: 'context', note: 'checked at the end of the data'}]
            ELSE [{event_id: dec.event_id, role: 'decision',
                   note: CASE WHEN size(p0.dec_known) = 0 THEN 'the decision makers are not recorded as knowing any of the ' + toString(m) + ' risk factors'
                              ELSE 'the decision makers knew of ' + reduce(acc = '', i IN range(0, size(p0.present) - 1) |
                                     acc + CASE WHEN NOT p0.present[i] IN p0.dec_known THEN '' WHEN acc = '' THEN p0.labels[i] ELSE ', ' + p0.labels[i] END) END}] END
       + reduce(acc = [], x IN p0.pres | CASE WHEN x.e.event_id IN [a IN acc | a.event_id] THEN acc ELSE acc
           + [{event_id: x.e.event_id,
               role: CASE WHEN variant = 'decider_partial' AND any(dm IN x.ds WHERE dm IN p0.present AND NOT dm IN p0.dec_known) THEN 'unseen_concern' ELSE 'context' END,
               note: 'shows ' + reduce(s = '', i IN range(0, size(p0.present) - 1) |
                       s + CASE WHEN NOT p0.present[i] IN x.ds THEN '' WHEN s = '' THEN p0.labels[i] ELSE ', ' + p0.labels[i] END)}] END)
       + reduce(acc = [], r IN p0.rows | acc
           + [i IN range(0, size(p0.present) - 1) WHERE p0.present[i] IN r.known |
              {role: 'holder', agency_id: r.ag.agency_id,
               day_from: reduce(mn = 999999999, y IN r.kn | CASE WHEN p0.present[i] IN [x IN p0.pres WHERE x.e = y.e | x.ds][0] AND y.day < mn THEN y.day ELSE mn END),
               note: r.ag.name + ' knew of ' + p0.labels[i]
                     + CASE WHEN r.decider THEN ' (decision maker)' ELSE '' END}]
           + CASE WHEN size(r.known) = 0 AND r.involved THEN [{role: 'holder', agency_id: r.ag.agency_id,
                  note: r.ag.name + ' worked with the family but is not recorded as knowing any of these risk factors'}] ELSE [] END)
       + CASE variant
           WHEN 'decider_partial' THEN [i IN range(0, size(p0.present) - 1) WHERE NOT p0.present[i] IN p0.dec_known |
                {role: 'expected_missing', agency_id: [r IN p0.rows WHERE r.decider | r.ag.agency_id][0], day_from: t0, day_to: t1,
                 note: 'no record that the decision makers knew of ' + p0.labels[i]}]
           ELSE [{role: 'expected_missing', agency_id: null, day_from: t0, day_to: t1,
                  note: 'no record that any one agency knew all ' + toString(m) + ' risk factors'}] END AS evidence
