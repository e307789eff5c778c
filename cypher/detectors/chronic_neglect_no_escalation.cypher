// id: chronic_neglect_no_escalation
// tier: 2
// version: 1
// title: Chronic neglect without escalation
// panel: Neglect concerns went on for two years or more across agencies, or family support ran on while they continued, with no child protection plan or legal step
// evidence: O08 L114 (agencies "particularly poor at addressing the impact of chronic neglect"; problems "evident for some years"), L510-L532 (chronic neglect reviews; L525 a family support perspective "can obscure the need to ensure children are properly protected"); O10 L309; T16 L1162-L1164 (neglect apparent through poor growth, attendance, hygiene, food-seeking "but not necessarily identified as indicative of neglect"), L4116 (neglect present in more than 60% of reviews)
// param span_days = 730 | neglect concerns about the child spanning at least this many days (2 years)
// param min_agencies = 2 | agencies that recorded the neglect concerns
// param support_days = 365 | early help or child in need work lasting at least this long while neglect concerns continue
// param support_gap = 90 | days either side of a concern in which an early help or child in need record shows the support still going
// param N_response = 28 | days after the concern that completes the pattern in which a child protection plan or care proceedings still count
// param neglect_concerns = neglect, poor_home_conditions, hunger_or_growth | concern categories read as neglect (T16 L1162-L1164)
//
// DETECTORS.md §4 (Tier 2). Neglect records: events about a child under 18 carrying one of
// neglect_concerns, from any agency. Meetings and plan records ($meeting_types, plan starts and
// ends, care proceedings) discuss concerns rather than raise them and are not counted, nor are
// records before the child's birth (pre-birth concerns belong to prebirth_risk_no_assessment).
// Escalation: cp_plan_start or care_proceedings about the child. The records are cut into runs
// at every cp_plan_start, cp_plan_end and care_proceedings: a record made while a plan is open
// (the latest plan start before it has no end before it) or after care proceedings is not
// counted, and a run starts again after a plan ends.
// Variants (one per run; support_without_escalation only where long_running does not hold):
//   long_running               the first record of the run at which the run's records surely
//                              span span_days (else the first at which they possibly do) and
//                              come from min_agencies agencies,
//   support_without_escalation the first neglect record at least support_days after the first
//                              early help record (an early_help agency's record about the child)
//                              or child in need plan record of the run, while that support was
//                              still going (a support record within support_gap days of it).
// It fires when there is no escalation after the run began and by N_response days after that
// record (benefit of the doubt: possibly by then). Children of one family whose runs complete on
// the same record are one finding (its counts and evidence are the first child's).
// Severity: neglect is a medium-weight concern; low when a child protection conference about the
// child was held in the run (up to N_response days after the anchor) without a plan following
// (a documented decision); high when the child was under 5 at the anchor, a high-weight concern
// about the child was recorded in the run, or the run spans twice span_days; medium otherwise.
// Confidence: long_running is possible when the span holds only on uncertain dates.
// Censored when the window runs past children's social care's records or the case data.
// Evidence is kept short for long histories: the first record of the run, the record completing
// the pattern, each other agency's first record, support records, conferences, the first later
// escalation, and how many of the run's records social care knew of (KNEW, $mode).
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc) AS cscs,
     max(coalesce(csc.records_to_day, 999999999)) AS csc_end,
     [w IN split($neglect_concerns, ',') | trim(w)] AS neg_c
MATCH (ra:Agency)-[:RECORDED]->(e:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE any(q IN coalesce(e.concerns, []) WHERE q IN neg_c)
   OR e.type IN ['cp_plan_start', 'cp_plan_end', 'care_proceedings', 'cp_conference', 'cin_plan_start', 'cin_plan_end']
WITH data_end, cscs, csc_end, neg_c, c, e, min(ra.name) AS by
WHERE c.dob_day IS NULL OR (e.day_from - c.dob_day < 6575 AND coalesce(e.day_to, e.day_from) >= c.dob_day)
WITH data_end, cscs, csc_end, c, e, by,
     any(q IN coalesce(e.concerns, []) WHERE q IN neg_c)
       AND NOT e.type IN ($meeting_types + ['cp_plan_start', 'cp_plan_end', 'cin_plan_start', 'cin_plan_end', 'care_proceedings']) AS is_neglect
// the days social care knew each neglect record (KNEW from each social care agency node: a
// lookup between two known nodes, much cheaper than reading every KNEW edge of the record)
UNWIND CASE WHEN is_neglect AND size(cscs) > 0 THEN cscs ELSE [null] END AS k0
WITH data_end, cscs, csc_end, c, e, by, is_neglect,
     CASE WHEN k0 IS NULL THEN [] ELSE [(k0)-[kc:KNEW]->(e) WHERE kc.mode = $mode | kc.from_day] END AS kd
WITH data_end, cscs, csc_end, c, e, by, is_neglect, collect(kd) AS kds
ORDER BY e.day_from, toInteger(e.seq), e.event_id
WITH data_end, [k IN cscs | k.agency_id] AS csc_ids, csc_end, c,
     collect(CASE WHEN is_neglect THEN {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), by: by,
                                        known: reduce(acc = [], l IN kds | acc + l)} END) AS nevs,
     collect(CASE WHEN e.type IN ['cin_plan_start', 'cin_plan_end'] THEN {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from)} END) AS cins,
     collect(CASE WHEN e.type IN ['cp_plan_start', 'care_proceedings'] THEN {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from)} END) AS escs,
     collect(CASE WHEN e.type = 'cp_plan_end' THEN e.day_from END) AS ends,
     collect(CASE WHEN e.type = 'cp_conference' THEN e END) AS confs
WHERE size(nevs) > 0
WITH data_end, csc_ids, csc_end, c, nevs, escs, ends, confs,
     cins + [(c)<-[:ABOUT|SAW]-(he:Event)<-[:RECORDED]-(ha:Agency)
             WHERE ha.sector = 'early_help' AND coalesce(he.day_to, he.day_from) >= coalesce(c.dob_day, -1000000000)
             | {e: he, d0: he.day_from, d1: coalesce(he.day_to, he.day_from)}] AS sups
// runs: cut at every plan start, plan end and care proceedings (the records being in day order,
// each run is a stretch of the list); records under a plan or after proceedings are left out
WITH data_end, csc_ids, csc_end, c, nevs, sups, escs, confs, ends,
     [s IN escs | s.d0] + ends AS resets,
     [s IN escs WHERE s.e.type = 'cp_plan_start' | s.d0] AS starts,
     [s IN escs WHERE s.e.type = 'care_proceedings' | s.d0] AS legal
WITH data_end, csc_ids, csc_end, c, nevs, sups, escs, confs,
     [x IN nevs | reduce(m = -1000000000, r IN resets | CASE WHEN r <= x.d0 AND r > m THEN r ELSE m END)] AS segof,
     [x IN nevs | any(d IN legal WHERE d <= x.d0)
                  OR reduce(m = -1000000000, d IN starts | CASE WHEN d <= x.d0 AND d > m THEN d ELSE m END)
                     > reduce(m = -1000000000, d IN ends | CASE WHEN d <= x.d0 AND d > m THEN d ELSE m END)] AS out
WITH data_end, csc_ids, csc_end, c, nevs, sups, escs, confs, segof, out,
     reduce(acc = [], i IN range(0, size(nevs) - 1) |
            CASE WHEN out[i] OR segof[i] IN acc THEN acc ELSE acc + [segof[i]] END) AS segs
UNWIND segs AS seg
WITH data_end, csc_ids, csc_end, c, sups, escs, confs, seg,
     [i IN range(0, size(nevs) - 1) WHERE segof[i] = seg AND NOT out[i] | nevs[i]] AS run
// per run: where each agency first appears, and the earliest end day (a later record cannot end
// before an earlier one starts, so the run's minimum serves every record)
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run,
     reduce(acc = [], i IN range(0, size(run) - 1) |
            CASE WHEN run[i].by IN [g IN acc | g.by] THEN acc ELSE acc + [{by: run[i].by, i: i}] END) AS ags,
     reduce(m = 1000000000, x IN run | CASE WHEN x.d1 < m THEN x.d1 ELSE m END) AS min_d1,
     [s IN sups WHERE s.d0 >= seg AND s.d0 <= run[-1].d1] AS sup
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup,
     reduce(m = null, s IN sup | CASE WHEN m IS NULL OR s.d0 < m.d0 THEN s ELSE m END) AS s0,
     CASE WHEN size(ags) >= $min_agencies THEN ags[$min_agencies - 1].i ELSE size(run) END AS from_i,
     [i IN range(0, size(run) - 1) WHERE run[i].d0 - min_d1 >= $span_days] AS certain_i
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup, s0,
     [i IN range(from_i, size(run) - 1) WHERE run[i].d1 - run[0].d0 >= $span_days] AS long_p,
     [i IN certain_i WHERE i >= from_i] AS long_c
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup, s0,
     CASE WHEN size(long_c) > 0 THEN long_c[0] WHEN size(long_p) > 0 THEN long_p[0] END AS long_i,
     size(long_c) > 0 AS long_certain,
     [i IN range(0, size(run) - 1) WHERE s0 IS NOT NULL AND run[i].d0 >= s0.d0 AND run[i].d1 - s0.d0 >= $support_days
        AND any(s IN sup WHERE s.d1 >= run[i].d0 - $support_gap AND s.d0 <= run[i].d1 + $support_gap)] AS sup_i
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup, s0,
     CASE WHEN long_i IS NOT NULL THEN 'long_running' WHEN size(sup_i) > 0 THEN 'support_without_escalation' END AS variant,
     coalesce(long_i, head(sup_i)) AS ai,
     long_i IS NULL OR long_certain AS definite
WHERE variant IS NOT NULL
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup, s0, variant, ai, definite,
     run[ai] AS a, run[ai].d1 + $N_response AS hi
WITH data_end, csc_ids, csc_end, c, escs, confs, seg, run, ags, sup, s0, variant, ai, definite, a, hi,
     size([s IN escs WHERE s.d0 > seg AND s.d0 <= hi]) AS escalated
WHERE escalated = 0
WITH csc_ids, c, escs, seg, variant, a, definite, hi, s0,
     run[0] AS first, run[0..ai + 1] AS upto, [g IN ags WHERE g.i <= ai | g.by] AS ags,
     reduce(m = null, s IN [t IN sup WHERE t.d0 <= a.d1] | CASE WHEN m IS NULL OR s.d0 > m.d0 THEN s ELSE m END) AS s1,
     [f IN confs WHERE f.day_from > seg AND f.day_from <= hi] AS confs,
     (data_end IS NOT NULL AND data_end < hi) OR (csc_end IS NOT NULL AND csc_end < hi) AS censored,
     [(c)<-[:ABOUT|SAW]-(h:Event) WHERE h.day_from > seg AND h.day_from <= a.d1
        AND any(q IN coalesce(h.concerns, []) WHERE q IN $high_concerns) | h.event_id] AS high_ids
WITH csc_ids, c, escs, variant, a, definite, hi, first, upto, ags, s0, s1, confs, censored, high_ids,
     a.d1 - first.d0 AS span,
     reduce(fst = null, s IN [t IN escs WHERE t.d0 > hi] | CASE WHEN fst IS NULL OR s.d0 < fst.d0 THEN s ELSE fst END) AS late,
     size([r IN upto WHERE any(d IN r.known WHERE d <= hi)]) AS known_n,
     CASE WHEN c.dob_day IS NULL THEN null WHEN a.d0 < c.dob_day THEN 0 ELSE toInteger((a.d0 - c.dob_day) / 365.25) END AS age
WITH csc_ids, c, variant, a, definite, hi, first, upto, ags, s0, s1, confs, censored, late, known_n, age,
     CASE WHEN size(confs) > 0 THEN 'low'
          WHEN (age IS NOT NULL AND age < 5) OR size(high_ids) > 0 OR span >= 2 * $span_days THEN 'high'
          ELSE 'medium' END AS severity,
     coalesce(c.pseudonym, c.person_id) + CASE WHEN age IS NULL THEN ' (age not known)' ELSE ' (aged ' + toString(age) + ')' END AS who,
     toString(toInteger(round(span / 30.44))) + ' months' AS span_text
// children of one family whose runs complete on the same record: one finding
WITH csc_ids, a.e.event_id AS anchor, variant,
     collect({c: c, who: who, definite: definite, hi: hi, first: first, upto: upto, ags: ags, s0: s0, s1: s1, confs: confs,
              censored: censored, late: late, known_n: known_n, severity: severity, a: a, span_text: span_text}) AS kids
WITH csc_ids, anchor, variant, kids, kids[0] AS k
RETURN anchor,
       variant,
       CASE WHEN any(x IN kids WHERE x.severity = 'high') THEN 'high'
            WHEN any(x IN kids WHERE x.severity = 'medium') THEN 'medium' ELSE 'low' END AS severity,
       CASE WHEN any(x IN kids WHERE x.definite) THEN 'definite' ELSE 'possible' END AS confidence,
       all(x IN kids WHERE x.censored) AS censored,
       [x IN kids | x.c.person_id] AS subjects,
       CASE variant
         WHEN 'long_running' THEN
           'Neglect concerns about ' + reduce(s = '', x IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.who)
           + ' were recorded ' + toString(size(k.upto)) + ' times by ' + toString(size(k.ags)) + ' agencies over '
           + k.span_text + ' (' + k.first.e.date_text + ' to ' + k.a.e.date_text + ')'
         ELSE
           'Early help or child in need work with ' + reduce(s = '', x IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x.who)
           + ' ran from ' + k.s0.e.date_text + ' while neglect concerns continued (' + toString(size(k.upto))
           + ' neglect record(s), the latest on ' + k.a.e.date_text + ')'
       END
       + ': there is no record of a child protection plan or care proceedings'
       + CASE WHEN size(k.confs) > 0 THEN ' (a child protection conference was held without one).' ELSE '.' END AS summary,
       [{event_id: k.first.e.event_id, role: 'trigger', note: 'first neglect concern of the run, recorded by ' + k.first.by}]
       + CASE WHEN k.a.e <> k.first.e THEN
           [{event_id: k.a.e.event_id, role: 'trigger',
             note: 'neglect concern recorded by ' + k.a.by + ', ' + toString(k.a.d0 - k.first.d0)
                   + ' days after the first (' + toString(size(k.upto)) + ' neglect records by then)'}]
         ELSE [] END
       + [ag IN [b IN k.ags WHERE b <> k.first.by] |
          {event_id: head([r IN k.upto WHERE r.by = ag]).e.event_id, role: 'context',
           note: 'first neglect concern of the run recorded by ' + ag}]
       + [s IN CASE WHEN k.s0.e = k.s1.e THEN [k.s0] ELSE [k.s0, k.s1] END WHERE variant = 'support_without_escalation' |
          {event_id: s.e.event_id, role: 'context',
           note: CASE WHEN s.e = k.s0.e THEN 'first' ELSE 'latest' END + ' early help or child in need record of the run'}]
       + [f IN k.confs | {event_id: f.event_id, role: 'decision', note: 'child protection conference; no plan recorded'}]
       + [{role: 'expected_missing', agency_id: csc_ids[0], day_from: k.first.d0, day_to: k.hi,
           note: 'no record of a child protection plan or care proceedings in this window'}]
       + [l IN [k.late] WHERE l IS NOT NULL |
          {event_id: l.e.event_id, role: 'late_response',
           note: replace(l.e.type, '_', ' ') + ', ' + toString(l.d0 - k.a.d0) + ' days after the record completing the pattern'}]
       + [ag IN csc_ids[0..1] | {role: 'context', agency_id: ag,
           note: "children's social care knew of " + toString(k.known_n) + ' of the ' + toString(size(k.upto))
                 + ' neglect record(s) of the run by the end of the window'}] AS evidence
