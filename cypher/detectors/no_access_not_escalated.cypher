// id: no_access_not_escalated
// tier: 1
// version: 1
// title: No access not escalated
// panel: Repeated visits without access to the child were not escalated
// evidence: O08 L322, L521 ("skilful strategies for keeping them at arms length"), L267, L387; O10 L246 ("there was no follow-up"); T16 L2594 (non-engagement "should be seen as carrying potential harm"), L2632, L2628, L4146-L4148
// param K_strict = 2 | visits without access that call for escalation when the child is under 1 or on a child protection plan (product choice)
// param W_strict = 28 | days within which those K_strict visits fall (product choice)
// param K = 3 | visits without access that call for escalation otherwise (product choice)
// param W = 90 | days within which those K visits fall (product choice)
// param N = 7 | days after the visit that completes the count within which an escalation or a sighting of the child is expected (product choice)
// param N_close = 30 | days before a closure or step-down in which 2 or more visits without access make it closed_after_no_access
//
// DETECTORS.md T1-17. Counted: a no-access visit about the child's family (C, household members,
// parents), or a home visit that recorded the child as not seen with an outcome of doorstep,
// refused entry or no answer; not when the outcome says the family was away (on holiday, in
// hospital), nor for a child not yet born (an unborn child cannot be seen). Escalation: an ESCALATION event about C (model ESCALATION_TYPES, or a referral to
// children's social care), a review meeting or core group about C, or any agency seeing C. Counting
// restarts after an escalation, a sighting or an address move (the family may have gone: not a
// finding). A run is the counted events between two such events. Benefit of the doubt: the K
// visits must possibly fall within W days (certainly, for a definite finding); an escalation
// possibly within N days of the K-th counts.
// Variants:
//   not_escalated           K counted visits within W (K_strict within W_strict once the child is
//                           under 1 or a CP plan is open) and no escalation or sighting within N
//                           days of the K-th. One finding per run, listing every visit in it.
//                           Censored when the recorder of the K-th visit (or the case data) has no
//                           records for the N days after it.
//   cross_agency            such a run recorded by 2 or more agencies, none of which knew (KNEW,
//                           current mode) every visit of the run within N days of its last visit
//   closed_after_no_access  a closure or step-down about C within N_close days after 2 or more
//                           counted visits with no sighting of C after them
// The plan_nonengagement variant (missed appointments and family-cancelled visits during a plan)
// is not built: missed appointments are missed_appointments_not_collated (T1-16), and the
// chronology does not mark a visit as cancelled by the family.
// Severity: high for a child under 1, an open CP plan, closed_after_no_access, or a counted visit
// within 7 days after a concern about the family; medium otherwise.
// How it runs: one MATCH reads the family's events of the kinds that count or reset, sorted; runs
// are cut where a reset lies between two counted visits (each stretch of the timeline is looked at
// once); only the findings then read the family's concerns (by the indexed day) and who knew the
// visits. FalkorDB copies every list a WITH projects, so values are bound with UNWIND [value] AS name.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (le:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end, max(coalesce(le.day_to, le.day_from)) AS last_day,
     max(coalesce(le.day_to, le.day_from) - le.day_from) AS maxspan
MATCH (c:Child {case_id: $case_id})
WITH data_end, coalesce(data_end, last_day) AS horizon, maxspan, c,
     [c.person_id] + [(c)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person) WHERE hm <> c | hm.person_id]
       + [(pp:Person)-[:PARENT_OF]->(c) | pp.person_id] AS fam
UNWIND fam AS fid
OPTIONAL MATCH (:Person {case_id: $case_id, person_id: fid})<-[:ABOUT]-(e:Event)<-[:RECORDED]-(ea:Agency)
WHERE e.type IN ['no_access_visit', 'home_visit', 'referral', 'review_meeting', 'core_group', 'address_move',
                 'case_closure', 'step_down', 'cp_plan_start', 'cp_plan_end']
   OR e.type IN $escalation_types OR (e)-[:SAW]->(c)
WITH data_end, horizon, maxspan, c, fam, e, ea, max(CASE WHEN fid = c.person_id THEN 1 ELSE 0 END) = 1 AS about_c
OPTIONAL MATCH (e)-[sw:SAW]->(c)
OPTIONAL MATCH (e)-[:REFERRED_TO]->(rca:Agency)
WHERE e.type = 'referral' AND rca.sector IN $csc_sectors
WITH data_end, horizon, maxspan, c, fam, e, ea, about_c, sw IS NOT NULL AS seen, count(rca) > 0 AS to_csc,
     toLower(coalesce(e.outcome, '')) AS outcome
WITH data_end, horizon, maxspan, c, fam, e, ea, seen, outcome,
     CASE WHEN e IS NULL THEN null
          WHEN NOT seen AND (c.dob_day IS NULL OR c.dob_day <= coalesce(e.day_to, e.day_from))
               AND NOT any(w IN ['family_away', 'family away', 'holiday', 'in hospital'] WHERE outcome CONTAINS w)
               AND (e.type = 'no_access_visit'
                    OR (e.type = 'home_visit' AND coalesce(e.child_seen = false, false)
                        AND any(w IN ['doorstep', 'refused', 'no answer', 'no_answer', 'no reply'] WHERE outcome CONTAINS w)))
            THEN 'count'
          WHEN seen OR e.type = 'address_move'
               OR (about_c AND (e.type IN $escalation_types OR e.type IN ['review_meeting', 'core_group'] OR to_csc))
            THEN 'reset'
          WHEN about_c AND e.type IN ['case_closure', 'step_down', 'cp_plan_start', 'cp_plan_end'] THEN 'mark'
     END AS kind
ORDER BY e.day_from, CASE kind WHEN 'count' THEN 0 ELSE 1 END, e.event_id
WITH data_end, horizon, maxspan, c, fam,
     collect(CASE WHEN kind IS NOT NULL THEN
       {kind: kind, id: e.event_id, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), date: e.date_text, type: e.type,
        seen: seen, outcome: replace(outcome, '_', ' '), ag: ea.agency_id, name: ea.name, to: ea.records_to_day} END) AS tl
UNWIND [coalesce(c.pseudonym, c.person_id)] AS cname
UNWIND [[i IN range(0, size(tl) - 1) WHERE tl[i].kind = 'count']] AS kpos
UNWIND [[m IN tl WHERE m.kind = 'mark' AND m.type IN ['cp_plan_start', 'cp_plan_end']]] AS cps
// runs: a counted visit starts a new run when a reset lies between it and the one before
UNWIND [[j IN range(0, size(kpos) - 1)
         WHERE j = 0 OR any(x IN tl[kpos[j - 1] + 1..kpos[j]] WHERE x.kind = 'reset')]] AS starts
UNWIND [[r IN range(0, size(starts) - 1) |
         [j IN range(starts[r], coalesce(starts[r + 1], size(kpos)) - 1) | tl[kpos[j]]]]] AS runs0
UNWIND [[r IN range(0, size(runs0) - 1) |
         {items: runs0[r],
          next: head([x IN tl[kpos[coalesce(starts[r + 1], size(kpos)) - 1] + 1..coalesce(kpos[starts[r + 1]], size(tl))]
                      WHERE x.kind = 'reset'])}]] AS runs1
// the visit that completes the count: the first whose K (or K_strict) visits possibly fall in W
UNWIND [[q IN runs1 |
         {items: q.items, next: q.next,
          hits: [j IN range(0, size(q.items) - 1)
                 WHERE j >= 1 AND (c.dob_day IS NOT NULL AND q.items[j].d0 - c.dob_day < 365
                                   OR reduce(o = false, p IN cps | CASE WHEN p.d0 <= q.items[j].d0 THEN p.type = 'cp_plan_start' ELSE o END))
                   AND j >= $K_strict - 1 AND q.items[j].d0 - q.items[j - $K_strict + 1].d1 <= $W_strict
                 | {j: j, strict: true, definite: q.items[j].d1 - q.items[j - $K_strict + 1].d0 <= $W_strict}]
                + [j IN range(0, size(q.items) - 1)
                   WHERE j >= $K - 1 AND q.items[j].d0 - q.items[j - $K + 1].d1 <= $W
                   | {j: j, strict: false, definite: q.items[j].d1 - q.items[j - $K + 1].d0 <= $W}]}]] AS runs2
UNWIND [[q IN runs2 WHERE size(q.hits) > 0 |
         {items: q.items, next: q.next, strict: any(h IN q.hits WHERE h.strict), definite: any(h IN q.hits WHERE h.definite),
          kth: q.items[reduce(m = 1000000, h IN q.hits | CASE WHEN h.j < m THEN h.j ELSE m END)]}]] AS runs3
UNWIND [[q IN runs3 WHERE NOT (q.next IS NOT NULL AND (q.next.type = 'address_move' OR q.next.d0 <= q.kth.d1 + $N)) |
         {items: q.items, next: q.next, kth: q.kth, strict: q.strict, definite: q.definite,
          wend: q.kth.d1 + $N, ags: reduce(acc = [], m IN q.items | CASE WHEN m.ag IN acc THEN acc ELSE acc + [m.ag] END),
          names: reduce(acc = [], m IN q.items | CASE WHEN m.name IN acc THEN acc ELSE acc + [m.name] END),
          censored: coalesce(q.kth.to, q.kth.d1 + $N) < q.kth.d1 + $N OR horizon < q.kth.d1 + $N}]] AS fired
// closures and step-downs with 2 or more counted visits in the N_close days before, C not seen since
// (`reach`: for each counted visit, the latest possible day of a sighting listed before it)
UNWIND [reduce(acc = [], j IN range(0, size(kpos) - 1) |
               acc + [reduce(mx = coalesce(last(acc), -1000000000), s IN tl[CASE WHEN j = 0 THEN 0 ELSE kpos[j - 1] END..kpos[j]] |
                             CASE WHEN s.seen AND s.d1 > mx THEN s.d1 ELSE mx END)])] AS reach
UNWIND [[i IN range(0, size(tl) - 1) WHERE tl[i].kind = 'mark' AND tl[i].type IN ['case_closure', 'step_down'] |
         {x: tl[i], items: [j IN [j0 IN range(0, size(kpos) - 1)
                                  WHERE kpos[j0] < i AND tl[kpos[j0]].d1 >= tl[i].d0 - $N_close AND reach[j0] < tl[kpos[j0]].d0]
                            WHERE none(s IN tl[kpos[j] + 1..i] WHERE s.seen) | tl[kpos[j]]]}]] AS closes
WITH maxspan, c, cname, fam,
     [q IN fired | {variant: 'not_escalated', anchor: head(q.items).id, items: q.items, next: q.next, kth: q.kth,
                    strict: q.strict, definite: q.definite, censored: q.censored, wend: q.wend, names: q.names, ags: []}]
     + [q IN fired WHERE size(q.ags) >= 2 |
        {variant: 'cross_agency', anchor: head(q.items).id, items: q.items, next: q.next, kth: q.kth,
         strict: q.strict, definite: q.definite, censored: q.censored, wend: last(q.items).d1 + $N, names: q.names, ags: q.ags}]
     + [q IN closes WHERE size(q.items) >= 2 |
        {variant: 'closed_after_no_access', anchor: q.x.id, items: q.items, next: null, kth: q.x, closure: q.x,
         strict: true, definite: size([k IN q.items WHERE k.d0 >= q.x.d1 - $N_close AND k.d1 <= q.x.d0]) >= 2,
         censored: false, wend: q.x.d1, names: [], ags: []}] AS cands
// ---- per finding: the family's concerns around the visits, and for cross_agency who knew which visit
UNWIND cands AS f
OPTIONAL MATCH (ce:Event {case_id: $case_id})-[:ABOUT]->(cp:Person)
WHERE ce.day_from >= head(f.items).d0 - 7 - maxspan AND ce.day_from <= f.wend
  AND size(coalesce(ce.concerns, [])) > 0 AND cp.person_id IN fam
WITH c, cname, f, collect(DISTINCT {id: ce.event_id, d0: ce.day_from, d1: coalesce(ce.day_to, ce.day_from)}) AS concerns
UNWIND (CASE WHEN f.variant = 'cross_agency' THEN [k IN f.items | k.id] ELSE [null] END) AS vid
OPTIONAL MATCH (ve:Event {case_id: $case_id, event_id: vid})<-[kn:KNEW]-(ka:Agency)
WHERE kn.mode = $mode AND kn.from_day <= f.wend AND ka.agency_id IN f.ags
WITH c, cname, f, concerns, vid, collect(ka.agency_id) AS knowers
WITH c, cname, f, concerns, collect({id: vid, knowers: knowers}) AS known
UNWIND [[h IN concerns WHERE h.id IS NOT NULL AND NOT h.id IN [k IN f.items | k.id]
         AND any(k IN f.items WHERE k.d1 >= h.d0 AND k.d0 - h.d1 <= 7)]] AS before
UNWIND [[a IN f.ags WHERE all(k IN known WHERE a IN k.knowers)]] AS knew_all
WITH c, cname, f, known, before, knew_all,
     [h IN concerns WHERE h.id IS NOT NULL AND NOT h.id IN [k IN f.items | k.id] AND NOT h IN before
        AND h.d0 >= head(f.items).d0 AND h.d0 <= f.wend] AS during,
     reduce(s = '', k IN f.items | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k.date) AS dates
WHERE f.variant <> 'cross_agency' OR size(knew_all) = 0
WITH f.variant AS variant, f.anchor AS anchor,
     collect({kid: c.person_id, cname: cname, f: f,
              rank: CASE WHEN f.strict OR f.variant = 'closed_after_no_access' OR size(before) > 0 THEN 3 ELSE 2 END,
              clause: CASE f.variant
                WHEN 'not_escalated' THEN
                  'there were ' + toString(size(f.items)) + ' visits without access to ¤ (' + dates + ')'
                  + ': there is no record of an escalation, or of anyone seeing ¤, within ' + toString($N)
                  + ' days of the visit of ' + f.kth.date
                  + CASE WHEN f.next IS NULL THEN '' ELSE '; the next was ' + CASE WHEN f.next.seen THEN 'a sighting (' ELSE 'an escalation (' END
                                                          + replace(f.next.type, '_', ' ') + ') on ' + f.next.date + ', '
                                                          + toString(f.next.d0 - f.kth.d1) + ' days after it' END
                WHEN 'cross_agency' THEN
                  'the ' + toString(size(f.items)) + ' visits without access to ¤ (' + dates + ') were recorded by '
                  + reduce(s = '', i IN range(0, size(f.names) - 1)
                           | s + CASE WHEN i = 0 THEN '' WHEN i = size(f.names) - 1 THEN ' and ' ELSE ', ' END + f.names[i])
                  + ', and there is no record that any one of them knew of all of them'
                ELSE
                  'the ' + replace(f.closure.type, '_', ' ') + ' of ¤ on ' + f.closure.date + ' came within '
                  + toString($N_close) + ' days after ' + toString(size(f.items)) + ' visits without access (' + dates
                  + '), with no record of anyone seeing ¤ since'
              END,
              rows: [k IN f.items | {event_id: k.id, role: 'trigger',
                                     note: 'visit without access' + CASE WHEN k.outcome = '' THEN '' ELSE ' (' + k.outcome + ')' END}]
                    + CASE f.variant
                        WHEN 'not_escalated' THEN
                          [{role: 'expected_missing', person_id: c.person_id, agency_id: f.kth.ag, day_from: f.kth.d0, day_to: f.wend,
                            note: 'no record of an escalation (strategy discussion, referral to children' + "'" + 's social care, conference, review, core group) or of ' + cname + ' being seen'}]
                          + [x IN [f.next] WHERE x IS NOT NULL |
                             {event_id: x.id, role: 'late_response',
                              note: CASE WHEN x.seen THEN 'next record of ' + cname + ' being seen' ELSE 'next escalation' END
                                    + ' (' + replace(x.type, '_', ' ') + '), ' + toString(x.d0 - f.kth.d1) + ' days after the visit of ' + f.kth.date}]
                        WHEN 'cross_agency' THEN
                          [a IN f.ags | {role: 'holder', agency_id: a,
                                         note: 'knew ' + toString(size([k IN known WHERE a IN k.knowers])) + ' of the '
                                               + toString(size(f.items)) + ' visits within ' + toString($N) + ' days of the last'}]
                        ELSE [{event_id: f.closure.id, role: 'decision', note: replace(f.closure.type, '_', ' ')
                                                                           + CASE WHEN f.closure.outcome = '' THEN '' ELSE ' (' + f.closure.outcome + ')' END}]
                      END
                    + [h IN before | {event_id: h.id, role: 'context', note: 'concern about the family in the 7 days before a visit without access'}]
                    + [h IN during | {event_id: h.id, role: 'context', note: 'concern about the family recorded in the period'}]}) AS ks
WITH variant, anchor,
     reduce(acc = [], k IN CASE WHEN any(k1 IN ks WHERE NOT k1.f.censored) THEN [k2 IN ks WHERE NOT k2.f.censored] ELSE ks END |
            CASE WHEN k.kid IN [y IN acc | y.kid] THEN acc ELSE acc + [k] END) AS ks
// children with the same story share one clause: "visits without access to Child 1 and Child 2"
UNWIND [reduce(acc = [], k IN ks | CASE WHEN k.clause IN [g IN acc | g.t]
                                        THEN [g IN acc | CASE WHEN g.t = k.clause THEN {t: g.t, n: g.n + [k.cname]} ELSE g END]
                                        ELSE acc + [{t: k.clause, n: [k.cname]}] END)] AS groups
RETURN anchor,
       variant,
       CASE WHEN any(k IN ks WHERE k.rank >= 3) THEN 'high' ELSE 'medium' END AS severity,
       CASE WHEN any(k IN ks WHERE k.f.definite) THEN 'definite' ELSE 'possible' END AS confidence,
       all(k IN ks WHERE k.f.censored) AS censored,
       [k IN ks | k.kid] AS subjects,
       reduce(s = '', g IN [g0 IN groups | replace(g0.t, '¤', reduce(w = '', i IN range(0, size(g0.n) - 1)
                 | w + CASE WHEN i = 0 THEN '' WHEN i = size(g0.n) - 1 THEN ' and ' ELSE ', ' END + g0.n[i]))]
              | s + CASE WHEN s = '' THEN toUpper(left(g, 1)) + substring(g, 1) ELSE '; ' + g END) + '.' AS summary,
       reduce(acc = [], k IN ks | acc + [r IN k.rows WHERE NOT (r.role = 'trigger' AND r.event_id IN [y IN acc | y.event_id])]) AS evidence
