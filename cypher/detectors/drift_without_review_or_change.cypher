// id: drift_without_review_or_change
// tier: 1
// version: 1
// title: Drift without review or change
// panel: A plan ran without review, or assessment followed assessment with nothing changing
// evidence: O10 L234 ("'professional drift' resulting in a lack of action"), L237, L244, L249; O08 L114, L326, L434 (another full assessment after four), L510, L522, L529; T16 L2999, L3091, L3109, L3151 (plans over two years reviewed by the board), L3155, L3906, L3947
// param R_cp1 = 100 | days from the start of a child protection plan to its first review conference (product choice)
// param R_cp = 190 | days between review conferences of a child protection plan (product choice)
// param R_core = 42 | days between core groups of a child protection plan, the first counted from its start (product choice)
// param R_cin = 183 | days between reviews of a child in need plan, the first counted from its start (product choice)
// param K_a = 3 | assessments in a row with nothing changing that make a pattern (product choice; O08 L434 gives four)
// param W_a = 730 | days within which K_a assessments count (product choice)
// param N_follow = 90 | days after the last assessment of a run in which a plan, step-up or proceedings counts as change (product choice)
// param L_cp = 730 | days a child protection plan may run before it counts as long (T16 L3151)
// param L_cin = 365 | days a child in need or early help plan may run, with concerns recurring, before it counts as long (product choice)
//
// DETECTORS.md T1-18. A plan runs from its start (cp_plan_start, cin_plan_start; a second record
// of the same start within 2 days is a copy) to its first end: the matching plan end, a closure by
// children's social care or, for a child in need plan, a child protection plan. A plan with no
// end runs to the end of the data (the case's data_end, else its last event).
// Variants:
//   plan_unreviewed: a gap between a plan's reviews longer than the limit: for a child protection
//     plan, review conferences or review meetings (the first by R_cp1, then every R_cp) and core
//     groups (every R_core); for a child in need plan, review meetings (every R_cin). A meeting on
//     the day the plan starts is part of the start, and a case transfer restarts the clock with the
//     first-review limit (the receiving team restarts the plan). One finding per plan, listing
//     every overdue gap and the concerns recorded about the family during it.
//   repeat_assessment_no_change: K_a assessment_complete events about the family within W_a, each
//     followed by no child protection plan, step-up or care proceedings (before the next, or within
//     N_follow of the last), with a new concern about the family between each two. One finding per
//     run of such assessments, the children sharing a household (else siblings) judged together.
//   long_plan_no_escalation: a child protection plan open more than L_cp days with no care
//     proceedings or accommodation; a second child protection plan in a category of an earlier
//     one; or a child in need plan (an early help plan when early help recorded it) open more
//     than L_cin days with 2 or more new concerns and no step-up, child protection plan or
//     proceedings. One finding per plan, naming each reason.
// Benefit of the doubt: a review counts if it possibly fell in time (the gap is measured from the
// last possible day of one review to the first possible day of the next); a plan whose end is
// uncertain was possibly still open when a review or the long mark fell due: 'possible'.
// Severity: high for a new high-weight concern in the drift, a child under 2, or 2 or more new
// concerns in an unreviewed gap; low for a long child protection plan with no new concern during
// it (steady progress); medium otherwise. Censored when the case data or every children's social
// care chronology ends before a review or the long mark fell due (reviews appear only in the
// records of social care, and in minutes that may not have been supplied).
// Family = the children the plan or assessment is about, members of their households, and parents.
// Vocabulary ($high_concerns, $csc_sectors) comes from graph/model.py through the runner.
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (le:Event {case_id: $case_id})
WITH cs, coalesce(cs.data_end_day, max(coalesce(le.day_to, le.day_from))) AS now
OPTIONAL MATCH (ca:Agency {case_id: $case_id})
WHERE ca.sector IN $csc_sectors
WITH cs, now, ca ORDER BY ca.agency_id
WITH cs, now, collect(ca) AS cscs
MATCH (sa:Agency)-[:RECORDED]->(s:Event {case_id: $case_id})-[:ABOUT]->(c:Child)
WHERE s.type IN ['cp_plan_start', 'cin_plan_start']
WITH cs, now, cscs, s, collect(DISTINCT sa) AS srecs, collect(DISTINCT c) AS kids
WITH cs, now, cscs, s, srecs, kids,
     kids + [(k1:Child)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person) WHERE k1 IN kids | hm]
     + [(pa:Person)-[:PARENT_OF]->(k2:Child) WHERE k2 IN kids | pa] AS fam0
UNWIND reduce(acc = [], p IN fam0 | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS fp
// the plan's events: its children's plans, ends, reviews, transfers and escalations; the family's concerns
OPTIONAL MATCH (fp)<-[:ABOUT]-(x:Event)<-[:RECORDED]-(xa:Agency)
WHERE x <> s AND coalesce(x.day_to, x.day_from) >= s.day_from - 730
  AND (size(coalesce(x.concerns, [])) > 0
       OR (fp IN kids AND x.type IN ['cp_plan_start', 'cin_plan_start', 'cp_plan_end', 'cin_plan_end', 'case_closure',
                                     'review_meeting', 'cp_conference', 'core_group', 'case_transfer', 'step_up',
                                     'care_proceedings', 'looked_after_start']))
WITH cs, now, cscs, s, srecs, kids, fp, x, xa
ORDER BY x.day_from, x.event_id
WITH cs, now, cscs, s, srecs, kids,
     collect(DISTINCT CASE WHEN fp IN kids THEN x END) AS kx,
     collect(DISTINCT CASE WHEN size(coalesce(x.concerns, [])) > 0 AND coalesce(x.day_to, x.day_from) >= s.day_from THEN x END) AS fx,
     collect(DISTINCT CASE WHEN xa.sector IN $csc_sectors THEN x.event_id END) AS csc_ids
WITH cs, now, cscs, s, srecs, kids, kx, fx, csc_ids, coalesce(s.concerns, []) AS s_cats,
     s.day_from AS s0, coalesce(s.day_to, s.day_from) AS s1,
     CASE s.type WHEN 'cp_plan_start' THEN 'child protection plan'
                 ELSE CASE WHEN any(r IN srecs WHERE r.sector = 'early_help') THEN 'early help plan' ELSE 'child in need plan' END END AS plan_name,
     // a copy of an earlier start is not a plan of its own
     any(x IN kx WHERE x.type = s.type AND x.day_from >= s.day_from - 2 AND x.day_from <= s.day_from
                   AND (x.day_from < s.day_from OR x.event_id < s.event_id)) AS copy
WHERE NOT copy
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name,
     head([x IN kx WHERE x.day_from >= s0
                     AND ((x.type = 'case_closure' AND x.event_id IN csc_ids) OR x.type = replace(s.type, '_start', '_end')
                          OR (s.type = 'cin_plan_start' AND x.type = 'cp_plan_start'))]) AS ending
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name, ending,
     CASE WHEN ending IS NULL THEN now ELSE ending.day_from END AS end0,
     CASE WHEN ending IS NULL THEN now ELSE coalesce(ending.day_to, ending.day_from) END AS end1,
     CASE s.type WHEN 'cp_plan_start'
       THEN [['review conference', ['cp_conference', 'review_meeting'], $R_cp1, $R_cp], ['core group', ['core_group'], $R_core, $R_core]]
       ELSE [['review', ['review_meeting'], $R_cin, $R_cin]] END AS tracks
// each track's points: the start (with any meeting that day), its reviews and any transfer, in date
// order, as [first day, last day, kind, event]
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name, ending, end0, end1,
     [t IN tracks | [t[0], t[2], t[3],
        [[s0, s1, 'start', s]]
        + [x IN kx WHERE (x.type IN t[1] OR x.type = 'case_transfer') AND x.day_from >= s0 AND x.day_from <= end1
           | [x.day_from, coalesce(x.day_to, x.day_from),
              CASE WHEN x.type = 'case_transfer' THEN 'transfer' WHEN x.day_from <= s1 THEN 'start' ELSE 'review' END, x]]]]
     AS tracks
// overdue gaps: [track, from point, next point (null: none before the end), limit, due day, certain?]
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name, ending, end0, end1,
     reduce(acc = [], t IN tracks | acc
       + [i IN range(0, size(t[3]) - 2) WHERE t[3][i + 1][0] - t[3][i][1] > CASE WHEN t[3][i][2] = 'review' THEN t[2] ELSE t[1] END
          | [t[0], t[3][i], t[3][i + 1], CASE WHEN t[3][i][2] = 'review' THEN t[2] ELSE t[1] END,
             t[3][i][1] + CASE WHEN t[3][i][2] = 'review' THEN t[2] ELSE t[1] END, true]]
       + [p IN [t[3][size(t[3]) - 1]]
          WHERE p[1] + CASE WHEN p[2] = 'review' THEN t[2] ELSE t[1] END < end1
          | [t[0], p, null, CASE WHEN p[2] = 'review' THEN t[2] ELSE t[1] END,
             p[1] + CASE WHEN p[2] = 'review' THEN t[2] ELSE t[1] END,
             p[1] + CASE WHEN p[2] = 'review' THEN t[2] ELSE t[1] END < end0]])
     AS gaps
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name, ending, end0, end1,
     [g IN gaps | g + [[x IN fx WHERE x.day_from > g[1][1] AND x.day_from < CASE WHEN g[2] IS NULL THEN end0 ELSE g[2][0] END],
                       (cs.data_end_day IS NOT NULL AND cs.data_end_day < g[4])
                       OR (size(cscs) > 0 AND all(a IN cscs WHERE coalesce(a.records_to_day, 1000000000) < g[4]
                                                              OR coalesce(a.records_from_day, -1000000000) > g[1][1]))]] AS gaps
WITH cs, now, cscs, s, srecs, kids, kx, fx, s_cats, s0, s1, plan_name, ending, end0, end1, gaps,
     [g IN gaps WHERE NOT g[7]] AS open_gaps,
     reduce(names = '', k IN kids | names + CASE WHEN names = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS knames,
     coalesce(head([a IN cscs WHERE a IN srecs]), head(cscs), head(srecs)) AS holder
// long_plan_no_escalation: the reasons, each [what, due day, certain?, censored?, earlier plan]
WITH cs, now, cscs, s, kids, kx, fx, s0, s1, plan_name, ending, end0, end1, gaps, open_gaps, knames, holder,
     [x IN fx WHERE x.day_from > s1 AND x.day_from < end0] AS during,
     [x IN kx WHERE x.type = 'cp_plan_start' AND x.day_from < s0 - 2 AND size([cc IN coalesce(x.concerns, []) WHERE cc IN s_cats]) > 0] AS earlier,
     CASE WHEN s.type = 'cp_plan_start' AND s1 + $L_cp < end1
               AND none(x IN kx WHERE x.type IN ['care_proceedings', 'looked_after_start'] AND x.day_from >= s0 AND x.day_from <= end1)
          THEN [['open for more than ' + toString($L_cp) + ' days with no care proceedings or accommodation', s1 + $L_cp, s1 + $L_cp < end0]]
          ELSE [] END
     + CASE WHEN s.type = 'cin_plan_start' AND s1 + $L_cin < end1
               AND size([x IN fx WHERE x.day_from > s1 AND x.day_from < end0]) >= 2
               AND none(x IN kx WHERE x.type IN ['step_up', 'cp_plan_start', 'care_proceedings'] AND x.day_from >= s0 AND x.day_from <= end1)
          THEN [['open for more than ' + toString($L_cin) + ' days while concerns recurred, with no step-up', s1 + $L_cin, s1 + $L_cin < end0]]
          ELSE [] END AS long_reasons
WITH cs, now, cscs, s, kids, fx, s0, s1, plan_name, ending, end0, end1, gaps, open_gaps, knames, holder, during, earlier,
     [r IN long_reasons | r + [(cs.data_end_day IS NOT NULL AND cs.data_end_day < r[1])
                               OR (size(cscs) > 0 AND all(a IN cscs WHERE coalesce(a.records_to_day, 1000000000) < r[1]))]]
     + CASE WHEN size(earlier) > 0 THEN [['a second child protection plan in the category of the one that began on '
                                          + coalesce(earlier[size(earlier) - 1].date_text, ''), s1, true, false]] ELSE [] END AS long_reasons
WITH s, kids, s0, s1, plan_name, ending, end0, end1, knames, holder, during, earlier,
     size(gaps) AS n_gaps, size(open_gaps) = 0 AS gaps_censored, CASE WHEN size(open_gaps) > 0 THEN open_gaps ELSE gaps END AS gshown,
     size(long_reasons) AS n_long, none(r IN long_reasons WHERE NOT r[3]) AS long_censored,
     CASE WHEN any(r IN long_reasons WHERE NOT r[3]) THEN [r IN long_reasons WHERE NOT r[3]] ELSE long_reasons END AS lshown,
     any(g IN open_gaps WHERE size(g[6]) >= 2 OR any(x IN g[6] WHERE any(cc IN x.concerns WHERE cc IN $high_concerns))) AS heavy_gap
WITH s, kids, s0, s1, plan_name, ending, end0, end1, knames, holder, during, earlier, n_gaps, gaps_censored, gshown,
     n_long, long_censored, lshown, heavy_gap,
     reduce(acc = [], g IN gshown | acc + [x IN g[6] WHERE NOT x IN acc]) AS gap_concerns
// one row per variant that fired, each built from its own list (FalkorDB evaluates every CASE branch)
UNWIND [f IN [
  {variant: 'plan_unreviewed', n: n_gaps, censored: gaps_censored, concerns: gap_concerns, dues: [g IN gshown | g[4]],
   certain: any(g IN gshown WHERE g[5]),
   summary: 'The ' + plan_name + ' for ' + knames + ' that began on ' + coalesce(s.date_text, '') + ' went '
            + reduce(t = '', g IN gshown | t + CASE WHEN t = '' THEN '' ELSE '; and ' END
                     + toString(coalesce(g[2][0], end1) - g[1][1]) + ' days without a ' + g[0] + ' ('
                     + coalesce(g[1][3].date_text, '') + ' to '
                     + coalesce(g[2][3].date_text,
                                CASE WHEN ending IS NOT NULL THEN 'the end of the plan on ' + coalesce(ending.date_text, '')
                                     ELSE 'the end of the records' END)
                     + ', against a limit of ' + toString(g[3]) + ' days)')
            + CASE WHEN size(gap_concerns) = 0 THEN ''
                   ELSE ', while ' + toString(size(gap_concerns)) + ' new concern'
                        + CASE WHEN size(gap_concerns) = 1 THEN ' was' ELSE 's were' END + ' recorded' END
            + '; there is no record of a review in between.',
   rows: reduce(acc = [], g IN gshown | acc
           + [p IN [g[1][3]] WHERE p <> s | {event_id: p.event_id, role: 'context', note: 'Last ' + g[0] + ' before the gap'}]
           + [q IN [g[2]] WHERE q IS NOT NULL | {event_id: q[3].event_id, role: 'late_response',
                note: 'Next ' + g[0] + ', ' + toString(q[0] - g[1][1]) + ' days later (limit ' + toString(g[3]) + ')'}]
           + [{role: 'expected_missing', agency_id: holder.agency_id, day_from: g[1][1], day_to: g[4],
               note: 'No record of a ' + g[0] + ' of the ' + plan_name + ' within ' + toString(g[3]) + ' days of '
                     + coalesce(g[1][3].date_text, '')}])},
  {variant: 'long_plan_no_escalation', n: n_long, censored: long_censored, concerns: during, dues: [r IN lshown | r[1]],
   certain: any(r IN lshown WHERE r[2]),
   summary: 'The ' + plan_name + ' for ' + knames + ' that began on ' + coalesce(s.date_text, '') + ' '
            + reduce(t = '', r IN lshown | t + CASE WHEN t = '' THEN '' ELSE '; and ' END
                     + CASE WHEN r[0] STARTS WITH 'a second' THEN 'is ' ELSE 'was ' END + r[0])
            + CASE WHEN ending IS NULL THEN ' (still open at the end of the records, ' + toString(end0 - s0) + ' days)'
                   ELSE ' (it ran ' + toString(end0 - s0) + ' days)' END
            + CASE WHEN size(during) = 0 THEN ''
                   ELSE ', with ' + toString(size(during)) + ' new concern' + CASE WHEN size(during) = 1 THEN '' ELSE 's' END + ' recorded during it' END
            + '.',
   rows: [x IN earlier | {event_id: x.event_id, role: 'context', note: 'An earlier child protection plan in the same category'}]
         + [r IN lshown WHERE NOT r[0] STARTS WITH 'a second'
            | {role: 'expected_missing', agency_id: holder.agency_id, day_from: s0, day_to: r[1],
               note: 'No record of ' + CASE WHEN s.type = 'cp_plan_start' THEN 'care proceedings or accommodation'
                                            ELSE 'a step-up, child protection plan or proceedings' END
                     + ' by ' + toString(r[1] - s1) + ' days into the plan'}]}]
  WHERE f.n > 0] AS f
RETURN s.event_id AS anchor, f.variant AS variant,
       CASE WHEN any(x IN f.concerns WHERE any(cc IN x.concerns WHERE cc IN $high_concerns))
              OR any(k IN kids WHERE k.dob_day IS NOT NULL AND any(d IN f.dues WHERE k.dob_day <= d AND d - k.dob_day < 730))
              OR heavy_gap THEN 'high'
            WHEN f.variant = 'long_plan_no_escalation' AND size(earlier) = 0 AND s.type = 'cp_plan_start' AND size(during) = 0 THEN 'low'
            ELSE 'medium' END AS severity,
       CASE WHEN f.certain THEN 'definite' ELSE 'possible' END AS confidence,
       f.censored AS censored,
       [k IN kids | k.person_id] AS subjects,
       f.summary AS summary,
       [{event_id: s.event_id, role: 'trigger', note: 'Start of the ' + plan_name}]
       + f.rows
       + [x IN f.concerns | {event_id: x.event_id, role: 'context',
                             note: 'New concern during the ' + CASE WHEN f.variant = 'plan_unreviewed' THEN 'unreviewed gap' ELSE 'plan' END + ': '
                                   + reduce(t = '', cc IN x.concerns | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(cc, '_', ' '))}]
       + [x IN [ending] WHERE x IS NOT NULL | {event_id: x.event_id, role: 'context', note: 'End of the ' + plan_name}] AS evidence
UNION ALL
// ---- repeat_assessment_no_change, per group of children sharing a household (else siblings)
MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (ca:Agency {case_id: $case_id})
WHERE ca.sector IN $csc_sectors
WITH cs, ca ORDER BY ca.agency_id
WITH cs, collect(ca) AS cscs
MATCH (c:Child {case_id: $case_id})
WITH cs, cscs, c, [(c)-[:MEMBER_OF]->(hh:Household) | hh.household_id] AS homes, [(c)-[:SIBLING_OF]-(sb:Person) | sb.person_id] AS sibs
WITH cs, cscs, c,
     CASE WHEN size(homes) > 0 THEN 'h:' + reduce(m = homes[0], x IN homes | CASE WHEN x < m THEN x ELSE m END)
          ELSE 'p:' + reduce(m = c.person_id, x IN sibs | CASE WHEN x < m THEN x ELSE m END) END AS gkey
ORDER BY c.pseudonym, c.person_id
WITH cs, cscs, gkey, collect(c) AS kids
WITH cs, cscs, kids,
     kids + [(k1:Child)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(hm:Person) WHERE k1 IN kids | hm]
     + [(pa:Person)-[:PARENT_OF]->(k2:Child) WHERE k2 IN kids | pa] AS fam0
UNWIND reduce(acc = [], p IN fam0 | CASE WHEN p IN acc THEN acc ELSE acc + [p] END) AS fp
MATCH (fp)<-[:ABOUT]-(x:Event)
WHERE x.type = 'assessment_complete' OR size(coalesce(x.concerns, [])) > 0
   OR (fp IN kids AND x.type IN ['cp_plan_start', 'step_up', 'care_proceedings'])
WITH cs, cscs, kids, x ORDER BY x.day_from, x.event_id
WITH cs, cscs, kids, collect(DISTINCT x) AS xs
WITH cs, cscs, kids, xs,
     [i IN range(0, size(xs) - 1) WHERE xs[i].type = 'assessment_complete'] AS asm,
     [i IN range(0, size(xs) - 1) WHERE xs[i].type IN ['cp_plan_start', 'step_up', 'care_proceedings']] AS esc
// runs of assessments, each with a new concern since the one before and no change after it
WITH cs, cscs, kids, xs, asm,
     [j IN range(0, size(asm) - 1)
      | [asm[j],
         any(e IN esc WHERE coalesce(xs[e].day_to, xs[e].day_from) >= xs[asm[j]].day_from
                        AND (CASE WHEN j = size(asm) - 1 THEN xs[e].day_from <= coalesce(xs[asm[j]].day_to, xs[asm[j]].day_from) + $N_follow
                                  ELSE xs[e].day_from <= coalesce(xs[asm[j + 1]].day_to, xs[asm[j + 1]].day_from) END)),
         j > 0 AND any(p IN range(asm[j - 1] + 1, asm[j] - 1) WHERE xs[p].type <> 'assessment_complete' AND size(coalesce(xs[p].concerns, [])) > 0)]]
     AS steps
WITH cs, cscs, kids, xs,
     reduce(runs = [], st IN [t IN steps WHERE NOT t[1]] + [[-1, true, false]]
            | CASE WHEN st[0] = -1 THEN runs
                   WHEN size(runs) > 0 AND st[2] AND size(runs[size(runs) - 1]) > 0
                        AND none(t IN steps WHERE t[1] AND t[0] > runs[size(runs) - 1][size(runs[size(runs) - 1]) - 1] AND t[0] < st[0])
                   THEN runs[0..size(runs) - 1] + [runs[size(runs) - 1] + [st[0]]]
                   ELSE runs + [[st[0]]] END) AS runs
UNWIND [r IN runs WHERE size(r) >= $K_a
          AND any(t IN range(0, size(r) - $K_a) WHERE xs[r[t + $K_a - 1]].day_from - coalesce(xs[r[t]].day_to, xs[r[t]].day_from) <= $W_a)] AS run
WITH cs, cscs, kids, xs, run, xs[run[0]] AS first, xs[run[size(run) - 1]] AS last,
     [p IN range(run[0] + 1, run[size(run) - 1] - 1) WHERE xs[p].type <> 'assessment_complete' AND size(coalesce(xs[p].concerns, [])) > 0] AS between,
     [i IN run WHERE (cs.data_end_day IS NOT NULL AND cs.data_end_day < coalesce(xs[i].day_to, xs[i].day_from) + $N_follow)
                     OR (size(cscs) > 0 AND all(a IN cscs WHERE coalesce(a.records_to_day, 1000000000) < coalesce(xs[i].day_to, xs[i].day_from) + $N_follow))] AS cens
WITH cscs, kids, xs, run, first, last, between, [i IN run WHERE NOT i IN cens] AS seen
WITH cscs, kids, xs, run, first, last, between, seen,
     reduce(t = '', k IN kids | t + CASE WHEN t = '' THEN '' ELSE ' and ' END + coalesce(k.pseudonym, k.person_id)) AS knames
RETURN first.event_id AS anchor, 'repeat_assessment_no_change' AS variant,
       CASE WHEN any(p IN between WHERE any(cc IN xs[p].concerns WHERE cc IN $high_concerns))
              OR any(k IN kids WHERE k.dob_day IS NOT NULL AND k.dob_day <= last.day_from AND last.day_from - k.dob_day < 730) THEN 'high'
            ELSE 'medium' END AS severity,
       CASE WHEN any(t IN range(0, size(run) - $K_a) WHERE coalesce(xs[run[t + $K_a - 1]].day_to, xs[run[t + $K_a - 1]].day_from) - xs[run[t]].day_from <= $W_a)
            THEN 'definite' ELSE 'possible' END AS confidence,
       NOT any(t IN range(0, size(seen) - $K_a) WHERE xs[seen[t + $K_a - 1]].day_from - coalesce(xs[seen[t]].day_to, xs[seen[t]].day_from) <= $W_a) AS censored,
       [k IN kids | k.person_id] AS subjects,
       'The family of ' + knames + ' was assessed ' + toString(size(run)) + ' times in ' + toString(last.day_from - first.day_from) + ' days ('
       + reduce(t = '', i IN run | t + CASE WHEN t = '' THEN '' ELSE ', ' END + coalesce(xs[i].date_text, '')) + '), each time with no child protection plan, step-up or care proceedings to follow, while '
       + toString(size(between)) + ' new concern' + CASE WHEN size(between) = 1 THEN ' was' ELSE 's were' END + ' recorded between the assessments.' AS summary,
       [i IN range(0, size(run) - 1) | {event_id: xs[run[i]].event_id, role: 'trigger',
           note: 'Assessment ' + toString(i + 1) + ' of ' + toString(size(run)) + '; outcome: '
                 + CASE WHEN trim(coalesce(xs[run[i]].outcome, '')) = '' THEN 'not recorded' ELSE xs[run[i]].outcome END}]
       + [p IN between | {event_id: xs[p].event_id, role: 'context',
                          note: 'New concern between assessments: ' + reduce(t = '', cc IN xs[p].concerns | t + CASE WHEN t = '' THEN '' ELSE ', ' END + replace(cc, '_', ' '))}]
       + [a IN cscs[0..1] | {role: 'expected_missing', agency_id: a.agency_id, day_from: first.day_from,
                             day_to: coalesce(last.day_to, last.day_from) + $N_follow,
                             note: 'No record of a child protection plan, step-up or care proceedings after any of the ' + toString(size(run)) + ' assessments'}] AS evidence
