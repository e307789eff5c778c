// id: repeated_concerns_not_aggregated
// tier: 1
// version: 1
// title: Repeated concerns not aggregated
// panel: Repeated referrals, or many concerns from several agencies, were never pulled together
// evidence: T16 L1453 (five referrals "not ... recognised or responded to as a significant pattern"); T16 L3442, L3452, L2970, L4142, L1011, L962-L973; O10 L296, L330 ("Each incident was seen by the police as a one-off event."), L339; O08 L289, L434
// param K_ref = 2 | referrals to children's social care, each closed without an assessment, that make a repeat (product choice)
// param K_ref_high = 3 | repeat referrals that make the finding high (DETECTORS.md T1-15 severity)
// param W_ref = 365 | days within which K_ref referrals count as a repeat (product choice; T16 L1453 has 5 in 5 years)
// param N_assess = 14 | days after a referral in which an assessment or other escalation counts as its response, and after the last concern in which an aggregating event still counts
// param closed_outcomes = nfa,no further,information only | words (whole, in the outcome of the decision on a referral) that close it with no service; add e.g. advice,signposted
// param K_c = 5 | concern events about the family that make a build-up (product choice)
// param W_c = 180 | days within which K_c concern events count as a build-up (product choice)
// param cover = 0.6 | share of the concerns the decision makers of an assessment or meeting must have known for it to aggregate them (product choice)
// param min_weight = low | lowest concern weight that counts in a build-up (high, medium or low), against generous tagging
// param K_police = 3 | unlinked police incidents about the household that make a one-off pattern (O10 L330)
// param W_police = 365 | days within which K_police incidents count (product choice)
//
// DETECTORS.md T1-15. The unit is the child's household as a group: children sharing a household
// (else siblings) are judged together, and an event counts when it is about the family (a child,
// a sibling, a household member while both lived there, or, with no household data, a parent or
// a parent's partner), so one pattern gives one finding naming every child. Variants:
//   repeat_referrals: referrals to children's social care (a referral sent to or recorded by CSC,
//     or a notification carrying a high-weight concern that is not a reply to CSC), each ending in
//     a closed outcome (closed_outcomes, a decision of no further action, a closure), a blank
//     outcome or none within N_assess,
//     with no escalation (assessment, strategy discussion, conference...) about the family within
//     N_assess, and none made while a CP or CIN plan was open (those feed the plan). Referrals
//     chained by gaps of at most W_ref form one run; it fires with K_ref within W_ref.
//   unaggregated_concerns: K_c concern events from 2+ agencies within W_c, with no aggregating
//     event (assessment_complete or meeting about a child of the group) in [first, last+N_assess]
//     whose deciding set (recorder, attendees, employers of those who conducted it) knew at least
//     `cover` of them by its end, in $mode; suppressed while a plan is open and reviewed
//     (drift_without_review_or_change covers that).
//   one_off_policing: K_police police incidents (police records with a concern, call-outs and
//     domestic incidents) within W_police, none conveying or answering an earlier police record,
//     with no aggregating event as above.
// Overlapping windows merge into one finding, anchored on its first event. One incident recorded
// by several agencies counts once (DETECTORS.md §0.5): within 2 days and with a shared concern
// category (or none recorded), a record is a copy of another when it conveys or answers it (read
// from messages, police records and decisions), or when it was made by an agency the other was sent
// to, about a shared person; the copies are shown as context.
// Uncertain dates: windows use "possibly within"; the finding is 'possible' when no window holds
// on certain dates. An escalation or plan that possibly fell in time is given the benefit of the
// doubt. Censored when the case data, or every agency expected to act (the CSC recipients of the
// referrals, CSC for a build-up, the police recorders for incidents), ends before the window does.
// Vocabulary ($high_concerns, $medium_concerns, $low_concerns, $csc_sectors, $escalation_types,
// $meeting_types) comes from graph/model.py through the runner.
// Performance (FalkorDB): one pass gathers every relevant event once, into parallel lists sorted by
// day (a list of maps, or a map of lists, would be copied whole on every access); a pattern is read
// only for the events that need it; membership is a list of flags, not a search; windows are K
// consecutive records, and the aggregators are scanned in blocks.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ag:Agency {case_id: $case_id})
WITH cs, ag ORDER BY ag.agency_id
WITH cs, collect(ag) AS agencies
// the groups: children sharing a household (else siblings), each with its family as timed person links
OPTIONAL MATCH (c:Child {case_id: $case_id})
WITH cs, agencies, c ORDER BY c.pseudonym, c.person_id
WITH cs, agencies, c,
     [(c)-[:MEMBER_OF]->(hh:Household) | hh.household_id] AS homes,
     [(c)-[:SIBLING_OF]-(sb:Person) | sb.person_id] AS sibs,
     [(c)-[m1:MEMBER_OF]->(:Household)<-[m2:MEMBER_OF]-(hm:Person)
      | {id: hm.person_id,
         lo: CASE WHEN coalesce(m1.from_day, -1000000000) > coalesce(m2.from_day, -1000000000)
                  THEN coalesce(m1.from_day, -1000000000) ELSE coalesce(m2.from_day, -1000000000) END,
         hi: CASE WHEN coalesce(m1.to_day, 1000000000) < coalesce(m2.to_day, 1000000000)
                  THEN coalesce(m1.to_day, 1000000000) ELSE coalesce(m2.to_day, 1000000000) END}] AS home_links,
     [(pa:Person)-[:PARENT_OF]->(c) | pa.person_id] AS parents,
     [(c)<-[:PARENT_OF]-(:Person)-[pt:PARTNER_OF]-(pp:Person)
      | {id: pp.person_id, lo: coalesce(pt.from_day, -1000000000), hi: coalesce(pt.to_day, 1000000000)}] AS partners
WITH cs, agencies, c,
     CASE WHEN size(homes) > 0 THEN 'h:' + reduce(m = homes[0], x IN homes | CASE WHEN x < m THEN x ELSE m END)
          ELSE 'p:' + reduce(m = c.person_id, x IN sibs | CASE WHEN x < m THEN x ELSE m END) END AS gkey,
     [{id: c.person_id, lo: -1000000000, hi: 1000000000}]
     + [x IN sibs | {id: x, lo: -1000000000, hi: 1000000000}]
     + home_links
     + CASE WHEN size(homes) = 0 THEN [x IN parents | {id: x, lo: -1000000000, hi: 1000000000}] + partners ELSE [] END AS links
WITH cs, agencies, gkey, collect(c) AS kids, collect(links) AS link_lists
WITH cs, agencies,
     collect(CASE WHEN gkey IS NULL THEN null ELSE
       {kids: [k IN kids | {id: k.person_id, name: coalesce(k.pseudonym, k.person_id), dob: k.dob_day}],
        kid_ids: [k IN kids | k.person_id],
        links: reduce(acc = [], ls IN link_lists | acc + [l IN ls WHERE NOT l IN acc])} END) AS groups,
     $high_concerns
     + CASE WHEN $min_weight IN ['medium', 'low'] THEN $medium_concerns ELSE [] END
     + CASE WHEN $min_weight = 'low' THEN $low_concerns ELSE [] END AS counted
// one pass over the events that can matter (an event about nobody is about no family); each
// pattern is read only for the events that need it
MATCH (ra:Agency)-[:RECORDED]->(e:Event {case_id: $case_id})-[:ABOUT]->(p)
WITH cs, agencies, groups, counted, e, collect(DISTINCT ra) AS rs, collect(DISTINCT p.person_id) AS about
WITH cs, agencies, groups, e, rs, about,
     size([x IN coalesce(e.concerns, []) WHERE x IN counted]) > 0 AS conc,
     any(r IN rs WHERE r.sector = 'police')
       AND (size([x IN coalesce(e.concerns, []) WHERE x IN counted]) > 0 OR e.type IN ['police_callout', 'domestic_incident']) AS pol,
     e.type IN ['referral', 'information_shared'] AS msg,
     any(r IN rs WHERE r.sector IN $csc_sectors) AND e.type IN ['referral_outcome', 'decision_no_further_action', 'case_closure'] AS out,
     e.type IN $escalation_types AS esc,
     e.type = 'assessment_complete' OR e.type IN $meeting_types AS agg,
     e.type IN ['cp_plan_start', 'cin_plan_start', 'cp_plan_end', 'cin_plan_end', 'case_closure'] AS plan
WHERE conc OR pol OR msg OR out OR esc OR agg OR plan
WITH cs, agencies, groups, e, rs, about, conc, pol, msg, out, esc, agg, plan,
     [(ka)-[kn:KNEW]->(e) WHERE (conc OR pol) AND kn.mode = $mode | [ka.agency_id, kn.from_day]] AS kd,
     [(e)-[:SHARED_WITH]->(sw) WHERE msg | sw] AS shared,
     [(e)-[:REFERRED_TO]->(rt) WHERE msg | rt] AS referred,
     [(e)-[:CONVEYS]->(cv) WHERE msg OR pol OR out OR esc | [cv.event_id, cv.day_from, cv.type, coalesce(cv.concerns, [])]]
     + [(e)-[:RESPONDS_TO]->(rp) WHERE msg OR pol OR out OR esc | [rp.event_id, rp.day_from, rp.type, coalesce(rp.concerns, [])]] AS outs,
     [(ad)-[:ATTENDED]->(e) WHERE agg | ad.agency_id]
     + [(wa)<-[:WORKS_FOR]-(:Practitioner)-[:CONDUCTED]->(e) WHERE agg | wa.agency_id] AS takers
// a referral to CSC: sent to it, or recorded by it with no other recipient; or a notification to
// CSC carrying a high-weight concern that does not answer a request
WITH cs, agencies, groups, e, rs, about, kd, shared, referred, outs, takers, conc, pol, out, esc, agg, plan,
     (e.type = 'referral' AND (any(t IN referred WHERE t.sector IN $csc_sectors)
                               OR (size(referred) = 0 AND any(r IN rs WHERE r.sector IN $csc_sectors))))
     OR (e.type = 'information_shared' AND any(t IN shared + referred WHERE t.sector IN $csc_sectors)
         AND any(x IN coalesce(e.concerns, []) WHERE x IN $high_concerns)
         AND none(o IN outs WHERE o[2] = 'information_request')) AS ref
ORDER BY e.day_from, e.event_id
WHERE conc OR pol OR out OR esc OR agg OR plan OR ref
// the events as parallel lists, position i = the i-th event by day (a list of maps would be copied
// whole on every access)
WITH cs, agencies, groups,
     collect(e.event_id) AS e_id, collect(e.day_from) AS e_d0, collect(coalesce(e.day_to, e.day_from)) AS e_d1,
     collect(coalesce(e.date_text, '')) AS e_date, collect(e.type) AS e_type, collect(about) AS e_about,
     collect(coalesce(e.concerns, [])) AS e_cat, collect(' ' + reduce(t = toLower(coalesce(e.outcome, '')), ch IN ['_', '-', '.', ',', ';', ':', '/', '(', ')', '\n'] | replace(t, ch, ' ')) + ' ') AS e_outc,
     collect(rs[0].agency_id) AS e_rec, collect(rs[0].name) AS e_rname, collect(coalesce(e.reporter_role, '')) AS e_role,
     collect([t IN shared + referred | t.agency_id]) AS e_to, collect(outs) AS e_out,
     collect(kd) AS e_kd, collect([r IN rs | r.agency_id] + takers) AS e_dec,
     collect([f IN [CASE WHEN ref THEN 'ref' END, CASE WHEN conc THEN 'conc' END, CASE WHEN pol THEN 'pol' END,
                    CASE WHEN out THEN 'out' END, CASE WHEN esc THEN 'esc' END, CASE WHEN agg THEN 'agg' END,
                    CASE WHEN plan THEN 'plan' END] WHERE f IS NOT NULL]) AS e_fl,
     // a referral's receivers (CSC agencies it was sent to, else its CSC recorder): [id, records to, records from]
     collect([r IN CASE WHEN NOT ref THEN []
                        WHEN any(t IN shared + referred WHERE t.sector IN $csc_sectors)
                        THEN [t IN referred WHERE t.sector IN $csc_sectors] + [t IN shared WHERE t.sector IN $csc_sectors AND NOT t IN referred]
                        ELSE [x IN rs WHERE x.sector IN $csc_sectors] END
              | [r.agency_id, coalesce(r.records_to_day, 1000000000), coalesce(r.records_from_day, -1000000000)]]) AS e_rv
// copies (§0.5): a record is a copy of an earlier one (counted once) when, within 2 days and with a
// shared concern category (or none recorded), it conveys or answers it, or it was made by an agency
// the other was sent to, about a shared person (unless that one conveys or answers it)
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     e_out, e_kd, e_dec, e_fl, e_rv, e_to,
     [i IN range(0, size(e_id) - 1) WHERE size(e_to[i]) > 0 AND any(f IN e_fl[i] WHERE f IN ['ref', 'conc', 'pol'])] AS sent
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     e_out, e_kd, e_dec, e_fl, e_rv, e_to, [a IN agencies | a.agency_id] AS ag_ids, sent
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     e_out, e_kd, e_dec, e_fl, e_rv, e_to,
     [a IN ag_ids | [i IN sent WHERE a IN e_to[i]]] AS inbox,
     [r IN e_rec | head([j IN range(0, size(ag_ids) - 1) WHERE ag_ids[j] = r])] AS e_ri
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     [x IN e_out | [o IN x | o[0]]] AS e_oid, e_out, e_kd, e_dec, e_fl, e_rv,
     [i IN range(0, size(e_id) - 1)
      | [o IN e_out[i]
         WHERE any(f IN e_fl[i] WHERE f IN ['ref', 'conc', 'pol']) AND abs(o[1] - e_d0[i]) <= 2
           AND (size(o[3]) = 0 OR size(e_cat[i]) = 0 OR any(x IN o[3] WHERE x IN e_cat[i])) | o[0]]
        + [j IN inbox[e_ri[i]]
           WHERE any(f IN e_fl[i] WHERE f IN ['ref', 'conc', 'pol']) AND j <> i AND abs(e_d0[j] - e_d0[i]) <= 2
             AND none(o IN e_out[j] WHERE o[0] = e_id[i]) AND (NOT e_rec[j] IN e_to[i] OR e_id[j] < e_id[i])
             AND any(x IN e_about[j] WHERE x IN e_about[i])
             AND (size(e_cat[j]) = 0 OR size(e_cat[i]) = 0 OR any(x IN e_cat[j] WHERE x IN e_cat[i])) | e_id[j]]] AS e_of
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     e_oid, e_out, e_kd, e_dec, e_fl, e_rv, e_of,
     [i IN range(0, size(e_id) - 1) WHERE 'ref' IN e_fl[i] | e_id[i]] AS ref_ids,
     [i IN range(0, size(e_id) - 1) WHERE 'conc' IN e_fl[i] | e_id[i]] AS conc_ids,
     [i IN range(0, size(e_id) - 1) WHERE 'pol' IN e_fl[i] | e_id[i]] AS pol_ids
// the counted records: referrals, concern events and police incidents that are not copies; a
// police incident is linked when it conveys or answers an earlier police record
WITH cs, agencies, groups, e_id, e_d0, e_d1, e_date, e_type, e_about, e_cat, e_outc, e_rec, e_rname, e_role,
     e_oid, e_kd, e_dec, e_fl, e_rv, e_of,
     [i IN range(0, size(e_id) - 1) WHERE 'ref' IN e_fl[i] AND none(o IN e_of[i] WHERE o IN ref_ids)] AS refs,
     [i IN range(0, size(e_id) - 1) WHERE 'conc' IN e_fl[i] AND none(o IN e_of[i] WHERE o IN conc_ids)] AS concs,
     [i IN range(0, size(e_id) - 1) WHERE 'pol' IN e_fl[i] AND none(o IN e_of[i] WHERE o IN pol_ids)] AS pols,
     [i IN range(0, size(e_id) - 1)
      WHERE 'pol' IN e_fl[i] AND any(o IN e_out[i] WHERE o[1] < e_d0[i] AND o[0] IN pol_ids AND NOT o[0] IN e_of[i])] AS linked
UNWIND groups AS g
// the group's events: about the family; aggregators, plans and later looks about one of its children
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_outc, e_rec, e_rname, e_role,
     e_oid, e_kd, e_dec, e_fl, e_rv, e_of, e_about, refs, concs, pols, linked,
     [i IN range(0, size(e_id) - 1) | any(l IN g.links WHERE l.id IN e_about[i] AND e_d1[i] >= l.lo AND e_d0[i] <= l.hi)] AS in_fam
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_outc, e_rec, e_rname, e_role,
     e_oid, e_kd, e_dec, e_fl, e_rv, e_of, e_about, linked,
     [i IN refs WHERE in_fam[i]] AS grefs, [i IN concs WHERE in_fam[i]] AS gconc, [i IN pols WHERE in_fam[i]] AS gpol,
     [i IN range(0, size(e_id) - 1) WHERE in_fam[i] AND ('out' IN e_fl[i] OR 'esc' IN e_fl[i])] AS gresp,
     [i IN range(0, size(e_id) - 1)
      WHERE in_fam[i] AND any(f IN e_fl[i] WHERE f IN ['agg', 'plan', 'esc']) AND any(k IN g.kid_ids WHERE k IN e_about[i])] AS gkid
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_outc, e_rec, e_rname, e_role,
     e_oid, e_kd, e_dec, e_fl, e_rv, e_of, e_about, linked, grefs, gconc, gpol, gresp,
     [i IN gkid WHERE 'agg' IN e_fl[i]] AS gaggs,
     [i IN gkid WHERE 'esc' IN e_fl[i] OR e_type[i] = 'assessment_complete'] AS glooks,
     [i IN gkid WHERE e_type[i] IN ['review_meeting', 'cp_conference', 'core_group']] AS greviews,
     // plan intervals: a start, to the first matching end or closure (its latest possible day), else open
     [s IN gkid WHERE e_type[s] IN ['cp_plan_start', 'cin_plan_start']
      | [e_d0[s], reduce(m = 1000000000, x IN gkid
                         | CASE WHEN 'plan' IN e_fl[x] AND e_d0[x] >= e_d0[s] AND e_d1[x] < m
                                 AND (e_type[x] = 'case_closure' OR e_type[x] = replace(e_type[s], '_start', '_end'))
                                THEN e_d1[x] ELSE m END)]] AS plans
// ---- repeat_referrals: each referral's outcome (a CSC decision answering it, or about its people,
// within N_assess), whether anything escalated, and whether a plan was open
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_outc, e_rec, e_rname, e_role,
     e_kd, e_dec, e_of, e_rv, linked, gconc, gpol, gaggs, glooks, greviews, plans,
     [r IN grefs |
       [r,
        reduce(best = -1, x IN [y IN gresp WHERE e_d1[y] >= e_d0[r] AND e_d0[y] <= e_d1[r] + $N_assess AND y <> r
                                    AND 'out' IN e_fl[y] AND (e_id[r] IN e_oid[y] OR any(pp IN e_about[y] WHERE pp IN e_about[r]))]
               | CASE WHEN best = -1 OR e_d0[x] < e_d0[best] THEN x ELSE best END),
        any(x IN gresp WHERE 'esc' IN e_fl[x] AND x <> r AND e_d1[x] >= e_d0[r] AND e_d0[x] <= e_d1[r] + $N_assess)
        OR any(pl IN plans WHERE e_d1[r] >= pl[0] AND e_d0[r] <= pl[1]),
        (cs.data_end_day IS NOT NULL AND cs.data_end_day < e_d1[r] + $N_assess)
        OR (size(e_rv[r]) > 0 AND all(v IN e_rv[r] WHERE v[1] < e_d1[r] + $N_assess OR v[2] > e_d0[r]))]] AS rx,
     [w IN split($closed_outcomes, ',') WHERE trim(w) <> '' | replace(toLower(trim(w)), '_', ' ')] AS closed_words
// [referral, outcome (-1: none), closed outcome's label (null: not closed), censored]
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     e_rv, linked, gconc, gpol, gaggs, glooks, greviews, plans,
     [x IN rx WHERE NOT x[2]
      | [x[0], x[1], CASE
          WHEN x[1] = -1 THEN 'no recorded outcome'
          WHEN e_type[x[1]] = 'decision_no_further_action' THEN 'no further action'
          WHEN e_type[x[1]] = 'case_closure' THEN 'closure'
          WHEN trim(e_outc[x[1]]) = '' THEN 'no recorded outcome'
          ELSE head([w IN closed_words WHERE e_outc[x[1]] CONTAINS (' ' + w + ' ')
                     | CASE WHEN w IN ['nfa', 'no further'] THEN 'no further action' ELSE w END]) END, x[3]]] AS rx
// qualifying referrals chained by gaps of at most W_ref form a run; a run fires with K_ref within W_ref
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     e_rv, linked, gconc, gpol, gaggs, glooks, greviews, plans,
     reduce(eps = [], x IN [y IN rx WHERE y[2] IS NOT NULL]
            | CASE WHEN size(eps) > 0 AND e_d0[x[0]] - e_d1[eps[size(eps) - 1][size(eps[size(eps) - 1]) - 1][0]] <= $W_ref
                   THEN eps[0..size(eps) - 1] + [eps[size(eps) - 1] + [x]] ELSE eps + [[x]] END) AS runs
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     e_rv, linked, gconc, gpol, gaggs, glooks, greviews, plans,
     [ep IN runs WHERE size(ep) >= $K_ref
        AND any(j IN range(0, size(ep) - $K_ref) WHERE e_d0[ep[j + $K_ref - 1][0]] - e_d1[ep[j][0]] <= $W_ref)
      | {variant: 'repeat_referrals', items: [x IN ep | x[0]],
         labels: reduce(acc = [], x IN ep | acc + [l IN [x[2]] WHERE NOT l IN acc]),
         last_day: reduce(m = 0, x IN ep | CASE WHEN x[1] <> -1 AND e_d0[x[1]] > m THEN e_d0[x[1]]
                                                WHEN e_d1[x[0]] > m THEN e_d1[x[0]] ELSE m END),
         wend: e_d1[ep[size(ep) - 1][0]] + $N_assess,
         definite: any(j IN range(0, size(ep) - $K_ref) WHERE e_d1[ep[j + $K_ref - 1][0]] - e_d0[ep[j][0]] <= $W_ref),
         censored: NOT any(j IN range(0, size(ep) - $K_ref)
                           WHERE none(x IN ep[j..j + $K_ref] WHERE x[3])
                             AND e_d0[ep[j + $K_ref - 1][0]] - e_d1[ep[j][0]] <= $W_ref),
         expected: CASE WHEN size(e_rv[ep[0][0]]) > 0 THEN e_rv[ep[0][0]][0][0] ELSE e_rec[ep[0][0]] END,
         rows: reduce(acc = [], i IN range(0, size(ep) - 1) | acc
                 + [{event_id: e_id[ep[i][0]], role: 'trigger', day: e_d0[ep[i][0]],
                     note: 'Referral ' + toString(i + 1) + ' of ' + toString(size(ep)) + ', raised by ' + e_rname[ep[i][0]]
                           + CASE WHEN e_role[ep[i][0]] <> '' THEN ' (reported by ' + e_role[ep[i][0]] + ')' ELSE '' END
                           + ': ' + CASE WHEN size(e_cat[ep[i][0]]) = 0 THEN 'no concern category recorded'
                                         ELSE reduce(s = '', y IN e_cat[ep[i][0]] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')) END
                           + '; outcome: ' + ep[i][2]
                           + CASE WHEN ep[i][1] = -1 THEN ' within ' + toString($N_assess) + ' days' ELSE ' (' + e_date[ep[i][1]] + ')' END
                           + '; no assessment within ' + toString($N_assess) + ' days'}]
                 + [o IN [ep[i][1]] WHERE o <> -1
                    | {event_id: e_id[o], role: 'decision', day: e_d0[o],
                       note: 'Outcome of the referral of ' + e_date[ep[i][0]] + ': ' + ep[i][2]}])}] AS found
// ---- unaggregated_concerns and one_off_policing: windows of K consecutive records (K_c concerns
// from 2+ agencies; K_police incidents none linked to an earlier one) possibly within W days, with
// no aggregator in [first, last + N_assess] whose deciding set knew `cover` of them by its end.
// A build-up is not judged while a plan is open and reviewed. The aggregators are scanned in blocks
// of 16 ([first, end, first day, last possible day]) so that a window looks only at those near it.
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     gconc, gpol, gaggs, glooks, found, linked, plans, greviews,
     [b IN range(0, (size(gaggs) + 15) / 16 - 1)
      | [b * 16, CASE WHEN b * 16 + 16 < size(gaggs) THEN b * 16 + 16 ELSE size(gaggs) END, e_d0[gaggs[b * 16]],
         reduce(m = -1000000000, a IN gaggs[b * 16..b * 16 + 16] | CASE WHEN e_d1[a] > m THEN e_d1[a] ELSE m END)]] AS blocks
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     gconc, gpol, gaggs, glooks, found,
     [i IN range(0, size(gconc) - $K_c)
      WHERE e_d0[gconc[i + $K_c - 1]] - e_d1[gconc[i]] <= $W_c
        AND any(j IN gconc[i + 1..i + $K_c] WHERE e_rec[j] <> e_rec[gconc[i]])
        AND NOT (any(pl IN plans WHERE pl[0] <= e_d1[gconc[i + $K_c - 1]] AND pl[1] >= e_d0[gconc[i]])
                 AND any(rv IN greviews WHERE e_d1[rv] >= e_d0[gconc[i]] AND e_d0[rv] <= e_d1[gconc[i + $K_c - 1]] + $N_assess))
        AND NOT any(bk IN blocks WHERE bk[3] >= e_d0[gconc[i]] AND bk[2] <= reduce(m = 0, j IN gconc[i..i + $K_c] | CASE WHEN e_d1[j] > m THEN e_d1[j] ELSE m END) + $N_assess
                    AND any(a IN gaggs[bk[0]..bk[1]] WHERE e_d1[a] >= e_d0[gconc[i]]
                            AND e_d0[a] <= reduce(m = 0, j IN gconc[i..i + $K_c] | CASE WHEN e_d1[j] > m THEN e_d1[j] ELSE m END) + $N_assess
                            AND size([j IN gconc[i..i + $K_c] WHERE any(k IN e_kd[j] WHERE k[1] <= e_d1[a] AND k[0] IN e_dec[a])])
                                >= $cover * $K_c))
      | [i, i + $K_c - 1, e_d1[gconc[i + $K_c - 1]] - e_d0[gconc[i]] <= $W_c]] AS cfire,
     [i IN range(0, size(gpol) - $K_police)
      WHERE e_d0[gpol[i + $K_police - 1]] - e_d1[gpol[i]] <= $W_police
        AND none(j IN gpol[i..i + $K_police] WHERE j IN linked)
        AND NOT any(bk IN blocks WHERE bk[3] >= e_d0[gpol[i]] AND bk[2] <= reduce(m = 0, j IN gpol[i..i + $K_police] | CASE WHEN e_d1[j] > m THEN e_d1[j] ELSE m END) + $N_assess
                    AND any(a IN gaggs[bk[0]..bk[1]] WHERE e_d1[a] >= e_d0[gpol[i]]
                            AND e_d0[a] <= reduce(m = 0, j IN gpol[i..i + $K_police] | CASE WHEN e_d1[j] > m THEN e_d1[j] ELSE m END) + $N_assess
                            AND size([j IN gpol[i..i + $K_police] WHERE any(k IN e_kd[j] WHERE k[1] <= e_d1[a] AND k[0] IN e_dec[a])])
                                >= $cover * $K_police))
      | [i, i + $K_police - 1, e_d1[gpol[i + $K_police - 1]] - e_d0[gpol[i]] <= $W_police]] AS pfire
// overlapping windows merge into one finding: [first position, last position, certain on some window]
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     gaggs, glooks,
     found
     + [ep IN reduce(eps = [], wn IN cfire
                     | CASE WHEN size(eps) > 0 AND wn[0] <= eps[size(eps) - 1][1]
                            THEN eps[0..size(eps) - 1] + [[eps[size(eps) - 1][0], wn[1], eps[size(eps) - 1][2] OR wn[2]]]
                            ELSE eps + [wn] END)
        | {variant: 'unaggregated_concerns', items: gconc[ep[0]..ep[1] + 1], definite: ep[2], censored: false,
           expected: [a IN agencies WHERE a.sector IN $csc_sectors | a.agency_id]}]
     + [ep IN reduce(eps = [], wn IN pfire
                     | CASE WHEN size(eps) > 0 AND wn[0] <= eps[size(eps) - 1][1]
                            THEN eps[0..size(eps) - 1] + [[eps[size(eps) - 1][0], wn[1], eps[size(eps) - 1][2] OR wn[2]]]
                            ELSE eps + [wn] END)
        | {variant: 'one_off_policing', items: gpol[ep[0]..ep[1] + 1], definite: ep[2], censored: false,
           expected: reduce(acc = [], j IN gpol[ep[0]..ep[1] + 1] | acc + [r IN [e_rec[j]] WHERE NOT r IN acc])}] AS found
// each finding worked out in place, on one row, so that the event lists are never copied per finding:
// its children, copies, the aggregators in its window with what they knew, the first later look
WITH cs, agencies, g, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rec, e_rname, e_role, e_kd, e_dec, e_of,
     gaggs, glooks, [i IN range(0, size(e_id) - 1) WHERE size(e_of[i]) > 0] AS copy_idx,
     [w IN found | w {.*, first: w.items[0], last: w.items[size(w.items) - 1], item_ids: [j IN w.items | e_id[j]],
                    last_d1: reduce(m = 0, j IN w.items | CASE WHEN e_d1[j] > m THEN e_d1[j] ELSE m END),
                    noun: CASE w.variant WHEN 'repeat_referrals' THEN 'referral' WHEN 'one_off_policing' THEN 'incident'
                                         ELSE 'concern' END}] AS found
WITH cs, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rname, e_role, e_of, copy_idx, glooks,
     [w IN found | w {.*, wend: coalesce(w.wend, w.last_d1 + $N_assess), last_day: coalesce(w.last_day, w.last_d1),
        aggs: [a IN gaggs WHERE w.variant <> 'repeat_referrals' AND e_d1[a] >= e_d0[w.first] AND e_d0[a] <= w.last_d1 + $N_assess
               | [a, size([j IN w.items WHERE any(k IN e_kd[j] WHERE k[1] <= e_d1[a] AND k[0] IN e_dec[a])])]],
        kids: CASE WHEN any(k IN g.kids WHERE k.dob IS NULL OR k.dob <= e_d1[w.last])
                   THEN [k IN g.kids WHERE k.dob IS NULL OR k.dob <= e_d1[w.last]] ELSE g.kids END,
        copies: [i IN copy_idx WHERE NOT i IN w.items AND any(o IN e_of[i] WHERE o IN w.item_ids)],
        expected: [a IN agencies WHERE a.agency_id IN (CASE WHEN w.variant = 'repeat_referrals' THEN [w.expected] ELSE w.expected END)]}]
     AS found
WITH cs, e_id, e_d0, e_d1, e_date, e_type, e_cat, e_rname, e_role, e_of, copy_idx,
     [w IN found | w {.*,
        // copies of copies (police to MASH to children's social care)
        copies: w.copies + [i IN copy_idx WHERE NOT i IN w.items AND NOT i IN w.copies
                                           AND any(o IN e_of[i] WHERE o IN [c IN w.copies | e_id[c]])],
        look: head([x IN glooks WHERE e_d1[x] >= e_d0[w.first] AND NOT x IN [a IN w.aggs | a[0]]]),
        best: reduce(best = null, a IN w.aggs | CASE WHEN best IS NULL OR a[1] > best[1] THEN a ELSE best END),
        censored: w.censored OR (cs.data_end_day IS NOT NULL AND cs.data_end_day < w.wend)
                  OR (w.variant <> 'repeat_referrals' AND size(w.expected) > 0
                      AND all(a IN w.expected WHERE coalesce(a.records_to_day, 1000000000) < w.wend)),
        knames: reduce(s = '', k IN w.kids | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + k.name),
        agency_names: reduce(acc = [], j IN w.items | acc + [r IN [e_rname[j]] WHERE NOT r IN acc]),
        listing: reduce(s = '', i IN range(0, size(w.items) - 1) | s
                   + CASE WHEN i >= 6 THEN '' ELSE CASE WHEN s = '' THEN '' ELSE ', ' END + e_date[w.items[i]]
                     + CASE WHEN w.variant = 'one_off_policing' THEN '' ELSE ' ' + e_rname[w.items[i]] END
                     + CASE WHEN e_role[w.items[i]] <> '' THEN ', reported by ' + e_role[w.items[i]] ELSE '' END
                     + ' (' + CASE WHEN size(e_cat[w.items[i]]) = 0 THEN 'no category recorded'
                                   ELSE reduce(t = '', y IN e_cat[w.items[i]] | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')) END
                     + ')' END)
                 + CASE WHEN size(w.items) > 6 THEN ' and ' + toString(size(w.items) - 6) + ' more' ELSE '' END}]
     AS found
// the findings, then their evidence in date order
UNWIND [w IN found |
  {anchor: e_id[w.first], variant: w.variant, first_d0: e_d0[w.first],
   severity: CASE WHEN (w.variant = 'repeat_referrals' AND size(w.items) >= $K_ref_high)
                        OR any(j IN w.items WHERE any(x IN e_cat[j] WHERE x IN $high_concerns))
                        OR any(k IN w.kids WHERE k.dob IS NOT NULL AND k.dob <= e_d1[w.last] + 280 AND e_d0[w.last] - k.dob < 730)
                  THEN 'high' ELSE 'medium' END,
   confidence: CASE WHEN w.definite THEN 'definite' ELSE 'possible' END,
   censored: w.censored, subjects: [k IN w.kids | k.id],
   summary: CASE w.variant
     WHEN 'repeat_referrals' THEN
       "Children's social care received " + toString(size(w.items)) + ' referrals about the family of ' + w.knames
       + ' in ' + toString(w.last_day - e_d0[w.first]) + ' days — ' + w.listing + ' — '
       + CASE WHEN w.labels = ['no recorded outcome'] THEN 'none with a recorded outcome'
              ELSE 'each ended in ' + reduce(s = '', l IN w.labels | s + CASE WHEN s = '' THEN '' ELSE ' or ' END + l) END
       + ' and none led to an assessment within ' + toString($N_assess) + ' days; there is no record that they were considered together.'
     ELSE
       CASE w.variant WHEN 'unaggregated_concerns'
         THEN toString(size(w.items)) + ' concerns about the family of ' + w.knames + ' were recorded by '
              + toString(size(w.agency_names)) + ' agencies in ' + toString(w.last_day - e_d0[w.first]) + ' days — ' + w.listing
              + ' — and there is no record of an assessment or multi-agency meeting that drew them together'
         ELSE w.agency_names[0] + CASE WHEN size(w.agency_names) > 1 THEN ' and others' ELSE '' END + ' recorded '
              + toString(size(w.items)) + ' incidents about the family of ' + w.knames + ' in '
              + toString(w.last_day - e_d0[w.first]) + ' days — ' + w.listing
              + ' — none linked to an earlier one, and there is no record of an assessment or multi-agency meeting that drew them together' END
       + CASE WHEN w.best IS NULL THEN '' ELSE ' (the best-informed, the ' + replace(e_type[w.best[0]], '_', ' ') + ' of '
                                               + e_date[w.best[0]] + ', knew of ' + toString(w.best[1]) + ')' END + '.'
   END,
   rows: coalesce(w.rows,
           [i IN range(0, size(w.items) - 1)
            | {event_id: e_id[w.items[i]], role: 'trigger', day: e_d0[w.items[i]],
               note: CASE w.variant WHEN 'one_off_policing' THEN 'Police incident ' ELSE 'Concern ' END
                     + toString(i + 1) + ' of ' + toString(size(w.items)) + ', recorded by ' + e_rname[w.items[i]]
                     + CASE WHEN e_role[w.items[i]] <> '' THEN ' (reported by ' + e_role[w.items[i]] + ')' ELSE '' END
                     + ': ' + CASE WHEN size(e_cat[w.items[i]]) = 0 THEN 'no concern category recorded'
                                   ELSE reduce(s = '', y IN e_cat[w.items[i]] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(y, '_', ' ')) END
                     + CASE WHEN w.variant = 'one_off_policing' THEN '; not linked to an earlier police record' ELSE '' END}])
     + [a IN w.aggs | {event_id: e_id[a[0]], role: 'decision', day: e_d0[a[0]],
                       note: replace(e_type[a[0]], '_', ' ') + ': its decision makers knew of ' + toString(a[1]) + ' of the '
                             + toString(size(w.items)) + ' ' + w.noun + 's'
                             + CASE WHEN a[1] < $cover * size(w.items) THEN ' (fewer than ' + toString(toInteger(round($cover * 100))) + '%)' ELSE '' END}]
     + [x IN w.copies | {event_id: e_id[x], role: 'context', day: e_d0[x],
                         note: 'The same ' + w.noun + ' as recorded by ' + e_rname[x] + ' (counted once)'}]
     + [x IN [w.look] WHERE x IS NOT NULL
        | {event_id: e_id[x], role: CASE WHEN e_d0[x] > w.wend THEN 'late_response' ELSE 'context' END, day: e_d0[x],
           note: 'First ' + replace(e_type[x], '_', ' ') + ' about the children, ' + toString(e_d0[x] - e_d0[w.first])
                 + ' days after the first ' + w.noun}]
     + [a IN w.expected[0..1] | {role: 'expected_missing', agency_id: a.agency_id, day: w.wend, day_from: e_d0[w.first], day_to: w.wend,
                                 note: 'No record of an assessment, strategy discussion or multi-agency meeting about ' + w.knames
                                       + ' that drew the ' + w.noun + 's together'}]}] AS f
UNWIND f.rows AS ev
WITH f, ev
ORDER BY f.first_d0, f.variant, ev.day, CASE ev.role WHEN 'trigger' THEN 0 WHEN 'context' THEN 1 WHEN 'decision' THEN 2 ELSE 3 END
WITH f, collect({event_id: ev.event_id, role: ev.role, note: ev.note, agency_id: ev.agency_id,
                 day_from: ev.day_from, day_to: ev.day_to}) AS evidence
RETURN f.anchor AS anchor, f.variant AS variant, f.severity AS severity, f.confidence AS confidence,
       f.censored AS censored, f.subjects AS subjects, f.summary AS summary, evidence
