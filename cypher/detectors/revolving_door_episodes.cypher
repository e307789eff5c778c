// id: revolving_door_episodes
// tier: 2
// version: 1
// title: Revolving door episodes
// panel: Children's social care opened and closed the child's case three times or more, or closed it as improved and was re-referred, again and again
// evidence: T16 L386 (a shift needed "from incident or episodic service provision to a culture of long-term and continuous support"), L945 (older children more often known to social care in the past), L3492 (a family "bumping along the bottom"; care "appeared to improve enough for the case to be closed"), L4082 (staff "focused their attention on the individual crises")
// param min_episodes = 3 | social care episodes opened and closed that make the pattern
// param window = 1825 | days from the opening of the first of those episodes to the closing of the last (5 years)
// param min_cycles = 2 | closures as improved, each followed by a re-referral, that make the pattern
// param N_rereferral = 365 | days after a closure in which a new referral is a re-referral (12 months)
// param closing_words = nfa, no further action, information only, information_only, advice, signpost, early help, early_help, closed, closure, step down, stepped down, no role | words in the outcome of a referral outcome or completed assessment that close the episode
// param improved_words = improved, improvement, progress, better | words in a closing outcome meaning the case closed because things had improved
//
// DETECTORS.md §4 (Tier 2). A social care episode about child C opens with a referral to
// children's social care (referred to, or recorded by, a social care agency), or an
// assessment_start or step_up recorded by social care; it closes with a case_closure,
// decision_no_further_action or step_down recorded by social care, or a referral_outcome or
// assessment_complete recorded by social care whose outcome has one of the closing_words. Openings
// before a closure belong to one episode; a closure with no opening since the last one is a
// duplicate record, except a referral_outcome, which answers a referral of its own.
// Variants (one finding per child, the first that holds):
//   closed_improved_rereferred  min_cycles times, an episode closed with one of the
//                               improved_words and the next episode opened within
//                               N_rereferral days (anchor: the re-referral completing the pattern),
//   repeated_episodes           min_episodes episodes opened and closed within `window` days
//                               (anchor: the closure completing the pattern).
// The pattern is the finding: nothing is looked for afterwards, so nothing is censored. Records
// before social care's records_from_day cannot be seen, which can only hide episodes.
// Severity: low when a child protection plan or care proceedings recorded by social care
// followed within N_rereferral days of the anchor (the door stopped). Otherwise high when a
// high-weight concern about the child was recorded during the pattern, the child was under 5 at
// the anchor, or the child's records hold twice the episodes or cycles needed, else medium.
// Confidence: possible when the window or a re-referral gap holds only on uncertain dates.
// everything the rule reads is recorded by, or referred to, a social care agency
MATCH (csc:Agency {case_id: $case_id})-[r:RECORDED|REFERRED_TO]-(e:Event)
WHERE csc.sector IN $csc_sectors
  AND e.type IN ['referral', 'assessment_start', 'step_up', 'case_closure', 'decision_no_further_action', 'step_down',
                 'referral_outcome', 'assessment_complete', 'cp_plan_start', 'care_proceedings']
WITH e, collect(type(r)) AS links, collect(csc.name) AS names
MATCH (e)-[:ABOUT|SAW]->(c:Child)
WHERE c.dob_day IS NULL OR e.day_from - c.dob_day < 6575
WITH DISTINCT c, e, links, names,
     toLower(coalesce(e.outcome, '')) AS outcome,
     [w IN split($closing_words, ',') | toLower(trim(w))] AS close_w,
     [w IN split($improved_words, ',') | toLower(trim(w))] AS improved_w
WITH c, e, outcome, improved_w,
     CASE WHEN 'RECORDED' IN links THEN names[0] ELSE head([(e)<-[:RECORDED]-(ra:Agency) | ra.name]) END AS by,
     CASE WHEN e.type = 'referral' THEN 'open'
          WHEN e.type IN ['assessment_start', 'step_up'] AND 'RECORDED' IN links THEN 'open'
          WHEN 'RECORDED' IN links AND (e.type IN ['case_closure', 'decision_no_further_action', 'step_down']
                           OR (e.type IN ['referral_outcome', 'assessment_complete'] AND any(w IN close_w WHERE outcome CONTAINS w))) THEN 'close'
          WHEN e.type IN ['cp_plan_start', 'care_proceedings'] THEN 'escalation' END AS kind
WHERE kind IS NOT NULL
WITH c, e, outcome, improved_w, by, kind
ORDER BY e.day_from, toInteger(e.seq), e.event_id
WITH c, collect({e: e, d0: e.day_from, d1: coalesce(e.day_to, e.day_from), kind: kind, by: by,
                 improved: kind = 'close' AND any(w IN improved_w WHERE outcome CONTAINS w)}) AS marks
// episodes: openings up to a closure; a trailing open episode is kept for re-referral cycles
WITH c, [m IN marks WHERE m.kind = 'escalation'] AS escs,
     reduce(acc = {open: null, eps: []}, m IN [x IN marks WHERE x.kind <> 'escalation'] |
            CASE WHEN m.kind = 'open' THEN CASE WHEN acc.open IS NULL THEN {open: m, eps: acc.eps} ELSE acc END
                 WHEN acc.open IS NOT NULL OR m.e.type = 'referral_outcome'
                   THEN {open: null, eps: acc.eps + [{open: coalesce(acc.open, m), close: m}]}
                 ELSE acc END) AS walk
WITH c, escs, walk.eps AS closed,
     walk.eps + CASE WHEN walk.open IS NULL THEN [] ELSE [{open: walk.open, close: null}] END AS eps
WITH c, escs, closed, eps,
     [k IN range($min_episodes - 1, size(closed) - 1)
        WHERE closed[k].close.d0 - closed[k - $min_episodes + 1].open.d1 <= $window] AS rep_k,
     [i IN range(0, size(eps) - 2)
        WHERE eps[i].close.improved AND eps[i + 1].open.d0 - eps[i].close.d1 <= $N_rereferral] AS cycles
WITH c, escs, closed, eps, rep_k, cycles,
     CASE WHEN size(cycles) >= $min_cycles THEN 'closed_improved_rereferred'
          WHEN size(rep_k) > 0 THEN 'repeated_episodes' END AS variant
WHERE variant IS NOT NULL
// (FalkorDB evaluates every CASE branch, so the other variant's indices are given defaults)
WITH c, escs, closed, eps, variant, rep_k, cycles,
     coalesce(cycles[$min_cycles - 1], 0) AS ck, coalesce(rep_k[0], $min_episodes - 1) AS rk
WITH c, escs, eps, variant,
     CASE WHEN variant = 'closed_improved_rereferred' THEN range(coalesce(cycles[0], 0), ck + 1)
          ELSE range(rk - $min_episodes + 1, rk) END AS pat,
     CASE WHEN variant = 'closed_improved_rereferred' THEN eps[ck + 1].open ELSE closed[rk].close END AS a,
     CASE WHEN variant = 'closed_improved_rereferred'
          THEN all(i IN cycles[0..$min_cycles] WHERE eps[i + 1].open.d1 - eps[i].close.d0 <= $N_rereferral)
          ELSE closed[rk].close.d1 - closed[rk - $min_episodes + 1].open.d0 <= $window END AS definite,
     CASE WHEN variant = 'closed_improved_rereferred' THEN size(cycles) >= 2 * $min_cycles
          ELSE size(closed) >= 2 * $min_episodes END AS twice
WITH c, escs, eps, variant, pat, a, definite, twice,
     eps[pat[0]].open AS first,
     [(c)<-[:ABOUT|SAW]-(h:Event) WHERE h.day_from >= eps[pat[0]].open.d0 AND h.day_from <= a.d1
        AND any(q IN coalesce(h.concerns, []) WHERE q IN $high_concerns) | h.event_id] AS high_ids,
     [s IN escs WHERE s.d0 >= a.d0 AND s.d0 <= a.d1 + $N_rereferral] AS stopped,
     coalesce(c.pseudonym, c.person_id) AS cname
WITH c, eps, variant, pat, a, definite, twice, first, high_ids, stopped,
     CASE WHEN c.dob_day IS NULL THEN cname + ' (age not known)'
          ELSE cname + ' (aged ' + toString(toInteger((a.d0 - c.dob_day) / 365.25)) + ')' END AS who,
     c.dob_day IS NOT NULL AND a.d0 - c.dob_day < 1826 AS under5
RETURN a.e.event_id AS anchor,
       variant,
       CASE WHEN size(stopped) > 0 THEN 'low'
            WHEN size(high_ids) > 0 OR under5 OR twice THEN 'high'
            ELSE 'medium' END AS severity,
       CASE WHEN definite THEN 'definite' ELSE 'possible' END AS confidence,
       false AS censored,
       [c.person_id] AS subjects,
       CASE variant
         WHEN 'repeated_episodes' THEN
           "Children's social care opened and closed " + toString(size(pat)) + ' episodes for ' + who + ' between '
           + first.e.date_text + ' and ' + a.e.date_text + ' (closed on '
           + reduce(s = '', i IN pat | s + CASE WHEN s = '' THEN '' WHEN i = pat[-1] THEN ' and ' ELSE ', ' END
                                         + eps[i].close.e.date_text)
           + ').'
         ELSE
           "Children's social care closed the case of " + who + ' as improved ' + toString($min_cycles)
           + ' times between ' + first.e.date_text + ' and ' + a.e.date_text + ', and each time a new referral followed within '
           + toString($N_rereferral) + ' days.'
       END
       + CASE WHEN size(stopped) > 0 THEN ' A child protection plan or care proceedings followed.' ELSE '' END AS summary,
       reduce(acc = [], i IN pat |
              acc + [{event_id: eps[i].open.e.event_id, role: 'trigger',
                      note: 'episode ' + toString(i - pat[0] + 1) + ' opened: ' + replace(eps[i].open.e.type, '_', ' ')
                            + ' recorded by ' + eps[i].open.by}]
                  + [x IN [eps[i].close] WHERE x IS NOT NULL AND x.e <> eps[i].open.e |
                     {event_id: x.e.event_id, role: 'decision',
                      note: 'episode ' + toString(i - pat[0] + 1) + ' closed: ' + replace(x.e.type, '_', ' ')
                            + CASE WHEN coalesce(x.e.outcome, '') = '' THEN '' ELSE ' (' + x.e.outcome + ')' END
                            + CASE WHEN x.improved THEN ', as improved' ELSE '' END}])
       + [i IN range(pat[-1] + 1, size(eps) - 1)[0..1] |
          {event_id: eps[i].open.e.event_id, role: 'context',
           note: 'the next episode opened' + CASE WHEN size(eps) - pat[-1] > 2
                                               THEN ' (' + toString(size(eps) - pat[-1] - 1) + ' later episodes in all)' ELSE '' END}]
       + [s IN stopped | {event_id: s.e.event_id, role: 'context', note: replace(s.e.type, '_', ' ') + ' after the pattern'}] AS evidence
