// id: child_not_seen_alone_or_heard
// tier: 1
// version: 1
// title: Child not seen alone or heard
// panel: A child old enough to talk was never seen alone, and their views were not recorded
// evidence: O08 L331 ("no record of when, or if, the child was ever seen alone"; "no account was taken of their wishes and feelings"), L492, L335; O10 L34 ("voice was not sufficiently heard"), L272; T16 L340 ("seen individually, speak freely, and be listened to"), L2414, L2444, L3101
// param A_min = 4 | youngest age in years at which a child is expected to be seen alone and heard (product choice)
// param W = 90 | days before a decision (other than a completed assessment with a recorded start) that are looked at (product choice)
// param W_plan = 90 | a child protection or child in need plan lasting longer than this many days is also checked as a whole (product choice)
// param A_adolescent = 12 | age in years from which a child not seen at all during an assessment is adolescent_excluded (O08 L492)
// param A_high = 8 | age in years from which serious household concerns make a finding high
//
// DETECTORS.md T1-14. Windows about a child C old enough (A_min at the decision, or during the
// plan): each decision (model DECISION_TYPES, which include review meetings) about C, over the
// assessment period for a completed assessment (its latest start with no completion in between),
// else the W days before it; and each CP or CIN plan about C longer than W_plan, over the whole
// plan (to its end, a closure, or the end of the data). Seen alone: Seen alone "yes" on an event
// that saw C (the loader also reads explicit words such as "spoke to her alone"); heard: an event
// about C whose Views recorded is "yes". Any agency counts. Blank is unknown, never "no": seen
// events that do not say whether C was alone (or heard) are listed with role 'unrecorded' and
// counted apart from those that say "no", in the evidence and the summary.
// Variants:
//   never_seen_alone     no seen-alone event in the window (not reported when adolescent_excluded
//                        is, which says more)
//   views_not_recorded   no event recording C's views in the window; only when the chronology
//                        records views at all (some event has Views recorded filled in, or words
//                        the loader reads), since otherwise silence says nothing
//   adolescent_excluded  C is at least A_adolescent and was not seen at all during the assessment
//                        whose completion is the decision
// Severity: high for adolescent_excluded, or when C is at least A_high and an event about the
// household in the window (or the W days before it) has a sexual abuse, physical injury or
// domestic abuse concern; medium otherwise. Confidence: possible when C's age is unknown (the
// finding says so) or reaches A_min only at the late end of an uncertain date, or only by a plan's end.
// Censored when the recorder's records do not cover the window (or the case data ends first).
// Unborn children, adults and decisions on or after a serious incident about C are not judged.
// How it runs: per child, its sightings (with the adults each was about), recorded views,
// decisions, plans and household concerns are read once and every window is judged, and its
// evidence built, from those lists; only adolescent_excluded windows are read again from the
// graph (by the indexed day), for the contacts that did or did not see C.
// FalkorDB copies every list a WITH projects, so values are bound with UNWIND [value] AS name.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (le:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end, max(coalesce(le.day_to, le.day_from)) AS last_day,
     max(coalesce(le.day_to, le.day_from) - le.day_from) AS maxspan, count(le.child_views) > 0 AS views_kept
MATCH (c:Child {case_id: $case_id})
OPTIONAL MATCH (c)<-[:SAW]-(s:Event)
OPTIONAL MATCH (s)-[:ABOUT]->(ad:Adult)
WITH data_end, last_day, maxspan, views_kept, c, s, collect(coalesce(ad.pseudonym, ad.person_id)) AS adults
ORDER BY s.day_from, s.event_id
WITH data_end, last_day, maxspan, views_kept, c,
     collect(CASE WHEN s IS NOT NULL THEN
       {id: s.event_id, d0: s.day_from, d1: coalesce(s.day_to, s.day_from), saw: true, alone: s.seen_alone, views: s.child_views,
        with: CASE WHEN size(adults) = 0 THEN '' ELSE ', with ' + reduce(t = '', a IN adults | t + CASE WHEN t = '' THEN '' ELSE ', ' END + a) END}
       END) AS seen
WITH data_end, maxspan, views_kept, c, seen, coalesce(c.pseudonym, c.person_id) AS cname, c.dob_day AS dob,
     coalesce(data_end, last_day) AS end_day,
     [(c)<-[:ABOUT]-(v:Event) WHERE v.child_views IS NOT NULL
      | {id: v.event_id, d0: v.day_from, d1: coalesce(v.day_to, v.day_from), saw: false, views: v.child_views}] AS told0,
     [(c)<-[:ABOUT]-(x:Event)<-[:RECORDED]-(xa:Agency)
      WHERE x.type IN $decision_types OR x.type IN ['assessment_start', 'cp_plan_start', 'cin_plan_start', 'serious_incident'] |
      {id: x.event_id, d0: x.day_from, d1: coalesce(x.day_to, x.day_from), date: x.date_text, type: x.type, rec: xa}] AS marks,
     [(c)<-[:ABOUT]-(h1:Event) WHERE any(q IN coalesce(h1.concerns, []) WHERE q IN ['sexual_abuse', 'physical_injury', 'domestic_abuse'])
      | {id: h1.event_id, d0: h1.day_from, d1: coalesce(h1.day_to, h1.day_from)}]
     + [(c)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(:Person)<-[:ABOUT]-(h2:Event)
        WHERE any(q IN coalesce(h2.concerns, []) WHERE q IN ['sexual_abuse', 'physical_injury', 'domestic_abuse'])
        | {id: h2.event_id, d0: h2.day_from, d1: coalesce(h2.day_to, h2.day_from)}]
     + [(c)<-[:PARENT_OF]-(:Person)<-[:ABOUT]-(h3:Event)
        WHERE any(q IN coalesce(h3.concerns, []) WHERE q IN ['sexual_abuse', 'physical_injury', 'domestic_abuse'])
        | {id: h3.event_id, d0: h3.day_from, d1: coalesce(h3.day_to, h3.day_from)}] AS serious
UNWIND [[t IN told0 WHERE NOT t.id IN [m IN seen | m.id]]] AS told
UNWIND [reduce(i = 1000000000, m IN marks | CASE WHEN m.type = 'serious_incident' AND m.d0 < i THEN m.d0 ELSE i END)] AS incident
UNWIND [CASE WHEN incident < end_day THEN incident ELSE end_day END] AS horizon
UNWIND [toInteger($A_min * 365.25)] AS a_min
UNWIND [[m IN marks WHERE m.type = 'assessment_start']] AS astarts
UNWIND [[m IN marks WHERE m.type = 'assessment_complete']] AS acomps
// the windows: decisions, then plans longer than W_plan; `from` and `to` are the days C's age is judged on
UNWIND [[d IN marks WHERE d.type IN $decision_types AND d.d0 < incident |
         {w: d, from: d.d0,
          st: reduce(st = null, m IN [a IN astarts WHERE d.type = 'assessment_complete' AND a.d0 <= d.d0] |
                     CASE WHEN st IS NULL OR m.d0 >= st.d0 THEN m ELSE st END)}]] AS ds1
UNWIND [[x IN ds1 |
         {w: x.w, from: x.from, plan: false, hi: x.w.d1,
          start: head([st IN [y IN [x.st] WHERE y IS NOT NULL]
                       WHERE none(m IN acomps WHERE m.id <> x.w.id AND m.d0 > st.d0 AND m.d0 <= x.w.d0)])}]
        + [ps IN marks WHERE ps.type IN ['cp_plan_start', 'cin_plan_start'] AND ps.d0 < horizon |
           {w: ps, from: ps.d0, plan: true, start: null,
            hi: coalesce(head([m IN marks WHERE m.id <> ps.id AND m.d0 >= ps.d0
                                AND m.type IN CASE ps.type WHEN 'cp_plan_start' THEN ['cp_plan_end', 'case_closure']
                                                           ELSE ['cin_plan_end', 'cp_plan_start', 'case_closure'] END]).d1, horizon)}]] AS ws1
UNWIND [[x IN ws1 WHERE NOT x.plan OR x.hi - x.w.d0 > $W_plan |
         {w: x.w, plan: x.plan, start: x.start, hi: x.hi, from: x.from, to: CASE WHEN x.plan THEN x.hi ELSE x.w.d1 END,
          lo: CASE WHEN x.plan THEN x.w.d0 WHEN x.start IS NOT NULL THEN x.start.d0 ELSE x.w.d0 - $W END}]] AS ws2
UNWIND [[x IN ws2 WHERE dob IS NULL OR (dob <= x.from AND x.to - dob >= a_min AND x.from - dob < 6575) |
         {w: x.w, plan: x.plan, start: x.start, lo: x.lo, hi: x.hi,
          age_known: dob IS NOT NULL AND x.from - dob >= a_min,
          age: CASE WHEN dob IS NULL THEN ' (age not known)'
                    WHEN toInteger((x.from - dob) / 365.25) = toInteger((x.to - dob) / 365.25)
                      THEN ' (aged ' + toString(toInteger((x.from - dob) / 365.25)) + ')'
                    ELSE ' (aged ' + toString(toInteger((x.from - dob) / 365.25)) + ' to ' + toString(toInteger((x.to - dob) / 365.25)) + ')' END,
          alone: any(m IN seen WHERE coalesce(m.alone, false) AND m.d1 >= x.lo AND m.d0 <= x.hi),
          heard: any(m IN seen WHERE coalesce(m.views, false) AND m.d1 >= x.lo AND m.d0 <= x.hi)
                 OR any(m IN told WHERE coalesce(m.views, false) AND m.d1 >= x.lo AND m.d0 <= x.hi),
          // seen at all: asked only for completed assessments of adolescents
          unseen: size([a IN [x.w] WHERE a.type = 'assessment_complete' AND dob IS NOT NULL
                          AND x.from - dob >= toInteger($A_adolescent * 365.25)
                          AND none(m IN seen WHERE m.d1 >= x.lo AND m.d0 <= x.hi)]) > 0,
          serious: dob IS NOT NULL AND x.from - dob >= toInteger($A_high * 365.25)
                   AND any(h IN serious WHERE h.d1 >= x.lo - $W AND h.d0 <= x.hi),
          censored: coalesce(x.w.rec.records_from_day, x.lo) > x.lo OR coalesce(x.w.rec.records_to_day, x.hi) < x.hi
                    OR coalesce(data_end, x.hi) < x.hi}]] AS ws3
WITH maxspan, c, cname, seen, told, serious,
     reduce(acc = [], x IN ws3 | acc
       + [v IN ['adolescent_excluded', 'never_seen_alone', 'views_not_recorded']
          WHERE (v = 'adolescent_excluded' AND x.unseen) OR (v = 'never_seen_alone' AND NOT x.alone AND NOT x.unseen)
             OR (v = 'views_not_recorded' AND views_kept AND NOT x.heard) |
          {variant: v, anchor: x.w.id, lo: x.lo, hi: x.hi, rec: x.w.rec.agency_id, censored: x.censored,
           rank: CASE WHEN v = 'adolescent_excluded' OR x.serious THEN 3 ELSE 2 END, definite: x.age_known,
           who: cname + x.age,
           window: CASE WHEN x.plan THEN ' during the ' + CASE x.w.type WHEN 'cp_plan_start' THEN 'child protection' ELSE 'child in need' END
                                         + ' plan from ' + x.w.date
                        WHEN x.start IS NOT NULL THEN ' during the assessment from ' + x.start.date + ' to its completion on ' + x.w.date
                        ELSE ' in the ' + toString($W) + ' days before the ' + replace(x.w.type, '_', ' ') + ' of ' + x.w.date END,
           head: [{event_id: x.w.id, role: 'trigger',
                   note: CASE WHEN x.plan THEN 'start of the plan, checked as a whole' ELSE 'decision: ' + replace(x.w.type, '_', ' ') END}]
                 + [st IN [x.start] WHERE st IS NOT NULL | {event_id: st.id, role: 'context', note: 'the assessment started'}],
           serious: x.serious}]) AS cands
// ---- evidence: the sightings (and recorded views) in each finding's window; for adolescent_excluded
// the events about C in it, read from the graph by the indexed day
UNWIND cands AS f
UNWIND [[m IN seen WHERE m.d1 >= f.lo AND m.d0 <= f.hi AND m.id <> f.anchor]
        + [m IN told WHERE m.d1 >= f.lo AND m.d0 <= f.hi AND m.id <> f.anchor]] AS xs
UNWIND [[m IN xs WHERE f.variant = 'never_seen_alone' AND m.saw |
          {event_id: m.id, role: CASE WHEN m.alone IS NULL THEN 'unrecorded' ELSE 'context' END,
           note: CASE WHEN m.alone IS NULL THEN cname + ' seen; no record whether ' + cname + ' was seen alone'
                      ELSE cname + ' seen; recorded as not seen alone' END + m.with}]
        + [m IN xs WHERE f.variant = 'views_not_recorded' |
          {event_id: m.id, role: CASE WHEN m.views IS NULL THEN 'unrecorded' ELSE 'context' END,
           note: CASE WHEN m.views IS NULL THEN cname + ' seen; no record whether ' + cname + "'s views were asked for or recorded"
                      ELSE 'recorded that ' + cname + "'s views were not obtained" END}]] AS rows0
UNWIND [reduce(acc = [], h IN [h1 IN [y IN serious WHERE f.serious] WHERE h1.d1 >= f.lo - $W AND h1.d0 <= f.hi] |
               CASE WHEN h.id IN acc THEN acc ELSE acc + [h.id] END)] AS concerns
OPTIONAL MATCH (x:Event {case_id: $case_id})-[:ABOUT]->(c)
WHERE f.variant = 'adolescent_excluded' AND x.day_from >= f.lo - maxspan AND x.day_from <= f.hi
  AND coalesce(x.day_to, x.day_from) >= f.lo AND x.event_id <> f.anchor
  AND (x.child_seen = false OR x.type IN ['no_access_visit', 'missed_appointment']
       OR (x.child_seen IS NULL AND x.type IN ['home_visit', 'appointment', 's47_enquiry', 'contact']))
WITH c, cname, f, rows0, concerns, x ORDER BY x.day_from, x.event_id
WITH c, cname, f, rows0, concerns,
     collect(CASE WHEN x IS NOT NULL THEN
       {event_id: x.event_id,
        role: CASE WHEN x.child_seen IS NULL AND NOT x.type IN ['no_access_visit', 'missed_appointment'] THEN 'unrecorded' ELSE 'context' END,
        note: CASE WHEN x.child_seen IS NULL AND NOT x.type IN ['no_access_visit', 'missed_appointment'] THEN 'no record whether ' + cname + ' was seen'
                   ELSE 'recorded that ' + cname + ' was not seen' END} END) AS rows1
UNWIND [rows0 + rows1] AS rows
WITH c, cname, f, rows, concerns, size([r IN rows WHERE r.role = 'unrecorded']) AS unrec, size([r IN rows WHERE r.role = 'context']) AS said
WITH f.variant AS variant, f.anchor AS anchor,
     collect({kid: c.person_id, f: f,
              clause: CASE f.variant
                WHEN 'never_seen_alone' THEN
                  'there is no record that ' + f.who + ' was seen alone' + f.window
                  + CASE WHEN unrec + said = 0 THEN ', nor that ' + cname + ' was seen at all'
                         ELSE ': seen ' + toString(unrec + said) + CASE WHEN unrec + said = 1 THEN ' time (' ELSE ' times (' END
                              + CASE WHEN said = 0 THEN '' ELSE toString(said) + ' recorded as not alone' END
                              + CASE WHEN said > 0 AND unrec > 0 THEN ', ' ELSE '' END
                              + CASE WHEN unrec = 0 THEN '' ELSE toString(unrec) + ' not recording whether alone' END + ')' END
                WHEN 'views_not_recorded' THEN
                  'there is no record of the wishes and feelings of ' + f.who + f.window
                  + CASE WHEN unrec = 0 THEN '' ELSE '; ' + toString(unrec) + CASE WHEN unrec = 1 THEN ' contact that saw ' ELSE ' contacts that saw ' END
                                                  + cname + ' did not record whether ' + cname + ' was heard' END
                  + CASE WHEN said = 0 THEN '' ELSE '; ' + toString(said) + ' recorded that the views were not obtained' END
                ELSE
                  'there is no record that ' + f.who + ' was seen at all' + f.window
                  + CASE WHEN unrec = 0 THEN '' ELSE '; ' + toString(unrec) + CASE WHEN unrec = 1 THEN ' contact does not record whether ' ELSE ' contacts do not record whether ' END
                                                  + cname + ' was seen' END
                  + CASE WHEN said = 0 THEN '' ELSE '; ' + toString(said) + CASE WHEN said = 1 THEN ' contact recorded that ' ELSE ' contacts recorded that ' END
                                                 + cname + ' was not seen' END
              END,
              rows: [{role: 'context', person_id: c.person_id, note: f.who}]
                    + [{role: 'expected_missing', person_id: c.person_id, agency_id: f.rec, day_from: f.lo, day_to: f.hi,
                        note: CASE f.variant WHEN 'never_seen_alone' THEN 'no record that any agency saw ' + cname + ' alone'
                                             WHEN 'views_not_recorded' THEN 'no record of ' + cname + "'s wishes and feelings"
                                             ELSE 'no record that any agency saw ' + cname END}]
                    + rows + [h IN concerns | {event_id: h, role: 'context', note: 'sexual abuse, physical injury or domestic abuse concern in the household'}]}) AS ks
WITH variant, anchor,
     reduce(acc = [], k IN CASE WHEN any(k1 IN ks WHERE NOT k1.f.censored) THEN [k2 IN ks WHERE NOT k2.f.censored] ELSE ks END |
            CASE WHEN k.kid IN [y IN acc | y.kid] THEN acc ELSE acc + [k] END) AS ks
RETURN anchor,
       variant,
       CASE WHEN any(k IN ks WHERE k.f.rank >= 3) THEN 'high' ELSE 'medium' END AS severity,
       CASE WHEN any(k IN ks WHERE k.f.definite) THEN 'definite' ELSE 'possible' END AS confidence,
       all(k IN ks WHERE k.f.censored) AS censored,
       [k IN ks | k.kid] AS subjects,
       reduce(s = '', k IN ks | s + CASE WHEN s = '' THEN toUpper(left(k.clause, 1)) + substring(k.clause, 1) ELSE '; ' + k.clause END) + '.' AS summary,
       head(ks).f.head + reduce(acc = [], k IN ks | acc + k.rows) AS evidence
