// id: missed_appointments_not_collated
// tier: 1
// version: 1
// title: Missed appointments not collated
// panel: Missed appointments across services added up to a pattern that no one service saw
// evidence: O08 L543 ("The missed appointments were recorded, but no-one collated the information or questioned its significance."), L545; O10 L247, L287; T16 L4044 (no system to track missed appointments "within and especially across agencies"), L3393-L3395, L2554, L2567, L2594, L3225-L3227
// param K = 3 | missed appointments that make a pattern (product choice; O08 L543's service discharged after 2)
// param W = 180 | days within which K missed appointments count as a pattern (product choice)
// param N = 28 | days after the K-th missed appointment for a collation, and after a discharge for telling the GP, health visiting and social care (product choice)
// param provider_cancelled = cancelled by provider,provider cancelled,cancelled by the clinic,clinic cancelled,cancelled by the hospital,hospital cancelled | outcome words that mark an appointment the service itself cancelled (not counted)
// param discharge_words = non_engagement,non-engagement,did not attend,not brought,dna | words (starting a word) in a closure's outcome or description that mark a discharge for non-attendance
// param universal_words = immunis,vaccin,check,review,developmental | words in a missed appointment that mark a universal check or immunisation (high for a child under 5, T16 L916)
//
// DETECTORS.md T1-16. Counted: missed_appointment events about a child, unless the service
// cancelled them (provider_cancelled). A copy of another missed appointment (it conveys or answers
// it, or was recorded within 2 days by an agency the other was sent to, about a shared child: the
// GP's "letter received" entry) counts once. Children sharing a household (else siblings) are
// judged together, so the household variant (misses spread across siblings) is the same finding,
// naming every child missed.
// Variants:
//   pattern_not_collated: K missed appointments possibly within W, and no collation possibly in
//     [first, K-th + N]: an event conveying or answering 2+ of the children's missed appointments; a
//     referral or information_shared about one of the children carrying non_attendance or neglect,
//     or a meeting about one of them where an agency present (recorder or attendee) knew K of
//     their missed appointments from the W days before it, by its end ($mode). A collation before
//     the K-th restarts the count. Windows that overlap make one finding.
//     cross_agency_only is a flag on this variant, not a variant of its own: when the misses come
//     from 2+ agencies and no agency knew K of them by the window's end ($mode), the summary says
//     the pattern was visible only in combination, and a context row starts "cross_agency_only:".
//   discharged_unnotified: a case_closure for non-attendance (discharge_words) about a child, or
//     about a parent of a child (the adult variant), after at least one missed appointment about
//     the same person recorded by the closing service in the W days before, where the GP, health
//     visiting (a child under 5) or children's social care (a plan or assessment open) did not
//     know of it within N ($mode). A sector with no agency in the data is not judged.
// Severity: high for a child under 1 at the K-th miss, a child under 5 missing a universal check
// or immunisation (universal_words), a neglect concern about the children in the window, and
// every discharge; medium otherwise. A disability or chronic condition is not in the graph, so
// it is not weighed. Confidence 'possible' when no window holds on certain dates. Censored when
// the case data, or the records of a service that held one of the misses (it may have passed it
// on) or of the discharging service, end before the window does.
// Vocabulary ($meeting_types, $csc_sectors) comes from graph/model.py through the runner.
// Performance: the events are gathered once into parallel lists (FalkorDB copies a map or list on
// every access, so a list of maps would be copied whole for each look-up).
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ag:Agency {case_id: $case_id})
WITH cs, ag ORDER BY ag.agency_id
WITH cs, collect(ag) AS agencies
// the groups: children sharing a household, else siblings
OPTIONAL MATCH (c:Child {case_id: $case_id})
WITH cs, agencies, c ORDER BY c.pseudonym, c.person_id
WITH cs, agencies, c,
     [(c)-[:MEMBER_OF]->(hh:Household) | hh.household_id] AS homes, [(c)-[:SIBLING_OF]-(sb:Person) | sb.person_id] AS sibs
WITH cs, agencies, c,
     CASE WHEN size(homes) > 0 THEN 'h:' + reduce(m = homes[0], x IN homes | CASE WHEN x < m THEN x ELSE m END)
          ELSE 'p:' + reduce(m = c.person_id, x IN sibs | CASE WHEN x < m THEN x ELSE m END) END AS gkey
WITH cs, agencies, gkey, collect({id: c.person_id, name: coalesce(c.pseudonym, c.person_id), dob: c.dob_day}) AS kids
WITH cs, agencies, collect(CASE WHEN gkey IS NULL THEN null ELSE kids END) AS groups,
     [w IN split($provider_cancelled, ',') WHERE trim(w) <> '' | toLower(trim(w))] AS cancelled,
     [w IN split($universal_words, ',') WHERE trim(w) <> '' | toLower(trim(w))] AS universal
// the events about a child that matter: appointments kept and missed, messages, meetings, neglect
MATCH (ra:Agency)-[:RECORDED]->(e:Event {case_id: $case_id})-[:ABOUT]->(p:Child)
WHERE e.type IN ['missed_appointment', 'appointment', 'referral', 'information_shared'] OR e.type IN $meeting_types
   OR 'neglect' IN coalesce(e.concerns, [])
WITH cs, agencies, groups, cancelled, universal, e, collect(DISTINCT ra) AS rs, collect(DISTINCT p.person_id) AS kids
WITH cs, agencies, groups, universal, e, rs, kids,
     e.type = 'missed_appointment'
     AND none(w IN cancelled WHERE toLower(coalesce(e.outcome, '') + ' ' + coalesce(e.description, '')) CONTAINS w) AS miss,
     e.type IN $meeting_types AS meet
WITH cs, agencies, groups, universal, e, rs, kids, miss, meet,
     [(ka)-[kn:KNEW]->(e) WHERE miss AND kn.mode = $mode | [ka.agency_id, kn.from_day]] AS kd,
     [(cx)-[:CONVEYS]->(e) WHERE miss | [cx.event_id, cx.day_from, coalesce(cx.day_to, cx.day_from)]]
     + [(rx)-[:RESPONDS_TO]->(e) WHERE miss | [rx.event_id, rx.day_from, coalesce(rx.day_to, rx.day_from)]] AS by,
     [(e)-[:SHARED_WITH]->(t1) WHERE miss | t1] + [(e)-[:REFERRED_TO]->(t2) WHERE miss | t2] AS sent_to,
     [(ad)-[:ATTENDED]->(e) WHERE meet | ad.agency_id] AS attended
ORDER BY e.day_from, e.event_id
WITH cs, agencies, groups, universal,
     collect(e.event_id) AS e_id, collect(e.day_from) AS e_d0, collect(coalesce(e.day_to, e.day_from)) AS e_d1,
     collect(coalesce(e.date_text, '')) AS e_date, collect(e.type) AS e_type, collect(kids) AS e_kids,
     collect(rs[0].agency_id) AS e_rec, collect(rs[0].name) AS e_rname, collect(coalesce(e.description, '')) AS e_desc,
     collect(coalesce(e.concerns, [])) AS e_cat, collect(miss) AS e_miss, collect(kd) AS e_kd, collect(by) AS e_by,
     collect([t IN sent_to | t.agency_id]) AS e_to, collect([t IN sent_to | t.name]) AS e_toname,
     collect([r IN rs | r.agency_id] + attended) AS e_att
WITH cs, agencies, groups, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, e_att,
     [i IN range(0, size(e_id) - 1) WHERE e_miss[i]] AS misses
// a copy of another missed appointment counts once
WITH cs, agencies, groups, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, e_att, misses,
     [i IN misses WHERE none(j IN misses WHERE j <> i AND any(k IN e_kids[j] WHERE k IN e_kids[i])
                               AND (any(b IN e_by[j] WHERE b[0] = e_id[i])
                                    OR (abs(e_d0[j] - e_d0[i]) <= 2 AND e_rec[i] IN e_to[j] AND none(b IN e_by[i] WHERE b[0] = e_id[j]))))] AS kept
UNWIND groups AS g
WITH cs, agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, e_att, g, [k IN g | k.id] AS kid_ids, misses, kept
WITH cs, agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, e_att, g, kid_ids,
     [i IN kept WHERE any(k IN e_kids[i] WHERE k IN kid_ids)] AS gm,
     reduce(acc = [], i IN [j IN misses WHERE any(k IN e_kids[j] WHERE k IN kid_ids)] | acc + e_by[i]) AS bys,
     [i IN range(0, size(e_id) - 1) WHERE any(k IN e_kids[i] WHERE k IN kid_ids)] AS gev
// collations: [event id, d0, d1, what]
WITH cs, agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, g, kid_ids, gm, gev,
     reduce(acc = [], b IN bys | CASE WHEN size([x IN bys WHERE x[0] = b[0]]) >= 2 AND NOT b[0] IN [a IN acc | a[0]]
                                      THEN acc + [[b[0], b[1], b[2], 'conveys or answers two or more of the missed appointments']]
                                      ELSE acc END)
     + [i IN gev WHERE e_type[i] IN ['referral', 'information_shared'] AND any(x IN e_cat[i] WHERE x IN ['non_attendance', 'neglect'])
        | [e_id[i], e_d0[i], e_d1[i], replace(e_type[i], '_', ' ') + ' carrying non-attendance or neglect']]
     + [x IN [i IN gev WHERE e_type[i] IN $meeting_types
              | [i, [m IN gm WHERE e_d0[m] >= e_d0[i] - $W AND e_d0[m] <= e_d1[i]]]]
        WHERE size(x[1]) >= $K
          AND any(a IN e_att[x[0]] WHERE size([m IN x[1] WHERE any(k IN e_kd[m] WHERE k[0] = a AND k[1] <= e_d1[x[0]])]) >= $K)
        | [e_id[x[0]], e_d0[x[0]], e_d1[x[0]], 'meeting where an agency present knew of the missed appointments']] AS coll
// windows of K consecutive missed appointments possibly within W with no collation possibly in
// [first, K-th + N]: [first position, last position, certain?, censored?, K-th position]
WITH cs, agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, g, kid_ids, gm, gev, coll,
     [i IN range(0, size(gm) - $K)
      WHERE e_d0[gm[i + $K - 1]] - e_d1[gm[i]] <= $W
        AND none(c IN coll WHERE c[2] >= e_d0[gm[i]] AND c[1] <= e_d1[gm[i + $K - 1]] + $N)
      | [i, i + $K - 1, e_d1[gm[i + $K - 1]] - e_d0[gm[i]] <= $W,
         (cs.data_end_day IS NOT NULL AND cs.data_end_day < e_d1[gm[i + $K - 1]] + $N)
         OR any(a IN agencies WHERE a.agency_id IN [j IN gm[i..i + $K] | e_rec[j]]
                                AND coalesce(a.records_to_day, 1000000000) < e_d1[gm[i + $K - 1]] + $N),
         i + $K - 1]] AS wins
WITH cs, agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, g, kid_ids, gm, gev, coll,
     reduce(eps = [], wn IN wins
            | CASE WHEN size(eps) > 0 AND wn[0] <= eps[size(eps) - 1][1]
                   THEN eps[0..size(eps) - 1] + [[eps[size(eps) - 1][0], wn[1], eps[size(eps) - 1][2] OR wn[2],
                                                  eps[size(eps) - 1][3] AND wn[3], eps[size(eps) - 1][4]]]
                   ELSE eps + [wn] END) AS eps
// each finding worked out in place: its misses, what each service knew and did, its children
WITH agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, g, gev, coll,
     [ep IN eps | {items: gm[ep[0]..ep[1] + 1], definite: ep[2], censored: ep[3], kth: gm[ep[4]],
                   wend: e_d1[gm[ep[4]]] + $N}] AS found
WITH agencies, universal, e_id, e_d0, e_d1, e_date, e_type, e_kids, e_rec, e_rname, e_desc, e_cat,
     e_kd, e_by, e_to, e_toname, g, gev, coll,
     [f IN found | f {.*,
        services: reduce(acc = [], j IN f.items | acc + [r IN [e_rname[j]] WHERE NOT r IN acc]),
        known: [a IN agencies | [a.agency_id, a.name,
                                 size([m IN f.items WHERE any(k IN e_kd[m] WHERE k[0] = a.agency_id AND k[1] <= f.wend)])]],
        kids: [k IN g WHERE any(j IN f.items WHERE k.id IN e_kids[j])],
        rebooked: [m IN f.items | head([j IN gev WHERE e_rec[j] = e_rec[m] AND e_type[j] IN ['appointment', 'missed_appointment']
                                        AND e_d0[j] > e_d1[m] AND e_d0[j] <= e_d1[m] + $N
                                        AND any(k IN e_kids[j] WHERE k IN e_kids[m])])],
        neglect: any(j IN gev WHERE 'neglect' IN e_cat[j] AND e_d1[j] >= e_d0[f.items[0]] - $W AND e_d0[j] <= e_d1[f.items[size(f.items) - 1]] + $N)}]
     AS found
WITH e_id, e_d0, e_d1, e_date, e_rname, e_desc, e_by, e_toname, universal,
     [f IN found | f {.*,
        best: reduce(b = null, x IN f.known | CASE WHEN b IS NULL OR x[2] > b[2] THEN x ELSE b END),
        cross: size(f.services) >= 2 AND all(x IN f.known WHERE x[2] < $K),
        knames: reduce(s = '', k IN f.kids | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + k.name),
        high: any(k IN f.kids WHERE k.dob IS NOT NULL AND e_d0[f.kth] - k.dob < 365)
              OR (any(k IN f.kids WHERE k.dob IS NOT NULL AND e_d0[f.kth] - k.dob < 1826)
                  AND any(j IN f.items WHERE any(w IN universal WHERE toLower(e_desc[j]) CONTAINS w)))
              OR f.neglect}] AS found
UNWIND [f IN found |
  {anchor: e_id[f.kth], variant: 'pattern_not_collated', severity: CASE WHEN f.high THEN 'high' ELSE 'medium' END,
   confidence: CASE WHEN f.definite THEN 'definite' ELSE 'possible' END, censored: f.censored,
   subjects: [k IN f.kids | k.id],
   summary: f.knames + CASE WHEN size(f.kids) > 1 THEN ' were' ELSE ' was' END + ' not brought to '
            + toString(size(f.items)) + ' appointments with ' + toString(size(f.services)) + CASE WHEN size(f.services) = 1 THEN ' service' ELSE ' services' END
            + ' in ' + toString(e_d0[f.items[size(f.items) - 1]] - e_d0[f.items[0]]) + ' days — '
            + reduce(s = '', j IN f.items | s + CASE WHEN s = '' THEN '' ELSE ', ' END + e_date[j] + ' ' + e_rname[j])
            + ' — and there is no record that anyone collated them (a referral, information sharing or a meeting) within '
            + toString($N) + ' days of the ' + CASE $K WHEN 1 THEN 'first' WHEN 2 THEN 'second' WHEN 3 THEN 'third' ELSE toString($K) + 'th' END
            + CASE WHEN f.cross THEN '; no one service knew of more than ' + toString(f.best[2]) + ' of them, so the pattern was visible only in combination'
                   ELSE '' END + '.',
   evidence: [i IN range(0, size(f.items) - 1)
              | {event_id: e_id[f.items[i]], role: 'trigger',
                 note: 'Missed appointment ' + toString(i + 1) + ' of ' + toString(size(f.items)) + ', ' + e_rname[f.items[i]]
                       + ': ' + e_desc[f.items[i]] + ' Follow-up: '
                       + CASE WHEN f.rebooked[i] IS NOT NULL THEN 'another appointment on ' + e_date[f.rebooked[i]]
                              WHEN size(e_toname[f.items[i]]) > 0 THEN 'shared with ' + reduce(s = '', t IN e_toname[f.items[i]] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + t)
                              WHEN size(e_by[f.items[i]]) > 0 THEN 'passed on in a later record'
                              ELSE 'none recorded within ' + toString($N) + ' days' END}]
             + [r IN [x IN f.rebooked WHERE x IS NOT NULL] | {event_id: e_id[r], role: 'response', note: 'Another appointment with the same service'}]
             + [{role: 'holder', agency_id: f.best[0],
                 note: f.best[1] + ' knew of ' + toString(f.best[2]) + ' of the ' + toString(size(f.items))
                       + ' missed appointments by the end of the window, the most any service knew'}]
             + CASE WHEN f.cross THEN
                 [{role: 'context', agency_id: f.best[0],
                   note: 'cross_agency_only: the missed appointments were recorded by ' + toString(size(f.services))
                         + ' services and no one service knew of ' + toString($K) + ' of them'}] ELSE [] END
             + [{role: 'expected_missing', agency_id: f.best[0], day_from: e_d0[f.kth], day_to: f.wend,
                 note: 'No record of a referral, information sharing or meeting that collated the missed appointments of ' + f.knames}]}]
  AS f
RETURN f.anchor AS anchor, f.variant AS variant, f.severity AS severity, f.confidence AS confidence,
       f.censored AS censored, f.subjects AS subjects, f.summary AS summary, f.evidence AS evidence
UNION ALL
// ---- discharged_unnotified
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ag:Agency {case_id: $case_id})
WITH cs, ag ORDER BY ag.agency_id
WITH cs, collect(ag) AS agencies, [w IN split($discharge_words, ',') WHERE trim(w) <> '' | replace(toLower(trim(w)), '_', ' ')] AS words
MATCH (xa:Agency)-[:RECORDED]->(x:Event {case_id: $case_id})
WHERE x.type = 'case_closure'
WITH cs, agencies, words, xa, x,
     ' ' + reduce(t = toLower(coalesce(x.outcome, '') + ' ' + coalesce(x.description, '')),
                  ch IN ['_', '.', ',', ';', ':', '/', '(', ')', '\n'] | replace(t, ch, ' ')) + ' ' AS txt
WITH cs, agencies, xa, x, any(w IN words WHERE txt CONTAINS (' ' + w)) AS discharge
WHERE discharge
MATCH (x)-[:ABOUT]->(xp:Person)
WITH cs, agencies, xa, x, x.day_from AS x0, coalesce(x.day_to, x.day_from) AS x1, collect(xp) AS about
// the children: those it is about, else the children of the parents it is about (the adult variant)
WITH cs, agencies, xa, x, x0, x1, about, [p IN about WHERE p:Child] AS own,
     [(pa:Person)-[:PARENT_OF]->(pk:Child) WHERE pa IN about | pk] AS theirs
WITH cs, agencies, xa, x, x0, x1, about, size(own) = 0 AS adult,
     reduce(acc = [], k IN CASE WHEN size(own) > 0 THEN own ELSE theirs END | CASE WHEN k IN acc THEN acc ELSE acc + [k] END) AS kids
WHERE size(kids) > 0
// the closing service's missed appointments about the same people in the W days before
WITH cs, agencies, xa, x, x0, x1, about, adult, kids,
     [(xa)-[:RECORDED]->(m:Event)-[:ABOUT]->(mp:Person)
      WHERE m.type = 'missed_appointment' AND mp IN about AND m.day_from <= x1 AND coalesce(m.day_to, m.day_from) >= x0 - $W | m] AS ms
WITH cs, agencies, xa, x, x0, x1, about, adult, kids, reduce(acc = [], m IN ms | CASE WHEN m IN acc THEN acc ELSE acc + [m] END) AS misses
WHERE size(misses) > 0
// who had to be told: the GP; health visiting for a child under 5; social care while a plan or assessment is open
WITH cs, agencies, xa, x, x0, x1, about, adult, kids, misses,
     [(ka)-[kn:KNEW]->(x) WHERE kn.mode = $mode AND kn.from_day <= x1 + $N | ka.agency_id] AS told,
     [(ck:Child)<-[:ABOUT]-(ce:Event)
      WHERE ck IN kids AND ce.day_from <= x1
        AND ce.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start', 'cp_plan_end', 'cin_plan_end', 'assessment_complete', 'case_closure']
      | ce] AS csc_events
WITH cs, agencies, xa, x, x0, x1, about, adult, kids, misses, told,
     any(s IN csc_events WHERE s.type IN ['cp_plan_start', 'cin_plan_start', 'assessment_start']
         AND none(en IN csc_events WHERE en.day_from >= s.day_from AND coalesce(en.day_to, en.day_from) < x0
                  AND (en.type = 'case_closure'
                       OR en.type = CASE s.type WHEN 'assessment_start' THEN 'assessment_complete' ELSE replace(s.type, '_start', '_end') END))) AS csc_open,
     any(k IN kids WHERE k.dob_day IS NOT NULL AND x0 - k.dob_day < 1826) AS under5
WITH cs, xa, x, x0, x1, about, adult, kids, misses, told,
     [s IN [['health_gp', 'the GP']]
           + CASE WHEN under5 THEN [['health_visiting', 'health visiting']] ELSE [] END
           + CASE WHEN csc_open THEN [[$csc_sectors[0], "children's social care"]] ELSE [] END
      WHERE any(a IN agencies WHERE a.sector = s[0] OR (s[0] = $csc_sectors[0] AND a.sector IN $csc_sectors))
        AND xa.sector <> s[0]
        AND none(a IN agencies WHERE (a.sector = s[0] OR (s[0] = $csc_sectors[0] AND a.sector IN $csc_sectors)) AND a.agency_id IN told)
      | [s[1], [a IN agencies WHERE a.sector = s[0] OR (s[0] = $csc_sectors[0] AND a.sector IN $csc_sectors)]]] AS untold
WHERE size(untold) > 0
WITH cs, xa, x, x0, x1, about, adult, kids, misses, untold,
     reduce(s = '', k IN kids | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS knames,
     reduce(s = '', p IN [p IN about WHERE NOT p:Child] | s + CASE WHEN s = '' THEN '' ELSE ' and ' END + coalesce(p.pseudonym, p.person_id)) AS anames
RETURN x.event_id AS anchor, 'discharged_unnotified' AS variant, 'high' AS severity,
       CASE WHEN all(m IN misses WHERE coalesce(m.day_to, m.day_from) <= x0) THEN 'definite' ELSE 'possible' END AS confidence,
       (cs.data_end_day IS NOT NULL AND cs.data_end_day < x1 + $N) OR coalesce(xa.records_to_day, 1000000000) < x1 + $N AS censored,
       [k IN kids | k.person_id] AS subjects,
       xa.name + ' discharged ' + CASE WHEN adult THEN anames + ', the parent of ' + knames + ',' ELSE knames END
       + ' on ' + coalesce(x.date_text, '') + ' for non-attendance after ' + toString(size(misses)) + ' missed appointment'
       + CASE WHEN size(misses) = 1 THEN '' ELSE 's' END + ', and there is no record that '
       + reduce(s = '', u IN untold | s + CASE WHEN s = '' THEN '' ELSE ' or ' END + u[0]) + ' knew of it within ' + toString($N) + ' days.' AS summary,
       [{event_id: x.event_id, role: 'trigger', note: 'Discharge for non-attendance'}]
       + [m IN misses | {event_id: m.event_id, role: 'context', note: 'Missed appointment before the discharge'}]
       + reduce(acc = [], u IN untold | acc + [a IN u[1] | {role: 'expected_missing', agency_id: a.agency_id, day_from: x0, day_to: x1 + $N,
                                                               note: 'No record that ' + a.name + ' knew of the discharge within ' + toString($N) + ' days'}]) AS evidence
