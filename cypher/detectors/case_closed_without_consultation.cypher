// id: case_closed_without_consultation
// tier: 1
// version: 1
// title: Case closed without consultation
// panel: The case was closed or stepped down without asking or telling the agencies still involved
// evidence: O08 L430, L432 (closed without consulting or informing other agencies); T16 L936 (33/175 closed at the time of the incident), L305, L4146-L4148, L2586, L3126; O10 L333
// param W = 90 | days before the closure in which an agency's events make it involved, and in which it should have been consulted (product choice)
// param N_inform = 14 | days after the closure in which the involved agencies must be told (product choice)
// param N_live = 30 | days before the closure in which an involved agency's concern counts as live (DETECTORS.md T1-04)
// param N_reemerge = 90 | days after the closure in which new concerns about the child are reported as re-emerging (DETECTORS.md T1-04)
// param history_days = 365 | how old an assessment started by the closer may be and still count as open
// param closer_sectors = children_social_care | sectors whose closures are judged, comma-separated (add early_help to include early help closures)
//
// DETECTORS.md T1-04. A closure X (case_closure, step_down, cp_plan_end, cin_plan_end) recorded
// by a closer of a closer sector, about child C. A plan end on the same day as a closure or
// step-down by the same closer is judged once, on the closure. A closure whose outcome says the
// case was transferred or the family moved away is left to cross_authority_move_info_lost.
// Family = C, the people X is about, household members (MEMBER_OF covering X), parents, siblings.
// Involved set I(X): other agencies with a concern event, or at least 2 events, about the family
// in the W days before X. Per agency in I(X):
//   not_consulted: none of a request from the closer, a message from the agency to the closer
//     (other than the referral that opened the episode), an event both took part in, a meeting
//     the agency attended, or an agency record answering the closer, in the W days before X
//   not_informed: none of a message from the closer, the agency at the closing meeting, the agency
//     knowing X (KNEW, this mode), or an agency record mentioning the closure, within N_inform
//   live_concern_unknown: its concern in the N_live days before X that the closer did not know at X
// For the closure: closed_non_engagement (outcome non-engagement / no change) and
// closed_with_assessment_open. reemerging is a tag, never a finding: concerns about C within
// N_reemerge days after X raise the severity and are listed as context.
// How it runs: the events before a closure are found by day (indexed; X itself is among them, which
// keeps a closure with no other agency involved), and only the involved agencies are checked for
// consultation; involved agencies are listed by name.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ev0:Event {case_id: $case_id})
WITH cs, max(coalesce(ev0.day_to, ev0.day_from) - ev0.day_from) AS maxspan
WITH cs, maxspan, [w IN split($closer_sectors, ',') | trim(w)] AS closer_s
MATCH (xa:Agency)-[:RECORDED]->(x:Event {case_id: $case_id})
WHERE x.type IN ['case_closure', 'step_down', 'cp_plan_end', 'cin_plan_end'] AND xa.sector IN closer_s
WITH cs, maxspan, x, head(collect(xa)) AS closer, x.day_from AS d0x, coalesce(x.day_to, x.day_from) AS d1x,
     ' ' + replace(replace(replace(toLower(coalesce(x.outcome, '')), '_', ' '), '-', ' '), '.', ' ') + ' ' AS ot
WHERE NOT (ot CONTAINS 'transferred' OR ot CONTAINS 'moved away' OR ot CONTAINS 'moved out of' OR ot CONTAINS 'moved area')
MATCH (x)-[:ABOUT]->(c:Child)
WITH cs, maxspan, x, closer, d0x, d1x, ot, collect(c) AS kids0
WITH cs, maxspan, x, closer, d0x, d1x, ot, kids0,
     [(closer)-[:RECORDED]->(same:Event)-[:ABOUT]->(sk:Child)
      WHERE same.type IN ['case_closure', 'step_down'] AND same.day_from = x.day_from AND same <> x AND sk IN kids0 | same]
       AS same_day
WHERE NOT (x.type IN ['cp_plan_end', 'cin_plan_end'] AND size(same_day) > 0)
UNWIND kids0 AS c
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mm:MEMBER_OF]-(hm:Person)
WHERE coalesce(mc.from_day, d1x) <= d1x AND coalesce(mc.to_day, d0x) >= d0x
  AND coalesce(mm.from_day, d1x) <= d1x AND coalesce(mm.to_day, d0x) >= d0x
WITH cs, maxspan, x, closer, d0x, d1x, ot, c, collect(DISTINCT hm.person_id) AS hms
WITH cs, maxspan, x, closer, d0x, d1x, ot, c,
     hms + [(pp:Person)-[:PARENT_OF]->(c) | pp.person_id] + [(c)-[:SIBLING_OF]-(sp:Person) | sp.person_id] AS kin
ORDER BY c.pseudonym
WITH cs, maxspan, x, closer, d0x, d1x, ot, collect(c) AS kids, collect(c.person_id) AS kid_ids, collect(kin) AS kins
WITH cs, maxspan, x, closer, d0x, d1x, ot, kids, kid_ids,
     reduce(acc = kid_ids + [(x)-[:ABOUT]->(xp:Person) | xp.person_id], kl IN kins | acc + kl) AS fam,
     d0x - $W AS w0,
     any(kd IN kids WHERE kd.dob_day IS NOT NULL AND d0x - kd.dob_day < 365) AS under1
// the referral that opened the episode: the earliest referral to the closer in the window
WITH cs, maxspan, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1,
     [(orp:Person)<-[:ABOUT]-(orr:Event)-[:REFERRED_TO]->(closer)
      WHERE orr.type = 'referral' AND orp.person_id IN fam
        AND coalesce(orr.day_to, orr.day_from) >= w0 AND orr.day_from <= d0x | orr] AS referrals_in
WITH cs, maxspan, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1,
     reduce(best = null, ri IN referrals_in | CASE WHEN best IS NULL OR ri.day_from < best.day_from
                                                  THEN ri ELSE best END) AS opening
// involved agencies: a concern event or 2 events about the family in the W days before X (the events
// are found by day; X itself is one of them, which keeps the closure when no other agency is involved)
MATCH (ie:Event {case_id: $case_id})
WHERE ie.day_from >= w0 - maxspan AND ie.day_from <= d0x AND coalesce(ie.day_to, ie.day_from) >= w0
MATCH (ia:Agency)-[:RECORDED]->(ie)-[:ABOUT]->(ip:Person)
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, ia, ie,
     ia <> closer AND ip.person_id IN fam AND ie <> x AS hit
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, ia,
     collect(DISTINCT CASE WHEN hit THEN ie END) AS ievs
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, ia, ievs,
     [ic IN ievs WHERE size(ic.concerns) > 0] AS iconcerns,
     [ix IN ievs WHERE ix.day_from >= w0 AND coalesce(ix.day_to, ix.day_from) <= d1x] AS icertain
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening,
     collect(CASE WHEN size(iconcerns) >= 1 OR size(ievs) >= 2 THEN
       {a: ia, n: size(ievs), nc: size(iconcerns),
        certain: size(icertain) >= 2 OR size([icc IN icertain WHERE size(icc.concerns) > 0]) > 0,
        livec: [lv IN iconcerns WHERE coalesce(lv.day_to, lv.day_from) >= d0x - $N_live AND lv.day_from <= d1x]} END) AS inv0
UNWIND CASE WHEN size(inv0) = 0 THEN [null] ELSE inv0 END AS iv
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, iv.a AS ia
// consultation in the W days before X
OPTIONAL MATCH (closer)-[:RECORDED]->(rq:Event)-[:SHARED_WITH|REFERRED_TO]->(ia), (rq)-[:ABOUT]->(rqp:Person)
WHERE rq.type = 'information_request' AND rqp.person_id IN fam
  AND coalesce(rq.day_to, rq.day_from) >= w0 AND rq.day_from <= d1x
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     count(DISTINCT rq) AS asked
OPTIONAL MATCH (ia)-[:RECORDED]->(tl:Event)-[:SHARED_WITH|REFERRED_TO]->(closer), (tl)-[:ABOUT]->(tlp:Person)
WHERE tlp.person_id IN fam AND coalesce(tl.day_to, tl.day_from) >= w0 AND tl.day_from <= d1x
  AND (opening IS NULL OR tl <> opening)
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     asked, count(DISTINCT tl) AS told
OPTIONAL MATCH (ia)-[:RECORDED|ATTENDED]->(mt:Event)-[:ABOUT]->(mtp:Person)
WHERE mtp.person_id IN fam AND coalesce(mt.day_to, mt.day_from) >= w0 AND mt.day_from <= d1x
  AND mt.type IN $meeting_types
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     asked, told, collect(DISTINCT mt) AS meetings
OPTIONAL MATCH (ia)-[:RECORDED|ATTENDED]->(jt:Event)<-[:RECORDED|ATTENDED]-(closer), (jt)-[:ABOUT]->(jtp:Person)
WHERE jtp.person_id IN fam AND coalesce(jt.day_to, jt.day_from) >= w0 AND jt.day_from <= d1x
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     asked, told, meetings, collect(DISTINCT jt) AS joint
OPTIONAL MATCH (ia)-[:RECORDED]->(an:Event)-[:RESPONDS_TO]->(:Event)<-[:RECORDED]-(closer)
WHERE coalesce(an.day_to, an.day_from) >= w0 AND an.day_from <= d1x
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     asked, told, meetings, joint, count(DISTINCT an) AS answered
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, opening, iv, ia,
     asked + told + size(meetings) + size(joint) + answered > 0 AS consulted,
     any(mx IN meetings + joint WHERE coalesce(mx.day_to, mx.day_from) >= d0x) AS at_closing_meeting
// informing after X
OPTIONAL MATCH (closer)-[:RECORDED]->(nf:Event)-[:SHARED_WITH|REFERRED_TO]->(ia), (nf)-[:ABOUT]->(nfp:Person)
WHERE nfp.person_id IN fam AND coalesce(nf.day_to, nf.day_from) >= d0x AND nf.day_from <= d1x + $N_inform
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, iv, ia, consulted,
     at_closing_meeting, count(DISTINCT nf) AS sent_to
OPTIONAL MATCH (ia)-[:RECORDED]->(rc:Event)-[:ABOUT]->(rcp:Person)
WHERE rcp.person_id IN fam AND coalesce(rc.day_to, rc.day_from) >= d0x AND rc.day_from <= d1x + $N_inform
  AND any(word IN ['closed', 'closure', 'closing', 'step down', 'stepped down', 'step-down', 'plan ended', 'plan end']
          WHERE toLower(coalesce(rc.description, '') + ' ' + coalesce(rc.outcome, '')) CONTAINS word)
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, iv, ia, consulted,
     at_closing_meeting, sent_to, count(DISTINCT rc) AS noted
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, iv, ia, consulted,
     sent_to + noted > 0 OR at_closing_meeting
       OR size([(ia)-[kx:KNEW]->(x) WHERE kx.mode = $mode AND kx.from_day <= d1x + $N_inform | kx]) > 0 AS informed
// its live concerns that the closer did not know by X
UNWIND CASE WHEN size(coalesce(iv.livec, [])) = 0 THEN [null] ELSE iv.livec END AS lv
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, iv, ia, consulted, informed, lv,
     CASE WHEN lv IS NULL THEN 0 ELSE size([(closer)-[kcl:KNEW]->(lv) WHERE kcl.mode = $mode AND kcl.from_day <= d1x | kcl]) END AS closer_knew
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, iv, ia, consulted, informed,
     collect(CASE WHEN closer_knew = 0 THEN lv END) AS live
// the involved agencies in a fixed order (by name), so that a summary does not depend on the order rows were met
ORDER BY ia.name
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1,
     collect(CASE WHEN iv IS NULL THEN null ELSE {a: ia, n: iv.n, nc: iv.nc, certain: iv.certain,
              consulted: consulted, informed: informed, live: live,
              cens_consult: coalesce(closer.records_from_day, w0) > w0 OR coalesce(ia.records_from_day, w0) > w0,
              cens_inform: coalesce(closer.records_to_day, d1x + $N_inform) < d1x + $N_inform
                           OR coalesce(cs.data_end_day, d1x + $N_inform) < d1x + $N_inform} END) AS involved
// an assessment the closer started and had not completed by X
OPTIONAL MATCH (closer)-[:RECORDED]->(asx:Event)-[:ABOUT]->(asc:Child)
WHERE asx.type = 'assessment_start' AND asc.person_id IN kid_ids
  AND coalesce(asx.day_to, asx.day_from) >= d0x - $history_days AND asx.day_from <= d1x
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, involved, collect(DISTINCT asx) AS starts
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, involved, starts,
     [(closer)-[:RECORDED]->(acx:Event)-[:ABOUT]->(acc:Child)
      WHERE acx.type = 'assessment_complete' AND acc.person_id IN kid_ids AND acx.day_from <= d1x | acx] AS completes
WITH cs, x, closer, d0x, d1x, ot, kids, kid_ids, fam, w0, under1, involved,
     [st IN starts WHERE none(cp IN completes WHERE coalesce(cp.day_to, cp.day_from) >= st.day_from)] AS open_assessments
// re-emerging concerns about the child after X (a tag)
OPTIONAL MATCH (re:Event {case_id: $case_id})-[:ABOUT]->(rep:Person)
WHERE re.day_from > d1x AND re.day_from <= d1x + $N_reemerge AND rep.person_id IN kid_ids AND size(re.concerns) > 0 AND re <> x
WITH cs, x, closer, d0x, d1x, ot, kids, w0, under1, involved, open_assessments,
     collect(DISTINCT re) AS reemerging
WITH x, closer, d0x, d1x, kids, w0, involved, open_assessments, reemerging,
     (ot CONTAINS ' non engagement ' OR ot CONTAINS ' not engaging ' OR ot CONTAINS 'disengag'
      OR ot CONTAINS ' no change ' OR ot CONTAINS 'lack of engagement') AS non_engagement,
     [nci IN involved WHERE NOT nci.consulted] AS not_consulted,
     [nii IN involved WHERE NOT nii.informed] AS not_informed,
     reduce(acc = [], lvi IN involved | acc + lvi.live) AS live,
     under1
WITH x, closer, d0x, d1x, kids, w0, involved, open_assessments, reemerging, non_engagement, not_consulted,
     not_informed, live,
     under1 OR non_engagement OR size(open_assessments) > 0
       OR any(lh IN live WHERE any(lhc IN lh.concerns WHERE lhc IN $high_concerns)) AS closure_high,
     [
       {variant: 'not_consulted', base: 'medium', censored: size([n1 IN not_consulted WHERE NOT n1.cens_consult]) = 0,
        items: CASE WHEN size([n2 IN not_consulted WHERE NOT n2.cens_consult]) > 0
                    THEN [n3 IN not_consulted WHERE NOT n3.cens_consult] ELSE not_consulted END},
       {variant: 'not_informed', base: 'low', censored: size([n4 IN not_informed WHERE NOT n4.cens_inform]) = 0,
        items: CASE WHEN size([n5 IN not_informed WHERE NOT n5.cens_inform]) > 0
                    THEN [n6 IN not_informed WHERE NOT n6.cens_inform] ELSE not_informed END},
       {variant: 'live_concern_unknown', base: 'medium', censored: false,
        items: [lci IN involved WHERE size(lci.live) > 0]},
       {variant: 'closed_non_engagement', base: 'high', censored: false,
        items: CASE WHEN non_engagement THEN [{a: null}] ELSE [] END},
       {variant: 'closed_with_assessment_open', base: 'high', censored: false,
        items: CASE WHEN size(open_assessments) > 0 THEN [{a: null}] ELSE [] END}
     ] AS candidates
UNWIND candidates AS f
WITH x, closer, d0x, d1x, kids, w0, involved, open_assessments, reemerging, live, closure_high, f
WHERE size(f.items) > 0
WITH x, closer, d0x, d1x, kids, w0, involved, open_assessments, reemerging, live, f,
     CASE WHEN closure_high THEN 'high' ELSE f.base END AS base_severity,
     replace(x.type, '_', ' ') AS what,
     reduce(s = '', kp IN kids | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(kp.pseudonym, kp.person_id)) AS who,
     reduce(s = '', it IN [i0 IN f.items WHERE i0.a IS NOT NULL] |
            s + CASE WHEN s = '' THEN '' ELSE ', ' END + it.a.name) AS names,
     reduce(acc = [], li IN f.items | acc + CASE WHEN f.variant = 'live_concern_unknown' THEN li.live ELSE [] END)
       AS unseen
RETURN x.event_id AS anchor,
       f.variant AS variant,
       CASE
         WHEN size(reemerging) = 0 THEN base_severity
         WHEN base_severity = 'low' THEN 'medium'
         ELSE 'high'
       END AS severity,
       CASE
         WHEN f.variant = 'live_concern_unknown'
              AND none(uc IN unseen WHERE uc.day_from >= d0x - $N_live AND coalesce(uc.day_to, uc.day_from) < d0x)
           THEN 'possible'
         WHEN f.variant = 'closed_with_assessment_open'
              AND none(oa IN open_assessments WHERE coalesce(oa.day_to, oa.day_from) <= d0x) THEN 'possible'
         WHEN f.variant IN ['not_consulted', 'not_informed'] AND none(ce IN f.items WHERE ce.certain) THEN 'possible'
         ELSE 'definite'
       END AS confidence,
       f.censored AS censored,
       [k1 IN kids | k1.person_id] AS subjects,
       CASE f.variant
         WHEN 'not_consulted' THEN
           'The ' + what + ' for ' + who + ' by ' + closer.name + ' on ' + x.date_text
           + ': no record that ' + names + ', involved with the family in the ' + toString($W)
           + ' days before, was asked for or gave information.'
         WHEN 'not_informed' THEN
           'The ' + what + ' for ' + who + ' by ' + closer.name + ' on ' + x.date_text
           + ': no record that ' + names + ' was told within ' + toString($N_inform) + ' days.'
         WHEN 'live_concern_unknown' THEN
           'The ' + what + ' for ' + who + ' by ' + closer.name + ' on ' + x.date_text + ': no record that '
           + closer.name + ' knew ' + toString(size(unseen)) + ' concern(s) recorded by ' + names + ' in the '
           + toString($N_live) + ' days before.'
         WHEN 'closed_non_engagement' THEN
           'The ' + what + ' for ' + who + ' by ' + closer.name + ' on ' + x.date_text
           + ' gives non-engagement or no change as the reason (outcome: ' + coalesce(x.outcome, '') + ').'
         ELSE
           'The ' + what + ' for ' + who + ' by ' + closer.name + ' on ' + x.date_text
           + ': no record that the assessment started by ' + closer.name + ' was completed.'
       END
       + CASE WHEN size(reemerging) > 0
              THEN ' Concerns re-emerged within ' + toString($N_reemerge) + ' days.' ELSE '' END AS summary,
       [{event_id: x.event_id, role: 'trigger', note: what + ' by ' + closer.name
                                                       + CASE WHEN coalesce(x.outcome, '') = '' THEN ''
                                                              ELSE ' (outcome: ' + x.outcome + ')' END}]
       + [i1 IN f.items WHERE i1.a IS NOT NULL |
          {role: 'context', agency_id: i1.a.agency_id,
           note: 'involved: ' + toString(i1.n) + ' event(s), ' + toString(i1.nc) + ' with concerns, in the '
                 + toString($W) + ' days before'}]
       + CASE f.variant
           WHEN 'not_consulted' THEN
             [i2 IN f.items | {role: 'expected_missing', agency_id: i2.a.agency_id, day_from: w0, day_to: d1x,
                               note: 'no record of a request to, message from, or meeting with ' + i2.a.name}]
           WHEN 'not_informed' THEN
             [i3 IN f.items | {role: 'expected_missing', agency_id: i3.a.agency_id, day_from: d0x,
                               day_to: d1x + $N_inform, note: 'no record that ' + i3.a.name + ' was told'}]
           WHEN 'live_concern_unknown' THEN
             [u1 IN unseen | {event_id: u1.event_id, role: 'unseen_concern',
                              note: 'not known to ' + closer.name + ' at the ' + what}]
           WHEN 'closed_with_assessment_open' THEN
             [oa2 IN open_assessments | {event_id: oa2.event_id, role: 'context', note: 'assessment started'}]
             + [{role: 'expected_missing', agency_id: closer.agency_id, day_from: head(open_assessments).day_from,
                 day_to: d1x, note: 'no record that the assessment was completed'}]
           ELSE []
         END
       + [rm IN reemerging | {event_id: rm.event_id, role: 'context', note: 're-emerging concern after the ' + what}]
       AS evidence
