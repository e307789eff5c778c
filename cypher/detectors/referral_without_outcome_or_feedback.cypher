// id: referral_without_outcome_or_feedback
// tier: 1
// version: 1
// title: Referral without outcome or feedback
// panel: A referral got no recorded decision, or the referrer was never told the outcome
// evidence: O10 L341 (referrers should be informed of the action taken); O10 L218, L247, L339; T16 L2931, L2960, L2227, L2968, L2970, L4142; O08 L491; T16 L962-L973
// param N_outcome_csc = 7 | days after a referral in which children's social care must record a decision (product choice)
// param N_outcome_other = 90 | days after a referral in which a health or other receiver must record a response (product choice, first-appointment wait)
// param N_feedback = 14 | days after the outcome in which the referrer must be told (product choice, "promptly" T16 L2960)
// param repeat_window = 180 | days within which two unanswered referrals by one referrer about one child count as a repeat (product choice)
// param serious_concerns = physical_injury,sexual_abuse,cse | concerns for which a referral logged only is never enough (DETECTORS.md T1-02 logged_only)
//
// DETECTORS.md T1-02. A referral R from agency A to agency B (REFERRED_TO, B not A), about a
// child C or about the parent of an unborn child. An information_shared event sent to
// children's social care carrying a high-weight concern counts too, unless it answers a request
// from social care. Handovers (step_down, case_transfer, school_move, address_move) are judged
// by handover_not_picked_up instead.
// Outcome: an event recorded by B that RESPONDS_TO R (not a duplicate referral or contact
// record), or about the people R is about with type referral_outcome, assessment_start,
// strategy_discussion, s47_enquiry, decision_no_further_action (and appointment,
// missed_appointment for health receivers), possibly within N_outcome of R.
// Feedback: B shared an event about them with A within N_feedback of the outcome, A and B
// were both at an event about them, A responded to the outcome, or A knew the outcome
// (KNEW edge, this mode) by then.
// Variants: no_outcome, logged_only, no_feedback, repeat_unanswered. A referral answered by a
// record saying it was withdrawn is left out.
// Vocabulary ($high_concerns, $csc_sectors) comes from graph/model.py through the runner.
MATCH (cs:Case {case_id: $case_id})
WITH cs, $high_concerns AS high_c,
     [w IN split($serious_concerns, ',') | trim(w)] AS serious_c
MATCH (ra:Agency)-[:RECORDED]->(r:Event {case_id: $case_id})
WHERE NOT r.type IN ['step_down', 'case_transfer', 'school_move', 'address_move']
WITH cs, high_c, serious_c, r, head(collect(ra)) AS a, r.day_from AS d0r, coalesce(r.day_to, r.day_from) AS d1r
// only events sent to an agency can be referrals (checked once, before the costlier lookups)
WITH cs, high_c, serious_c, r, a, d0r, d1r, size([(r)-[:REFERRED_TO|SHARED_WITH]->(rb:Agency) | rb]) > 0 AS sent
WHERE sent
WITH cs, high_c, serious_c, r, a, d0r, d1r,
     [(r)-[:ABOUT]->(rc:Child) | rc]
     + [(r)-[:ABOUT]->(:Person)-[:PARENT_OF]->(uc:Child)
        WHERE uc.dob_day > d1r OR (uc.dob_day IS NULL AND uc.role = 'unborn') | uc] AS kids_raw,
     [(r)-[:ABOUT]->(rp:Person) | rp.person_id] AS r_about,
     size([(wd:Event)-[:RESPONDS_TO]->(r)
           WHERE toLower(coalesce(wd.outcome, '') + ' ' + coalesce(wd.description, '')) CONTAINS 'withdr' | wd]) AS withdrawn
WITH cs, high_c, serious_c, r, a, d0r, d1r, r_about, withdrawn,
     reduce(acc = [], kr IN kids_raw | CASE WHEN kr IN acc THEN acc ELSE acc + [kr] END) AS kids
WHERE size(kids) > 0 AND withdrawn = 0
  AND NOT toLower(coalesce(r.outcome, '')) CONTAINS 'withdr'
MATCH (r)-[rel:REFERRED_TO|SHARED_WITH]->(b:Agency)
WHERE b <> a AND (type(rel) = 'REFERRED_TO'
                  OR (r.type = 'information_shared' AND b.sector IN $csc_sectors
                      AND any(hc IN r.concerns WHERE hc IN high_c)))
WITH DISTINCT cs, high_c, serious_c, r, a, d0r, d1r, kids, b,
     [kd IN kids | kd.person_id] + r_about AS about_ids
// information passed to social care in answer to its own request is a reply, not a notification
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids,
     CASE WHEN r.type = 'information_shared'
          THEN size([(r)-[:RESPONDS_TO]->(rq:Event)<-[:RECORDED]-(b) | rq]) ELSE 0 END AS answers_b
WHERE answers_b = 0
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids,
     d1r + CASE WHEN b.sector IN $csc_sectors THEN $N_outcome_csc ELSE $N_outcome_other END AS w1,
     ['referral_outcome', 'assessment_start', 'strategy_discussion', 's47_enquiry', 'decision_no_further_action']
     + CASE WHEN b.sector IN ['health_gp', 'health_visiting', 'midwifery', 'hospital_acute', 'camhs',
                              'mental_health_adult', 'dental']
            THEN ['appointment', 'missed_appointment'] ELSE [] END AS outcome_types
// B's outcome: a response to R, or an outcome-type event about the same people, in the window
OPTIONAL MATCH (b)-[:RECORDED]->(o1:Event)-[:RESPONDS_TO]->(r)
WHERE NOT o1.type IN ['referral', 'contact'] AND coalesce(o1.day_to, o1.day_from) >= d0r AND o1.day_from <= w1
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outcome_types, collect(DISTINCT o1) AS answers
OPTIONAL MATCH (b)-[:RECORDED]->(o2:Event)-[:ABOUT]->(op:Person)
WHERE o2 <> r AND o2.type IN outcome_types AND op.person_id IN about_ids
  AND coalesce(o2.day_to, o2.day_from) >= d0r AND o2.day_from <= w1
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, answers, collect(DISTINCT o2) AS typed
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1,
     reduce(acc = answers, o3 IN typed | CASE WHEN o3 IN acc THEN acc ELSE acc + [o3] END) AS outs
// B's first record about them on or after the referral (the lag)
OPTIONAL MATCH (b)-[:RECORDED]->(fx:Event)-[:ABOUT]->(fxp:Person)
WHERE fx <> r AND fxp.person_id IN about_ids AND coalesce(fx.day_to, fx.day_from) >= d0r
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs, collect(DISTINCT fx) AS b_after
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs,
     reduce(best = null, bx IN b_after | CASE WHEN best IS NULL OR bx.day_from < best.day_from
                                              THEN bx ELSE best END) AS b_first,
     reduce(m = null, o1 IN outs | CASE WHEN m IS NULL OR o1.day_from < m THEN o1.day_from ELSE m END) AS fb0,
     reduce(m = null, o2 IN outs | CASE WHEN m IS NULL OR coalesce(o2.day_to, o2.day_from) > m
                                        THEN coalesce(o2.day_to, o2.day_from) ELSE m END) + $N_feedback AS fb1
// feedback (1): B sent A something about them after the outcome
OPTIONAL MATCH (b)-[:RECORDED]->(fbx:Event)-[:SHARED_WITH|REFERRED_TO]->(a), (fbx)-[:ABOUT]->(fbp:Person)
WHERE size(outs) > 0 AND coalesce(fbx.day_to, fbx.day_from) >= fb0 AND fbp.person_id IN about_ids
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs, b_first, fb0, fb1,
     collect(DISTINCT fbx) AS sent_back
// feedback (2): A and B were both at an event about them (a meeting, a joint visit)
OPTIONAL MATCH (a)-[:RECORDED|ATTENDED]->(jm:Event)<-[:RECORDED|ATTENDED]-(b), (jm)-[:ABOUT]->(jp:Person)
WHERE size(outs) > 0 AND coalesce(jm.day_to, jm.day_from) >= d0r AND jm <> r AND jp.person_id IN about_ids
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs, b_first, fb0, fb1, sent_back,
     collect(DISTINCT jm) AS joint
// feedback (3) and (4): A answered the outcome, or otherwise knew it
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs, b_first, fb0, fb1, sent_back, joint,
     [(a)-[ka:KNEW]->(ko:Event) WHERE ka.mode = $mode AND ko IN outs | ka.from_day]
     + [(a)-[:RECORDED]->(ar:Event)-[:RESPONDS_TO]->(ao:Event) WHERE ao IN outs | ar.day_from] AS knew_days
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, b, about_ids, w1, outs, b_first, fb0, fb1,
     size(outs) > 0 AND (any(s1 IN sent_back WHERE s1.day_from <= fb1)
                         OR any(j1 IN joint WHERE j1.day_from <= fb1)
                         OR any(kd1 IN knew_days WHERE kd1 <= fb1)) AS fed_back,
     size(sent_back) + size(joint) + size(knew_days) > 0 AS knew_later
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, about_ids,
     collect({b: b, w1: w1, outs: outs, b_first: b_first, fb0: fb0, fb1: fb1, fed_back: fed_back,
              knew_later: knew_later,
              logged: size(outs) > 0
                AND none(ox IN outs WHERE ox.type IN ['assessment_start', 'assessment_complete', 'strategy_discussion',
                                                      's47_enquiry', 'appointment', 'missed_appointment'])
                AND any(oy IN outs WHERE oy.type = 'decision_no_further_action'
                        OR (' ' + replace(replace(replace(replace(replace(replace(replace(toLower(coalesce(oy.outcome, '')),
                             '_', ' '), '-', ' '), '.', ' '), ',', ' '), ';', ' '), ':', ' '), '/', ' ') + ' ')
                           CONTAINS ' nfa '
                        OR replace(toLower(coalesce(oy.outcome, '')), '_', ' ') CONTAINS 'information only'
                        OR toLower(coalesce(oy.outcome, '')) CONTAINS 'no further action'),
              cens_out: coalesce(b.records_to_day, w1) < w1 OR coalesce(b.records_from_day, d0r) > d0r
                        OR coalesce(cs.data_end_day, w1) < w1,
              cens_fb: fb1 IS NOT NULL AND (coalesce(b.records_to_day, fb1) < fb1
                        OR coalesce(b.records_from_day, d0r) > d0r OR coalesce(cs.data_end_day, fb1) < fb1)}) AS items
// the referrer kept worrying: A's later concern events about them
OPTIONAL MATCH (a)-[:RECORDED]->(kw:Event)-[:ABOUT]->(kwp:Person)
WHERE kw <> r AND size(kw.concerns) > 0 AND kwp.person_id IN about_ids
  AND kw.day_from > d1r AND kw.day_from <= d1r + $repeat_window
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, items, collect(DISTINCT kw) AS worry,
     any(kd2 IN kids WHERE (kd2.dob_day IS NOT NULL AND d1r - kd2.dob_day < 365)
                           OR (kd2.dob_day IS NULL AND kd2.role = 'unborn')) AS under1_c,
     any(kd3 IN kids WHERE (kd3.dob_day IS NOT NULL AND d0r - kd3.dob_day < 365)
                           OR (kd3.dob_day IS NULL AND kd3.role = 'unborn')) AS under1_p
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, items, worry, under1_c, under1_p,
     [i1 IN items WHERE size(i1.outs) = 0] AS no_out,
     [i2 IN items WHERE size(i2.outs) > 0 AND NOT i2.fed_back] AS no_fb,
     [i3 IN items WHERE i3.logged] AS logged
WITH cs, high_c, serious_c, r, a, d0r, d1r, kids, items, worry, under1_c, under1_p, no_out, no_fb, logged,
     any(sc IN r.concerns WHERE sc IN serious_c) AS serious,
     (size([n1 IN no_out WHERE NOT n1.cens_out]) + size([n2 IN no_fb WHERE NOT n2.cens_fb])) > 0 AS failed
// collect every referral so that repeats by one referrer about one child can be found
WITH collect({r: r, a: a, kids: kids, kid_ids: [k0 IN kids | k0.person_id], items: items, worry: worry,
              under1_c: under1_c, under1_p: under1_p, no_out: no_out, no_fb: no_fb, logged: logged,
              serious: serious, failed: failed,
              high: any(hc2 IN r.concerns WHERE hc2 IN high_c) OR under1_p OR size(worry) > 0}) AS refs
UNWIND refs AS x
WITH x, x.r AS r, x.a AS a, x.r.day_from AS d0r, coalesce(x.r.day_to, x.r.day_from) AS d1r,
     [y IN refs WHERE y.failed AND y.a = x.a AND y.r <> x.r
        AND any(yk IN y.kid_ids WHERE yk IN x.kid_ids)
        AND (y.r.day_from < x.r.day_from OR (y.r.day_from = x.r.day_from AND y.r.event_id < x.r.event_id))
        AND x.r.day_from - coalesce(y.r.day_to, y.r.day_from) <= $repeat_window] AS earlier
WITH x, r, a, d0r, d1r, earlier,
     [
       {variant: 'no_outcome', censored: size([c1 IN x.no_out WHERE NOT c1.cens_out]) = 0,
        items: CASE WHEN size([c2 IN x.no_out WHERE NOT c2.cens_out]) > 0
                    THEN [c3 IN x.no_out WHERE NOT c3.cens_out] ELSE x.no_out END},
       {variant: 'logged_only', censored: false,
        items: CASE WHEN x.serious OR x.under1_p THEN x.logged ELSE [] END},
       {variant: 'no_feedback', censored: size([c4 IN x.no_fb WHERE NOT c4.cens_fb]) = 0,
        items: CASE WHEN size([c5 IN x.no_fb WHERE NOT c5.cens_fb]) > 0
                    THEN [c6 IN x.no_fb WHERE NOT c6.cens_fb] ELSE x.no_fb END},
       {variant: 'repeat_unanswered', censored: false,
        items: CASE WHEN x.failed AND size(earlier) > 0 THEN x.no_out + x.no_fb ELSE [] END}
     ] AS candidates
UNWIND candidates AS f
WITH x, r, a, d0r, d1r, earlier, f
WHERE size(f.items) > 0
WITH x, r, a, d0r, d1r, earlier, f,
     reduce(s = '', kp IN x.kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(kp.pseudonym, kp.person_id)) AS who,
     reduce(s = '', it IN f.items | s + CASE WHEN s = '' THEN '' ELSE ', ' END + it.b.name) AS to_names,
     replace(r.type, '_', ' ') AS what
RETURN r.event_id AS anchor,
       f.variant AS variant,
       CASE
         WHEN f.variant IN ['logged_only', 'repeat_unanswered'] THEN 'high'
         WHEN x.high THEN 'high'
         WHEN f.variant = 'no_feedback' AND all(kl IN f.items WHERE kl.knew_later) THEN 'low'
         ELSE 'medium'
       END AS severity,
       CASE
         WHEN f.variant = 'logged_only' AND NOT x.serious AND NOT x.under1_c THEN 'possible'
         WHEN f.variant = 'repeat_unanswered'
              AND none(ec IN earlier WHERE coalesce(r.day_to, r.day_from) - ec.r.day_from <= $repeat_window) THEN 'possible'
         ELSE 'definite'
       END AS confidence,
       f.censored AS censored,
       [k1 IN x.kids | k1.person_id] AS subjects,
       CASE f.variant
         WHEN 'no_outcome' THEN
           'The ' + what + ' about ' + who + ' from ' + a.name + ' to ' + to_names + ' on ' + r.date_text
           + ': no record of a decision or response by ' + to_names + ' within '
           + toString(head(f.items).w1 - d1r) + ' days.'
         WHEN 'logged_only' THEN
           'The ' + what + ' about ' + who + ' from ' + a.name + ' on ' + r.date_text + ' was logged by ' + to_names
           + ' with no further action and no assessment, although it concerned '
           + CASE WHEN x.serious THEN 'a serious harm category' ELSE 'a child under one' END + '.'
         WHEN 'no_feedback' THEN
           'The ' + what + ' about ' + who + ' from ' + a.name + ' on ' + r.date_text + ' got an outcome from '
           + to_names + ', but no record that ' + a.name + ' was told within '
           + toString($N_feedback) + ' days of it'
           + CASE WHEN all(kl2 IN f.items WHERE kl2.knew_later) THEN ' (it learned later)' ELSE '' END + '.'
         ELSE
           a.name + ' made ' + toString(size(earlier) + 1) + ' referrals about ' + who + ' within '
           + toString($repeat_window) + ' days, each with no recorded outcome or no feedback: the latest on '
           + r.date_text + '.'
       END AS summary,
       [{event_id: r.event_id, role: 'trigger', note: what + ' from ' + a.name + ' to ' + to_names}]
       + [i4 IN f.items | {role: 'context', agency_id: i4.b.agency_id, note: 'receiving agency'}]
       + CASE f.variant
           WHEN 'no_outcome' THEN
             [i5 IN f.items | {role: 'expected_missing', agency_id: i5.b.agency_id, day_from: d0r, day_to: i5.w1,
                               note: 'no record of a decision or response by ' + i5.b.name}]
           WHEN 'no_feedback' THEN
             reduce(acc = [], i6 IN f.items | acc + [o5 IN i6.outs | {event_id: o5.event_id, role: 'decision',
                                                                     note: 'outcome recorded by ' + i6.b.name}])
             + [i7 IN f.items | {role: 'expected_missing', agency_id: i7.b.agency_id, day_from: i7.fb0, day_to: i7.fb1,
                                 note: 'no record that the outcome was fed back to ' + a.name}]
           WHEN 'logged_only' THEN
             reduce(acc = [], i8 IN f.items | acc + [o4 IN i8.outs | {event_id: o4.event_id, role: 'decision',
                                                                     note: 'logged with no further action by ' + i8.b.name}])
           ELSE
             [e1 IN earlier | {event_id: e1.r.event_id, role: 'trigger',
                               note: 'earlier referral by ' + a.name + ' without outcome or feedback'}]
         END
       + [i9 IN f.items WHERE i9.b_first IS NOT NULL AND f.variant <> 'repeat_unanswered' |
          {event_id: i9.b_first.event_id,
           role: CASE WHEN i9.b_first.day_from <= i9.w1 THEN 'response' ELSE 'late_response' END,
           note: 'first record about them by ' + i9.b.name + ', ' + toString(i9.b_first.day_from - d1r)
                 + ' days after the referral'}]
       + [wr1 IN x.worry | {event_id: wr1.event_id, role: 'context', note: 'the referrer kept worrying: a later concern'}]
       AS evidence
