// id: cse_indicators_not_escalated
// tier: 2
// version: 1
// title: Sexual exploitation indicators not escalated
// panel: Indicators of child sexual exploitation, or an explicit CSE concern, with no record of a strategy discussion or assessment; association with older adults not referred
// evidence: T16 L1912 (contacts with "much older adult males" should have led to referrals to specialist police officers), L2073 (police aware of "her relationship with an older male (30 years old)" but did not report to specialist officers), L2140-L2175 (the CSE reviews; Table 28: going missing, substance misuse, truancy; L2148 exploitation "after mobile phone contact"), L2219 (sexual health workers named the exploitation; "CSC concluded that no strategy meeting or assessment was" needed)
// param window = 180 | days in which min_indicators kinds of indicator make a pattern
// param min_indicators = 3 | distinct kinds of indicator in the window that make the pattern
// param N_response = 28 | days after the latest signal in which a strategy discussion, section 47 enquiry or assessment (or, for older adults, a referral) is looked for
// param min_age = 10 | youngest age in years at which the rule looks at a child's records
// param older_words = older boyfriend, older male, older man, older men, older adult, older friends, much older, adult male, adult males, associating with adults, unknown adult, unknown male | association with older adults
// param gift_words = gift, new phone, second phone, new mobile, expensive, unexplained money, large amount of money, cash, new clothes, new trainers | unexplained gifts, phones or money
// param substance_words = intoxicated, drunk, under the influence, alcohol, cannabis, drugs, smelt of, smelled of | substance use (ignored when the record is also about the child's parent)
// param sexual_health_words = sexual health, contracepti, morning after pill, emergency contraception, pregnancy test, sexually transmitted, sti test, sti screen, gum clinic, chlamydia | sexual health attendance
// param truancy_words = truant, truancy, truanting, missing from school, absent from school, left school without | truancy (also: the unexplained_absence concern, or non_attendance on a record that is not an appointment)
//
// DETECTORS.md §4 (Tier 2). The indicator set (six kinds), read from records about a child
// aged min_age to 17: missing (a missing_episode event), older adults, gifts (unexplained gifts,
// phones or money), substances, sexual health, truancy, each from the words above in the
// description or outcome (a word preceded by "no ", "not ", "nor ", "without ", "any " or
// "denied " is ignored). Missing, substance misuse and truancy are in T16 Table 28; older
// adults and phones in L2073 and L2148; sexual health in L2219; gifts and money are the usual
// companion in CSE screening tools (product choice).
// Signals about child C:
//   cse_concern              a record with the cse concern, from any agency,
//   indicators               a record with an indicator that makes min_indicators distinct kinds
//                            within `window` days (the window's indicator records are the pattern),
//   older_adult_not_referred a record with the older-adults indicator and no cse concern.
// Answered (benefit of the doubt: possibly in the window): a strategy_discussion or
// s47_enquiry about C, or an assessment_start / assessment_complete about C recorded by
// children's social care or carrying the cse concern or the word "exploitation"; for
// older_adult_not_referred also a referral or information_shared about C sent to children's
// social care or the police. The window runs from the signal (the pattern's first record for
// indicators) to N_response days after it, extended to N_response days after any later signal
// starting in that time ("after the latest").
// One finding per run of unanswered signals following one another within `window` days; its
// variant is the strongest signal in the run (cse_concern, then indicators, then
// older_adult_not_referred), and it is anchored on the first signal of that variant. Censored
// when the window runs past children's social care's records or the case data.
// Severity: cse is a high-weight concern: cse_concern is high; indicators is high when the child
// is under 16 or the pattern has more than min_indicators kinds; older_adult_not_referred is
// high when the child is under 16; otherwise medium (an unknown age is not applied).
// Decisions (referral outcomes and $de_escalating_types) are never signals: they are shown as
// decisions when recorded by children's social care.
// Confidence: indicators is possible when the kinds fall within the window only on uncertain dates.
// Evidence also lists de-escalating decisions about C by children's social care in the window,
// and how many of the signal records social care knew of (KNEW, $mode) by its end.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors
WITH cs.data_end_day AS data_end, collect(csc) AS cscs, collect(csc.agency_id) AS csc_ids,
     max(coalesce(csc.records_to_day, 999999999)) AS csc_end,
     [{kind: 'older adults', words: [w IN split($older_words, ',') | toLower(trim(w))]},
      {kind: 'gifts', words: [w IN split($gift_words, ',') | toLower(trim(w))]},
      {kind: 'substances', words: [w IN split($substance_words, ',') | toLower(trim(w))]},
      {kind: 'sexual health', words: [w IN split($sexual_health_words, ',') | toLower(trim(w))]},
      {kind: 'truancy', words: [w IN split($truancy_words, ',') | toLower(trim(w))]}] AS lexicon,
     toInteger($min_age * 365.25) AS min_age_days
// each record is read once; a social care decision that carries the concern is shown as a
// decision, not as a signal
MATCH (e:Event {case_id: $case_id})
WITH data_end, cscs, csc_ids, csc_end, lexicon, min_age_days, e,
     toLower(coalesce(e.description, '') + ' ' + coalesce(e.outcome, '')) AS txt,
     e.type IN $de_escalating_types OR e.type = 'referral_outcome' AS is_decision
WITH data_end, cscs, csc_ids, csc_end, min_age_days, e, txt, is_decision,
     'cse' IN coalesce(e.concerns, []) AND NOT is_decision AS cse,
     CASE WHEN is_decision THEN [] ELSE
       [l IN lexicon WHERE any(w IN l.words WHERE txt CONTAINS w
          AND none(n IN ['no ', 'not ', 'nor ', 'without ', 'any ', 'denied '] WHERE txt CONTAINS (n + w))) | l.kind]
       + CASE WHEN e.type = 'missing_episode' THEN ['missing'] ELSE [] END
       + CASE WHEN 'unexplained_absence' IN coalesce(e.concerns, [])
                   OR ('non_attendance' IN coalesce(e.concerns, []) AND NOT e.type IN ['appointment', 'missed_appointment'])
              THEN ['truancy'] ELSE [] END END AS raw_kinds,
     is_decision OR e.type IN ['strategy_discussion', 's47_enquiry', 'assessment_start', 'assessment_complete',
                               'referral', 'information_shared'] AS maybe_resp
WHERE cse OR size(raw_kinds) > 0 OR maybe_resp
MATCH (e)-[:ABOUT|SAW]->(c:Child)
WHERE c.dob_day IS NULL OR (e.day_from - c.dob_day >= min_age_days AND e.day_from - c.dob_day < 6575)
WITH DISTINCT data_end, cscs, csc_ids, csc_end, c, e, txt, is_decision, cse, raw_kinds, maybe_resp
// (a pattern comprehension whose WHERE tests only outer values is skipped when they are false,
// a CASE around it is not)
WITH data_end, cscs, csc_ids, csc_end, c, e, txt, is_decision, cse, raw_kinds,
     [(e)-[:ABOUT|SAW]->(pp:Person)-[:PARENT_OF]->(c) WHERE 'substances' IN raw_kinds | pp.person_id] AS parents,
     [(e)<-[:RECORDED]-(ra:Agency) WHERE cse OR size(raw_kinds) > 0 OR is_decision
                                         OR e.type IN ['assessment_start', 'assessment_complete']
      | {name: ra.name, sector: ra.sector}] AS recs,
     [(e)-[:SHARED_WITH|REFERRED_TO]->(ta:Agency) WHERE e.type IN ['referral', 'information_shared'] | ta.sector] AS sent_to
WITH data_end, cscs, csc_ids, csc_end, c, e, cse, head(recs) AS rec,
     reduce(acc = [], k IN [k1 IN raw_kinds WHERE k1 <> 'substances' OR size(parents) = 0]
            | CASE WHEN k IN acc THEN acc ELSE acc + [k] END) AS kinds,
     e.type IN ['strategy_discussion', 's47_enquiry']
       OR (e.type IN ['assessment_start', 'assessment_complete']
           AND (any(r IN recs WHERE r.sector IN $csc_sectors) OR cse OR txt CONTAINS 'exploitation')) AS esc,
     e.type IN ['referral', 'information_shared'] AND any(t IN sent_to WHERE t IN ($csc_sectors + ['police'])) AS ref,
     is_decision AND any(r IN recs WHERE r.sector IN $csc_sectors) AS decision
WITH data_end, cscs, csc_ids, csc_end, c, e, cse, kinds, rec, esc, ref, decision, cse OR size(kinds) > 0 AS signal
// the days social care knew each signal record (KNEW looked up between two known nodes)
UNWIND CASE WHEN signal AND size(cscs) > 0 THEN cscs ELSE [null] END AS k0
WITH data_end, csc_ids, csc_end, c, e, cse, kinds, rec, esc, ref, decision, signal,
     CASE WHEN k0 IS NULL THEN [] ELSE [(k0)-[kc:KNEW]->(e) WHERE kc.mode = $mode | kc.from_day] END AS kd
WITH data_end, csc_ids, csc_end, c, e, cse, kinds, rec, esc, ref, decision, signal, collect(kd) AS kds
WITH data_end, csc_ids, csc_end, c, e, cse, kinds, rec, esc, ref, decision, signal, reduce(acc = [], l IN kds | acc + l) AS known
ORDER BY e.day_from, toInteger(e.seq), e.event_id
WITH data_end, csc_ids, csc_end, c,
     collect(CASE WHEN signal THEN
               {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), by: rec.name, cse: cse, kinds: kinds, known: known} END) AS evs,
     collect(CASE WHEN esc OR ref THEN
               {e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), esc: esc} END) AS resp,
     collect(CASE WHEN decision THEN e END) AS decisions
WHERE size(evs) > 0
// signals: the kinds of indicator within `window` days up to each record (possibly, and surely)
WITH data_end, csc_ids, csc_end, c, evs, resp, decisions,
     [i IN range(0, size(evs) - 1) |
       {i: i, x: evs[i],
        kinds: reduce(acc = [], j IN range(0, i) |
                      CASE WHEN evs[j].d1 >= evs[i].d0 - $window THEN acc + [k IN evs[j].kinds WHERE NOT k IN acc] ELSE acc END),
        sure: reduce(acc = [], j IN range(0, i) |
                     CASE WHEN evs[j].d0 >= evs[i].d1 - $window THEN acc + [k IN evs[j].kinds WHERE NOT k IN acc] ELSE acc END)}] AS rows
WITH data_end, csc_ids, csc_end, c, evs, resp, decisions,
     [r IN rows WHERE r.x.cse OR (size(r.x.kinds) > 0 AND size(r.kinds) >= $min_indicators) OR 'older adults' IN r.x.kinds
      | {i: r.i, x: r.x, d0: r.x.d0, hi: r.x.d1 + $N_response,
         kind: CASE WHEN r.x.cse THEN 'cse_concern'
                    WHEN size(r.x.kinds) > 0 AND size(r.kinds) >= $min_indicators THEN 'indicators'
                    ELSE 'older_adult_not_referred' END,
         kinds: r.kinds,
         definite: r.x.cse OR size(r.x.kinds) = 0 OR size(r.kinds) < $min_indicators OR size(r.sure) >= $min_indicators}] AS sigs
WITH data_end, csc_ids, csc_end, c, evs, resp, decisions,
     [s IN sigs |
       {i: s.i, x: s.x, d0: s.d0, hi: s.hi, kind: s.kind, kinds: s.kinds, definite: s.definite,
        pattern: CASE WHEN s.kind = 'indicators'
                      THEN [j IN range(0, s.i) WHERE size(evs[j].kinds) > 0 AND evs[j].d1 >= s.d0 - $window]
                      ELSE [s.i] END}] AS sigs
WITH data_end, csc_ids, csc_end, c, evs, decisions, sigs,
     [r IN resp WHERE r.esc] AS escs, [r IN resp WHERE NOT r.esc] AS refs
WITH data_end, csc_ids, csc_end, c, evs, decisions, escs, refs,
     [s IN sigs |
       {i: s.i, x: s.x, d0: s.d0, kind: s.kind, pattern: s.pattern, kinds: s.kinds, definite: s.definite,
        lo: evs[s.pattern[0]].d0,
        hi: reduce(mx = s.hi, t IN sigs | CASE WHEN t.i > s.i AND t.d0 <= s.hi AND t.hi > mx THEN t.hi ELSE mx END)}] AS sigs
WITH csc_ids, c, evs, escs, decisions,
     [s IN sigs WHERE none(r IN escs WHERE r.d1 >= s.lo AND r.d0 <= s.hi)
                  AND (s.kind <> 'older_adult_not_referred' OR none(r IN refs WHERE r.d1 >= s.lo AND r.d0 <= s.hi))
      | {i: s.i, x: s.x, d0: s.d0, kind: s.kind, pattern: s.pattern, kinds: s.kinds, definite: s.definite, lo: s.lo, hi: s.hi,
         censored: (data_end IS NOT NULL AND data_end < s.hi) OR (csc_end IS NOT NULL AND csc_end < s.hi)}] AS anchors
// one finding per run of unanswered signals, each within `window` days of the last
WITH csc_ids, c, evs, escs, decisions, anchors,
     [a IN anchors WHERE none(b IN anchors WHERE b.i < a.i AND b.d0 >= a.d0 - $window)] AS starts
WITH csc_ids, c, evs, escs, decisions,
     [s IN starts | [a IN anchors WHERE a.i >= s.i AND none(n IN starts WHERE n.i > s.i AND a.i >= n.i)]] AS runs
UNWIND runs AS run
WITH csc_ids, c, evs, escs, decisions, all(a IN run WHERE a.censored) AS censored,
     [a IN run WHERE all(b IN run WHERE b.censored) OR NOT a.censored] AS shown
WITH csc_ids, c, evs, escs, decisions, censored, shown,
     CASE WHEN any(a IN shown WHERE a.kind = 'cse_concern') THEN 'cse_concern'
          WHEN any(a IN shown WHERE a.kind = 'indicators') THEN 'indicators'
          ELSE 'older_adult_not_referred' END AS variant,
     reduce(mn = shown[0].lo, a IN shown | CASE WHEN a.lo < mn THEN a.lo ELSE mn END) AS lo,
     reduce(mx = 0, a IN shown | CASE WHEN a.hi > mx THEN a.hi ELSE mx END) AS hi,
     reduce(acc = [], a IN shown | acc + [k IN a.pattern WHERE NOT k IN acc]) AS idx
WITH csc_ids, c, escs, decisions, censored, shown, variant, lo, hi,
     [k IN range(0, size(evs) - 1) WHERE k IN idx | evs[k]] AS sev,
     reduce(acc = [], a IN shown | acc + [k IN a.kinds WHERE NOT k IN acc]) AS kinds,
     head([a IN shown WHERE a.kind = variant]) AS lead,
     coalesce(c.pseudonym, c.person_id) AS cname
WITH csc_ids, c, escs, censored, shown, variant, lo, hi, sev, kinds, lead, cname,
     CASE WHEN c.dob_day IS NULL THEN null ELSE toInteger((lead.x.d0 - c.dob_day) / 365.25) END AS age,
     size([x IN sev WHERE any(d IN x.known WHERE d <= hi)]) AS known_n,
     reduce(fst = null, r IN [q IN escs WHERE q.d0 > hi] | CASE WHEN fst IS NULL OR r.d0 < fst.d0 THEN r ELSE fst END) AS late,
     [q IN decisions WHERE coalesce(q.day_to, q.day_from) >= lo AND q.day_from <= hi] AS decided,
     reduce(s = '', b IN reduce(acc = [], x IN sev | CASE WHEN x.by IN acc THEN acc ELSE acc + [x.by] END)
            | s + CASE WHEN s = '' THEN '' ELSE ', ' END + b) AS sources
WITH csc_ids, c, censored, shown, variant, lo, hi, sev, kinds, lead, known_n, late, decided, sources,
     cname + CASE WHEN age IS NULL THEN ' (age not known)' ELSE ' (aged ' + toString(age) + ')' END AS who,
     age IS NOT NULL AND age < 16 AS under16,
     ' there is no record of a strategy discussion, section 47 enquiry or assessment within ' + toString($N_response) + ' days' AS none_text
RETURN lead.x.e.event_id AS anchor,
       variant,
       CASE WHEN variant = 'cse_concern' THEN 'high'
            WHEN variant = 'indicators' AND (under16 OR size(kinds) > $min_indicators) THEN 'high'
            WHEN variant = 'older_adult_not_referred' AND under16 THEN 'high'
            ELSE 'medium' END AS severity,
       CASE WHEN variant <> 'indicators' OR any(a IN shown WHERE a.kind = 'indicators' AND a.definite) THEN 'definite'
            ELSE 'possible' END AS confidence,
       censored,
       [c.person_id] AS subjects,
       CASE variant
         WHEN 'cse_concern' THEN
           lead.x.by + ' recorded a child sexual exploitation concern about ' + who + ' on ' + lead.x.e.date_text + ':'
           + none_text + '.'
         WHEN 'indicators' THEN
           toString(size(kinds)) + ' kinds of sexual exploitation indicator were recorded about ' + who + ' between '
           + sev[0].e.date_text + ' and ' + sev[-1].e.date_text + ' ('
           + reduce(s = '', k IN kinds | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k) + '; recorded by ' + sources + '):'
           + none_text + ' of the latest.'
         ELSE
           lead.x.by + ' recorded ' + who + ' associating with older adults on ' + lead.x.e.date_text
           + ": there is no record of a referral to children's social care or the police, or of a strategy discussion or assessment, within "
           + toString($N_response) + ' days.'
       END AS summary,
       [x IN sev | {event_id: x.e.event_id, role: 'trigger',
                    note: CASE WHEN x.cse THEN 'CSE concern' ELSE 'indicator' END + ' recorded by ' + x.by
                          + CASE WHEN size(x.kinds) > 0
                                 THEN ' (' + reduce(s = '', k IN x.kinds | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k) + ')'
                                 ELSE '' END}]
       + [{role: 'expected_missing', agency_id: csc_ids[0], day_from: lo, day_to: hi,
           note: 'no record of a strategy discussion, section 47 enquiry or assessment'
                 + CASE WHEN variant = 'older_adult_not_referred' THEN ", or of a referral to children's social care or the police" ELSE '' END
                 + ' in this window'}]
       + [d IN decided | {event_id: d.event_id, role: 'decision', note: "children's social care decision in the window"}]
       + [l IN [late] WHERE l IS NOT NULL |
          {event_id: l.e.event_id, role: 'late_response',
           note: 'first later strategy discussion, enquiry or assessment, ' + toString(l.d0 - sev[-1].d0) + ' days after the latest signal'}]
       + [a IN csc_ids[0..1] | {role: 'context', agency_id: a,
           note: "children's social care knew of " + toString(known_n) + ' of the ' + toString(size(sev))
                 + ' record(s) by the end of the window'}] AS evidence
