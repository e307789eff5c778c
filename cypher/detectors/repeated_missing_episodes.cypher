// id: repeated_missing_episodes
// tier: 2
// version: 1
// title: Repeated missing episodes
// panel: A child went missing repeatedly, or was found with unknown adults or intoxicated, and there is no record of a strategy discussion or of return information reaching children's social care
// evidence: T16 L1902 ("reported missing at least thirteen times" in six months), L1904 ("on one occasion was found intoxicated"), L1910 (staying with unknown adults increased vulnerability to sexual exploitation), L1912 (contacts with "much older adult males" should have led to referrals), L2075 (what the safe and well check found "should have been shared"), L2299 ("pick the child up ... and drop them back")
// param window = 90 | days in which min_episodes missing episodes make a pattern
// param min_episodes = 3 | missing episodes in the window that make the pattern
// param N_response = 7 | days after the latest episode in which a strategy discussion, or return information reaching children's social care, is looked for
// param merge_days = 1 | missing_episode records about the child starting within this many days of the previous one are one episode (the report and the return are often two rows)
// param risk_words = unknown adult, unknown male, unknown man, unknown men, unknown female, older male, older man, older men, adult male, much older, intoxicated, drunk, under the influence, smelt of alcohol, smelled of alcohol, smelling of alcohol, cannabis, drugs | words in an episode's description or outcome meaning the child was found with an unknown or older adult, or intoxicated
// param return_words = return home interview, return interview, safe and well, debrief | words that make a record return information
//
// DETECTORS.md §4 (Tier 2). Episodes: events of type missing_episode about a child under 18
// (records that only mention missing, such as a return interview, are not episodes); records
// starting within merge_days of the previous one are one episode. A risk word preceded by
// "no ", "not ", "nor ", "without ", "any " or "denied " is ignored (a plain negation guard).
// Return interviews are looked for in information shared, referrals, contacts, home visits,
// appointments and other records.
// Responses (benefit of the doubt: any response possibly in the window counts): a
// strategy_discussion about the child; or return information that reached children's social
// care, i.e. a record about the child recorded by, shared with or referred to children's social
// care that has one of the return_words, or is an information_shared or referral carrying the
// missing_episode concern or the word "missing".
// Variants (one finding per run of unanswered episodes following one another within `window`
// days, anchored on the first episode of the run):
//   found_at_risk  an episode whose records have a risk word,
//   repeated       an episode that is the min_episodes-th or later within `window` days.
// The response window runs from the first episode of the pattern (the episode itself for
// found_at_risk) to N_response days after it, extended to N_response days after any later
// episode starting in that time ("after the latest"). Censored when it runs past children's
// social care's records or the case data.
// Severity: missing_episode is a medium-weight concern; high when the child was found at risk,
// is under 13, or the run holds twice min_episodes episodes or more; medium otherwise.
// Confidence: repeated is possible when the count holds only on uncertain dates.
// Evidence also shows return interviews about the child in the window that did not reach
// children's social care (T16 L2075), and how many episode records social care knew of (KNEW,
// $mode) by the end of the window.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc) AS cscs, collect(csc.agency_id) AS csc_ids,
     max(coalesce(csc.records_to_day, 999999999)) AS csc_end,
     [w IN split($risk_words, ',') | toLower(trim(w))] AS risk_w,
     [w IN split($return_words, ',') | toLower(trim(w))] AS ret_w
MATCH (m:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE m.type = 'missing_episode'
WITH DISTINCT data_end, cscs, csc_ids, csc_end, risk_w, ret_w, c
MATCH (e:Event)-[:ABOUT|SAW]->(c)
WHERE e.type IN ['missing_episode', 'strategy_discussion', 'information_shared', 'referral', 'contact', 'home_visit', 'appointment', 'other']
  AND (c.dob_day IS NULL OR e.day_from - c.dob_day < 6575)
WITH DISTINCT data_end, cscs, csc_ids, csc_end, risk_w, ret_w, c, e
WITH data_end, cscs, csc_ids, csc_end, risk_w, ret_w, c, e,
     toLower(coalesce(e.description, '') + ' ' + coalesce(e.outcome, '')) AS txt
WITH data_end, cscs, csc_ids, csc_end, risk_w, c, e, txt,
     any(w IN ret_w WHERE txt CONTAINS w) AS is_return,
     e.type IN ['information_shared', 'referral'] AND ('missing_episode' IN coalesce(e.concerns, []) OR txt CONTAINS 'missing') AS tells
WHERE e.type IN ['missing_episode', 'strategy_discussion'] OR is_return OR tells
// (a pattern comprehension whose WHERE tests only outer values is skipped when they are false)
WITH data_end, cscs, csc_ids, csc_end, risk_w, c, e, txt, is_return,
     [(e)-[:SHARED_WITH|REFERRED_TO]->(xa:Agency) WHERE is_return OR tells | xa.sector]
     + [(e)<-[:RECORDED]-(ya:Agency) WHERE is_return OR tells | ya.sector] AS reached
WITH data_end, cscs, csc_ids, csc_end, risk_w, c, e, txt,
     CASE WHEN e.type = 'missing_episode' THEN 'episode'
          WHEN e.type = 'strategy_discussion' THEN 'strategy'
          WHEN any(x IN reached WHERE x IN $csc_sectors) THEN 'return'
          WHEN is_return THEN 'unshared' END AS kind
WHERE kind IS NOT NULL
// the days social care knew each episode record (KNEW looked up between two known nodes)
UNWIND CASE WHEN kind = 'episode' AND size(cscs) > 0 THEN cscs ELSE [null] END AS k0
WITH data_end, csc_ids, csc_end, risk_w, c, e, txt, kind,
     CASE WHEN k0 IS NULL THEN [] ELSE [(k0)-[kc:KNEW]->(e) WHERE kc.mode = $mode | kc.from_day] END AS kd
WITH data_end, csc_ids, csc_end, risk_w, c, e, txt, kind, collect(kd) AS kds
WITH data_end, csc_ids, csc_end, c, e, kind, reduce(acc = [], l IN kds | acc + l) AS known,
     head([(ra:Agency)-[:RECORDED]->(e) | ra.name]) AS by,
     [w IN risk_w WHERE kind = 'episode' AND txt CONTAINS w
        AND none(n IN ['no ', 'not ', 'nor ', 'without ', 'any ', 'denied '] WHERE txt CONTAINS (n + w))] AS hits
ORDER BY e.day_from, toInteger(e.seq), e.event_id
WITH data_end, csc_ids, csc_end, c,
     collect(CASE WHEN kind = 'episode' THEN
               {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), by: by, hits: hits, known: known} END) AS evs,
     collect(CASE WHEN kind <> 'episode' THEN
               {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), by: by, kind: kind} END) AS resp
WHERE size(evs) > 0
// episodes: records starting within merge_days of the previous record
WITH data_end, csc_ids, csc_end, c, resp, evs,
     [i IN range(0, size(evs) - 1) WHERE i = 0 OR evs[i].d0 > evs[i - 1].d0 + $merge_days] AS st
WITH data_end, csc_ids, csc_end, c, resp, evs, st,
     [k IN range(0, size(st) - 1) | evs[st[k]..coalesce(st[k + 1], size(evs))]] AS groups
WITH data_end, csc_ids, csc_end, c, resp,
     [g IN groups |
       {events: g, d0: g[0].d0,
        d1: reduce(mx = 0, x IN g | CASE WHEN x.d1 > mx THEN x.d1 ELSE mx END),
        hits: reduce(acc = [], x IN g | acc + [h IN x.hits WHERE NOT h IN acc])}] AS cl
WITH data_end, csc_ids, csc_end, c, cl,
     [r IN resp WHERE r.kind IN ['strategy', 'return']] AS answers,
     [r IN resp WHERE r.kind = 'unshared'] AS unshared
// per episode: the episodes in the window before it, whether it was found at risk, and its
// response window ("after the latest")
WITH data_end, csc_ids, csc_end, c, cl, answers, unshared,
     [i IN range(0, size(cl) - 1) |
       {i: i, d0: cl[i].d0, risk: size(cl[i].hits) > 0,
        prior: [j IN range(0, i) WHERE cl[j].d1 >= cl[i].d0 - $window],
        certain: [j IN range(0, i) WHERE cl[j].d0 >= cl[i].d1 - $window],
        hi: reduce(mx = cl[i].d1 + $N_response, k IN range(i, size(cl) - 1) |
                   CASE WHEN cl[k].d0 <= cl[i].d1 + $N_response AND cl[k].d1 + $N_response > mx
                        THEN cl[k].d1 + $N_response ELSE mx END)}] AS items
WITH data_end, csc_ids, csc_end, c, cl, answers, unshared,
     [it IN items WHERE it.risk OR size(it.prior) >= $min_episodes
      | {i: it.i, d0: it.d0, hi: it.hi, risk: it.risk,
         pattern: CASE WHEN size(it.prior) >= $min_episodes THEN it.prior ELSE [it.i] END,
         lo: CASE WHEN size(it.prior) >= $min_episodes THEN cl[it.prior[0]].d0 ELSE it.d0 END,
         definite: it.risk OR size(it.certain) >= $min_episodes}] AS quals
WITH data_end, csc_ids, csc_end, c, cl, answers, unshared,
     [q IN quals WHERE none(r IN answers WHERE r.d1 >= q.lo AND r.d0 <= q.hi)
      | {i: q.i, d0: q.d0, lo: q.lo, hi: q.hi, risk: q.risk, pattern: q.pattern, definite: q.definite,
         censored: (data_end IS NOT NULL AND data_end < q.hi) OR (csc_end IS NOT NULL AND csc_end < q.hi)}] AS anchors
// one finding per run of unanswered episodes, each within `window` days of the last
WITH csc_ids, c, cl, answers, unshared, anchors,
     [a IN anchors WHERE none(b IN anchors WHERE b.i < a.i AND b.d0 >= a.d0 - $window)] AS starts
WITH csc_ids, c, cl, answers, unshared,
     [s IN starts | [a IN anchors WHERE a.i >= s.i AND none(n IN starts WHERE n.i > s.i AND a.i >= n.i)]] AS runs
UNWIND runs AS run
WITH csc_ids, c, cl, answers, unshared, all(a IN run WHERE a.censored) AS censored,
     [a IN run WHERE all(b IN run WHERE b.censored) OR NOT a.censored] AS shown
WITH csc_ids, c, cl, answers, unshared, censored, shown,
     reduce(mn = shown[0].lo, a IN shown | CASE WHEN a.lo < mn THEN a.lo ELSE mn END) AS lo,
     reduce(mx = 0, a IN shown | CASE WHEN a.hi > mx THEN a.hi ELSE mx END) AS hi,
     reduce(acc = [], a IN shown | acc + [k IN a.pattern WHERE NOT k IN acc]) AS pat
WITH csc_ids, c, cl, answers, unshared, censored, shown, lo, hi,
     [k IN range(0, size(cl) - 1) WHERE k IN pat] AS eps
WITH csc_ids, c, answers, censored, shown, lo, hi, eps,
     reduce(acc = [], k IN eps | acc + cl[k].events) AS evs,
     reduce(acc = [], k IN eps | acc + [h IN cl[k].hits WHERE NOT h IN acc]) AS hits,
     [u IN unshared WHERE u.d1 >= lo AND u.d0 <= hi] AS unshared,
     reduce(fst = null, r IN [a IN answers WHERE a.d0 > hi] | CASE WHEN fst IS NULL OR r.d0 < fst.d0 THEN r ELSE fst END) AS late,
     coalesce(c.pseudonym, c.person_id) AS cname
WITH csc_ids, c, censored, shown, lo, hi, eps, evs, hits, unshared, late, cname,
     any(a IN shown WHERE a.risk) AS at_risk,
     size([x IN evs WHERE any(d IN x.known WHERE d <= hi)]) AS known_n,
     CASE WHEN c.dob_day IS NULL THEN cname + ' (age not known)'
          ELSE cname + ' (aged ' + toString(toInteger((evs[0].d0 - c.dob_day) / 365.25)) + ')' END AS who,
     reduce(s = '', b IN reduce(acc = [], x IN evs | CASE WHEN x.by IN acc THEN acc ELSE acc + [x.by] END)
            | s + CASE WHEN s = '' THEN '' ELSE ', ' END + b) AS sources,
     reduce(s = '', h IN hits | s + CASE WHEN s = '' THEN '' ELSE ', ' END + '"' + h + '"') AS said
RETURN evs[0].e.event_id AS anchor,
       CASE WHEN at_risk THEN 'found_at_risk' ELSE 'repeated' END AS variant,
       CASE WHEN at_risk OR size(eps) >= 2 * $min_episodes
                 OR (c.dob_day IS NOT NULL AND evs[0].d0 - c.dob_day < 4748) THEN 'high'
            ELSE 'medium' END AS severity,
       CASE WHEN any(a IN shown WHERE a.definite) THEN 'definite' ELSE 'possible' END AS confidence,
       censored,
       [c.person_id] AS subjects,
       who + ' was reported missing ' + CASE WHEN size(eps) = 1 THEN 'on ' + evs[0].e.date_text
                                             ELSE toString(size(eps)) + ' times between ' + evs[0].e.date_text + ' and ' + evs[-1].e.date_text END
       + ' (recorded by ' + sources + ')'
       + CASE WHEN at_risk THEN ', and the records say ' + said ELSE '' END
       + ": there is no record of a strategy discussion, or of return information reaching children's social care, within "
       + toString($N_response) + ' days of the latest episode'
       + CASE WHEN known_n = 0 THEN ", nor that children's social care knew of the episodes." ELSE '.' END AS summary,
       [x IN evs | {event_id: x.e.event_id, role: 'trigger',
                    note: 'missing episode recorded by ' + x.by
                          + CASE WHEN size(x.hits) > 0 THEN '; the record says ' + reduce(s = '', h IN x.hits | s + CASE WHEN s = '' THEN '' ELSE ', ' END + '"' + h + '"') ELSE '' END}]
       + [{role: 'expected_missing', agency_id: csc_ids[0], day_from: lo, day_to: hi,
           note: "no record of a strategy discussion, or of return information reaching children's social care, in this window"}]
       + [u IN unshared | {event_id: u.e.event_id, role: 'context',
                           note: 'return information recorded by ' + u.by + "; no record that it reached children's social care"}]
       + [l IN [late] WHERE l IS NOT NULL |
          {event_id: l.e.event_id, role: 'late_response',
           note: CASE WHEN l.kind = 'strategy' THEN 'strategy discussion' ELSE "return information reaching children's social care" END
                 + ', ' + toString(l.d0 - evs[-1].d0) + ' days after the latest episode'}]
       + [a IN csc_ids[0..1] | {role: 'context', agency_id: a,
           note: "children's social care knew of " + toString(known_n) + ' of the ' + toString(size(evs))
                 + ' missing episode record(s) by the end of the window'}] AS evidence
