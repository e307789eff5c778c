// id: household_adult_unassessed
// tier: 1
// version: 1
// title: Household adult not known or assessed
// panel: A father, partner or other adult in the child's life was unknown to, or not assessed by, the agencies working with the child
// evidence: O10 L257, L274, L303, L368 (fathers and other adults in the home overlooked); T16 L1048, L1230, L1342, L2509, L2648, L2742, L4666; O08 L211
// param N_new = 28 | days after a new partner or household adult arrives in which an agency working with the child should meet or check them
// param sex_filter = any | any, male or female: which adults are candidates (the sources focus on men; T16 L1437 warns against gender bias)
//
// DETECTORS.md T1-12. Candidates P for child C (adults): PARENT_OF C (any kind); PARTNER_OF a
// parent of C while C was alive; adults sharing a household with C; a former partner of a
// parent named with that parent in a domestic_abuse concern event (a known abuser; used only
// when the adult has no other link, and limited to recorded partners because a chronology
// cannot tell the abuser from the victim or the relative who reported it).
// Child-facing event: recorded by children's social care, health visiting, midwifery, GP,
// education, early help, CAMHS, youth justice, or a hospital when the event is also about a
// child; "about P" means an ABOUT or SAW edge to P.
// Variants (one finding per adult and variant, anchor = the adult's person id, listing every
// child it applies to):
//   unknown_to_child_services  at a DECISION about C after P's link began, no child-facing
//                              event had been about P since the link began (possibly before the
//                              decision); with no decision after the link, checked at the end of
//                              the data (low)
//   known_elsewhere            concern events about P recorded by police, probation or adult
//                              services, possibly before a DECISION about C, that the deciding
//                              set (recorder, attendees, employers of those who conducted it)
//                              had no KNEW edge to (current mode) by the decision
//   new_adult_no_check         a dated household or partner link begins while C is under 5 or
//                              on a plan (not for C's birth or adoptive parents, who are not
//                              new to the child), and no child-facing event is about P within N_new
//                              days; censored when Case.data_end or every child-facing agency's
//                              records end inside that window
//   not_in_assessment          an assessment_complete about C while P was in C's household
//                              (co-member; without household records: parent or parent's
//                              partner) is not about P
// Severity: high for known_elsewhere with domestic_abuse or offending_risk_adult, or when the
// child was under 1 at the decision, assessment or arrival; low at the data end only or when
// P lives elsewhere (both have household records, not shared) with no event about both;
// medium otherwise. Confidence: known_elsewhere is possible when no unseen concern certainly
// came before the decision.
// Note: the people sheet cannot date a household membership, so MEMBER_OF.from_day is
// normally empty; a dated PARTNER_OF ("P (from 02/02/2022)") is what starts new_adult_no_check.
// A MEMBER_OF with dates written by another loader is used the same way.
// How it runs: each adult's police/adult-service concern events are read once, with the day each agency
// knew of each (kdv) and the day all had (all_by), filed in 16-day buckets; a decision then looks only at
// the bucket of its day and at the events some agency never knew. Decision makers per decision come from
// one boolean list per child (dm), not from a row per decision.
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ev0:Event {case_id: $case_id})
WITH cs.data_end_day AS data_end, max(coalesce(ev0.day_to, ev0.day_from)) AS last_day
OPTIONAL MATCH (cfa:Agency {case_id: $case_id})
WHERE cfa.sector IN $child_facing_sectors
WITH data_end, last_day, max(coalesce(cfa.records_to_day, 999999999)) AS cf_end
OPTIONAL MATCH (ag0:Agency {case_id: $case_id})
WITH data_end, coalesce(data_end, last_day) AS end_day, cf_end, collect(ag0) AS ags
// each adult's record, computed once: the concern events about them held by police, probation or adult
// services (by day), with kdv = the first day each agency (in the order of ags) is taken to have known of
// each (the KNEW from_day, or the event's first possible day for its own record or a meeting it took part
// in) and all_by = the day by which every agency knew of it
OPTIONAL MATCH (pa:Adult {case_id: $case_id})
OPTIONAL MATCH (eg:Agency)-[:RECORDED]->(ee:Event)-[:ABOUT|SAW]->(pa)
WHERE eg.sector IN (['police'] + $adult_sectors) AND size(coalesce(ee.concerns, [])) > 0
WITH DISTINCT data_end, end_day, cf_end, ags, pa, ee
WITH data_end, end_day, cf_end, ags, pa, ee,
     [(ka:Agency)-[k:KNEW]->(ee) WHERE k.mode = $mode
      | {ag: ka, kd: CASE WHEN k.route IN ['recorded', 'took_part'] AND ee.day_from < k.from_day THEN ee.day_from ELSE k.from_day END}] AS kn
WITH data_end, end_day, cf_end, ags, pa, ee, [ag IN ags | head([y IN kn WHERE y.ag = ag | y.kd])] AS kdv
ORDER BY ee.day_from
WITH data_end, end_day, cf_end, ags, pa,
     collect(ee.event_id) AS e_ids, collect(ee.day_from) AS d0s, collect(coalesce(ee.day_to, ee.day_from)) AS d1s,
     collect(CASE WHEN ee IS NULL THEN null ELSE 'domestic_abuse' IN ee.concerns OR 'offending_risk_adult' IN ee.concerns END) AS flags,
     collect(CASE WHEN ee IS NULL THEN null ELSE kdv END) AS kdvs,
     collect(CASE WHEN ee IS NULL THEN null WHEN any(v IN kdv WHERE v IS NULL) THEN 999999999
                  ELSE reduce(mx = -999999999, v IN kdv | CASE WHEN v > mx THEN v ELSE mx END) END) AS alls
// an event can be missed at t only if d0 <= t < all_by: those every agency came to know are filed in
// 16-day buckets by the days [d0, all_by - 1] they span, so that a decision on day t looks only at the bucket
// holding t; the others (nk: some agency never knew) are always looked at
WITH data_end, end_day, cf_end, ags, pa, e_ids, d0s, d1s, flags, kdvs, alls,
     [i IN range(0, size(e_ids) - 1) WHERE alls[i] < 999999999 AND alls[i] > d0s[i]] AS spans,
     [i IN range(0, size(e_ids) - 1) WHERE alls[i] >= 999999999] AS nk,
     [(hg:Agency)-[:RECORDED]->(hf:Event)-[:ABOUT|SAW]->(:Child) WHERE hg.sector = 'hospital_acute' | hf] AS hosp_kid_events
WITH data_end, end_day, cf_end, ags, pa, e_ids, d0s, d1s, flags, kdvs, alls, nk, spans,
     reduce(mn = 999999999, i IN spans | CASE WHEN d0s[i] < mn THEN d0s[i] ELSE mn END) AS base,
     reduce(mx = -999999999, i IN spans | CASE WHEN alls[i] - 1 > mx THEN alls[i] - 1 ELSE mx END) AS top,
     // what child-facing agencies recorded about the adult (hospital records only when also about a child)
     [(cg:Agency)-[:RECORDED]->(cf:Event)-[:ABOUT|SAW]->(pa)
      WHERE cg.sector IN $child_facing_sectors AND cg.sector <> 'hospital_acute' | cf]
     + [(hg2:Agency)-[:RECORDED]->(hf2:Event)-[:ABOUT|SAW]->(pa) WHERE hg2.sector = 'hospital_acute' AND hf2 IN hosp_kid_events | hf2] AS cf,
     [(pa)<-[:ABOUT|SAW]-(pe:Event) | pe] AS p_events,
     size([(pa)-[:MEMBER_OF]->(h3:Household) | h3]) > 0 AS p_has_hh
WITH data_end, end_day, cf_end, ags,
     collect({p: pa, e_ids: e_ids, d0s: d0s, d1s: d1s, flags: flags, kdvs: kdvs, alls: alls, nk: nk, base: base,
              buckets: CASE WHEN size(spans) = 0 THEN [] ELSE
                         [b IN range(0, (top - base) / 16) | [i IN spans WHERE d0s[i] <= base + 16 * b + 15 AND alls[i] - 1 >= base + 16 * b]] END,
              cf: cf, p_events: p_events, p_has_hh: p_has_hh}) AS adults
MATCH (c:Child {case_id: $case_id})
// the decisions about C (in the order met), and dm[j * size(decs) + i]: whether agency j recorded,
// attended or (through its practitioner) conducted decision i
WITH data_end, end_day, cf_end, ags, adults, c,
     [(c)<-[:ABOUT|SAW]-(dd:Event) WHERE dd.type IN $decision_types | dd] AS decs0,
     [(dr:Agency)-[:RECORDED|ATTENDED]->(dx:Event)-[:ABOUT|SAW]->(c) WHERE dx.type IN $decision_types | {d: dx, a: dr}]
     + [(dw:Agency)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(dy:Event)-[:ABOUT|SAW]->(c) WHERE dy.type IN $decision_types | {d: dy, a: dw}] AS dpairs
WITH data_end, end_day, cf_end, ags, adults, c,
     reduce(acc = [], e IN decs0 | CASE WHEN e IN acc THEN acc ELSE acc + [e] END) AS decs,
     [ag IN ags | [q IN dpairs WHERE q.a = ag | q.d]] AS decof
WITH data_end, end_day, cf_end, ags, adults, c, decs, reduce(acc = [], dl IN decof | acc + [d IN decs | d IN dl]) AS dm
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mo:MEMBER_OF]-(ha:Adult)
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm,
     collect(CASE WHEN ha IS NULL THEN null ELSE
       {p: ha, kind: 'household', detail: 'lives in the household of ' + coalesce(c.pseudonym, c.person_id),
        f: CASE WHEN mc.from_day IS NULL THEN mo.from_day WHEN mo.from_day IS NULL OR mc.from_day > mo.from_day THEN mc.from_day ELSE mo.from_day END,
        t: CASE WHEN mc.to_day IS NULL THEN mo.to_day WHEN mo.to_day IS NULL OR mc.to_day < mo.to_day THEN mc.to_day ELSE mo.to_day END} END) AS hh_links,
     size([(c)-[:MEMBER_OF]->(h1:Household) | h1]) > 0 AS c_has_hh
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, hh_links,
     [(pa:Adult)-[po:PARENT_OF]->(c) | {p: pa, kind: 'parent', birth: coalesce(po.kind, 'birth') IN ['birth', 'adoptive'],
        detail: CASE coalesce(po.kind, 'birth') WHEN 'birth' THEN 'birth parent' WHEN 'step' THEN 'step-parent'
                  WHEN 'partner_of_parent' THEN 'partner of a parent' WHEN 'adoptive' THEN 'adoptive parent'
                  WHEN 'foster' THEN 'foster carer' ELSE 'carer' END + ' of ' + coalesce(c.pseudonym, c.person_id), f: po.from_day, t: po.to_day}] AS parent_links,
     [(q:Adult)-[pr:PARTNER_OF]-(pp:Person)-[:PARENT_OF]->(c)
      WHERE q <> pp AND coalesce(pr.to_day, 999999999) >= coalesce(c.dob_day, -999999)
      | {p: q, kind: 'partner', detail: 'partner of ' + coalesce(pp.pseudonym, pp.person_id), f: pr.from_day, t: pr.to_day}] AS partner_links,
     [(c)<-[:PARENT_OF]-(pb:Person)-[:PARTNER_OF]-(pv:Adult)<-[:ABOUT]-(dv:Event)-[:ABOUT]->(pb)
      WHERE pv <> pb AND 'domestic_abuse' IN coalesce(dv.concerns, [])
      | {p: pv, kind: 'abuser', detail: 'former partner of ' + coalesce(pb.pseudonym, pb.person_id) + ' named in a domestic abuse concern', f: dv.day_from, t: null}] AS abuser_links
UNWIND hh_links + parent_links + partner_links + abuser_links AS l
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, l, l.p AS p
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, l, p,
     $sex_filter = 'any' OR ($sex_filter = 'male' AND p.sex = 'M') OR ($sex_filter = 'female' AND p.sex = 'F') AS wanted
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, l, p
WHERE wanted
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, p, collect(l) AS links
WITH data_end, end_day, cf_end, ags, adults, c, decs, dm, c_has_hh, p,
     CASE WHEN any(l IN links WHERE l.kind <> 'abuser') THEN [l IN links WHERE l.kind <> 'abuser'] ELSE links END AS plinks
// what the agencies recorded about P, and about C
WITH data_end, end_day, cf_end, ags, c, decs, dm, c_has_hh, p, plinks, head([a IN adults WHERE a.p = p]) AS ad
WITH data_end, end_day, cf_end, ags, c, decs, dm, c_has_hh, p, plinks,
     ad.e_ids AS e_ids, ad.d0s AS d0s, ad.d1s AS d1s, ad.flags AS flags, ad.kdvs AS kdvs, ad.alls AS alls, ad.nk AS nk,
     ad.base AS base, ad.buckets AS buckets, ad.cf AS cf, ad.p_events AS p_events,
     size([(p)<-[:ABOUT|SAW]-(ce1:Event)-[:ABOUT|SAW]->(c) | ce1]) > 0 AS with_c,
     any(l IN plinks WHERE l.kind = 'household') OR NOT c_has_hh OR NOT ad.p_has_hh AS resident,
     [(c)<-[:ABOUT]-(ps:Event) WHERE ps.type IN ['cp_plan_start', 'cin_plan_start'] | ps.day_from] AS plan_starts,
     [(c)<-[:ABOUT]-(pn:Event) WHERE pn.type IN ['cp_plan_end', 'cin_plan_end'] | pn.day_from] AS plan_ends,
     [(c)<-[:ABOUT]-(cc:Event)<-[:RECORDED]-(ccg:Agency) WHERE ccg.sector IN $child_facing_sectors | cc] AS c_cf_events,
     reduce(mn = 999999999, l IN plinks | CASE WHEN coalesce(l.f, -999999) < mn THEN coalesce(l.f, -999999) ELSE mn END) AS link_start,
     reduce(u = [], l IN plinks | CASE WHEN l.detail IN u THEN u ELSE u + [l.detail] END) AS link_text
WITH data_end, end_day, cf_end, ags, c, decs, dm, c_has_hh, p, plinks, e_ids, d0s, d1s, flags, kdvs, alls, nk, base, buckets,
     cf, p_events, with_c, resident, plan_starts, plan_ends, c_cf_events, link_start, link_text,
     [d IN decs WHERE coalesce(d.day_to, d.day_from) >= link_start] AS after,
     [e IN cf WHERE coalesce(e.day_to, e.day_from) >= link_start] AS cf_since
WITH data_end, end_day, cf_end, ags, c, c_has_hh, p, plinks, e_ids, d0s, d1s, flags, kdvs, alls, nk, base, buckets,
     cf, p_events, with_c, resident, plan_starts, plan_ends, c_cf_events, link_start, link_text, after, cf_since,
     reduce(mn = 999999999, e IN cf_since | CASE WHEN e.day_from < mn THEN e.day_from ELSE mn END) AS cf_first,
     // known_elsewhere: at each decision after the link began, the concern events about P from before it
     // that none of its decision makers knew of by then
     [i IN CASE WHEN size(e_ids) = 0 THEN [] ELSE range(0, size(decs) - 1) END
      WHERE coalesce(decs[i].day_to, decs[i].day_from) >= link_start |
       {d: decs[i], t1: coalesce(decs[i].day_to, decs[i].day_from),
        dj: [j IN range(0, size(ags) - 1) WHERE dm[j * size(decs) + i]]}] AS dxs
WITH data_end, end_day, cf_end, ags, c, c_has_hh, p, plinks, e_ids, d1s, flags, cf, p_events, with_c, resident,
     plan_starts, plan_ends, c_cf_events, link_start, link_text, after, cf_since, cf_first,
     [x IN dxs | [t IN [x.t1] | [dj IN [x.dj] |
       {d: x.d, dj: dj,
        u: [i IN CASE WHEN size(dj) = 0 THEN range(0, size(e_ids) - 1)
                      WHEN t < base OR (t - base) / 16 >= size(buckets) THEN nk
                      ELSE nk + buckets[(t - base) / 16] END
            WHERE d0s[i] <= t AND (size(dj) = 0 OR alls[i] > t)
              AND none(j IN dj WHERE coalesce(kdvs[i][j], 999999999) <= t)]}][0]][0]] AS dxu
WITH data_end, end_day, cf_end, ags, c, c_has_hh, p, plinks, cf, p_events, with_c, resident, plan_starts, plan_ends,
     c_cf_events, link_start, link_text, after, cf_since, cf_first,
     [x IN dxu WHERE size(x.u) > 0 | [u IN [x.u] |
       {d: x.d, dj: x.dj, n: size(u), flag: any(i IN u WHERE flags[i]), certain: any(i IN u WHERE d1s[i] < x.d.day_from)}][0]] AS hidden,
     // the evidence lists every concern unseen at any such decision, once
     [i IN reduce(acc = [], x IN dxu | acc + [k IN x.u WHERE NOT k IN acc]) | e_ids[i]] AS unseen0
// the four variants for this child and adult
WITH c, p, plinks, p_events, with_c, resident, c_cf_events, link_start, link_text, ags, hidden, unseen0, after, cf_since, cf_first, cf_end, data_end, end_day,
     reduce(mx = 1, h IN hidden | CASE WHEN size(h.dj) > mx THEN size(h.dj) ELSE mx END) AS md,
     coalesce(p.pseudonym, p.person_id) AS pname, coalesce(c.pseudonym, c.person_id) AS cname,
     [d IN after WHERE coalesce(d.day_to, d.day_from) < cf_first] AS unknown_decs,
     size(after) = 0 AND size(cf_since) = 0 AS end_unknown,
     [s IN reduce(u = [], l IN plinks | CASE WHEN l.kind IN ['household', 'partner'] AND l.f IS NOT NULL AND NOT l.f IN u
                                             AND NOT any(b IN plinks WHERE coalesce(b.birth, false)) THEN u + [l.f] ELSE u END)
      WHERE ((c.dob_day IS NOT NULL AND s >= c.dob_day AND s - c.dob_day < 1826)
             OR any(x IN plan_starts WHERE x <= s AND none(y IN plan_ends WHERE y >= x AND y <= s)))
        AND NOT any(e IN cf WHERE coalesce(e.day_to, e.day_from) >= s AND e.day_from <= s + $N_new)] AS new_starts,
     [a IN [(c)<-[:ABOUT|SAW]-(aa:Event) WHERE aa.type = 'assessment_complete' | aa]
      WHERE NOT a IN p_events
        AND any(l IN plinks WHERE (l.kind = 'household' OR (NOT c_has_hh AND l.kind IN ['parent', 'partner']))
                AND coalesce(l.f, -999999) <= a.day_from AND coalesce(l.t, 999999999) >= a.day_from)] AS missed0
WITH c, p, plinks, p_events, with_c, resident, c_cf_events, link_start, link_text, ags, hidden, unseen0, md, cf_end, data_end, end_day,
     pname, cname, unknown_decs, end_unknown, new_starts, cf_since,
     reduce(acc = [], a IN missed0 | CASE WHEN a IN acc THEN acc ELSE acc + [a] END) AS missed,
     NOT resident AND NOT with_c AS remote,
     [e IN p_events | {event_id: e.event_id, role: 'context', note: 'record about ' + coalesce(p.pseudonym, p.person_id)}] AS about_p
WITH c, p, pname, cname, link_text, about_p,
     CASE WHEN size(unknown_decs) > 0 OR end_unknown THEN
       [{variant: 'unknown_to_child_services',
         severity: CASE WHEN any(d IN unknown_decs WHERE c.dob_day IS NOT NULL AND d.day_from - c.dob_day < 365) THEN 'high'
                        WHEN size(unknown_decs) = 0 OR remote THEN 'low' ELSE 'medium' END,
         confidence: 'definite', censored: false,
         when: CASE WHEN size(unknown_decs) > 0 THEN 'before the decision on ' + coalesce(unknown_decs[size(unknown_decs) - 1].date_text, '')
                    ELSE 'by the end of the data' END,
         evidence: [d IN unknown_decs | {event_id: d.event_id, role: 'decision', note: 'decision about ' + cname + ' with no record that ' + pname + ' was known to any agency working with the child'}]
                   + [e IN c_cf_events WHERE coalesce(e.day_to, e.day_from) >= link_start
                      AND (size(unknown_decs) = 0 OR e.day_from <= coalesce(unknown_decs[size(unknown_decs) - 1].day_to, unknown_decs[size(unknown_decs) - 1].day_from))
                      AND NOT e IN unknown_decs AND NOT e IN p_events |
                      {event_id: e.event_id, role: 'context', note: 'about ' + cname + ' but not ' + pname}]
                   + [{role: 'expected_missing', person_id: p.person_id, agency_id: null,
                       day_from: CASE WHEN link_start < -99999 THEN null ELSE link_start END,
                       day_to: CASE WHEN size(unknown_decs) > 0 THEN coalesce(unknown_decs[size(unknown_decs) - 1].day_to, unknown_decs[size(unknown_decs) - 1].day_from) ELSE end_day END,
                       note: 'no record that any agency working with ' + cname + ' met, saw or assessed ' + pname}]}]
     ELSE [] END
     + CASE WHEN size(hidden) > 0 THEN
       [{variant: 'known_elsewhere',
         severity: CASE WHEN any(h IN hidden WHERE h.flag)
                          OR any(h IN hidden WHERE c.dob_day IS NOT NULL AND h.d.day_from - c.dob_day < 365) THEN 'high'
                        WHEN remote THEN 'low' ELSE 'medium' END,
         confidence: CASE WHEN any(h IN hidden WHERE h.certain) THEN 'definite' ELSE 'possible' END,
         censored: false,
         when: 'at the decision on ' + coalesce(hidden[size(hidden) - 1].d.date_text, ''),
         evidence: [h IN hidden | {event_id: h.d.event_id, role: 'decision', note: 'decision about ' + cname + '; its decision makers are not recorded as knowing '
                                   + toString(h.n) + CASE WHEN h.n = 1 THEN ' concern' ELSE ' concerns' END + ' about ' + pname}]
                   + [e IN unseen0 | {event_id: e, role: 'unseen_concern', note: 'concern about ' + pname + ' held outside the agencies working with the child'}]
                   // one row per decision and decision maker: k = decision index * md + decision maker index
                   + [k IN range(0, size(hidden) * md - 1) WHERE k % md < size(hidden[k / md].dj) |
                      [h IN [hidden[k / md]] | [ag IN [ags[h.dj[k % md]]] |
                        {role: 'expected_missing', agency_id: ag.agency_id, day_from: null, day_to: coalesce(h.d.day_to, h.d.day_from),
                         note: 'no record that ' + ag.name + ' knew of the concerns about ' + pname}][0]][0]]}]
     ELSE [] END
     + CASE WHEN size(new_starts) > 0 THEN
       [{variant: 'new_adult_no_check',
         severity: CASE WHEN any(s IN new_starts WHERE s - c.dob_day < 365) THEN 'high' ELSE 'medium' END,
         confidence: 'definite',
         censored: all(s IN new_starts WHERE (data_end IS NOT NULL AND data_end < s + $N_new) OR cf_end < s + $N_new),
         when: 'on ' + [z IN [new_starts[0] + 719468] | [era IN [z / 146097] | [doe IN [z - era * 146097] |
                 [yoe IN [(doe - doe / 1460 + doe / 36524 - doe / 146096) / 365] | [doy IN [doe - (365 * yoe + yoe / 4 - yoe / 100)] |
                 [mp IN [(5 * doy + 2) / 153] | right('0' + toString(doy - (153 * mp + 2) / 5 + 1), 2) + '/'
                   + right('0' + toString(CASE WHEN mp < 10 THEN mp + 3 ELSE mp - 9 END), 2) + '/'
                   + toString(yoe + era * 400 + CASE WHEN mp >= 10 THEN 1 ELSE 0 END)][0]][0]][0]][0]][0]][0],
         evidence: [s IN new_starts | {role: 'expected_missing', person_id: p.person_id, agency_id: null, day_from: s, day_to: s + $N_new,
                                       note: 'no record that any agency working with ' + cname + ' met or checked ' + pname + ' within '
                                             + toString($N_new) + ' days of their arrival'}]}]
     ELSE [] END
     + CASE WHEN size(missed) > 0 THEN
       [{variant: 'not_in_assessment',
         severity: CASE WHEN any(a IN missed WHERE c.dob_day IS NOT NULL AND a.day_from - c.dob_day < 365) THEN 'high' ELSE 'medium' END,
         confidence: 'definite', censored: false,
         when: 'in the assessment completed on ' + coalesce(missed[size(missed) - 1].date_text, ''),
         evidence: [a IN missed | {event_id: a.event_id, role: 'decision', note: 'assessment of ' + cname + ' not recorded as covering ' + pname}]
                   + [a IN missed | {role: 'expected_missing', person_id: p.person_id, agency_id: null, day_from: a.day_from,
                                     day_to: coalesce(a.day_to, a.day_from), note: 'no record that the assessment included ' + pname}]}]
     ELSE [] END AS found
UNWIND found AS f
// children in a fixed order, so that the summary does not depend on the order rows were met
WITH p, pname, c, cname, link_text, about_p, f
ORDER BY c.person_id
WITH p, pname, f.variant AS variant,
     collect({c: c, cname: cname, severity: f.severity, confidence: f.confidence, censored: f.censored, when: f.when,
              evidence: f.evidence, link_text: link_text, about_p: about_p}) AS per
WITH p, pname, variant, per, per[0].about_p AS about_p,
     reduce(acc = '', r IN per | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + r.cname) AS cnames,
     reduce(acc = '', t IN reduce(u = [], r IN per | u + [d IN r.link_text WHERE NOT d IN u]) |
            acc + CASE WHEN acc = '' THEN '' ELSE '; ' END + t) AS link_text,
     CASE WHEN any(r IN per WHERE r.severity = 'high') THEN 'high' WHEN any(r IN per WHERE r.severity = 'medium') THEN 'medium' ELSE 'low' END AS severity
RETURN p.person_id AS anchor, variant, severity,
       CASE WHEN any(r IN per WHERE r.confidence = 'definite') THEN 'definite' ELSE 'possible' END AS confidence,
       all(r IN per WHERE r.censored) AS censored,
       [p.person_id] + [r IN per | r.c.person_id] AS subjects,
       CASE variant
         WHEN 'unknown_to_child_services' THEN 'There is no record that any agency working with ' + cnames + ' met, saw or assessed '
              + pname + ' (' + link_text + ') ' + per[0].when + '.'
         WHEN 'known_elsewhere' THEN 'Concerns about ' + pname + ' (' + link_text + ') were held by police, probation or adult services, but there is no record that the decision makers for '
              + cnames + ' knew of them ' + per[0].when + '.'
         WHEN 'new_adult_no_check' THEN pname + ' (' + link_text + ') came into the life of ' + cnames + ' ' + per[0].when
              + ', and there is no record that any agency working with the child met or checked them within ' + toString($N_new) + ' days.'
         ELSE 'There is no record that ' + pname + ' (' + link_text + ') was included ' + per[0].when + ' about ' + cnames + '.'
       END AS summary,
       [{role: 'context', person_id: p.person_id, note: pname + ': ' + link_text}]
       + reduce(acc = [], r IN per | acc + r.evidence)
       + [x IN about_p WHERE variant <> 'known_elsewhere'] AS evidence
