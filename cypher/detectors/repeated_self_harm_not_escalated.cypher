// id: repeated_self_harm_not_escalated
// tier: 2
// version: 1
// title: Repeated self-harm not escalated
// panel: A young person self-harmed twice or more within a year, and there is no record of CAMHS follow-up, or CAMHS closed while the risk was active
// evidence: O08 L225 (nine of 20 young people aged 11-16+ took their own lives), L293; O10 L215 (a history of self-harm and a previous overdose), L273; T16 L1876-L1892 (custody cell self-harm; its significance "not always recognised"), L1920 ("discharged from CAMHS after three further appointments"), L1976, L2121 (self-harm "should be taken seriously whenever they occur")
// param window = 365 | days in which the self-harm episodes must fall (12 months)
// param min_events = 2 | self-harm episodes in the window that make the pattern
// param N_follow = 28 | days after the latest self-harm episode in which CAMHS follow-up, or a plan CAMHS took part in, is looked for
// param active_days = 90 | a CAMHS rejection or discharge within this many days after a self-harm episode is made while the risk is active
// param merge_days = 2 | self-harm records about the child starting within this many days of the previous one are one episode (the same act recorded by police, ED and school)
// param closing_words = discharg, not accepted, rejected, does not meet, did not meet, not meet, nfa, no further action, closed, closure, signposted | words in a CAMHS record's outcome that make it a rejection or discharge
//
// DETECTORS.md §4 (Tier 2). Self-harm events: events about a child under 18 whose concerns
// include self_harm, recorded by any agency (police custody included). Messages, meetings and
// decisions that carry the concern (referral, information shared or requested, assessment
// start, $meeting_types, $decision_types) report a self-harm, they are not a new one, so they
// are not counted. Records starting within merge_days of the previous one are one episode
// (§0.5.6: the same act is often recorded by several agencies).
// Variants:
//   no_camhs_follow_up         an episode that is the min_events-th or later within `window`
//                              days, after which (from its first day to N_follow days after
//                              it, extended to N_follow days after any later episode in that
//                              window: "after the latest") there is no CAMHS-recorded event
//                              about the child that is not a rejection or discharge, and no
//                              meeting or plan about the child attended by CAMHS. When no
//                              CAMHS records are in the data at all, a referral to CAMHS in the
//                              window counts instead (the follow-up could not be seen). Such
//                              episodes following one another within `window` days are one
//                              finding, anchored on the first. Censored when the window runs
//                              past CAMHS's records or the case data.
//   camhs_closed_while_at_risk a CAMHS record about the child whose type is case_closure or
//                              decision_no_further_action, or whose outcome has one of the
//                              closing_words, made within active_days after a self-harm episode
//                              (possible when the episode is only possibly before it).
// Severity: self_harm is a high-weight concern, so high; no_camhs_follow_up is medium when a
// referral to CAMHS was made in the window (the gap was partly closed); camhs_closed_while_at_risk
// is medium when there is no record that the closing CAMHS service knew of the self-harm by the
// decision: it knew none of the episode's records (KNEW, $mode) and received no message tagged
// self_harm about the child in the active_days before it.
// Confidence: possible when the pattern holds only on uncertain dates (§0.2).
// Known limit (§0.5.7): a record tagged self_harm about the child and an adult (a mother's
// overdose that her child found) is counted for the child; the loader links everyone a
// description mentions, so whose self-harm it was cannot be told from the graph.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ca:Agency {case_id: $case_id})
WHERE ca.sector = 'camhs'
WITH cs, ca,
     ca IS NOT NULL AND (ca.records_from_day IS NOT NULL OR ca.records_to_day IS NOT NULL
                         OR size([(ca)-[:RECORDED]->(cx:Event) | cx]) > 0) AS in_data
WITH cs.data_end_day AS data_end, collect(ca) AS camhs, collect(ca.agency_id) AS camhs_ids,
     collect(CASE WHEN in_data THEN ca.agency_id END) AS camhs_in,
     max(CASE WHEN in_data THEN coalesce(ca.records_to_day, 999999999) END) AS camhs_end,
     [w IN split($closing_words, ',') | toLower(trim(w))] AS close_w
// once: every record CAMHS made, meeting it attended, and message sent to it, with whom it is about
UNWIND CASE WHEN size(camhs) = 0 THEN [null] ELSE camhs END AS k
OPTIONAL MATCH (k)-[rel:RECORDED|ATTENDED|REFERRED_TO|SHARED_WITH]-(f:Event)
WITH data_end, camhs, camhs_ids, camhs_in, camhs_end, close_w, k, f, type(rel) AS how,
     [(f)-[:ABOUT|SAW]->(p:Person) | p.person_id] AS about
WITH data_end, camhs, camhs_ids, camhs_in, camhs_end, close_w,
     collect(CASE WHEN f IS NOT NULL THEN
               {e: f, d0: f.day_from, d1: coalesce(f.day_to, f.day_from), how: how, a: k.agency_id, name: k.name, about: about} END) AS cam
MATCH (e:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE 'self_harm' IN coalesce(e.concerns, [])
  AND NOT e.type IN ($meeting_types + $decision_types + ['referral', 'information_request', 'information_shared', 'assessment_start'])
  AND (c.dob_day IS NULL OR e.day_from - c.dob_day < 6575)
WITH DISTINCT data_end, camhs, camhs_ids, camhs_in, camhs_end, close_w, cam, c, e
// the days each CAMHS agency knew the record (KNEW looked up between two known nodes)
UNWIND CASE WHEN size(camhs) = 0 THEN [null] ELSE camhs END AS k0
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c, e,
     CASE WHEN k0 IS NULL THEN [] ELSE [(k0)-[kc:KNEW]->(e) WHERE kc.mode = $mode | {a: k0.agency_id, day: kc.from_day}] END AS kd
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c, e, collect(kd) AS kds
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c, e, kds,
     head([(ra:Agency)-[:RECORDED]->(e) | ra.name]) AS by
ORDER BY e.day_from, toInteger(e.seq), e.event_id
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c,
     collect({e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), by: by,
              known: reduce(acc = [], l IN kds | acc + l)}) AS evs
// episodes: records starting within merge_days of the previous record
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c, evs,
     [i IN range(0, size(evs) - 1) WHERE i = 0 OR evs[i].d0 > evs[i - 1].d0 + $merge_days] AS st
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, cam, c,
     [k IN range(0, size(st) - 1) |
       {events: evs[st[k]..coalesce(st[k + 1], size(evs))], d0: evs[st[k]].d0,
        d1: reduce(mx = 0, x IN evs[st[k]..coalesce(st[k + 1], size(evs))] | CASE WHEN x.d1 > mx THEN x.d1 ELSE mx END)}] AS cl
// what CAMHS did about the child: its own records (follow-ups or closures), meetings and plans it
// attended, referrals to it, and messages to it carrying self-harm
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, c, cl,
     [x IN cam WHERE x.how = 'RECORDED' AND c.person_id IN x.about] AS camhs_ev,
     [x IN cam WHERE x.how = 'ATTENDED' AND x.e.type IN ($meeting_types + ['cin_plan_start', 'cp_plan_start'])
        AND c.person_id IN x.about] AS camhs_met,
     [x IN cam WHERE x.how = 'REFERRED_TO' AND c.person_id IN x.about] AS refs,
     [x IN cam WHERE x.how IN ['REFERRED_TO', 'SHARED_WITH'] AND 'self_harm' IN coalesce(x.e.concerns, [])
        AND c.person_id IN x.about] AS told
WITH data_end, camhs_ids, camhs_in, camhs_end, close_w, c, cl, camhs_met, refs, told,
     [f IN camhs_ev WHERE f.e.type IN ['case_closure', 'decision_no_further_action']
        OR any(w IN close_w WHERE toLower(coalesce(f.e.outcome, '')) CONTAINS w)] AS closes,
     [f IN camhs_ev WHERE NOT (f.e.type IN ['case_closure', 'decision_no_further_action']
        OR any(w IN close_w WHERE toLower(coalesce(f.e.outcome, '')) CONTAINS w))] AS follows
WITH data_end, camhs_ids, camhs_in, camhs_end, c, told, cl, refs, closes, follows + camhs_met AS follows,
     follows + camhs_met + closes AS acts,
     coalesce(c.pseudonym, c.person_id) AS cname,
     c.dob_day AS dob
// per episode: the episodes in the window before it, and its follow-up window ("after the latest")
WITH data_end, camhs_ids, camhs_in, camhs_end, c, told, cl, refs, closes, follows, acts, cname, dob,
     [i IN range(0, size(cl) - 1) |
       {i: i, d0: cl[i].d0, d1: cl[i].d1,
        prior: [j IN range(0, i) WHERE cl[j].d1 >= cl[i].d0 - $window],
        certain: [j IN range(0, i) WHERE cl[j].d0 >= cl[i].d1 - $window],
        hi: reduce(mx = cl[i].d1 + $N_follow, k IN range(i, size(cl) - 1) |
                   CASE WHEN cl[k].d0 <= cl[i].d1 + $N_follow AND cl[k].d1 + $N_follow > mx
                        THEN cl[k].d1 + $N_follow ELSE mx END)}] AS items
WITH data_end, camhs_ids, camhs_in, camhs_end, c, told, cl, refs, closes, follows, cname, dob,
     [it IN items WHERE size(it.prior) >= $min_events
        AND none(f IN acts WHERE f.d1 >= it.d0 AND f.d0 <= it.hi)
        AND (size(camhs_in) > 0 OR none(r IN refs WHERE r.d1 >= it.d0 AND r.d0 <= it.hi))
      | {i: it.i, d0: it.d0, hi: it.hi, prior: it.prior,
         definite: size(it.certain) >= $min_events,
         referred: [r IN refs WHERE r.d1 >= it.d0 AND r.d0 <= it.hi | r.e],
         censored: (data_end IS NOT NULL AND data_end < it.hi) OR (size(camhs_in) > 0 AND camhs_end < it.hi)}] AS anchors
// one no_camhs_follow_up finding per run of unanswered episodes, each within `window` days of the last
WITH data_end, camhs_ids, camhs_in, c, told, cl, closes, follows, cname, dob, anchors,
     [a IN anchors WHERE none(b IN anchors WHERE b.i < a.i AND b.d0 >= a.d0 - $window)] AS starts
WITH camhs_ids, camhs_in, c, told, cl, closes, follows, cname, dob,
     [s IN starts |
       [a IN anchors WHERE a.i >= s.i AND none(n IN starts WHERE n.i > s.i AND a.i >= n.i)]] AS runs
WITH camhs_ids, camhs_in, c, told, cl, closes, follows, cname, dob,
     [run IN runs |
       {censored: all(a IN run WHERE a.censored),
        shown: [a IN run WHERE all(b IN run WHERE b.censored) OR NOT a.censored]}] AS runs
WITH camhs_ids, camhs_in, c, told, cl, closes, follows, cname, dob,
     [run IN runs |
       {variant: 'no_camhs_follow_up', censored: run.censored, shown: run.shown,
        first: cl[run.shown[0].i], lo: run.shown[0].d0,
        hi: reduce(mx = 0, a IN run.shown | CASE WHEN a.hi > mx THEN a.hi ELSE mx END),
        definite: any(a IN run.shown WHERE a.definite),
        referred: reduce(acc = [], a IN run.shown | acc + [r IN a.referred WHERE NOT r IN acc]),
        eps: [k IN range(0, size(cl) - 1)
              WHERE k <= run.shown[-1].i AND any(a IN run.shown WHERE k IN a.prior)]}]
     + [x IN closes WHERE any(k IN range(0, size(cl) - 1) WHERE cl[k].d1 >= x.d0 - $active_days AND cl[k].d0 <= x.d1) |
       {variant: 'camhs_closed_while_at_risk', censored: false, close: x,
        eps: [k IN range(0, size(cl) - 1) WHERE cl[k].d1 >= x.d0 - $active_days AND cl[k].d0 <= x.d1],
        definite: any(k IN range(0, size(cl) - 1)
                      WHERE cl[k].d1 <= x.d0 AND cl[k].d0 >= x.d1 - $active_days)}] AS found
UNWIND found AS f
WITH camhs_ids, camhs_in, c, told, cl, follows, cname, dob, f,
     reduce(acc = [], k IN f.eps | acc + cl[k].events) AS shev
WITH camhs_ids, camhs_in, c, told, follows, cname, dob, f, shev,
     CASE WHEN dob IS NULL THEN cname + ' (age not known)'
          ELSE cname + ' (aged ' + toString(toInteger((shev[0].d0 - dob) / 365.25)) + ')' END AS who,
     reduce(s = '', b IN reduce(acc = [], x IN shev | CASE WHEN x.by IN acc THEN acc ELSE acc + [x.by] END)
            | s + CASE WHEN s = '' THEN '' ELSE ', ' END + b) AS sources,
     CASE WHEN f.variant = 'no_camhs_follow_up'
          THEN size([x IN shev WHERE any(k IN x.known WHERE k.day <= f.hi)])
          ELSE size([x IN shev WHERE any(k IN x.known WHERE k.a = f.close.a AND k.day <= f.close.d1)])
               + size([t IN told WHERE t.a = f.close.a AND t.d1 <= f.close.d1 AND t.d1 >= f.close.d0 - $active_days]) END AS known_n,
     CASE WHEN f.variant = 'no_camhs_follow_up'
          THEN reduce(fst = null, x IN [y IN follows WHERE y.d0 > f.hi] |
                      CASE WHEN fst IS NULL OR x.d0 < fst.d0 THEN x ELSE fst END) END AS late
RETURN CASE WHEN f.variant = 'no_camhs_follow_up' THEN f.first.events[0].e.event_id ELSE f.close.e.event_id END AS anchor,
       f.variant AS variant,
       CASE WHEN f.variant = 'no_camhs_follow_up' AND size(f.referred) > 0 THEN 'medium'
            WHEN f.variant = 'camhs_closed_while_at_risk' AND known_n = 0 THEN 'medium'
            ELSE 'high' END AS severity,
       CASE WHEN f.definite THEN 'definite' ELSE 'possible' END AS confidence,
       f.censored AS censored,
       [c.person_id] AS subjects,
       CASE WHEN f.variant = 'no_camhs_follow_up' THEN
         'Self-harm by ' + who + ' was recorded on ' + toString(size(f.eps)) + ' occasions between ' + shev[0].e.date_text
         + ' and ' + shev[-1].e.date_text + ' (recorded by ' + sources + '): '
         + CASE WHEN size(camhs_in) = 0 AND size(f.referred) = 0
                THEN 'there is no record of a referral to CAMHS (no CAMHS records are in the data).'
                WHEN size(f.referred) > 0
                THEN 'a referral to CAMHS was made, but there is no record that CAMHS followed it up within '
                     + toString($N_follow) + ' days of the latest.'
                ELSE 'there is no record of CAMHS follow-up or a plan within ' + toString($N_follow) + ' days of the latest.' END
       ELSE
         f.close.name + ' recorded a ' + CASE WHEN f.close.e.type IN ['case_closure', 'decision_no_further_action']
                                              THEN replace(f.close.e.type, '_', ' ') ELSE 'rejection or discharge' END
         + ' for ' + who + ' on ' + f.close.e.date_text + ', ' + toString(f.close.d0 - shev[-1].d0)
         + ' days after self-harm recorded on ' + shev[-1].e.date_text
         + CASE WHEN known_n = 0 THEN '; there is no record that CAMHS knew of the self-harm.'
                ELSE ', while the risk was active.' END
       END AS summary,
       [x IN shev | {event_id: x.e.event_id, role: 'trigger',
                     note: 'self-harm recorded by ' + x.by}]
       + CASE WHEN f.variant = 'no_camhs_follow_up' THEN
           [{role: 'expected_missing', agency_id: camhs_ids[0], day_from: f.lo, day_to: f.hi,
             note: CASE WHEN size(camhs_in) = 0 AND size(f.referred) = 0
                        THEN 'no record of a referral to CAMHS in this window'
                        ELSE 'no record of a CAMHS follow-up, or a meeting or plan CAMHS took part in, in this window' END}]
           + [r IN f.referred | {event_id: r.event_id, role: 'context', note: 'referral to CAMHS'}]
           + [l IN [late] WHERE l IS NOT NULL |
              {event_id: l.e.event_id, role: 'late_response',
               note: 'first later CAMHS involvement, ' + toString(l.d0 - shev[-1].d0) + ' days after the latest self-harm'}]
           + CASE WHEN size(camhs_in) > 0 THEN
               [{role: 'context', agency_id: camhs_in[0],
                 note: 'CAMHS knew of ' + toString(known_n) + ' of the ' + toString(size(shev)) + ' self-harm record(s) by the end of the window'}]
             ELSE [] END
         ELSE
           [{event_id: f.close.e.event_id, role: 'decision',
             note: 'CAMHS rejection or discharge' + CASE WHEN known_n = 0 THEN '; no record that CAMHS knew of the self-harm' ELSE '' END}]
         END AS evidence
