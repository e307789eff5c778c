// id: strategy_discussion_missing_or_late
// tier: 2
// version: 1
// title: Strategy discussion missing or late
// panel: Children's social care knew of an injury, sexual abuse, sexual exploitation or a child's disclosure, and no strategy discussion was held within 2 days
// evidence: O08 L375 ("The failure to convene the appropriate (strategy) meeting"); T16 L2219-L2221 (health workers named exploitation; CSC "concluded that no strategy meeting or assessment was necessary"), L2978-L2980 ("Delays in holding strategy discussions"), L4040 (strategy meeting conduct below the standard of Working Together)
// param N = 2 | days after children's social care first knew of the concern in which a strategy discussion is expected
// param N_late = 28 | a strategy discussion after N days but within this many is late; none by then is missing
// param N_before = 7 | a strategy discussion held up to this many days before the concern is taken to cover it (the enquiry is already under way)
//
// DETECTORS.md §4 (Tier 2). Triggers: an event about child C with a physical_injury,
// sexual_abuse or cse concern, or a disclosure (of anything), that a children's social care
// agency knew (KNEW, current mode; the first such agency and its knowledge day count). Records
// of the child protection process itself (meetings, section 47 enquiries, CP medicals, plans,
// proceedings, assessment conclusions, closures and other decisions) are the response, not new
// information, and are not triggers. A trigger is answered by a strategy discussion about C, a
// parent of C or an adult of C's household (a family meeting is often recorded against the
// mother), recorded by any agency, possibly held from N_before days before the trigger's first
// possible day to N days after social care knew of it (benefit of the doubt for uncertain dates).
// Unanswered triggers about C learned of within N_late days of the previous one, with no
// strategy discussion between them, form one episode, anchored on the first learned of.
// Variants (one finding per child and episode):
//   late     the first strategy discussion after the episode's first trigger comes after N
//            days, within N_late days of social care learning of it
//   missing  none within N_late days; censored when social care's records (or the case data)
//            end before then, or begin after social care learned of the concern
// A section 47 enquiry or child protection medical in the window is shown as context: one
// cannot lawfully start without a strategy discussion, so the discussion may be unrecorded
// and a missing finding is then low severity. Otherwise missing is high when a listed concern
// is involved or C was under 1 (or unborn) when social care learned of it, else medium (a
// disclosure with no concern tagged); late is high for a child under 1, else medium.
// Confidence is possible when social care's knowledge of every trigger in the episode rests
// only on the lenient routes (pooled at a meeting, inferred from an uncarried message).
OPTIONAL MATCH (cs:Case {case_id: $case_id})
WITH cs.data_end_day AS data_end
MATCH (x:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE (x.type = 'disclosure' OR any(q IN coalesce(x.concerns, []) WHERE q IN ['physical_injury', 'sexual_abuse', 'cse']))
  AND NOT x.type IN ($meeting_types + ['s47_enquiry', 'cp_medical', 'cp_plan_start', 'cp_plan_end', 'cin_plan_start',
                                       'cin_plan_end', 'care_proceedings', 'looked_after_start', 'looked_after_end',
                                       'assessment_complete', 'case_closure', 'decision_no_further_action',
                                       'step_down', 'step_up', 'supervision'])
WITH DISTINCT data_end, x, c
MATCH (a:Agency)-[k:KNEW]->(x)
WHERE k.mode = $mode AND a.sector IN $csc_sectors
WITH data_end, x, c, a, k
ORDER BY k.from_day, a.agency_id
WITH data_end, x, c, collect(a)[0] AS a, collect(k)[0] AS k
WITH data_end, x, c, a, k.from_day AS kd, k.certainty AS cert, k.route AS route, k.via_event_id AS via
ORDER BY kd, x.day_from, x.source_ref
WITH data_end, c, collect({x: x, kd: kd, a: a, cert: cert, route: route, via: via}) AS trigs
WITH data_end, c, trigs,
     [(c)<-[:ABOUT|SAW]-(e1:Event) WHERE e1.type IN ['strategy_discussion', 's47_enquiry', 'cp_medical'] | e1]
     + [(c)<-[:PARENT_OF]-(:Person)<-[:ABOUT|SAW]-(e2:Event)
        WHERE e2.type IN ['strategy_discussion', 's47_enquiry', 'cp_medical'] | e2]
     + [(c)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(:Adult)<-[:ABOUT|SAW]-(e3:Event)
        WHERE e3.type IN ['strategy_discussion', 's47_enquiry', 'cp_medical'] | e3] AS family_events
WITH data_end, c, family_events, trigs, [e IN family_events WHERE e.type = 'strategy_discussion'] AS sds
WITH data_end, c, family_events, sds,
     [t IN trigs WHERE none(e IN sds WHERE coalesce(e.day_to, e.day_from) >= t.x.day_from - $N_before
                                         AND e.day_from <= t.kd + $N)] AS open
WHERE size(open) > 0
// episodes of unanswered triggers (split by index: no list copies)
WITH data_end, c, family_events, sds, open,
     [i IN range(0, size(open) - 1) WHERE i = 0 OR open[i].kd - open[i - 1].kd > $N_late
        OR any(e IN sds WHERE e.day_from > open[i - 1].kd AND e.day_from <= open[i].kd)] AS starts
UNWIND range(0, size(starts) - 1) AS j
WITH data_end, c, family_events, sds,
     open[starts[j]..CASE WHEN j = size(starts) - 1 THEN size(open) ELSE starts[j + 1] END] AS ep
WITH data_end, c, family_events, sds, ep, head(ep) AS first,
     reduce(m = 1000000000, t IN ep | CASE WHEN t.x.day_from < m THEN t.x.day_from ELSE m END) AS w0
WITH data_end, c, family_events, sds, ep, first, w0, first.kd + $N AS due, first.kd + $N_late AS late_end
WITH data_end, c, ep, first, w0, due, late_end,
     reduce(best = null, e IN sds |
            CASE WHEN e.day_from > due AND e.day_from <= late_end
                      AND (best IS NULL OR e.day_from < best.day_from) THEN e ELSE best END) AS late_sd,
     reduce(acc = [], e IN family_events |
            CASE WHEN e.type IN ['s47_enquiry', 'cp_medical'] AND coalesce(e.day_to, e.day_from) >= w0
                      AND e.day_from <= late_end AND NOT e IN acc THEN acc + [e] ELSE acc END) AS cp_steps
WITH data_end, c, ep, first, w0, due, late_end, late_sd, cp_steps,
     CASE WHEN late_sd IS NULL THEN 'missing' ELSE 'late' END AS variant,
     [t IN ep | t.x.event_id] AS trig_ids,
     reduce(acc = [], t IN ep | acc + [q IN coalesce(t.x.concerns, [])
                                       WHERE q IN ['physical_injury', 'sexual_abuse', 'cse'] AND NOT q IN acc]) AS cats,
     c.dob_day IS NOT NULL AND first.kd - c.dob_day < 365 AS under1,
     coalesce(c.pseudonym, c.person_id) AS cname
WITH data_end, c, ep, first, w0, due, late_end, late_sd, cp_steps, variant, trig_ids, cats, under1, cname,
     reduce(s = '', q IN cats | s + CASE WHEN s = '' THEN '' ELSE ' and ' END
                                  + CASE q WHEN 'cse' THEN 'child sexual exploitation' ELSE replace(q, '_', ' ') END)
     + CASE WHEN none(t IN ep WHERE t.x.type = 'disclosure') THEN ''
            WHEN size(cats) = 0 THEN 'a disclosure' ELSE ', with a disclosure' END AS what,
     reduce(acc = [], t IN ep | CASE WHEN t.via IS NULL OR t.via IN acc OR t.via IN trig_ids THEN acc
                                     ELSE acc + [t.via] END) AS vias
RETURN first.x.event_id + '/' + c.person_id AS anchor,
       variant,
       CASE WHEN variant = 'late' THEN CASE WHEN under1 THEN 'high' ELSE 'medium' END
            WHEN size(cp_steps) > 0 THEN 'low'
            WHEN under1 OR size(cats) > 0 THEN 'high'
            ELSE 'medium' END AS severity,
       CASE WHEN all(t IN ep WHERE t.cert IN ['pooled', 'inferred']) THEN 'possible' ELSE 'definite' END AS confidence,
       variant = 'missing'
         AND (coalesce(first.a.records_to_day, late_end) < late_end OR coalesce(data_end, late_end) < late_end
              OR coalesce(first.a.records_from_day, first.kd) > first.kd) AS censored,
       [c.person_id] AS subjects,
       'There is no record of a strategy discussion about ' + cname + ' within ' + toString($N) + ' days of '
         + first.a.name + ' learning of ' + what + ' (recorded ' + first.x.date_text + ')'
         + CASE WHEN variant = 'late'
                THEN ': the first was recorded ' + toString(late_sd.day_from - first.kd) + ' days later.'
                ELSE '; none is recorded in the ' + toString($N_late) + ' days after.' END AS summary,
       [t IN ep | {event_id: t.x.event_id, role: 'trigger',
                   note: replace(t.x.type, '_', ' ') + ' about ' + cname + '; known to ' + t.a.name
                         + CASE t.route WHEN 'recorded' THEN ' (its own record)' WHEN 'took_part' THEN ' (took part)'
                                ELSE ' (' + t.route + ')' END
                         + CASE WHEN t.cert IN ['pooled', 'inferred'] THEN ', by the lenient knowledge rules only' ELSE '' END}]
       + [v IN vias | {event_id: v, role: 'context', note: 'how ' + first.a.name + ' learned of the concern'}]
       + CASE WHEN variant = 'late'
              THEN [{event_id: late_sd.event_id, role: 'late_response',
                     note: 'first strategy discussion recorded, ' + toString(late_sd.day_from - first.kd)
                           + ' days after ' + first.a.name + ' learned of the concern'}]
              ELSE [] END
       + [{role: 'expected_missing', agency_id: first.a.agency_id, day_from: w0 - $N_before, day_to: due,
           note: 'no record of a strategy discussion about ' + cname + ' or the adults of the household in this window'}]
       + [e IN cp_steps | {event_id: e.event_id, role: 'context',
                           note: replace(e.type, '_', ' ') + ' recorded: it normally follows a strategy discussion, which may be unrecorded'}]
       AS evidence
