// id: cross_authority_move_info_lost
// tier: 1
// version: 1
// title: Cross-authority move, information lost
// panel: The family moved area while known; records, plans or concerns did not follow, or the new area did not act
// evidence: O08 L400, L402, L404 (information not passed on between council areas, or not acted on); O10 L202, L212; T16 L1571, L2061-L2063, L3261-L3263, L1705
// param N_send = 14 | days after the move by which the old area must have sent something to the new area (product choice)
// param N_pick = 28 | days after the move in which the matching agency in the new area must record the family (product choice)
// param N_req = 28 | days in which an information request from the new area must be answered (product choice)
// param N_conf = 28 | days after the move in which a child on a CP plan needs a conference in the new area, unless the old plan continues (product choice)
// param lookback = 90 | days before the move in which a referral, concern or health visiting/midwifery contact shows open involvement (DETECTORS.md T1-03)
// param history_days = 365 | how far back concerns known in the old area count, and how old an unfinished assessment may be
// param after_window = 180 | days after the move in which new-area information requests and new concerns are reported (product choice)
//
// DETECTORS.md T1-03 (needs ADD-4). Areas come from case.yaml (Agency.area) and from the
// chronology columns "From area" / "To area" on the address_move row (kept as x_from_area,
// x_to_area), compared without case. The move X is about the household of child C: children X
// is about, children of the people X is about, and children in their household. Family = those
// children, the people X is about, and the children's parents and household members.
// Open involvement in the old area at X: an open CP or CIN plan, an unfinished assessment, a
// referral or concern event in the lookback, or health visiting or midwifery contact in it.
// Sending side: old-area agencies holding that involvement or recording the family in the
// lookback. Receiving side: new-area agencies of the same sector (CSC, HV, MW, education, GP).
// Variants: no_transfer, move_unknown (the old area had no record of the move: a tracking
// failure, reported instead of no_transfer), no_pickup, request_unanswered, plan_lapse,
// concerns_not_transferred, and area_unknown (a move with only one of its areas: data quality,
// always censored). A message to an agency with no area counts as a transfer (benefit of the doubt).
MATCH (cs:Case {case_id: $case_id})
MATCH (ag:Agency {case_id: $case_id})
OPTIONAL MATCH (ag)-[:RECORDED]->(age:Event)
WITH cs, ag, count(age) AS recorded
WITH cs, collect(ag) AS agencies,
     collect(CASE WHEN recorded > 0 OR ag.records_from_day IS NOT NULL OR ag.records_to_day IS NOT NULL
                  THEN ag ELSE null END) AS data_ags
MATCH (xa:Agency)-[:RECORDED]->(x:Event {case_id: $case_id})
WHERE x.type = 'address_move'
WITH cs, agencies, data_ags, x, head(collect(xa)) AS x_recorder,
     trim(toLower(coalesce(x.x_from_area, ''))) AS from_a, trim(toLower(coalesce(x.x_to_area, ''))) AS to_a,
     x.day_from AS d0x, coalesce(x.day_to, x.day_from) AS d1x
WHERE from_a <> to_a
WITH cs, agencies, data_ags, x, x_recorder, from_a, to_a, d0x, d1x,
     [(x)-[:ABOUT]->(xc:Child) | xc]
     + [(x)-[:ABOUT]->(:Person)-[:PARENT_OF]->(pc:Child) | pc]
     + [(x)-[:ABOUT]->(:Person)-[:MEMBER_OF]->(:Household)<-[hmc:MEMBER_OF]-(hc:Child)
        WHERE coalesce(hmc.from_day, d1x) <= d1x AND coalesce(hmc.to_day, d0x) >= d0x | hc] AS kids_raw,
     [(x)-[:ABOUT]->(xp:Person) | xp.person_id] AS x_about
WITH cs, agencies, data_ags, x, x_recorder, from_a, to_a, d0x, d1x, x_about,
     reduce(acc = [], kr IN kids_raw | CASE WHEN kr IN acc THEN acc ELSE acc + [kr] END) AS kids
WHERE size(kids) > 0
UNWIND kids AS c
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mm:MEMBER_OF]-(hm:Person)
WHERE coalesce(mc.from_day, d1x) <= d1x AND coalesce(mc.to_day, d0x) >= d0x
  AND coalesce(mm.from_day, d1x) <= d1x AND coalesce(mm.to_day, d0x) >= d0x
WITH cs, agencies, data_ags, x, x_recorder, from_a, to_a, d0x, d1x, x_about, kids, c, collect(DISTINCT hm.person_id) AS hms
WITH cs, agencies, data_ags, x, x_recorder, from_a, to_a, d0x, d1x, x_about, kids, c,
     hms + [(pp:Person)-[:PARENT_OF]->(c) | pp.person_id] AS kin
ORDER BY c.pseudonym
WITH cs, agencies, data_ags, x, x_recorder, from_a, to_a, d0x, d1x, x_about, collect(c) AS kids,
     collect(c.person_id) AS kid_ids, collect(kin) AS kins
WITH cs, data_ags, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids,
     reduce(acc = kid_ids + x_about, kl IN kins | acc + kl) AS fam,
     [fa IN agencies WHERE trim(toLower(coalesce(fa.area, ''))) = from_a AND from_a <> ''] AS from_ags,
     [ta IN agencies WHERE trim(toLower(coalesce(ta.area, ''))) = to_a AND to_a <> ''] AS to_ags,
     (from_a = '' OR to_a = '') AS area_missing,
     any(kd IN kids WHERE (kd.dob_day IS NOT NULL AND d0x - kd.dob_day < 365)) AS under1,
     any(kd2 IN kids WHERE (kd2.dob_day IS NOT NULL AND kd2.dob_day > d0x)
                           OR (kd2.dob_day IS NULL AND kd2.role = 'unborn')) AS unborn
// plans and assessments in the old area, and what ended them
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     [(pa:Agency)-[:RECORDED]->(ps:Event)-[:ABOUT]->(psc:Child)
      WHERE ps.case_id = $case_id AND ps.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start']
        AND psc.person_id IN kid_ids AND pa IN from_ags AND ps.day_from <= d1x
        AND (ps.type <> 'assessment_start' OR coalesce(ps.day_to, ps.day_from) >= d0x - $history_days)
      | {a: pa, e: ps}] AS starts,
     [(qa:Agency)-[:RECORDED]->(qe:Event)-[:ABOUT]->(qsc:Child)
      WHERE qe.case_id = $case_id AND qe.type IN ['cp_plan_end', 'cin_plan_end', 'case_closure', 'assessment_complete']
        AND qsc.person_id IN kid_ids AND qe.day_from <= d1x + $N_conf
      | {a: qa, e: qe}] AS ends
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn, ends,
     [st IN starts WHERE none(en IN ends
        WHERE ((st.e.type = 'cp_plan_start' AND en.e.type = 'cp_plan_end')
               OR (st.e.type = 'cin_plan_start' AND en.e.type = 'cin_plan_end')
               OR (st.e.type = 'assessment_start' AND en.e.type = 'assessment_complete' AND en.a = st.a)
               OR (st.e.type <> 'assessment_start' AND en.e.type = 'case_closure' AND en.a = st.a))
          AND en.e.day_from >= st.e.day_from AND coalesce(en.e.day_to, en.e.day_from) < d0x)
      | {kind: CASE st.e.type WHEN 'cp_plan_start' THEN 'CP plan' WHEN 'cin_plan_start' THEN 'CIN plan'
                              ELSE 'assessment in progress' END,
         a: st.a, e: st.e,
         certain: coalesce(st.e.day_to, st.e.day_from) <= d0x AND none(en2 IN ends
           WHERE ((st.e.type = 'cp_plan_start' AND en2.e.type = 'cp_plan_end')
                  OR (st.e.type = 'cin_plan_start' AND en2.e.type = 'cin_plan_end')
                  OR (st.e.type = 'assessment_start' AND en2.e.type = 'assessment_complete' AND en2.a = st.a)
                  OR (st.e.type <> 'assessment_start' AND en2.e.type = 'case_closure' AND en2.a = st.a))
             AND coalesce(en2.e.day_to, en2.e.day_from) >= st.e.day_from AND en2.e.day_from <= d1x),
         continues: none(en3 IN ends
           WHERE ((st.e.type = 'cp_plan_start' AND en3.e.type = 'cp_plan_end')
                  OR (st.e.type <> 'assessment_start' AND en3.e.type = 'case_closure' AND en3.a = st.a))
             AND coalesce(en3.e.day_to, en3.e.day_from) >= st.e.day_from)}] AS open_items
// the old area's recent work with the family: any event in the lookback, and referrals to it
OPTIONAL MATCH (ra:Agency)-[:RECORDED]->(re:Event)-[:ABOUT]->(rp:Person)
WHERE ra IN from_ags AND rp.person_id IN fam AND re <> x
  AND coalesce(re.day_to, re.day_from) >= d0x - $lookback AND re.day_from <= d1x
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     open_items, collect(DISTINCT CASE WHEN re IS NULL THEN null ELSE {a: ra, e: re} END) AS recent
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     open_items, recent,
     [(rrp:Person)<-[:ABOUT]-(rre:Event)-[:REFERRED_TO]->(rrb:Agency)
      WHERE rre.case_id = $case_id AND rrb IN from_ags AND rre.type = 'referral' AND rre <> x
        AND coalesce(rre.day_to, rre.day_from) >= d0x - $lookback AND rre.day_from <= d1x
        AND rrp.person_id IN fam | {a: rrb, e: rre}] AS referred_in
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     open_items, recent,
     open_items
     + [rc IN recent WHERE size(rc.e.concerns) > 0 OR rc.e.type = 'referral' |
        {kind: 'recent ' + CASE WHEN size(rc.e.concerns) > 0 THEN 'concern' ELSE 'referral' END, a: rc.a, e: rc.e,
         certain: rc.e.day_from >= d1x - $lookback AND coalesce(rc.e.day_to, rc.e.day_from) <= d0x, continues: false}]
     + [ri IN referred_in |
        {kind: 'recent referral', a: ri.a, e: ri.e,
         certain: ri.e.day_from >= d1x - $lookback AND coalesce(ri.e.day_to, ri.e.day_from) <= d0x, continues: false}]
     + [rh IN recent WHERE rh.a.sector IN ['health_visiting', 'midwifery'] |
        {kind: 'active ' + replace(rh.a.sector, '_', ' ') + ' episode', a: rh.a, e: rh.e,
         certain: rh.e.day_from >= d1x - $lookback AND coalesce(rh.e.day_to, rh.e.day_from) <= d0x, continues: false}]
     AS involvement
WHERE size(involvement) > 0 OR area_missing
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement,
     reduce(acc = [], sx IN [iv IN involvement | iv.a] + [rv IN recent | rv.a] |
            CASE WHEN sx IN acc THEN acc ELSE acc + [sx] END) AS senders,
     [cp IN involvement WHERE cp.kind = 'CP plan'] AS cp_plans
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans,
     reduce(acc = [], sc IN [s1 IN senders WHERE s1.sector IN ($csc_sectors + ['health_visiting', 'midwifery', 'education', 'health_gp'])
                             | s1.sector] |
            CASE WHEN sc IN acc THEN acc ELSE acc + [sc] END) AS active_sectors
// transfers: a message about the family from an old-area agency to a new-area agency (or one of
// unknown area), or an event about the family both took part in, around the move
OPTIONAL MATCH (ma:Agency)-[:RECORDED]->(m:Event)-[:SHARED_WITH|REFERRED_TO]->(mt:Agency), (m)-[:ABOUT]->(mp:Person)
WHERE ma IN from_ags AND mp.person_id IN fam AND mt <> ma AND NOT mt IN from_ags
  AND (mt IN to_ags OR trim(coalesce(mt.area, '')) = '')
  AND coalesce(m.day_to, m.day_from) >= d0x - 30 AND m.day_from <= d1x + $N_send
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, active_sectors,
     collect(DISTINCT CASE WHEN m IS NULL THEN null ELSE {sector: ma.sector, e: m} END) AS sent
OPTIONAL MATCH (ja:Agency)-[:RECORDED|ATTENDED]->(jm:Event)<-[:RECORDED|ATTENDED]-(jt:Agency), (jm)-[:ABOUT]->(jp:Person)
WHERE ja IN from_ags AND jt IN to_ags AND jp.person_id IN fam
  AND coalesce(jm.day_to, jm.day_from) >= d0x - 30 AND jm.day_from <= d1x + $N_send
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, active_sectors,
     sent, collect(DISTINCT CASE WHEN jm IS NULL THEN null ELSE {sector: ja.sector, e: jm} END) AS joint
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, active_sectors, sent + joint AS transfers,
     size([(ka:Agency)-[kk:KNEW]->(x) WHERE kk.mode = $mode AND ka IN from_ags AND kk.from_day <= d1x + $N_send | ka]) > 0
       AS move_known
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known,
     [sec IN active_sectors WHERE none(tr IN transfers WHERE tr.sector = sec) |
      {sector: sec, from: [s2 IN senders WHERE s2.sector = sec],
       cens: all(s3 IN [s4 IN senders WHERE s4.sector = sec]
                 WHERE coalesce(s3.records_to_day, d1x + $N_send) < d1x + $N_send)
             OR coalesce(cs.data_end_day, d1x + $N_send) < d1x + $N_send}] AS untransferred,
     [rcv IN to_ags WHERE rcv.sector IN active_sectors AND rcv IN data_ags] AS receivers
// pick-up by each receiving agency
UNWIND (CASE WHEN size(receivers) = 0 THEN [null] ELSE receivers END) AS t
OPTIONAL MATCH (t)-[:RECORDED]->(te:Event)-[:ABOUT]->(tp:Person)
WHERE tp.person_id IN fam AND coalesce(te.day_to, te.day_from) >= d0x
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, t, collect(DISTINCT te) AS t_after
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred,
     collect(CASE WHEN t IS NULL THEN null ELSE
       {t: t, picked: any(ta1 IN t_after WHERE ta1.day_from <= d1x + $N_pick),
        first: reduce(best = null, ta2 IN t_after | CASE WHEN best IS NULL OR ta2.day_from < best.day_from
                                                         THEN ta2 ELSE best END),
        cens: coalesce(t.records_to_day, d1x + $N_pick) < d1x + $N_pick OR coalesce(t.records_from_day, d0x) > d0x
              OR coalesce(cs.data_end_day, d1x + $N_pick) < d1x + $N_pick} END) AS pickups
// information requests from the new area to the old, and their answers
OPTIONAL MATCH (qa:Agency)-[:RECORDED]->(q:Event)-[:SHARED_WITH|REFERRED_TO]->(qb:Agency), (q)-[:ABOUT]->(qp:Person)
WHERE q.type = 'information_request' AND qa IN to_ags AND qb IN from_ags AND qp.person_id IN fam
  AND coalesce(q.day_to, q.day_from) >= d0x - 30 AND q.day_from <= d1x + $after_window
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, q, qa, qb,
     CASE WHEN q IS NULL THEN 0 ELSE
       size([(qb)-[:RECORDED]->(qr:Event)-[:RESPONDS_TO]->(q)
             WHERE coalesce(qr.day_to, qr.day_from) >= q.day_from
               AND qr.day_from <= coalesce(q.day_to, q.day_from) + $N_req | qr])
       + size([(qb)-[:RECORDED]->(qs:Event)-[:SHARED_WITH]->(qa)
               WHERE qs.type = 'information_shared' AND coalesce(qs.day_to, qs.day_from) >= q.day_from
                 AND qs.day_from <= coalesce(q.day_to, q.day_from) + $N_req | qs]) END AS answers
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups,
     collect(DISTINCT CASE WHEN q IS NULL THEN null ELSE
       {q: q, asker: qa, asked: qb,
        answered: answers > 0,
        cens: coalesce(qb.records_to_day, coalesce(q.day_to, q.day_from) + $N_req) < coalesce(q.day_to, q.day_from) + $N_req
              OR coalesce(cs.data_end_day, coalesce(q.day_to, q.day_from) + $N_req) < coalesce(q.day_to, q.day_from) + $N_req}
     END) AS requests
// the new area's first decision about the family, and the old area's concerns it did not know
OPTIONAL MATCH (da:Agency)-[:RECORDED]->(dd:Event)-[:ABOUT]->(dp:Person)
WHERE da IN to_ags AND dp.person_id IN fam AND coalesce(dd.day_to, dd.day_from) >= d0x
  AND dd.type IN $decision_types
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, requests, collect(DISTINCT dd) AS decisions
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, requests,
     reduce(best = null, dx IN decisions | CASE WHEN best IS NULL OR dx.day_from < best.day_from
                                               THEN dx ELSE best END) AS decision
OPTIONAL MATCH (ka2:Agency)-[kc:KNEW]->(ce:Event)-[:ABOUT]->(cp2:Person)
WHERE decision IS NOT NULL AND kc.mode = $mode AND ka2 IN from_ags AND kc.from_day <= d1x
  AND cp2.person_id IN fam AND size(ce.concerns) > 0 AND coalesce(ce.day_to, ce.day_from) >= d0x - $history_days
WITH DISTINCT cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags,
     under1, unborn, involvement, senders, cp_plans, move_known, untransferred, pickups, requests, decision, ce
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, requests, decision, ce,
     CASE WHEN ce IS NULL THEN 1 ELSE
       size([(ra2:Agency)-[:RECORDED]->(ce) WHERE ra2 IN to_ags | ra2])
       + size([(kt:Agency)-[kt2:KNEW]->(ce) WHERE kt IN to_ags AND kt2.mode = $mode
               AND kt2.from_day <= coalesce(decision.day_to, decision.day_from) | kt]) END AS known_new
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, fam, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, requests, decision,
     collect(CASE WHEN known_new = 0 THEN ce ELSE null END) AS lost
// new concerns recorded in the new area after the move (context)
OPTIONAL MATCH (na:Agency)-[:RECORDED]->(ne:Event)-[:ABOUT]->(np:Person)
WHERE na IN to_ags AND np.person_id IN fam AND size(ne.concerns) > 0
  AND coalesce(ne.day_to, ne.day_from) >= d0x AND ne.day_from <= d1x + $after_window
WITH cs, x, x_recorder, from_a, to_a, d0x, d1x, kids, kid_ids, from_ags, to_ags, area_missing, data_ags, under1, unborn,
     involvement, senders, cp_plans, move_known, untransferred, pickups, requests, decision, lost,
     collect(DISTINCT ne) AS new_concerns,
     [csc IN to_ags WHERE csc.sector IN $csc_sectors AND csc IN data_ags] AS to_csc,
     [(cfa:Agency)-[:RECORDED]->(cf:Event)-[:ABOUT]->(cfc:Child)
      WHERE cf.case_id = $case_id AND cfa IN to_ags AND cf.type = 'cp_conference' AND cfc.person_id IN kid_ids
        AND coalesce(cf.day_to, cf.day_from) >= d0x AND cf.day_from <= d1x + $N_conf | cf] AS new_conferences
WITH x, x_recorder, from_a, to_a, d0x, d1x, kids, area_missing, involvement, senders, cp_plans, decision, lost,
     new_concerns, head(to_csc) AS to_csc1, new_conferences,
     (size(cp_plans) > 0 OR under1 OR (unborn AND any(ic IN involvement WHERE size(ic.e.concerns) > 0
                                                       OR ic.kind IN ['CP plan', 'CIN plan']))) AS high_case,
     any(ct IN involvement WHERE ct.certain) AS certain_involvement,
     [
       {variant: 'area_unknown', censored: true, items: CASE WHEN area_missing THEN [{x: 1}] ELSE [] END},
       {variant: 'move_unknown', censored: false,
        items: CASE WHEN NOT area_missing AND NOT move_known AND size(untransferred) > 0 THEN [{x: 1}] ELSE [] END},
       {variant: 'no_transfer', censored: size([u1 IN untransferred WHERE NOT u1.cens]) = 0,
        items: CASE WHEN area_missing OR NOT move_known THEN []
                    WHEN size([u2 IN untransferred WHERE NOT u2.cens]) > 0 THEN [u3 IN untransferred WHERE NOT u3.cens]
                    ELSE untransferred END},
       {variant: 'no_pickup', censored: size([p1 IN pickups WHERE NOT p1.picked AND NOT p1.cens]) = 0,
        items: CASE WHEN area_missing THEN []
                    WHEN size([p2 IN pickups WHERE NOT p2.picked AND NOT p2.cens]) > 0
                    THEN [p3 IN pickups WHERE NOT p3.picked AND NOT p3.cens]
                    ELSE [p4 IN pickups WHERE NOT p4.picked] END},
       {variant: 'request_unanswered', censored: size([q1 IN requests WHERE NOT q1.answered AND NOT q1.cens]) = 0,
        items: CASE WHEN area_missing THEN []
                    WHEN size([q2 IN requests WHERE NOT q2.answered AND NOT q2.cens]) > 0
                    THEN [q3 IN requests WHERE NOT q3.answered AND NOT q3.cens]
                    ELSE [q4 IN requests WHERE NOT q4.answered] END},
       {variant: 'plan_lapse',
        censored: size(to_csc) = 0
                  OR any(tc IN to_csc WHERE coalesce(tc.records_to_day, d1x + $N_conf) < d1x + $N_conf)
                  OR any(cpl IN cp_plans WHERE coalesce(cpl.a.records_to_day, d1x + $N_conf) < d1x + $N_conf)
                  OR coalesce(cs.data_end_day, d1x + $N_conf) < d1x + $N_conf,
        items: CASE WHEN NOT area_missing AND size(cp_plans) > 0 AND size(new_conferences) = 0
                         AND none(cpc IN cp_plans WHERE cpc.continues) THEN cp_plans ELSE [] END},
       {variant: 'concerns_not_transferred', censored: false,
        items: CASE WHEN area_missing THEN [] ELSE lost END}
     ] AS candidates
UNWIND candidates AS f
WITH x, x_recorder, from_a, to_a, d0x, d1x, kids, involvement, senders, decision, new_concerns, high_case,
     certain_involvement, to_csc1, f
WHERE size(f.items) > 0
WITH x, x_recorder, d0x, d1x, kids, involvement, senders, decision, new_concerns, high_case, certain_involvement,
     to_csc1, f,
     coalesce(x.x_from_area, 'an unknown area') AS from_name, coalesce(x.x_to_area, 'an unknown area') AS to_name,
     reduce(s = '', kp IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(kp.pseudonym, kp.person_id)) AS who
RETURN x.event_id AS anchor,
       f.variant AS variant,
       CASE
         WHEN f.variant = 'area_unknown' THEN 'low'
         WHEN high_case THEN 'high'
         WHEN f.variant = 'no_transfer' AND all(it IN f.items WHERE it.sector = 'education') THEN 'low'
         ELSE 'medium'
       END AS severity,
       CASE WHEN certain_involvement OR f.variant = 'area_unknown' THEN 'definite' ELSE 'possible' END AS confidence,
       f.censored AS censored,
       [k1 IN kids | k1.person_id] AS subjects,
       CASE f.variant
         WHEN 'area_unknown' THEN
           'The move of ' + who + ' on ' + x.date_text + ' gives only one of its areas (from ' + from_name + ' to '
           + to_name + '), so what followed the family cannot be checked.'
         WHEN 'move_unknown' THEN
           'The family of ' + who + ' moved from ' + from_name + ' to ' + to_name + ' on ' + x.date_text
           + ': no record that the agencies involved in ' + from_name + ' knew of the move within '
           + toString($N_send) + ' days.'
         WHEN 'no_transfer' THEN
           'The family of ' + who + ' moved from ' + from_name + ' to ' + to_name + ' on ' + x.date_text
           + ' while known to services: no record that '
           + reduce(s = '', it2 IN f.items | s + CASE WHEN s = '' THEN '' ELSE ', ' END
                    + reduce(n = '', fa2 IN it2.from | n + CASE WHEN n = '' THEN '' ELSE ', ' END + fa2.name))
           + ' sent anything about the family to ' + to_name + ' within ' + toString($N_send) + ' days.'
         WHEN 'no_pickup' THEN
           'The family of ' + who + ' moved to ' + to_name + ' on ' + x.date_text + ': no record that '
           + reduce(s = '', it3 IN f.items | s + CASE WHEN s = '' THEN '' ELSE ', ' END + it3.t.name)
           + ' recorded anything about the family within ' + toString($N_pick) + ' days.'
         WHEN 'request_unanswered' THEN
           'After the move of ' + who + ' to ' + to_name + ' on ' + x.date_text + ', no record of an answer to '
           + toString(size(f.items)) + ' information request(s) sent to ' + from_name + ' within '
           + toString($N_req) + ' days.'
         WHEN 'plan_lapse' THEN
           who + ' had a child protection plan in ' + from_name + ' when the family moved to ' + to_name + ' on '
           + x.date_text + ': no record of a conference in ' + to_name + ' within ' + toString($N_conf)
           + ' days, and the plan in ' + from_name + ' did not continue.'
         ELSE
           'When ' + to_name + ' made its first decision about ' + who + ' after the move (' + decision.date_text
           + '), no record that it knew ' + toString(size(f.items)) + ' concern(s) known in ' + from_name + '.'
       END AS summary,
       [{event_id: x.event_id, role: 'trigger', note: 'move from ' + from_name + ' to ' + to_name}]
       + [iv IN involvement | {event_id: iv.e.event_id, role: 'holder',
                              note: 'open involvement in ' + from_name + ': ' + iv.kind + ' (' + iv.a.name + ')'
                                    + CASE WHEN iv.certain THEN '' ELSE ' (possibly: dates uncertain)' END}]
       + CASE f.variant
           WHEN 'move_unknown' THEN
             [sn IN senders | {role: 'expected_missing', agency_id: sn.agency_id, day_from: d0x, day_to: d1x + $N_send,
                               note: 'no record that ' + sn.name + ' knew of the move'}]
           WHEN 'no_transfer' THEN
             reduce(acc = [], it4 IN f.items | acc + [fa3 IN it4.from |
               {role: 'expected_missing', agency_id: fa3.agency_id, day_from: d0x - 30, day_to: d1x + $N_send,
                note: 'no record that ' + fa3.name + ' sent anything about the family to ' + to_name}])
           WHEN 'no_pickup' THEN
             [it5 IN f.items | {role: 'expected_missing', agency_id: it5.t.agency_id, day_from: d0x, day_to: d1x + $N_pick,
                                note: 'no record that ' + it5.t.name + ' recorded anything about the family'}]
             + [it6 IN f.items WHERE it6.first IS NOT NULL |
                {event_id: it6.first.event_id, role: 'late_response',
                 note: 'first record about the family by ' + it6.t.name + ', ' + toString(it6.first.day_from - d1x)
                       + ' days after the move'}]
           WHEN 'request_unanswered' THEN
             [it7 IN f.items | {event_id: it7.q.event_id, role: 'context',
                                note: 'information request from ' + it7.asker.name + ' to ' + it7.asked.name}]
             + [it8 IN f.items | {role: 'expected_missing', agency_id: it8.asked.agency_id, day_from: it8.q.day_from,
                                  day_to: coalesce(it8.q.day_to, it8.q.day_from) + $N_req,
                                  note: 'no record that ' + it8.asked.name + ' answered the request'}]
           WHEN 'plan_lapse' THEN
             [{role: 'expected_missing', agency_id: to_csc1.agency_id, day_from: d0x, day_to: d1x + $N_conf,
               note: 'no record of a child protection conference in ' + to_name}]
           WHEN 'concerns_not_transferred' THEN
             [{event_id: decision.event_id, role: 'decision', note: 'first decision in ' + to_name + ' after the move'}]
             + [lc IN f.items | {event_id: lc.event_id, role: 'unseen_concern',
                                 note: 'known in ' + from_name + ' by the move, not known in ' + to_name + ' at its decision'}]
           ELSE []
         END
       + CASE WHEN f.variant = 'area_unknown' THEN []
              ELSE [nc IN new_concerns | {event_id: nc.event_id, role: 'context',
                                          note: 'new concern recorded in ' + to_name + ' after the move'}] END
       AS evidence
