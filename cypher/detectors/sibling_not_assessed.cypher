// id: sibling_not_assessed
// tier: 1
// version: 1
// title: Sibling not assessed
// panel: A sibling or other household child was not assessed or seen after serious concern about one child
// evidence: O08 L558-L560 (siblings not protected; "no risk" decided without assessment; a sibling moved to a school that knew nothing); O10 L309, L99, L446; T16 L887, L788, L2289, L2400
// param N = 7 | days after the index event (or the last index event of its episode) in which each sibling must be considered
// param N_episode = 30 | index events about the same child that follow one another within this many days form one episode, reported once
// param N_plan = 30 | days either side of a child's protection plan start in which a sibling in the household needs a plan or a completed assessment
// param N_follow = 90 | days after the index event in which decisions about, moves of and concerns about a sibling are looked at
// param N_history = 180 | days before the index event in which a sibling's own concern events are shown (and raise severity)
//
// DETECTORS.md T1-11. Index events X about child C: serious_incident, s47_enquiry,
// strategy_discussion, cp_conference, cp_plan_start; injury_presentation, admission or
// ae_attendance with physical_injury; disclosure with sexual_abuse or physical_injury;
// assessment_start with a high-weight concern. Index events about C that follow one another
// within N_episode days form one episode, anchored on its first event; the window for
// considering a sibling runs from d0(X) to N days after the episode's last index event.
// Siblings S: SIBLING_OF C, or children in C's household on d0(X); under 18 and already
// born on d0(X) (unborn siblings are T1-20); not looked after at d0(X).
// Considered: an index event of the episode is also about S; an assessment_start,
// s47_enquiry, strategy_discussion or cp_conference about S; or a children's social care or
// police event that saw S (child_seen true). Any of these possibly in the window counts.
// Variants (one finding per episode and variant, listing every sibling it applies to):
//   unconsidered             none of the above for S in the window, and no decision about S in it;
//                            censored when children's social care records (or the case data)
//                            end before the window closes
//   decided_without_seeing   a decision_no_further_action or referral_outcome about S within
//                            N_follow days with no assessment, CP medical or sighting of S
//                            since d0(X) (possible when the decision is only possibly after X)
//   moved_before_protection  S had a school_move or address_move after X and before any
//                            consideration, and an agency that first recorded S after the move
//                            never knew an index event of the episode (KNEW, current mode).
//                            The graph holds no new school or new area on a move event (ADD-4
//                            from_area/to_area are not loaded), so the new agency is taken to be
//                            one with no record about S before the move and one within
//                            N_follow days after it; with no such agency the variant cannot fire
//   status_divergence        (anchor: the cp_plan_start) C has a cp_plan_start and S, in the
//                            same household, has no plan start or completed assessment within
//                            N_plan days either side; censored like unconsidered
// Severity per sibling (the finding takes the highest): low when S lives elsewhere (both
// children have household records and do not share one); high when the episode has a
// serious_incident, physical_injury or sexual_abuse, S is under 5, S has concern events of
// its own in [d0(X) - N_history, d1(X) + N_follow], or S moved before protection; medium
// otherwise and for status_divergence.
// Confidence: unconsidered is possible when a consideration-type event about C in the window
// names S (alias) or mentions siblings, brothers, sisters or "the children" (the loader may
// have linked a multi-child event to the index child only).
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, max(coalesce(csc.records_to_day, 999999999)) AS csc_end, collect(csc.agency_id) AS csc_ids
MATCH (x:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE x.type IN ['serious_incident', 's47_enquiry', 'strategy_discussion', 'cp_conference', 'cp_plan_start']
   OR (x.type IN ['injury_presentation', 'admission', 'ae_attendance'] AND 'physical_injury' IN coalesce(x.concerns, []))
   OR (x.type = 'disclosure' AND any(q IN coalesce(x.concerns, []) WHERE q IN ['sexual_abuse', 'physical_injury']))
   OR (x.type = 'assessment_start' AND any(q IN coalesce(x.concerns, []) WHERE q IN $high_concerns))
WITH data_end, csc_end, csc_ids, c, collect(DISTINCT x) AS trigs
UNWIND trigs AS x
WITH data_end, csc_end, csc_ids, c, trigs, x,
     size([u IN trigs WHERE u <> x AND u.day_from >= x.day_from - $N_episode
           AND (u.day_from < x.day_from OR (u.day_from = x.day_from AND u.event_id < x.event_id))]) AS earlier
WITH data_end, csc_end, csc_ids, c, trigs, x, earlier
WHERE earlier = 0
WITH data_end, csc_end, csc_ids, c, trigs, collect(x) AS starts
UNWIND starts AS x
WITH data_end, csc_end, csc_ids, c, x,
     [u IN trigs WHERE (u.day_from > x.day_from OR (u.day_from = x.day_from AND u.event_id >= x.event_id))
        AND none(n IN starts WHERE (n.day_from > x.day_from OR (n.day_from = x.day_from AND n.event_id > x.event_id))
                 AND (u.day_from > n.day_from OR (u.day_from = n.day_from AND u.event_id >= n.event_id)))] AS episode
WITH data_end, csc_end, csc_ids, c, x, episode, x.day_from AS t, coalesce(x.day_to, x.day_from) AS t1,
     reduce(mx = coalesce(x.day_to, x.day_from), u IN episode |
            CASE WHEN coalesce(u.day_to, u.day_from) > mx THEN coalesce(u.day_to, u.day_from) ELSE mx END) + $N AS wend
// siblings and household children
OPTIONAL MATCH (c)-[:SIBLING_OF]-(s1:Child)
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, collect(DISTINCT s1) AS sibs
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mo:MEMBER_OF]-(s2:Child)
WHERE coalesce(mc.from_day, t) <= t AND coalesce(mc.to_day, t) >= t
  AND coalesce(mo.from_day, t) <= t AND coalesce(mo.to_day, t) >= t
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, sibs, collect(DISTINCT s2) AS hhkids,
     size([(c)-[:MEMBER_OF]->(hc:Household) | hc]) > 0 AS c_has_hh
UNWIND sibs + [k IN hhkids WHERE NOT k IN sibs] AS s
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, hhkids, c_has_hh, s
WHERE s <> c AND (s.dob_day IS NULL OR (s.dob_day <= t AND t - s.dob_day < 6575))
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s,
     s IN hhkids OR NOT c_has_hh OR size([(s)-[:MEMBER_OF]->(hs:Household) | hs]) = 0 AS lives_with,
     [(c)-[sk:SIBLING_OF]-(s) | sk.kind] AS kinds,
     [(s)<-[:ABOUT]-(la:Event) WHERE la.type = 'looked_after_start' AND la.day_from <= t | la.day_from] AS la_starts,
     [(s)<-[:ABOUT]-(lb:Event) WHERE lb.type = 'looked_after_end' AND lb.day_from <= t | lb.day_from] AS la_ends
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds,
     size(la_starts) > 0 AND reduce(mx = -999999, d IN la_starts | CASE WHEN d > mx THEN d ELSE mx END)
       > reduce(mx = -999999, d IN la_ends | CASE WHEN d > mx THEN d ELSE mx END) AS in_care
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, in_care
WHERE NOT in_care
// considerations of S from the index day on
OPTIONAL MATCH (ca:Agency)-[:RECORDED]->(ce:Event)-[:ABOUT|SAW]->(s)
WHERE coalesce(ce.day_to, ce.day_from) >= t
  AND (ce.type IN ['assessment_start', 's47_enquiry', 'strategy_discussion', 'cp_conference'] OR ce IN episode
       OR (ce.child_seen = true AND ca.sector IN ($csc_sectors + ['police']) AND (ce)-[:SAW]->(s)))
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, collect(DISTINCT ce) AS cons
OPTIONAL MATCH (de:Event)-[:ABOUT|SAW]->(s)
WHERE de.type IN ['decision_no_further_action', 'referral_outcome']
  AND coalesce(de.day_to, de.day_from) >= t AND de.day_from <= t1 + $N_follow
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, collect(DISTINCT de) AS decs
OPTIONAL MATCH (lk:Event)-[:ABOUT|SAW]->(s)
WHERE coalesce(lk.day_to, lk.day_from) >= t
  AND (lk.type IN ['assessment_start', 'assessment_complete', 's47_enquiry', 'cp_medical'] OR (lk.child_seen = true AND (lk)-[:SAW]->(s)))
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, collect(DISTINCT lk) AS looks
OPTIONAL MATCH (oc:Event)-[:ABOUT|SAW]->(s)
WHERE size(coalesce(oc.concerns, [])) > 0 AND NOT oc IN episode
  AND coalesce(oc.day_to, oc.day_from) >= t - $N_history AND oc.day_from <= t1 + $N_follow
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, looks, collect(DISTINCT oc) AS own,
     reduce(mn = 999999999, e IN cons + looks | CASE WHEN e.day_from < mn THEN e.day_from ELSE mn END) AS first_d0,
     reduce(mn = 999999999, e IN cons + looks | CASE WHEN coalesce(e.day_to, e.day_from) < mn THEN coalesce(e.day_to, e.day_from) ELSE mn END) AS first_d1
// moves before any consideration, and agencies new to S after the move that never knew the index events
OPTIONAL MATCH (mv:Event)-[:ABOUT|SAW]->(s)
WHERE mv.type IN ['school_move', 'address_move'] AND coalesce(mv.day_to, mv.day_from) >= t
  AND mv.day_from <= t1 + $N_follow AND mv.day_from <= first_d1
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, looks, own, first_d0, collect(DISTINCT mv) AS moves0
UNWIND (CASE WHEN size(moves0) = 0 THEN [null] ELSE moves0 END) AS mv
OPTIONAL MATCH (nb:Agency)-[:RECORDED]->(ne:Event)-[:ABOUT|SAW]->(s)
WHERE mv IS NOT NULL AND ne.day_from >= mv.day_from AND ne.day_from <= coalesce(mv.day_to, mv.day_from) + $N_follow
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, looks, own, first_d0, mv, nb,
     size([(nb)-[:RECORDED]->(pe:Event)-[:ABOUT|SAW]->(s) WHERE coalesce(pe.day_to, pe.day_from) < mv.day_from | pe]) AS before_n,
     size([(nb)-[kx:KNEW]->(xe:Event) WHERE xe IN episode AND kx.mode = $mode
           AND kx.from_day <= coalesce(mv.day_to, mv.day_from) + $N_follow | xe]) AS knew_n
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, looks, own, first_d0, mv,
     collect(DISTINCT CASE WHEN before_n = 0 AND knew_n = 0 THEN nb END) AS unaware
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, cons, decs, looks, own, first_d0,
     collect(CASE WHEN mv IS NOT NULL AND size(unaware) > 0 THEN {move: mv, agencies: unaware} END) AS moved
// the facts per sibling
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, kinds, own, moved, first_d0,
     [e IN cons WHERE e.day_from <= wend] AS cons_in,
     [d IN decs WHERE d.day_from <= wend] AS decs_in,
     [d IN decs WHERE size([l IN looks WHERE l.day_from <= coalesce(d.day_to, d.day_from)]) = 0] AS blind,
     reduce(fst = null, e IN [e2 IN cons WHERE e2.day_from > wend] | CASE WHEN fst IS NULL OR e.day_from < fst.day_from THEN e ELSE fst END) AS late,
     [(s)<-[:ABOUT]-(fl:Event) WHERE fl.day_from > wend | fl] AS later,
     [(c)<-[:ABOUT]-(me:Event) WHERE me.type IN ['assessment_start', 's47_enquiry', 'strategy_discussion', 'cp_conference', 'home_visit']
        AND coalesce(me.day_to, me.day_from) >= t AND me.day_from <= wend | me] AS c_events,
     coalesce(s.pseudonym, s.person_id) AS sname,
     coalesce(s.pseudonym, s.person_id) + CASE WHEN s.dob_day IS NULL THEN ' (age not known)' ELSE ' (aged ' + toString(toInteger((t - s.dob_day) / 365.25)) + ')' END AS sage,
     CASE WHEN size(kinds) > 0 THEN coalesce(kinds[0], 'full') + ' sibling' ELSE 'child in the household' END
       + CASE WHEN lives_with THEN ', living in the same household' ELSE ', living elsewhere' END AS relation
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend, s, lives_with, own, moved, first_d0, cons_in, decs_in, blind, late, sname, sage, relation,
     reduce(fst = null, e IN later | CASE WHEN fst IS NULL OR e.day_from < fst.day_from THEN e ELSE fst END) AS first_later,
     any(me IN c_events WHERE (any(al IN coalesce(s.aliases, []) WHERE size(al) > 2 AND toLower(coalesce(me.description, '')) CONTAINS toLower(al))
              OR any(w IN ['sibling', 'brother', 'sister', 'the children', 'both children', 'all children']
                     WHERE toLower(coalesce(me.description, '') + ' ' + coalesce(me.outcome, '')) CONTAINS w))) AS named_elsewhere,
     CASE WHEN NOT lives_with THEN 'low'
          WHEN any(u IN episode WHERE u.type = 'serious_incident' OR any(q IN coalesce(u.concerns, []) WHERE q IN ['physical_injury', 'sexual_abuse']))
            OR (s.dob_day IS NOT NULL AND t - s.dob_day < 1826) OR size(own) > 0 THEN 'high'
          ELSE 'medium' END AS sev
WITH data_end, csc_end, csc_ids, c, x, episode, t, t1, wend,
     [{role: 'context', person_id: s.person_id, note: sage + ', ' + relation}]
     + [e IN own | {event_id: e.event_id, role: 'context', note: 'concern about ' + sname}] AS about_s,
     CASE WHEN size(cons_in) = 0 AND size(decs_in) = 0 THEN
       [{variant: 'unconsidered', s: s, severity: sev, confidence: CASE WHEN named_elsewhere THEN 'possible' ELSE 'definite' END,
         censored: (csc_end IS NOT NULL AND csc_end < wend) OR (data_end IS NOT NULL AND data_end < wend),
         name: sage,
         evidence: [{role: 'expected_missing', person_id: s.person_id, agency_id: csc_ids[0], day_from: t, day_to: wend,
                     note: 'no record that ' + sname + " was assessed, seen by children's social care or the police, or discussed at a strategy discussion or conference"}]
                   + CASE WHEN late IS NOT NULL THEN [{event_id: late.event_id, role: 'late_response', note: 'first recorded consideration of ' + sname + ', ' + toString(late.day_from - t) + ' days after the index event'}]
                          WHEN first_later IS NOT NULL AND NOT first_later IN own THEN [{event_id: first_later.event_id, role: 'context', note: 'first later record about ' + sname}]
                          ELSE [] END}]
     ELSE [] END
     + CASE WHEN size(blind) > 0 THEN
       [{variant: 'decided_without_seeing', s: s, severity: sev,
         confidence: CASE WHEN any(d IN blind WHERE d.day_from >= t1) THEN 'definite' ELSE 'possible' END,
         censored: false, name: sage,
         evidence: [d IN blind | {event_id: d.event_id, role: 'decision', note: 'decision about ' + sname + ' with no assessment or sighting of ' + sname + ' recorded since the index event'}]
                   + [{role: 'expected_missing', person_id: s.person_id, agency_id: csc_ids[0], day_from: t,
                       day_to: reduce(mx = t, d IN blind | CASE WHEN coalesce(d.day_to, d.day_from) > mx THEN coalesce(d.day_to, d.day_from) ELSE mx END),
                       note: 'no record that ' + sname + ' was assessed or seen before the decision'}]}]
     ELSE [] END
     + CASE WHEN size(moved) > 0 THEN
       [{variant: 'moved_before_protection', s: s, severity: 'high',
         confidence: CASE WHEN any(mm IN moved WHERE mm.move.day_from >= t1 AND coalesce(mm.move.day_to, mm.move.day_from) < first_d0) THEN 'definite' ELSE 'possible' END,
         censored: false, name: sage,
         evidence: reduce(acc = [], mm IN moved | acc
                     + [{event_id: mm.move.event_id, role: 'context', note: sname + ' moved before any recorded consideration'}]
                     + [ag IN mm.agencies | {role: 'expected_missing', agency_id: ag.agency_id, person_id: s.person_id,
                                             day_from: mm.move.day_from, day_to: coalesce(mm.move.day_to, mm.move.day_from) + $N_follow,
                                             note: 'no record that ' + ag.name + ', new to ' + sname + ' after the move, knew of the index event'}])}]
     ELSE [] END AS found
UNWIND found AS f
WITH x, f.variant AS variant, collect(DISTINCT c) AS kids, collect(episode) AS episodes, max(wend) AS wend,
     collect({s: f.s, name: f.name, severity: f.severity, confidence: f.confidence, censored: f.censored, evidence: about_s + f.evidence}) AS per
WITH x, variant, kids, per, wend, x.day_from AS t,
     reduce(acc = [], ep IN episodes | acc + [u IN ep WHERE NOT u IN acc]) AS episode,
     reduce(acc = '', k IN kids | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS cnames,
     reduce(acc = '', r IN per | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + r.name) AS snames,
     CASE x.type WHEN 'serious_incident' THEN 'serious incident' WHEN 's47_enquiry' THEN 'section 47 enquiry'
                 WHEN 'strategy_discussion' THEN 'strategy discussion' WHEN 'cp_conference' THEN 'child protection conference'
                 WHEN 'cp_plan_start' THEN 'start of a child protection plan' WHEN 'injury_presentation' THEN 'injury presentation'
                 WHEN 'admission' THEN 'hospital admission' WHEN 'ae_attendance' THEN 'emergency department attendance'
                 WHEN 'disclosure' THEN 'disclosure' ELSE 'assessment' END + ' on ' + coalesce(x.date_text, '') AS what
RETURN x.event_id AS anchor, variant,
       CASE WHEN any(r IN per WHERE r.severity = 'high') THEN 'high' WHEN any(r IN per WHERE r.severity = 'medium') THEN 'medium' ELSE 'low' END AS severity,
       CASE WHEN any(r IN per WHERE r.confidence = 'definite') THEN 'definite' ELSE 'possible' END AS confidence,
       all(r IN per WHERE r.censored) AS censored,
       [k IN kids | k.person_id] + [r IN per | r.s.person_id] AS subjects,
       CASE variant
         WHEN 'unconsidered' THEN 'After the ' + what + ' about ' + cnames + ', there is no record within ' + toString(wend - t)
              + ' days that ' + snames + " was assessed, seen by children's social care or the police, or discussed at a strategy discussion or conference."
         WHEN 'decided_without_seeing' THEN 'After the ' + what + ' about ' + cnames + ', a decision was recorded about ' + snames
              + ' with no record that they had been assessed or seen since.'
         ELSE 'After the ' + what + ' about ' + cnames + ', ' + snames
              + ' moved school or address before any recorded consideration of their safety, and there is no record that the agencies new to them knew of it.'
       END AS summary,
       [{event_id: x.event_id, role: 'trigger', note: 'index event about ' + cnames}]
       + [u IN episode WHERE u <> x | {event_id: u.event_id, role: 'context', note: 'later index event in the same episode'}]
       + reduce(acc = [], r IN per | acc + r.evidence) AS evidence
UNION ALL
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, max(coalesce(csc.records_to_day, 999999999)) AS csc_end, collect(csc.agency_id) AS csc_ids
MATCH (pl:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE pl.type = 'cp_plan_start'
WITH DISTINCT data_end, csc_end, csc_ids, pl, c, pl.day_from AS t, coalesce(pl.day_to, pl.day_from) AS t1
OPTIONAL MATCH (c)-[:SIBLING_OF]-(s3:Child)
WITH data_end, csc_end, csc_ids, pl, c, t, t1, collect(DISTINCT s3) AS sibs
OPTIONAL MATCH (c)-[mc2:MEMBER_OF]->(:Household)<-[mo2:MEMBER_OF]-(s4:Child)
WHERE coalesce(mc2.from_day, t) <= t AND coalesce(mc2.to_day, t) >= t
  AND coalesce(mo2.from_day, t) <= t AND coalesce(mo2.to_day, t) >= t
WITH data_end, csc_end, csc_ids, pl, c, t, t1, sibs, collect(DISTINCT s4) AS hhkids,
     size([(c)-[:MEMBER_OF]->(hc2:Household) | hc2]) > 0 AS c_has_hh
UNWIND sibs + [k IN hhkids WHERE NOT k IN sibs] AS s
WITH data_end, csc_end, csc_ids, pl, c, t, t1, hhkids, c_has_hh, s
WHERE s <> c AND (s.dob_day IS NULL OR (s.dob_day <= t AND t - s.dob_day < 6575))
WITH data_end, csc_end, csc_ids, pl, c, t, t1, s,
     s IN hhkids OR NOT c_has_hh OR size([(s)-[:MEMBER_OF]->(hs2:Household) | hs2]) = 0 AS lives_with,
     [(s)<-[:ABOUT|SAW]-(sp:Event) WHERE sp.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_complete']
        AND coalesce(sp.day_to, sp.day_from) >= t - $N_plan AND sp.day_from <= t1 + $N_plan | sp] AS status,
     [(s)<-[:ABOUT]-(la2:Event) WHERE la2.type = 'looked_after_start' AND la2.day_from <= t | la2.day_from] AS la_starts,
     [(s)<-[:ABOUT]-(lb2:Event) WHERE lb2.type = 'looked_after_end' AND lb2.day_from <= t | lb2.day_from] AS la_ends
WITH data_end, csc_end, csc_ids, pl, c, t, t1, s, lives_with, size(status) = 0 AS no_status,
     size(la_starts) > 0 AND reduce(mx = -999999, d IN la_starts | CASE WHEN d > mx THEN d ELSE mx END)
       > reduce(mx = -999999, d IN la_ends | CASE WHEN d > mx THEN d ELSE mx END) AS in_care
WITH data_end, csc_end, csc_ids, pl, c, t, t1, s, lives_with, no_status, in_care
WHERE lives_with AND no_status AND NOT in_care
WITH data_end, csc_end, csc_ids, pl, t, t1, collect(DISTINCT c) AS kids, collect(DISTINCT s) AS sibs
WITH data_end, csc_end, csc_ids, pl, t, t1, kids, sibs,
     reduce(acc = '', k IN kids | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS cnames,
     reduce(acc = '', k IN sibs | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS snames
RETURN pl.event_id AS anchor, 'status_divergence' AS variant, 'medium' AS severity, 'definite' AS confidence,
       (csc_end IS NOT NULL AND csc_end < t1 + $N_plan) OR (data_end IS NOT NULL AND data_end < t1 + $N_plan) AS censored,
       [k IN kids | k.person_id] + [k IN sibs | k.person_id] AS subjects,
       cnames + ' became subject to a child protection plan on ' + coalesce(pl.date_text, '') + ', but there is no record of a plan or a completed assessment for '
       + snames + ', living in the same household, within ' + toString($N_plan) + ' days.' AS summary,
       [{event_id: pl.event_id, role: 'trigger', note: 'child protection plan for ' + cnames}]
       + [k IN sibs | {role: 'expected_missing', person_id: k.person_id, agency_id: csc_ids[0], day_from: t - $N_plan, day_to: t1 + $N_plan,
                       note: 'no record of a plan or completed assessment for ' + coalesce(k.pseudonym, k.person_id)}] AS evidence
