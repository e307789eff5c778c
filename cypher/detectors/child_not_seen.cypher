// id: child_not_seen
// tier: 1
// version: 1
// title: Child not seen
// panel: Decisions were made, or long periods passed, without anyone seeing the child
// evidence: O08 L330 (failing to see children "possibly the single most significant practice failing"), L331 ("the child was not seen"), L383, L112, L267; O10 L34; T16 L2554 (a baby "not seen again by any agency"), L916, L2461
// param W_decision = 28 | days before a decision (other than a completed assessment) in which the child should have been seen
// param W_assessment = 45 | days before a completed assessment whose start is not recorded in which the child should have been seen
// param G_cp = 42 | longest gap between children's social care sightings during a child protection plan (product choice)
// param G_cin = 90 | longest gap between children's social care sightings during a child in need plan (product choice)
// param G_assessment = 42 | longest gap between children's social care sightings during an assessment (DETECTORS.md gives none: product choice)
// param G_infant = 42 | longest gap between sightings by any agency of a child under 1 with a recent concern (product choice)
// param N_concern = 90 | days before an infant's gap grew too long in which a concern makes it a finding
//
// DETECTORS.md T1-13. Seen: an event with a SAW edge to the child C (the loader draws one for
// every child of a row whose Child seen is yes), or an admission or birth about C. A blank Child
// seen is unknown, never "not seen": contacts about C's family (C, household members, parents)
// that could have seen C and do not say are listed with role 'unrecorded' and counted apart from
// those recorded as not seen (child seen "no", a no-access visit, a missed appointment), in the
// evidence and in the summary. Sightings get the benefit of the doubt: one possibly inside a
// window counts. Decisions and periods on or after a serious incident about C are not judged
// (the review's index event ends the question); unborn children and adults are not judged.
// Variants:
//   decision_unseen     a decision about C (T1-13's list: assessment complete, conference or review, plan
//                       end, closure, NFA, step-down; a referral outcome only when it is NFA or
//                       information only: screening that opens an assessment is not judged, nor
//                       are strategy discussions, which plan the visit) with no sighting in its window:
//                       the assessment period for a completed assessment (its latest start with
//                       no completion in between; W_assessment days when none), else W_decision
//                       days. Two levels: nobody saw C; or only agencies outside the deciding set
//                       (its recorders and attendees; a sighting counts for the agencies that
//                       recorded or attended it) saw C, which lowers the severity one step. One finding per decision (all its children).
//                       Censored when the recorder's records do not cover the window.
//   gap_in_involvement  during a CP plan, CIN plan or assessment about C (to its end, a closure,
//                       or the end of the data), children's social care sightings more than G days
//                       apart, or more than G days from the start. Possible when the gap exceeds G
//                       only if the period began at the early end of an uncertain date. One
//                       finding per period, listing every gap; a gap whose G days run past the
//                       period recorder's records (or the case data) is censored.
//   infant_unseen       a child under 1 not seen by any agency for more than G_infant days
//                       (counted from birth, or from the first record in the case if later), with
//                       a concern about the family possibly in the N_concern days before the gap
//                       exceeded G_infant or during it (possible when none is certainly there).
//                       One finding per child, listing every gap.
// Severity: high for a child under 1, an open CP plan, or a de-escalating decision (model
// DE_ESCALATING_TYPES, or a referral outcome / completed assessment whose outcome is NFA or
// information only); medium otherwise; seen_only_by_others one step lower (DETECTORS.md says
// both "medium" and "low" for it). School attendance is not in the chronology and does not count.
// How it runs: one MATCH reads the child's sightings (with the agencies that recorded or attended
// them, sorted by first possible day) and the decisions and periods about the child (with their
// recorders and attendees). Each decision looks only at its deciders' sightings, grouped by agency;
// gaps are read off the sorted sightings with a running latest day. Only then are the family's
// events inside each candidate's window fetched (by the indexed day) to tell unrecorded contacts
// from recorded non-sightings and to find concerns. FalkorDB evaluates both sides of AND and every
// CASE branch, so a costly test that applies to some items only is written over a list that is
// empty for the others; it copies every list a WITH projects, so long lists are bound with UNWIND.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (le:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end, min(le.day_from) AS first_day, max(coalesce(le.day_to, le.day_from)) AS last_day,
     max(coalesce(le.day_to, le.day_from) - le.day_from) AS maxspan
MATCH (c:Child {case_id: $case_id})
OPTIONAL MATCH (c)<-[r:SAW|ABOUT]-(e:Event)<-[r2:RECORDED|ATTENDED]-(ea:Agency)
WHERE CASE WHEN type(r) = 'SAW' OR e.type IN $decision_types THEN true
           WHEN e.type IN ['admission', 'birth', 'assessment_start', 'cp_plan_start', 'cin_plan_start', 'serious_incident']
             THEN type(r2) = 'RECORDED'
           ELSE false END
WITH data_end, first_day, last_day, maxspan, c, e, type(r) = 'SAW' OR e.type IN ['admission', 'birth'] AS sighting,
     collect(CASE WHEN type(r2) = 'RECORDED' THEN ea END) AS recs, collect(DISTINCT ea) AS ags
ORDER BY CASE WHEN sighting THEN e.day_from ELSE coalesce(e.day_to, e.day_from) END, e.event_id
WITH data_end, first_day, last_day, maxspan, c,
     collect(CASE WHEN e IS NOT NULL THEN
       {sighting: sighting, id: e.event_id, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), date: e.date_text, type: e.type,
        outcome: toLower(coalesce(e.outcome, '')), rec: head(recs), ags: [a IN ags | a.agency_id], names: [a IN ags | a.name],
        csc: any(a IN ags WHERE a.sector IN $csc_sectors)} END) AS tl
WITH data_end, first_day, maxspan, c, tl, coalesce(c.pseudonym, c.person_id) AS cname, c.dob_day AS dob,
     [t IN tl WHERE t.sighting] AS seen, [t IN tl WHERE NOT t.sighting] AS marks, coalesce(data_end, last_day) AS end_day,
     [c.person_id] + [(c)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person) WHERE hm <> c | hm.person_id]
       + [(pp:Person)-[:PARENT_OF]->(c) | pp.person_id] AS fam
UNWIND [reduce(i = 1000000000, m IN marks | CASE WHEN m.type = 'serious_incident' AND m.d0 < i THEN m.d0 ELSE i END)] AS incident
UNWIND [CASE WHEN incident < end_day THEN incident ELSE end_day END] AS horizon
// ---- decision_unseen. The deciding set of a decision is its recorders and attendees. Sightings
// are grouped by agency, so that each decision looks only at its deciders' sightings.
UNWIND [[m IN marks WHERE m.type = 'assessment_start']] AS astarts
UNWIND [[m IN marks WHERE m.type = 'assessment_complete']] AS acomps
UNWIND [[a IN reduce(acc = [], s IN seen | acc + [y IN s.ags WHERE NOT y IN acc]) |
         {ag: a, s: [m IN seen WHERE a IN m.ags]}]] AS by_ag
UNWIND [[d IN marks WHERE (d.type IN ['assessment_complete', 'cp_conference', 'review_meeting', 'cp_plan_end', 'cin_plan_end', 'case_closure',
                                        'decision_no_further_action', 'step_down']
                           OR (d.type = 'referral_outcome'
                               AND any(w IN ['nfa', 'no further action', 'information only', 'information_only'] WHERE d.outcome CONTAINS w)))
                      AND d.d0 < incident AND (dob IS NULL OR (dob <= d.d0 AND d.d0 - dob < 6575)) |
         {dm: d, deciders: d.ags,
          st: reduce(st = null, m IN [a IN astarts WHERE d.type = 'assessment_complete' AND a.d0 <= d.d0] |
                     CASE WHEN st IS NULL OR m.d0 >= st.d0 THEN m ELSE st END)}]] AS ds1
UNWIND [[x IN ds1 |
         {dm: x.dm, deciders: x.deciders,
          start: head([st IN [y IN [x.st] WHERE y IS NOT NULL]
                       WHERE none(m IN acomps WHERE m.id <> x.dm.id AND m.d0 > st.d0 AND m.d0 <= x.dm.d0)])}]] AS ds2
UNWIND [[x IN ds2 |
         {dm: x.dm, deciders: x.deciders, start: x.start,
          ws: CASE WHEN x.dm.type <> 'assessment_complete' THEN x.dm.d0 - $W_decision
                   WHEN x.start IS NULL THEN x.dm.d0 - $W_assessment ELSE x.start.d0 END}]] AS ds3
UNWIND [[x IN ds3 WHERE none(q IN [q0 IN by_ag WHERE q0.ag IN x.deciders]
                             WHERE any(m IN q.s WHERE m.d1 >= x.ws AND m.d0 <= x.dm.d1))]] AS ds4
UNWIND [[x IN ds4 |
         {dm: x.dm, start: x.start, ws: x.ws,
          names: x.dm.names,
          seen_in: [m IN seen WHERE m.d1 >= x.ws AND m.d0 <= x.dm.d1],
          before: reduce(l = null, m IN seen | CASE WHEN m.d1 < x.ws AND (l IS NULL OR m.d1 > l.d1) THEN m ELSE l END),
          after: head([m IN seen WHERE m.d0 > x.dm.d1]),
          why: CASE WHEN dob IS NOT NULL AND x.dm.d0 - dob < 365 THEN ', about a child under 1'
                           WHEN reduce(mx = -1000000000, m IN marks | CASE WHEN m.type = 'cp_plan_start' AND m.d0 < x.dm.d0 AND m.d0 > mx THEN m.d0 ELSE mx END)
                              > reduce(mx = -1000000000, m IN marks | CASE WHEN m.type = 'cp_plan_end' AND m.d0 < x.dm.d0 AND m.d0 > mx THEN m.d0 ELSE mx END)
                             THEN ', during a child protection plan'
                           WHEN x.dm.type IN $de_escalating_types
                             OR (x.dm.type IN ['referral_outcome', 'assessment_complete']
                                 AND any(w IN ['nfa', 'no further action', 'information only', 'information_only'] WHERE x.dm.outcome CONTAINS w))
                             THEN ', a de-escalating decision'
                           ELSE '' END}]] AS ds
UNWIND [[x IN ds |
      {variant: 'decision_unseen', anchor: x.dm.id, lo: x.ws, hi: x.dm.d1, a: x.ws, b: x.dm.d1,
       rank: CASE WHEN x.why <> '' THEN 3 ELSE 2 END - CASE WHEN size(x.seen_in) > 0 THEN 1 ELSE 0 END,
       definite: true,
       censored: coalesce(x.dm.rec.records_from_day, x.ws) > x.ws
                 OR coalesce(x.dm.rec.records_to_day, x.dm.d1) < x.dm.d1 OR coalesce(data_end, x.dm.d1) < x.dm.d1,
       lead: CASE WHEN size(x.seen_in) = 0 THEN 'there is no record that anyone saw ' + cname
                  ELSE 'there is no record that the agencies making the decision saw ' + cname END
             + CASE WHEN x.dm.type <> 'assessment_complete'
                    THEN ' in the ' + toString($W_decision) + ' days before the ' + replace(x.dm.type, '_', ' ') + ' of ' + x.dm.date
                    WHEN x.start IS NULL THEN ' in the ' + toString($W_assessment) + ' days before the assessment completed on ' + x.dm.date
                    ELSE ' during the assessment from ' + x.start.date + ' to its completion on ' + x.dm.date END
             + CASE WHEN size(x.seen_in) = 0 THEN ''
                    ELSE ': only ' + reduce(s = '', n IN reduce(acc = [], m IN x.seen_in | acc + [y IN m.names WHERE NOT y IN acc]) |
                                            s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) + ' did' END,
       part: '',
       seen_note: cname + ' seen by an agency that took no part in the decision',
       head: [{event_id: x.dm.id, role: 'trigger', note: 'decision: ' + replace(x.dm.type, '_', ' ') + x.why}]
             + [st IN [x.start] WHERE st IS NOT NULL | {event_id: st.id, role: 'context', note: 'the assessment started'}],
       rows: [{role: 'expected_missing', person_id: c.person_id, agency_id: x.dm.rec.agency_id, day_from: x.ws, day_to: x.dm.d1,
               note: CASE WHEN size(x.seen_in) = 0 THEN 'no record that any agency saw ' + cname
                          ELSE 'no record that ' + reduce(s = '', n IN x.names | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n) + ' saw ' + cname END}]
             + [m IN [x.before] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'last record of ' + cname + ' being seen before the window'}]
             + [m IN [x.after] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'next record of ' + cname + ' being seen, ' + toString(m.d0 - x.dm.d1) + ' days after the decision'}],
       listed: [x.dm.id] + [m IN [x.start, x.before, x.after] WHERE m IS NOT NULL | m.id]}]] AS dcands
// ---- gap_in_involvement: children's social care sightings too far apart during a plan or an
// assessment, read off the sorted sightings with a running latest day (`mx`; `mx_def` counts from
// the last possible day the period began, for confidence)
UNWIND [[ps IN marks WHERE ps.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start'] AND ps.d0 < horizon
           AND (dob IS NULL OR dob <= ps.d0) |
         {ps: ps, g: CASE ps.type WHEN 'cp_plan_start' THEN $G_cp WHEN 'cin_plan_start' THEN $G_cin ELSE $G_assessment END,
          what: CASE ps.type WHEN 'cp_plan_start' THEN 'a child protection plan'
                             WHEN 'cin_plan_start' THEN 'a child in need plan' ELSE 'an assessment' END,
          pend: head([m IN marks WHERE m.id <> ps.id AND m.d0 >= ps.d0
                       AND m.type IN CASE ps.type WHEN 'cp_plan_start' THEN ['cp_plan_end', 'case_closure']
                                                  WHEN 'cin_plan_start' THEN ['cin_plan_end', 'cp_plan_start', 'case_closure']
                                                  ELSE ['assessment_complete', 'case_closure', 'decision_no_further_action'] END])}]] AS periods0
UNWIND [[p IN periods0 | {ps: p.ps, g: p.g, what: p.what, pend: p.pend,
                          pe0: CASE WHEN p.pend IS NULL OR p.pend.d0 > horizon THEN horizon ELSE p.pend.d0 END,
                          pe1: CASE WHEN p.pend IS NULL OR p.pend.d1 > horizon THEN horizon ELSE p.pend.d1 END}]] AS periods
UNWIND [[p IN periods | {p: p, run: reduce(acc = {mx: p.ps.d0, mx_def: p.ps.d1, from: null, gaps: []},
                                           m IN [s IN seen WHERE s.csc AND s.d1 >= p.ps.d0 AND s.d0 <= p.pe1] |
           {mx: CASE WHEN m.d1 > acc.mx THEN m.d1 ELSE acc.mx END, mx_def: CASE WHEN m.d1 > acc.mx_def THEN m.d1 ELSE acc.mx_def END,
            from: CASE WHEN m.d1 >= acc.mx THEN m ELSE acc.from END,
            gaps: acc.gaps + [x IN [{a: acc.mx, from: acc.from, next: m, b: m.d0, definite: m.d0 - acc.mx_def > p.g}] WHERE x.b - x.a > p.g]})}]] AS runs
UNWIND [reduce(acc = [], q IN runs | acc
          + [x IN q.run.gaps + [{a: q.run.mx, from: q.run.from, next: null, b: q.p.pe1, definite: q.p.pe0 - q.run.mx_def > q.p.g}]
             WHERE x.b - x.a > q.p.g | {p: q.p, a: x.a, b: x.b, from: x.from, next: x.next, definite: x.definite}])] AS gaps
UNWIND [[sp IN gaps |
      {variant: 'gap_in_involvement', anchor: sp.p.ps.id, lo: sp.a + 1, hi: sp.b - 1, a: sp.a + 1, b: sp.b - 1,
       rank: CASE WHEN sp.p.ps.type = 'cp_plan_start' OR (dob IS NOT NULL AND sp.p.ps.d0 - dob < 365) THEN 3 ELSE 2 END,
       definite: sp.definite,
       censored: coalesce(sp.p.ps.rec.records_to_day, sp.a + sp.p.g) < sp.a + sp.p.g OR coalesce(data_end, sp.a + sp.p.g) < sp.a + sp.p.g,
       lead: 'during ' + sp.p.what + ' from ' + sp.p.ps.date + ', there is no record that children' + "'" + 's social care saw ' + cname + ' for ',
       part: toString(sp.b - sp.a) + ' days' + CASE WHEN sp.from IS NULL THEN ' from its start' ELSE ' after ' + sp.from.date END,
       tail: ' (longest gap allowed: ' + toString(sp.p.g) + ' days)',
       seen_note: cname + ' seen by another agency during the gap',
       head: [{event_id: sp.p.ps.id, role: 'trigger', note: 'start of ' + sp.p.what}]
             + [m IN [sp.p.pend] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'end of ' + sp.p.what}],
       rows: [{role: 'expected_missing', person_id: c.person_id, agency_id: sp.p.ps.rec.agency_id, day_from: sp.a, day_to: sp.b,
               note: 'no record that children' + "'" + 's social care saw ' + cname + ' for ' + toString(sp.b - sp.a) + ' days'}]
             + [m IN [sp.from] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'last record of children' + "'" + 's social care seeing ' + cname + ' before the gap'}]
             + [m IN [sp.next] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'next record of children' + "'" + 's social care seeing ' + cname + ', ' + toString(m.d0 - sp.a) + ' days later'}],
       listed: [sp.p.ps.id] + [m IN [sp.p.pend, sp.from, sp.next] WHERE m IS NOT NULL | m.id]}]] AS gcands
// ---- infant_unseen: gaps between sightings by any agency from birth (or the first record) to 1 year
UNWIND [[a0 IN [CASE WHEN dob < first_day THEN first_day ELSE dob END] WHERE dob IS NOT NULL AND dob <= horizon |
         reduce(acc = {mx: a0, from: null, gaps: []}, m IN [s IN seen WHERE s.d1 >= dob] |
           {mx: CASE WHEN m.d1 > acc.mx THEN m.d1 ELSE acc.mx END, from: CASE WHEN m.d1 >= acc.mx THEN m ELSE acc.from END,
            gaps: acc.gaps + [x IN [{a: acc.mx, from: acc.from, next: m, b: m.d0}] WHERE x.b - x.a > $G_infant]})]] AS iruns
UNWIND [reduce(acc = [], q IN iruns | acc + [x IN q.gaps + [{a: q.mx, from: q.from, next: null, b: horizon}]
                                           WHERE x.b - x.a > $G_infant AND x.a + $G_infant < dob + 365])] AS igaps
WITH maxspan, c, cname, fam, dcands + gcands + [sp IN igaps |
      {variant: 'infant_unseen', anchor: c.person_id, lo: sp.a + $G_infant - $N_concern, hi: sp.b, a: sp.a + 1, b: sp.b - 1,
       rank: 3, censored: false,
       lead: 'there is no record that any agency saw ' + cname + ', a baby under 1 with concerns recorded about the family, for ',
       part: toString(sp.b - sp.a) + ' days' + CASE WHEN sp.from IS NULL THEN ' from birth (or the start of the records)' ELSE ' after ' + sp.from.date END,
       tail: ' (longest gap allowed: ' + toString($G_infant) + ' days)',
       seen_note: '',
       head: [],
       rows: [{role: 'expected_missing', person_id: c.person_id, day_from: sp.a, day_to: sp.b,
               note: 'no record that any agency saw ' + cname + ' for ' + toString(sp.b - sp.a) + ' days, from '
                     + CASE WHEN sp.a - dob < 14 THEN toString(sp.a - dob) + ' days' ELSE toString((sp.a - dob) / 7) + ' weeks' END + ' old'}]
             + [m IN [sp.from] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'last record of ' + cname + ' being seen before the gap'}]
             + [m IN [sp.next] WHERE m IS NOT NULL | {event_id: m.id, role: 'context', note: 'next record of ' + cname + ' being seen, ' + toString(m.d0 - sp.a) + ' days later'}],
       listed: [m IN [sp.from, sp.next] WHERE m IS NOT NULL | m.id]}] AS cands
// ---- the family's events inside each candidate's window: unrecorded, not seen, seen by others, concerns
UNWIND cands AS f
OPTIONAL MATCH (x:Event {case_id: $case_id})-[:ABOUT]->(fp:Person)
WHERE x.day_from >= f.lo - maxspan AND x.day_from <= f.hi AND coalesce(x.day_to, x.day_from) >= f.lo
  AND fp.person_id IN fam AND NOT x.event_id IN f.listed
WITH DISTINCT c, cname, f, x
OPTIONAL MATCH (x)-[sx:SAW]->(c)
WITH c, cname, f, x,
     sx IS NOT NULL OR size([(x)-[:ABOUT]->(c) WHERE x.type IN ['admission', 'birth'] | 1]) > 0 AS seen,
     x.type IN ['home_visit', 'appointment', 's47_enquiry', 'police_callout', 'domestic_incident',
                'ae_attendance', 'injury_presentation', 'cp_medical'] AS contact
ORDER BY x.day_from, x.event_id
WITH c, cname, f,
     collect(CASE WHEN x IS NOT NULL THEN
       {id: x.event_id, d0: x.day_from, d1: coalesce(x.day_to, x.day_from), seen: seen,
        inside: coalesce(x.day_to, x.day_from) >= f.a AND x.day_from <= f.b,
        unrec: NOT seen AND contact AND x.child_seen IS NULL,
        notseen: NOT seen AND (x.type IN ['no_access_visit', 'missed_appointment'] OR (contact AND coalesce(x.child_seen = false, false))),
        concern: size(coalesce(x.concerns, [])) > 0} END) AS xs
WITH c, cname, f, xs,
     [m IN xs WHERE m.concern AND m.d0 >= f.lo AND m.d1 <= f.hi] AS certain_concerns,
     size([m IN xs WHERE m.inside AND m.unrec]) AS unrec,
     size([m IN xs WHERE m.inside AND m.notseen]) AS notseen
WHERE f.variant <> 'infant_unseen' OR any(m IN xs WHERE m.concern)
WITH c, cname, f, unrec, notseen,
     CASE WHEN f.variant = 'infant_unseen' THEN size(certain_concerns) > 0 ELSE f.definite END AS definite,
     f.rows + [m IN xs WHERE (m.inside AND (m.seen OR m.unrec OR m.notseen)) OR m.concern |
       {event_id: m.id,
        role: CASE WHEN f.variant = 'infant_unseen' AND m.concern THEN 'trigger' WHEN m.unrec THEN 'unrecorded' ELSE 'context' END,
        note: CASE WHEN f.variant = 'infant_unseen' AND m.concern THEN 'concern about the family'
                   WHEN m.concern AND NOT (m.seen OR m.unrec OR m.notseen) THEN 'concern recorded ' + CASE WHEN f.variant = 'decision_unseen' THEN 'in the window' ELSE 'during the gap' END
                   ELSE '' END
              + CASE WHEN NOT m.inside OR NOT (m.seen OR m.unrec OR m.notseen) THEN ''
                     ELSE CASE WHEN f.variant = 'infant_unseen' AND m.concern THEN '; ' ELSE '' END
                          + CASE WHEN m.seen THEN f.seen_note WHEN m.unrec THEN 'no record whether ' + cname + ' was seen'
                                 ELSE 'recorded that ' + cname + ' was not seen' END
                          + CASE WHEN m.concern AND f.variant <> 'infant_unseen' THEN '; a concern was recorded' ELSE '' END END}] AS rows
// one clause per child (a period's gaps together), then one finding per anchor
WITH f.variant AS variant, f.anchor AS anchor, c.person_id AS kid, cname,
     collect({f: f, definite: definite, rows: rows, unrec: unrec, notseen: notseen}) AS gs
WITH variant, anchor, kid, cname,
     reduce(acc = [], g IN CASE WHEN any(g1 IN gs WHERE NOT g1.f.censored) THEN [g2 IN gs WHERE NOT g2.f.censored] ELSE gs END |
            CASE WHEN g.f.a IN [y IN acc | y.f.a] THEN acc ELSE acc + [g] END) AS gs
WITH variant, anchor, kid, gs, head(gs).f AS f,
     reduce(n = 0, g IN gs | n + g.unrec) AS unrec, reduce(n = 0, g IN gs | n + g.notseen) AS notseen, cname
WITH variant, anchor,
     {kid: kid, head: f.head, censored: f.censored,
      rank: reduce(r = 0, g IN gs | CASE WHEN g.f.rank > r THEN g.f.rank ELSE r END),
      definite: any(g IN gs WHERE g.definite),
      clause: f.lead + reduce(s = '', g IN gs | s + CASE WHEN s = '' THEN '' ELSE ', ' END + g.f.part) + coalesce(f.tail, '')
              + CASE WHEN unrec = 0 THEN '' WHEN unrec = 1 THEN '; 1 contact in that time does not record whether ' + cname + ' was seen'
                     ELSE '; ' + toString(unrec) + ' contacts in that time do not record whether ' + cname + ' was seen' END
              + CASE WHEN notseen = 0 THEN '' WHEN notseen = 1 THEN '; 1 contact recorded that ' + cname + ' was not seen'
                     ELSE '; ' + toString(notseen) + ' contacts recorded that ' + cname + ' was not seen' END,
      rows: reduce(acc = [], g IN gs | acc + g.rows)} AS k
WITH variant, anchor, collect(k) AS ks
WITH variant, anchor, CASE WHEN any(k IN ks WHERE NOT k.censored) THEN [k IN ks WHERE NOT k.censored] ELSE ks END AS ks
WITH variant, anchor, ks, reduce(r = 0, k IN ks | CASE WHEN k.rank > r THEN k.rank ELSE r END) AS rank
RETURN anchor,
       variant,
       CASE WHEN rank >= 3 THEN 'high' WHEN rank = 2 THEN 'medium' ELSE 'low' END AS severity,
       CASE WHEN any(k IN ks WHERE k.definite) THEN 'definite' ELSE 'possible' END AS confidence,
       all(k IN ks WHERE k.censored) AS censored,
       [k IN ks | k.kid] AS subjects,
       reduce(s = '', k IN ks | s + CASE WHEN s = '' THEN toUpper(left(k.clause, 1)) + substring(k.clause, 1) ELSE '; ' + k.clause END) + '.' AS summary,
       head(ks).head + reduce(acc = [], k IN ks | acc + k.rows) AS evidence
