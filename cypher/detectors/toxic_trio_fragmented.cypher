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
// How it runs (2,000-event cases): per child, the domain events, each agency's knowledge of each
// domain and each agency's involvement are built once as merged day intervals; every checkpoint is
// then tested against them inside list comprehensions over the child's single row (FalkorDB copies
// list values for every row a WITH passes on, so checkpoints are not turned into rows until they fire).
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ev0:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end0, max(coalesce(ev0.day_to, ev0.day_from)) AS last_day
WITH coalesce(data_end0, last_day) AS end_day,
     ['domestic_abuse', 'parental_mental_health', 'parental_substance_misuse']
     + CASE WHEN $extended_domains = 1 THEN ['offending_risk_adult', 'parental_learning_disability'] ELSE [] END AS domains
OPTIONAL MATCH (ag0:Agency {case_id: $case_id})
WITH end_day, domains, collect(ag0) AS ags
MATCH (c:Child {case_id: $case_id})
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mo:MEMBER_OF]-(ha:Adult)
WITH end_day, domains, ags, c,
     collect(DISTINCT CASE WHEN ha IS NULL THEN null ELSE
       {p: ha,
        f: CASE WHEN coalesce(mc.from_day, -999999) > coalesce(mo.from_day, -999999) THEN coalesce(mc.from_day, -999999) ELSE coalesce(mo.from_day, -999999) END,
        t: CASE WHEN coalesce(mc.to_day, 999999999) < coalesce(mo.to_day, 999999999) THEN coalesce(mc.to_day, 999999999) ELSE coalesce(mo.to_day, 999999999) END} END) AS hh_links,
     size([(c)-[:MEMBER_OF]->(h1:Household) | h1]) > 0 AS has_hh
OPTIONAL MATCH (pa:Adult)-[:PARENT_OF]->(c)
WITH end_day, domains, ags, c, has_hh, hh_links, pa, size([(pa)-[:MEMBER_OF]->(h2:Household) | h2]) AS pa_hh
WITH end_day, domains, ags, c, has_hh, hh_links,
     collect(DISTINCT CASE WHEN pa IS NOT NULL AND (pa_hh = 0 OR NOT has_hh) THEN {p: pa, f: -999999, t: 999999999} END) AS parent_links
WITH end_day, domains, ags, c, has_hh, hh_links, parent_links,
     [(q:Adult)-[pr:PARTNER_OF]-(pp:Person)-[:PARENT_OF]->(c) WHERE q <> pp | {p: q, f: coalesce(pr.from_day, -999999), t: coalesce(pr.to_day, 999999999)}] AS partner_links,
     [(c)-[:SIBLING_OF]-(sb:Person) | sb] AS sibs
WITH end_day, domains, ags, c, sibs,
     hh_links + parent_links + CASE WHEN has_hh THEN [] ELSE partner_links END AS links
WITH end_day, domains, ags, c, sibs, links,
     [c] + sibs + [l IN links | l.p] AS fampeople
// which agencies worked with the family: per agency, the merged day intervals [d0(fe), d1(fe) + W] of
// its records about the family; it was involved at a checkpoint [t0, t1] if one of them meets it
UNWIND ags AS ag
WITH end_day, domains, ags, c, links, fampeople, ag,
     [(ag)-[:RECORDED]->(fe:Event)-[:ABOUT|SAW]->(fp:Person) WHERE fp IN fampeople
      | {a: fe.day_from, b: coalesce(fe.day_to, fe.day_from) + $W}] AS ivs
WITH end_day, domains, ags, c, links, fampeople, ag,
     reduce(acc = [], iv IN ivs |
          CASE WHEN size(acc) > 0 AND iv.a <= acc[size(acc) - 1].b + 1 AND iv.b >= acc[size(acc) - 1].a - 1
               THEN acc[0..size(acc) - 1]
                    + [{a: CASE WHEN iv.a < acc[size(acc) - 1].a THEN iv.a ELSE acc[size(acc) - 1].a END,
                        b: CASE WHEN iv.b > acc[size(acc) - 1].b THEN iv.b ELSE acc[size(acc) - 1].b END}]
               ELSE acc + [iv] END) AS iv
WITH end_day, domains, ags, c, links, fampeople, collect({ag: ag, iv: iv}) AS inv0
WITH end_day, domains, ags, c, links, fampeople,
     [ag IN ags | head([r IN inv0 WHERE r.ag = ag | r.iv])] AS inv
// domain events: a concern event about a family adult while with C, or about C (domestic abuse only)
UNWIND links + [{p: c, f: -999999, t: 999999999, child: true}] AS l
WITH end_day, domains, ags, c, inv, l.p AS who, l.f AS lf, l.t AS lt, coalesce(l.child, false) AS is_child
MATCH (e:Event)-[:ABOUT|SAW]->(who)
WHERE size(coalesce(e.concerns, [])) > 0 AND coalesce(e.day_to, e.day_from) >= lf AND e.day_from <= lt
WITH end_day, domains, ags, c, inv, e,
     [dm IN domains WHERE dm IN e.concerns AND (NOT is_child OR dm = 'domestic_abuse')] AS ds
WITH end_day, domains, ags, c, inv, e, ds
WHERE size(ds) > 0
WITH end_day, domains, ags, c, inv, e, collect(ds) AS dss
WITH end_day, domains, ags, c, inv, e, [dm IN domains WHERE any(d IN dss WHERE dm IN d)] AS ds
// who knew each domain event by when: an agency knows it at a checkpoint [t0, t1] when the event is in the
// window and the agency knew it by t1 (its own records from their first possible day), that is when
// a = max(d0(e), first day known) <= t1 and b = d1(e) + W >= t0
WITH end_day, domains, ags, c, inv, e, ds,
     [(ka:Agency)-[k:KNEW]->(e) WHERE k.mode = $mode
      | {ag: ka, f: k.from_day,
         kd: CASE WHEN k.route IN ['recorded', 'took_part'] AND e.day_from < k.from_day THEN e.day_from ELSE k.from_day END}] AS kn
// one row per event (ka null: the event itself) and per agency that knew it; grouped by agency
UNWIND [null] + kn AS y
WITH end_day, domains, ags, c, inv, y.ag AS ka,
     CASE WHEN y IS NULL THEN {id: e.event_id, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), ds: ds}
          ELSE {ds: ds, f: y.f, a: CASE WHEN y.kd > e.day_from THEN y.kd ELSE e.day_from END,
                b: coalesce(e.day_to, e.day_from) + $W} END AS item
ORDER BY coalesce(item.a, item.d0)
WITH end_day, domains, ags, c, inv, ka, collect(item) AS items
WITH end_day, domains, ags, c, inv, collect({ag: ka, items: items}) AS groups
WITH end_day, domains, ags, c, inv, size(domains) AS nd,
     head([g IN groups WHERE g.ag IS NULL | g.items]) AS dev,
     [ag IN ags | coalesce(head([g IN groups WHERE g.ag = ag | g.items]), [])] AS kag
// per agency j and domain i (at j * nd + i): what the agency knew, and as merged intervals
WITH end_day, domains, ags, c, inv, dev, nd,
     [k IN range(0, size(ags) * nd - 1) | [y IN kag[k / nd] WHERE domains[k % nd] IN y.ds | {a: y.a, b: y.b, f: y.f}]] AS kit
WITH end_day, domains, ags, c, inv, dev, nd, kit,
     [l2 IN kit | [y IN l2 WHERE y.a > y.b] + reduce(acc = [], iv IN [y IN l2 WHERE y.a <= y.b] |
          CASE WHEN size(acc) > 0 AND iv.a <= acc[size(acc) - 1].b + 1 AND iv.b >= acc[size(acc) - 1].a - 1
               THEN acc[0..size(acc) - 1]
                    + [{a: CASE WHEN iv.a < acc[size(acc) - 1].a THEN iv.a ELSE acc[size(acc) - 1].a END,
                        b: CASE WHEN iv.b > acc[size(acc) - 1].b THEN iv.b ELSE acc[size(acc) - 1].b END}]
               ELSE acc + [{a: iv.a, b: iv.b}] END)] AS kiv,
     // a domain is present at [t0, t1] when one of its events meets the window: merged [d0, d1 + W]
     [dm IN domains | reduce(acc = [], iv IN [x IN dev WHERE dm IN x.ds | {a: x.d0, b: x.d1 + $W}] |
          CASE WHEN size(acc) > 0 AND iv.a <= acc[size(acc) - 1].b + 1 AND iv.b >= acc[size(acc) - 1].a - 1
               THEN acc[0..size(acc) - 1]
                    + [{a: CASE WHEN iv.a < acc[size(acc) - 1].a THEN iv.a ELSE acc[size(acc) - 1].a END,
                        b: CASE WHEN iv.b > acc[size(acc) - 1].b THEN iv.b ELSE acc[size(acc) - 1].b END}]
               ELSE acc + [iv] END)] AS piv,
     reduce(mx = -999999, x IN dev | CASE WHEN x.d0 > mx THEN x.d0 ELSE mx END) AS last_dom,
     // decisions about C, and who made each: recorder, attendees, employers of the practitioners who conducted it
     [(dab:Event)-[:ABOUT]->(c) WHERE dab.type IN $decision_types | dab] AS decs_about,
     [(dsw:Event)-[:SAW]->(c) WHERE dsw.type IN $decision_types | dsw] AS decs_saw,
     [(dr:Agency)-[:RECORDED|ATTENDED]->(dd:Event)-[:ABOUT|SAW]->(c) WHERE dd.type IN $decision_types | {d: dd, a: dr}]
     + [(dw:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(dd2:Event)-[:ABOUT|SAW]->(c) WHERE dd2.type IN $decision_types | {d: dd2, a: dw}] AS dpairs
WITH end_day, domains, ags, c, inv, dev, nd, kit, kiv, piv, last_dom,
     decs_about + [d IN decs_saw WHERE NOT d IN decs_about] AS decs,
     [ag IN ags | [p IN dpairs WHERE p.a = ag | p.d]] AS decof
// dm[j * size(decs) + i]: whether agency j took part in decision i
WITH end_day, domains, ags, c, inv, dev, nd, kit, kiv, piv, last_dom, decs,
     reduce(acc = [], dl IN decof | acc + [d IN decs | d IN dl]) AS dm
// checkpoints: decisions about C, and the end of the data if a domain event came after the last decision
WITH domains, ags, c, inv, dev, nd, kit, kiv, dm, size(decs) AS ndec,
     [i IN range(0, size(decs) - 1) | {d: decs[i], i: i, t0: decs[i].day_from, t1: coalesce(decs[i].day_to, decs[i].day_from)}]
     + CASE WHEN size(decs) = 0 OR last_dom > reduce(mx = -999999, d IN decs | CASE WHEN d.day_from > mx THEN d.day_from ELSE mx END)
            THEN [{d: null, i: -1, t0: end_day, t1: end_day}] ELSE [] END AS cps,
     piv
WITH domains, ags, c, inv, dev, nd, kit, kiv, dm, ndec,
     [cp IN cps | {d: cp.d, i: cp.i, t0: cp.t0, t1: cp.t1,
                   pidx: [i IN range(0, size(domains) - 1) WHERE any(iv IN piv[i] WHERE iv.a <= cp.t1 AND iv.b >= cp.t0)]}] AS cps1
// who was involved with the family in the window, who decided, and what each knew by the checkpoint
WITH domains, ags, c, dev, nd, kit, kiv,
     [cp IN cps1 WHERE size(cp.pidx) >= $m_min |
       {d: cp.d, t0: cp.t0, t1: cp.t1, pidx: cp.pidx,
        inv: [j IN range(0, size(ags) - 1) WHERE any(iv IN inv[j] WHERE iv.a <= cp.t1 AND iv.b >= cp.t0)],
        dj: CASE WHEN cp.i < 0 THEN [] ELSE [j IN range(0, size(ags) - 1) WHERE dm[j * ndec + cp.i]] END}] AS cps2
WITH domains, ags, c, dev, nd, kit,
     [cp IN cps2 | {d: cp.d, t0: cp.t0, t1: cp.t1, pidx: cp.pidx, inv: cp.inv, dj: cp.dj,
       rows: [j IN cp.inv + [x IN cp.dj WHERE NOT x IN cp.inv] |
               {j: j, known: [i IN cp.pidx WHERE any(iv IN kiv[j * nd + i] WHERE iv.a <= cp.t1 AND iv.b >= cp.t0)]}]}] AS cps3
WITH domains, ags, c, dev, nd, kit,
     [cp IN cps3 | {d: cp.d, t0: cp.t0, t1: cp.t1, pidx: cp.pidx, inv: cp.inv, dj: cp.dj, rows: cp.rows,
       dec_known: [i IN cp.pidx WHERE any(r IN cp.rows WHERE r.j IN cp.dj AND i IN r.known)],
       nobody: all(r IN cp.rows WHERE NOT r.j IN cp.inv OR size(r.known) < size(cp.pidx))}] AS cps4
// the picture behind each finding: the domain events in the window, and when each agency first knew each domain
WITH domains, ags, c,
     [cp IN cps4 WHERE cp.nobody OR (cp.d IS NOT NULL AND size(cp.dec_known) < size(cp.pidx)) |
       {d: cp.d, t0: cp.t0, t1: cp.t1, pidx: cp.pidx, dec_known: cp.dec_known,
        variants: CASE WHEN cp.nobody THEN ['no_agency_holds_picture'] ELSE [] END
                  + CASE WHEN cp.d IS NOT NULL AND size(cp.dec_known) < size(cp.pidx) THEN ['decider_partial'] ELSE [] END,
        pres: [x IN dev WHERE x.d1 >= cp.t0 - $W AND x.d0 <= cp.t1],
        certain: [i IN cp.pidx WHERE any(x IN dev WHERE domains[i] IN x.ds AND x.d0 >= cp.t1 - $W AND x.d1 <= cp.t0)],
        rows: [r IN cp.rows | {ag: ags[r.j], involved: r.j IN cp.inv, decider: r.j IN cp.dj, known: [i IN r.known | domains[i]],
                hd: [i IN cp.pidx | reduce(mn = 999999999, y IN kit[r.j * nd + i] |
                       CASE WHEN y.a <= cp.t1 AND y.b >= cp.t0 AND y.f < mn THEN y.f ELSE mn END)]}]}] AS fire
UNWIND fire AS cp
UNWIND cp.variants AS variant
WITH c, cp.d AS dec, cp.t0 AS t0, cp.t1 AS t1, cp.pres AS pres, [i IN cp.pidx | domains[i]] AS present,
     cp.certain AS certain, size(cp.pidx) AS m, cp.rows AS rows, [i IN cp.dec_known | domains[i]] AS dec_known, variant
WITH c, dec, t0, t1, pres, present, certain, m, rows, dec_known, variant,
     [dm IN present | CASE dm WHEN 'domestic_abuse' THEN 'domestic abuse' WHEN 'parental_mental_health' THEN 'parental mental ill-health'
                              WHEN 'parental_substance_misuse' THEN 'parental substance misuse' WHEN 'offending_risk_adult' THEN 'adult offending risk'
                              ELSE 'parental learning disability' END] AS labels,
     dec IS NOT NULL AND (dec.type IN $de_escalating_types
       OR (dec.type IN ['referral_outcome', 'assessment_complete']
           AND (toLower(coalesce(dec.outcome, '')) CONTAINS 'nfa' OR toLower(coalesce(dec.outcome, '')) CONTAINS 'no further action'
                OR toLower(coalesce(dec.outcome, '')) CONTAINS 'information only' OR toLower(coalesce(dec.outcome, '')) CONTAINS 'information_only'))) AS de_escalating,
     c.dob_day IS NOT NULL AND t0 - c.dob_day < 365 AS infant
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
// children in a fixed order: the summary lists them, and the first of the fullest pictures is shown
ORDER BY c.person_id
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
       + [x IN p0.pres |
           {event_id: x.id,
            role: CASE WHEN variant = 'decider_partial' AND any(dm IN x.ds WHERE dm IN p0.present AND NOT dm IN p0.dec_known) THEN 'unseen_concern' ELSE 'context' END,
            note: 'shows ' + reduce(s = '', i IN range(0, size(p0.present) - 1) |
                    s + CASE WHEN NOT p0.present[i] IN x.ds THEN '' WHEN s = '' THEN p0.labels[i] ELSE ', ' + p0.labels[i] END)}]
       + reduce(acc = [], r IN p0.rows | acc
           + [i IN range(0, size(p0.present) - 1) WHERE p0.present[i] IN r.known |
              {role: 'holder', agency_id: r.ag.agency_id,
               day_from: r.hd[i],
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
