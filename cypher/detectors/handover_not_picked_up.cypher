// id: handover_not_picked_up
// tier: 1
// version: 1
// title: Handover not picked up
// panel: Responsibility passed on (transfer, step-down, plan end, school change, birth), but the receiver never picked the child up or got the history
// evidence: O10 L338 (the relay race: received, acknowledged and accepted); O10 L328; T16 L305, L3153, L3165, L4150; T16 L1575-L1577; O08 L404, L422, L500, L550
// param N_pickup = 14 | days after a handover in which the receiver must record something about the family (product choice)
// param N_contact = 28 | days after a handover in which the receiver must see the child (product choice)
// param N_birth = 14 | days after a birth in which health visiting must pick the baby up, paused while the baby is admitted (product choice)
// param N_follow = 14 | days after a CP plan ends in which a CIN plan or step-down must follow (product choice)
// param history_days = 365 | how far back the sender's concerns count as history to hand over (DETECTORS.md T1-01, K(H))
//
// DETECTORS.md T1-01. A handover H about child C (case_transfer, step_down, cp_plan_end
// recorded by CSC, school_move, birth, address_move of a looked-after child within one area)
// passes responsibility from a sender to a receiver:
//   case_transfer, step_down, address_move: the REFERRED_TO agency (may be the sender itself)
//   cp_plan_end: its REFERRED_TO agency, or the recorder of a cin_plan_start within N_follow
//     (a plan end followed by a step_down is judged once, on the step_down)
//   school_move: the REFERRED_TO school, else the next education agency to record C
//   birth: any health visiting agency (one of them picking the baby up is enough)
// Variants: no_receiver, not_picked_up, no_contact, history_dropped, receiver_not_in_data.
// Family = C, people H is about, household members (MEMBER_OF covering H), parents, siblings.
// Moves between areas (from_area <> to_area) belong to cross_authority_move_info_lost.
// Vocabulary ($high_concerns, $medium_concerns, $csc_sectors) comes from graph/model.py through the runner.
MATCH (cs:Case {case_id: $case_id})
MATCH (ag:Agency {case_id: $case_id})
WITH cs, collect(ag) AS agencies
OPTIONAL MATCH (le:Event {case_id: $case_id})
WITH cs, agencies, max(coalesce(le.day_to, le.day_from)) AS last_day,
     $high_concerns AS high_c,
     $high_concerns + $medium_concerns AS weighty_c
MATCH (sa:Agency)-[:RECORDED]->(h:Event {case_id: $case_id})
WHERE h.type IN ['case_transfer', 'step_down', 'cp_plan_end', 'school_move', 'birth', 'address_move']
WITH cs, agencies, last_day, high_c, weighty_c, h, head(collect(sa)) AS recorder
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder,
     h.day_from AS d0h, coalesce(h.day_to, h.day_from) AS d1h
WHERE h.type <> 'cp_plan_end' OR recorder.sector IN $csc_sectors
MATCH (h)-[:ABOUT]->(c:Child)
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mm:MEMBER_OF]-(hm:Person)
WHERE coalesce(mc.from_day, d1h) <= d1h AND coalesce(mc.to_day, d0h) >= d0h
  AND coalesce(mm.from_day, d1h) <= d1h AND coalesce(mm.to_day, d0h) >= d0h
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h, c, collect(DISTINCT hm.person_id) AS hms
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h, c,
     hms + [(pp:Person)-[:PARENT_OF]->(c) | pp.person_id] + [(c)-[:SIBLING_OF]-(sp:Person) | sp.person_id] AS kin
ORDER BY c.pseudonym
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h,
     collect(c) AS kids, collect(c.person_id) AS kid_ids, collect(kin) AS kins
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h, kids, kid_ids,
     reduce(acc = kid_ids + [(h)-[:ABOUT]->(hp:Person) | hp.person_id], kl IN kins | acc + kl) AS fam,
     [(h)-[:REFERRED_TO]->(rb:Agency) | rb] AS referred,
     CASE WHEN h.type = 'cp_plan_end' THEN
       [(fr:Agency)-[:RECORDED]->(fe:Event)-[:ABOUT]->(fc:Child)
        WHERE fe.case_id = $case_id AND fe.type = 'cin_plan_start' AND fc.person_id IN kid_ids
          AND coalesce(fe.day_to, fe.day_from) >= d0h AND fe.day_from <= d1h + $N_follow | fr]
     ELSE [] END AS cin_recorders,
     CASE WHEN h.type = 'cp_plan_end' THEN
       size([(se:Event)-[:ABOUT]->(sc:Child)
             WHERE se.case_id = $case_id AND se.type = 'step_down' AND sc.person_id IN kid_ids
               AND coalesce(se.day_to, se.day_from) >= d0h AND se.day_from <= d1h + $N_follow | se])
     ELSE 0 END AS stepdowns_after,
     CASE WHEN h.type = 'address_move' THEN
       [(lse:Event)-[:ABOUT]->(lsc:Child)
        WHERE lse.case_id = $case_id AND lse.type = 'looked_after_start' AND lsc.person_id IN kid_ids
          AND lse.day_from <= d1h | lse]
     ELSE [] END AS lac_starts,
     CASE WHEN h.type = 'address_move' THEN
       [(lee:Event)-[:ABOUT]->(lec:Child)
        WHERE lee.case_id = $case_id AND lee.type = 'looked_after_end' AND lec.person_id IN kid_ids
          AND lee.day_from <= d1h | lee]
     ELSE [] END AS lac_ends,
     CASE WHEN h.type = 'school_move' THEN
       [(pa:Agency)-[:RECORDED]->(pe:Event)-[:ABOUT]->(pc:Child)
        WHERE pe.case_id = $case_id AND pa.sector = 'education' AND pc.person_id IN kid_ids AND pe <> h
          AND pe.day_from <= d0h | {a: pa, d: pe.day_from}]
     ELSE [] END AS school_before,
     CASE WHEN h.type = 'school_move' THEN
       [(na:Agency)-[:RECORDED]->(ne:Event)-[:ABOUT]->(nc:Child)
        WHERE ne.case_id = $case_id AND na.sector = 'education' AND nc.person_id IN kid_ids AND ne <> h
          AND coalesce(ne.day_to, ne.day_from) >= d0h | {a: na, d: ne.day_from}]
     ELSE [] END AS school_after,
     CASE WHEN h.type = 'birth' THEN
       reduce(t = 0, stay IN [(ade:Event)-[:ABOUT]->(adc:Child)
              WHERE ade.case_id = $case_id AND ade.type = 'admission' AND adc.person_id IN kid_ids
                AND coalesce(ade.day_to, ade.day_from) >= d0h AND ade.day_from <= d1h + $N_birth
              | coalesce(ade.day_to, ade.day_from) - ade.day_from + 1] | t + stay)
     ELSE 0 END AS pause,
     [(sbe:Event)-[:SAW]->(sbc:Child) WHERE sbe.case_id = $case_id AND sbc.person_id IN kid_ids
        AND sbe <> h AND sbe.day_from < d0h | sbe] AS seen_before,
     [(sae:Event)-[:SAW]->(sac:Child) WHERE sae.case_id = $case_id AND sac.person_id IN kid_ids
        AND sae <> h AND coalesce(sae.day_to, sae.day_from) >= d0h | sae] AS seen_after
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h, kids, kid_ids, fam, referred,
     cin_recorders, stepdowns_after, pause,
     reduce(best = null, sb IN seen_before |
            CASE WHEN best IS NULL OR sb.day_from > best.day_from THEN sb ELSE best END) AS last_seen_before,
     reduce(best = null, sf IN seen_after |
            CASE WHEN best IS NULL OR sf.day_from < best.day_from THEN sf ELSE best END) AS first_seen_after,
     any(ls IN lac_starts WHERE none(lx IN lac_ends
           WHERE lx.day_from >= ls.day_from AND coalesce(lx.day_to, lx.day_from) < d0h)) AS lac_possible,
     any(ls IN lac_starts WHERE coalesce(ls.day_to, ls.day_from) <= d0h AND none(lx IN lac_ends
           WHERE coalesce(lx.day_to, lx.day_from) >= ls.day_from)) AS lac_certain,
     (trim(toLower(coalesce(h.x_from_area, ''))) <> '' AND trim(toLower(coalesce(h.x_to_area, ''))) <> ''
      AND trim(toLower(coalesce(h.x_from_area, ''))) <> trim(toLower(coalesce(h.x_to_area, '')))) AS cross_area,
     reduce(best = null, sb2 IN school_before |
            CASE WHEN best IS NULL OR sb2.d > best.d THEN sb2 ELSE best END) AS last_school,
     school_after
WITH cs, agencies, last_day, high_c, weighty_c, h, recorder, d0h, d1h, kids, kid_ids, fam, referred,
     cin_recorders, stepdowns_after, pause, last_seen_before, first_seen_after, lac_possible, lac_certain,
     cross_area, last_school,
     reduce(best = null, sa2 IN school_after |
            CASE WHEN (last_school IS NULL OR sa2.a <> last_school.a) AND (best IS NULL OR sa2.d < best.d)
                 THEN sa2 ELSE best END) AS next_school
// skip what another handover or detector judges, and moves of children not looked after
WHERE NOT (h.type = 'cp_plan_end' AND stepdowns_after > 0)
  AND NOT (h.type = 'address_move' AND (NOT lac_possible OR cross_area OR size(referred) = 0))
WITH cs, last_day, high_c, weighty_c, h, recorder, d0h, d1h, kids, kid_ids, fam, pause,
     last_seen_before, first_seen_after, lac_certain,
     CASE WHEN h.type = 'school_move' AND last_school IS NOT NULL THEN last_school.a ELSE recorder END AS sender,
     CASE
       WHEN h.type = 'cp_plan_end' THEN reduce(acc = [], rx IN referred + cin_recorders |
                                               CASE WHEN rx IN acc THEN acc ELSE acc + [rx] END)
       WHEN h.type = 'birth' THEN [hv IN agencies WHERE hv.sector = 'health_visiting']
       WHEN h.type = 'school_move' AND size(referred) = 0 THEN
         CASE WHEN next_school IS NULL THEN [] ELSE [next_school.a] END
       ELSE referred
     END AS receivers,
     d1h + CASE WHEN h.type = 'birth' THEN $N_birth + pause ELSE $N_pickup END AS w1,
     d1h + $N_contact + CASE WHEN h.type = 'birth' THEN pause ELSE 0 END AS wc,
     (h.type = 'birth' OR any(kd IN kids WHERE kd.dob_day IS NOT NULL AND d0h - kd.dob_day < 365)) AS under1
// K(H): concern events of medium or high weight about the family that the sender knew by the
// handover, from the last history_days. Certain when the sender knew them by d0(H).
OPTIONAL MATCH (sender)-[ks:KNEW]->(ke:Event)-[:ABOUT]->(kp:Person)
WHERE ks.mode = $mode AND kp.person_id IN fam AND ke <> h
  AND any(kc IN ke.concerns WHERE kc IN weighty_c)
  AND coalesce(ke.day_to, ke.day_from) >= d0h - $history_days
  AND (ks.from_day <= d1h OR (ks.route IN ['recorded', 'took_part'] AND ke.day_from <= d1h))
WITH cs, last_day, high_c, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1,
     collect(CASE WHEN ke IS NULL THEN null
                  ELSE {e: ke, certain: ks.from_day <= d0h, high: any(kh IN ke.concerns WHERE kh IN high_c)} END) AS kraw
WITH cs, last_day, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1,
     reduce(acc = [], kr IN kraw | CASE WHEN kr.e IN [ka IN acc | ka.e] THEN acc ELSE acc + [kr] END) AS kset
UNWIND (CASE WHEN size(receivers) = 0 THEN [null] ELSE receivers END) AS b
OPTIONAL MATCH (b)-[:RECORDED]->(x:Event)-[:ABOUT]->(xp:Person)
WHERE x <> h AND xp.person_id IN fam AND coalesce(x.day_to, x.day_from) >= d0h
WITH cs, last_day, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1, kset, b, collect(DISTINCT x) AS after
OPTIONAL MATCH (b)-[:RECORDED]->(y:Event)-[:SAW]->(yc:Child)
WHERE y <> h AND yc.person_id IN kid_ids AND coalesce(y.day_to, y.day_from) >= d0h
WITH cs, last_day, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1, kset, b, after,
     collect(CASE WHEN y IS NULL THEN null ELSE {e: y, kid: yc.person_id} END) AS seen
WITH cs, last_day, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1, kset, b, after,
     [sn IN seen WHERE sn.e.day_from <= wc] AS seen_in,
     reduce(best = null, sn2 IN seen | CASE WHEN best IS NULL OR sn2.e.day_from < best.day_from
                                            THEN sn2.e ELSE best END) AS first_seen,
     reduce(best = null, af IN [ax IN after WHERE ax.day_from <= w1] |
            CASE WHEN best IS NULL OR af.day_from < best.day_from THEN af ELSE best END) AS first_pick,
     reduce(best = null, an IN after |
            CASE WHEN best IS NULL OR an.day_from < best.day_from THEN an ELSE best END) AS first_any,
     (b IS NOT NULL AND (size([(b)-[:RECORDED]->(bx:Event) | bx]) > 0
                         OR b.records_from_day IS NOT NULL OR b.records_to_day IS NOT NULL)) AS in_data
WITH cs, last_day, h, recorder, d0h, d1h, kids, kid_ids, fam, last_seen_before, first_seen_after,
     lac_certain, sender, receivers, w1, wc, under1, kset, b, in_data, first_pick, first_any, first_seen,
     [kd2 IN kids WHERE NOT kd2.person_id IN [si IN seen_in | si.kid]] AS unseen,
     CASE WHEN first_pick IS NULL OR b IS NULL THEN []
          ELSE [(b)-[kb:KNEW]->(kbe:Event) WHERE kb.mode = $mode
                AND (kb.from_day <= coalesce(first_pick.day_to, first_pick.day_from)
                     OR (kb.route IN ['recorded', 'took_part']
                         AND kbe.day_from <= coalesce(first_pick.day_to, first_pick.day_from))) | kbe.event_id]
     END AS known_ids,
     coalesce(first_any.day_from, last_day) AS gap_end_pick,
     coalesce(first_seen.day_from, last_day) AS gap_end_seen
// concerns recorded by anyone about the family after the handover and before the receiver
// first recorded (or saw) the child: the gap
OPTIONAL MATCH (g:Event {case_id: $case_id})-[:ABOUT]->(gp:Person)
WHERE b IS NOT NULL AND gp.person_id IN fam AND size(g.concerns) > 0 AND g <> h AND g.day_from > d1h
  AND g.day_from <= CASE WHEN gap_end_pick > gap_end_seen THEN gap_end_pick ELSE gap_end_seen END
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, receivers,
     w1, wc, under1, kset, b, in_data, first_pick, first_any, first_seen, unseen, known_ids,
     gap_end_pick, gap_end_seen, collect(DISTINCT g) AS gapc
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, receivers,
     under1, kset,
     collect({b: b, in_data: in_data, picked: first_pick IS NOT NULL, first_pick: first_pick,
              first_any: first_any, first_seen: first_seen, unseen: unseen, w1: w1, wc: wc,
              dropped: CASE WHEN first_pick IS NULL THEN [] ELSE [kk IN kset WHERE NOT kk.e.event_id IN known_ids] END,
              gap_pick: [g1 IN gapc WHERE g1.day_from <= gap_end_pick],
              gap_seen: [g2 IN gapc WHERE g2.day_from <= gap_end_seen],
              cens_pick: b IS NOT NULL AND (coalesce(b.records_to_day, w1) < w1 OR coalesce(b.records_from_day, d0h) > d0h
                                            OR coalesce(cs.data_end_day, w1) < w1),
              cens_seen: b IS NOT NULL AND (coalesce(b.records_to_day, wc) < wc OR coalesce(b.records_from_day, d0h) > d0h
                                            OR coalesce(cs.data_end_day, wc) < wc)}) AS recs
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, receivers,
     under1, kset, [r1 IN recs WHERE r1.b IS NOT NULL AND r1.in_data] AS in_recs,
     [r2 IN recs WHERE r2.b IS NOT NULL AND NOT r2.in_data] AS out_recs,
     d1h + CASE WHEN h.type = 'cp_plan_end' THEN $N_follow ELSE 0 END AS wr
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, receivers,
     under1, in_recs, out_recs, wr,
     (h.type IN ['case_transfer', 'step_down', 'cp_plan_end'] AND size(receivers) = 0) AS no_receiver,
     (coalesce(recorder.records_to_day, wr) < wr OR coalesce(cs.data_end_day, wr) < wr) AS no_receiver_cens,
     CASE WHEN h.type = 'birth' AND any(rp IN in_recs WHERE rp.picked) THEN []
          ELSE [rn IN in_recs WHERE NOT rn.picked] END AS np,
     CASE WHEN h.type = 'birth' AND any(rs IN in_recs WHERE rs.picked AND size(rs.unseen) = 0) THEN []
          ELSE [rc IN in_recs WHERE rc.picked AND size(rc.unseen) > 0] END AS nc,
     [rd IN in_recs WHERE rd.picked AND size(rd.dropped) > 0] AS hd
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, receivers,
     under1, wr,
     [
       {variant: 'no_receiver', censored: no_receiver_cens,
        items: CASE WHEN no_receiver THEN [{b: null}] ELSE [] END},
       {variant: 'receiver_not_in_data', censored: false,
        items: CASE WHEN size(in_recs) > 0 THEN []
                    WHEN size(out_recs) > 0 THEN out_recs
                    WHEN h.type IN ['birth', 'school_move'] AND size(receivers) = 0 THEN [{b: null}]
                    ELSE [] END},
       {variant: 'not_picked_up', censored: size([n1 IN np WHERE NOT n1.cens_pick]) = 0,
        items: CASE WHEN size([n2 IN np WHERE NOT n2.cens_pick]) > 0 THEN [n3 IN np WHERE NOT n3.cens_pick]
                    ELSE np END},
       {variant: 'no_contact', censored: size([c1 IN nc WHERE NOT c1.cens_seen]) = 0,
        items: CASE WHEN size([c2 IN nc WHERE NOT c2.cens_seen]) > 0 THEN [c3 IN nc WHERE NOT c3.cens_seen]
                    ELSE nc END},
       {variant: 'history_dropped', censored: false, items: hd}
     ] AS candidates
UNWIND candidates AS f
WITH cs, h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, under1, wr, f
WHERE size(f.items) > 0
WITH h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, under1, wr, f,
     replace(h.type, '_', ' ') AS what,
     reduce(s = '', kp1 IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(kp1.pseudonym, kp1.person_id)) AS who,
     reduce(s = '', it IN [i1 IN f.items WHERE i1.b IS NOT NULL] |
            s + CASE WHEN s = '' THEN '' ELSE ', ' END + it.b.name) AS to_names,
     reduce(acc = [], i2 IN f.items | acc + CASE WHEN f.variant = 'not_picked_up' THEN i2.gap_pick
                                                 WHEN f.variant = 'no_contact' THEN i2.gap_seen ELSE [] END) AS gap,
     reduce(acc = [], i3 IN f.items | acc + CASE WHEN f.variant = 'history_dropped' THEN i3.dropped ELSE [] END) AS dropped,
     reduce(acc = [], i4 IN f.items | acc + CASE WHEN f.variant = 'no_contact' THEN i4.unseen ELSE [] END) AS unseen
WITH h, recorder, d0h, d1h, kids, last_seen_before, first_seen_after, lac_certain, sender, under1, wr, f,
     what, who, to_names, gap, dropped, unseen,
     CASE
       WHEN f.variant = 'receiver_not_in_data' THEN 'low'
       WHEN under1 THEN 'high'
       WHEN f.variant = 'no_receiver' AND h.type IN ['cp_plan_end', 'step_down'] THEN 'high'
       WHEN f.variant = 'history_dropped' AND any(dh IN dropped WHERE dh.high) THEN 'high'
       WHEN f.variant IN ['not_picked_up', 'no_contact'] AND size(gap) > 0 THEN 'high'
       WHEN h.type = 'case_transfer' AND all(i5 IN f.items WHERE i5.b = recorder AND size(i5.unseen) = 0) THEN 'low'
       ELSE 'medium'
     END AS severity,
     CASE
       WHEN NOT (h.type <> 'address_move' OR lac_certain) THEN 'possible'
       WHEN f.variant = 'history_dropped' AND none(dc IN dropped WHERE dc.certain) THEN 'possible'
       ELSE 'definite'
     END AS confidence
RETURN h.event_id AS anchor,
       f.variant AS variant,
       severity,
       confidence,
       f.censored AS censored,
       CASE WHEN f.variant = 'no_contact' THEN [u IN unseen | u.person_id] ELSE [k1 IN kids | k1.person_id] END AS subjects,
       CASE f.variant
         WHEN 'no_receiver' THEN
           CASE WHEN h.type = 'cp_plan_end'
                THEN 'Child protection plan for ' + who + ' ended on ' + h.date_text + ': no record of a child in need plan or a step-down to another service within ' + toString($N_follow) + ' days.'
                ELSE 'The ' + what + ' of ' + who + ' on ' + h.date_text + ' names no receiving agency: no record of who took responsibility.' END
         WHEN 'receiver_not_in_data' THEN
           CASE WHEN to_names = '' THEN 'The ' + what + ' of ' + who + ' on ' + h.date_text + ' has no receiving agency in the data, so pick-up cannot be checked.'
                ELSE 'The ' + what + ' of ' + who + ' on ' + h.date_text + ' passed to ' + to_names + ', whose records are not in the data, so pick-up cannot be checked.' END
         WHEN 'not_picked_up' THEN
           'The ' + what + ' of ' + who + ' on ' + h.date_text + ' passed responsibility to ' + to_names
           + ': no record that ' + to_names + ' recorded anything about the family within '
           + toString(head(f.items).w1 - d1h) + ' days'
           + CASE WHEN size(f.items) = 1 AND head(f.items).first_any IS NOT NULL
                  THEN ' (first record ' + toString(head(f.items).first_any.day_from - d1h) + ' days later)'
                  ELSE '' END
           + CASE WHEN size(gap) > 0 THEN ', while ' + toString(size(gap)) + ' new concern(s) were recorded' ELSE '' END + '.'
         WHEN 'no_contact' THEN
           'The ' + what + ' of ' + who + ' on ' + h.date_text + ' was picked up by ' + to_names
           + ', but no record that ' + reduce(s = '', u2 IN unseen | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(u2.pseudonym, u2.person_id))
           + ' was seen by ' + to_names + ' within ' + toString(head(f.items).wc - d1h) + ' days.'
         ELSE
           'The ' + what + ' of ' + who + ' on ' + h.date_text + ' was picked up by ' + to_names
           + ', but no record that it knew ' + toString(size(dropped)) + ' earlier concern(s) known to '
           + sender.name + ' when it first recorded the family.'
       END AS summary,
       [{event_id: h.event_id, role: 'trigger',
         note: 'handover: ' + what + ' recorded by ' + recorder.name}]
       + [i6 IN f.items WHERE i6.b IS NOT NULL |
          {role: 'context', agency_id: i6.b.agency_id,
           note: CASE WHEN f.variant = 'receiver_not_in_data' THEN 'receiving agency: no records in the data'
                      ELSE 'receiving agency' END}]
       + CASE f.variant
           WHEN 'no_receiver' THEN
             [{role: 'expected_missing', agency_id: recorder.agency_id, day_from: d0h, day_to: wr,
               note: CASE WHEN h.type = 'cp_plan_end'
                          THEN 'no record of a child in need plan or step-down after the plan ended'
                          ELSE 'no record of a receiving agency (Referred to is blank)' END}]
           WHEN 'not_picked_up' THEN
             [i7 IN f.items | {role: 'expected_missing', agency_id: i7.b.agency_id, day_from: d0h, day_to: i7.w1,
                               note: 'no record that ' + i7.b.name + ' recorded anything about the family in this window'}]
             + [i8 IN f.items WHERE i8.first_any IS NOT NULL |
                {event_id: i8.first_any.event_id, role: 'late_response',
                 note: 'first record about the family by ' + i8.b.name + ', '
                       + toString(i8.first_any.day_from - d1h) + ' days after the handover'}]
           WHEN 'no_contact' THEN
             reduce(acc = [], i9 IN f.items | acc + [u3 IN i9.unseen |
                {role: 'expected_missing', agency_id: i9.b.agency_id, day_from: d0h, day_to: i9.wc,
                 note: 'no record that ' + i9.b.name + ' saw ' + coalesce(u3.pseudonym, u3.person_id) + ' in this window'}])
             + [i10 IN f.items | {event_id: i10.first_pick.event_id, role: 'response',
                 note: 'picked up by ' + i10.b.name + ', ' + toString(i10.first_pick.day_from - d1h) + ' days after the handover'}]
             + [i11 IN f.items WHERE i11.first_seen IS NOT NULL |
                {event_id: i11.first_seen.event_id, role: 'late_response',
                 note: 'first record of ' + i11.b.name + ' seeing the child, '
                       + toString(i11.first_seen.day_from - d1h) + ' days after the handover'}]
           WHEN 'history_dropped' THEN
             [i12 IN f.items | {event_id: i12.first_pick.event_id, role: 'response',
                 note: 'first pick-up by ' + i12.b.name + ', ' + toString(i12.first_pick.day_from - d1h) + ' days after the handover'}]
             + [dd IN dropped | {event_id: dd.e.event_id, role: 'unseen_concern',
                 note: 'known to ' + sender.name + ' by the handover' + CASE WHEN dd.certain THEN '' ELSE ' (possibly: dates uncertain)' END
                       + ', not known to the receiver at its first pick-up'}]
           ELSE []
         END
       + CASE WHEN f.variant IN ['not_picked_up', 'no_contact'] THEN
           [ls1 IN [last_seen_before] WHERE ls1 IS NOT NULL |
             {event_id: ls1.event_id, role: 'context', note: 'last record of the child being seen before the handover'}]
           + [fs1 IN [first_seen_after] WHERE fs1 IS NOT NULL |
             {event_id: fs1.event_id, role: 'context', note: 'first record of the child being seen after the handover'}]
           + [gc IN gap | {event_id: gc.event_id, role: 'context',
                           note: 'new concern recorded during the gap'}]
         ELSE [] END AS evidence
