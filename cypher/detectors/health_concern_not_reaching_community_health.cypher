// id: health_concern_not_reaching_community_health
// tier: 2
// version: 1
// title: Health concern not reaching community health
// panel: A hospital, maternity or CAMHS concern about a child under 5 never reached the GP or health visitor; or emergency attendances at several hospitals the GP never knew of
// evidence: O08 L410 ("Hospital staff had failed to inform the health visitor"); O08 L406-L408, L500 (fragmented health records); O10 L328 (GP, midwifery and health visiting transfers not reliable); T16 L2111 (numerous A&E departments, no way for health staff to know), L2919-L2921, L3219-L3227 (the GP as central record holder, told of a failed appointment four months later), L3393
// param N = 14 | days after the concern (its last possible day) by which the GP or health visitor should know it
// param min_weight = low | lightest concern weight that counts (high, medium or low): a missed hospital appointment counts by default (T16 L3227)
// param max_age_days = 1826 | the child is under this age (5 years) on the concern's day; an unborn child counts
// param N_episode = 7 | unknown concerns about one child from one recorder within this many days of the previous one form one finding
// param N_period = 365 | multi_provider_ed: unknown attendances at different hospitals within this many days of each other form the pattern
//
// DETECTORS.md §4 (Tier 2). Community health = the GP (health_gp) and the health visitor
// (health_visiting) agencies whose records are in the data (they recorded something or have a
// records period); a side with no such agency cannot be judged and is left out. Knowing = KNEW
// in the current mode by N days after the concern's last possible day, by any agency of that
// side. An agency is censored for a concern when its records (or the case data) end before
// that day, or begin after the concern.
// Variants:
//   community_health_unaware  a concern event (concerns not all lighter than min_weight)
//     recorded by hospital_acute (ED included), midwifery or camhs, about a child under 5 (or
//     of unknown age: possible), that the GP side or the health visitor side did not know.
//     Unknown concerns about one child from one recorder within N_episode days are one finding;
//     censored when every agency that should have known is censored.
//     Severity: high when the child was under 1 (or unborn) or a high-weight concern is
//     involved, low when every concern is low-weight, else medium; one step lower when the
//     other side knew (the gap was partly closed).
//     Confidence: possible when no concern is certainly from before the 5th birthday (age
//     unknown, or an uncertain date straddling it).
//   multi_provider_ed  ae_attendance events about a child (any age) recorded by 2 or more
//     hospital_acute agencies within N_period days of each other, none of which the GP side
//     knew (censored attendances do not count). One finding per child, listing the unknown
//     attendances within N_period days of the first that completed the pattern.
//     Severity: high with 3 or more hospitals, a high-weight concern or a child under 1; else medium.
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (g:Agency {case_id: $case_id})
WHERE g.sector IN ['health_gp', 'health_visiting']
  AND (g.records_from_day IS NOT NULL OR g.records_to_day IS NOT NULL OR (g)-[:RECORDED]->(:Event))
WITH cs.data_end_day AS data_end,
     collect(CASE WHEN g IS NOT NULL THEN {id: g.agency_id, name: g.name, sector: g.sector,
                                           from: g.records_from_day, to: g.records_to_day} END) AS community,
     $high_concerns
     + CASE WHEN $min_weight IN ['medium', 'low'] THEN $medium_concerns ELSE [] END
     + CASE WHEN $min_weight = 'low' THEN $low_concerns ELSE [] END AS counted
WHERE size(community) > 0
MATCH (r:Agency {case_id: $case_id})-[:RECORDED]->(x:Event)
WHERE r.sector IN ['hospital_acute', 'midwifery', 'camhs'] AND any(q IN coalesce(x.concerns, []) WHERE q IN counted)
MATCH (x)-[:ABOUT|SAW]->(c:Child)
WITH DISTINCT data_end, community, r, x, c, coalesce(x.day_to, x.day_from) AS x1
WHERE c.dob_day IS NULL OR x.day_from - c.dob_day < $max_age_days
WITH data_end, community, r, x, c, x1, x1 + $N AS wend,
     [(x)<-[k:KNEW]-(kg:Agency) WHERE k.mode = $mode AND k.from_day <= x1 + $N
                                     AND kg.sector IN ['health_gp', 'health_visiting'] | kg.sector] AS knew
WITH data_end, r, x, c, x1, wend, knew,
     [g IN community WHERE NOT g.sector IN knew] AS unaware
WHERE size(unaware) > 0
WITH r, x, c, x1, wend, knew, unaware,
     [g IN unaware WHERE coalesce(g.to, wend) >= wend AND coalesce(g.from, x.day_from) <= x.day_from
                         AND coalesce(data_end, wend) >= wend | g.id] AS open_ids
ORDER BY x.day_from, x.source_ref
WITH r, c, collect({x: x, x1: x1, wend: wend, knew: knew, unaware: unaware, open_ids: open_ids}) AS items
WITH r, c, items,
     [i IN range(0, size(items) - 1) WHERE i = 0 OR items[i].x.day_from - items[i - 1].x.day_from > $N_episode] AS starts
UNWIND range(0, size(starts) - 1) AS j
WITH r, c, items[starts[j]..CASE WHEN j = size(starts) - 1 THEN size(items) ELSE starts[j + 1] END] AS ep
WITH r, c, ep, head(ep) AS first, last(ep) AS fin,
     reduce(acc = [], t IN ep | acc + [g IN t.unaware WHERE NOT g IN acc]) AS unaware,
     reduce(acc = [], t IN ep | acc + [o IN t.open_ids WHERE NOT o IN acc]) AS open_ids,
     reduce(acc = [], t IN ep | acc + [q IN t.x.concerns WHERE NOT q IN acc]) AS cats,
     any(t IN ep WHERE size(t.knew) > 0) AS partly,
     coalesce(c.pseudonym, c.person_id) AS cname
WITH r, c, ep, first, fin, unaware, open_ids, cats, partly, cname,
     size(open_ids) = 0 AS censored,
     [g IN unaware WHERE size(open_ids) = 0 OR g.id IN open_ids] AS shown,
     CASE WHEN c.dob_day IS NOT NULL AND any(t IN ep WHERE t.x1 - c.dob_day < 365) THEN 2
          WHEN any(q IN cats WHERE q IN $high_concerns) THEN 2
          WHEN all(q IN cats WHERE q IN $low_concerns) THEN 0
          ELSE 1 END - CASE WHEN partly THEN 1 ELSE 0 END AS level
RETURN first.x.event_id + '/' + c.person_id AS anchor,
       'community_health_unaware' AS variant,
       CASE WHEN level >= 2 THEN 'high' WHEN level = 1 THEN 'medium' ELSE 'low' END AS severity,
       CASE WHEN c.dob_day IS NOT NULL AND any(t IN ep WHERE t.x1 - c.dob_day < $max_age_days)
            THEN 'definite' ELSE 'possible' END AS confidence,
       censored,
       [c.person_id] AS subjects,
       'There is no record that ' + reduce(s = '', g IN shown | s + CASE WHEN s = '' THEN '' ELSE ' or ' END + g.name)
         + ' knew, within ' + toString($N) + ' days, of '
         + CASE WHEN size(ep) = 1 THEN 'a concern' ELSE toString(size(ep)) + ' concern records' END
         + ' (' + reduce(s = '', q IN cats | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(q, '_', ' '))
         + ') about ' + cname
         + CASE WHEN c.dob_day IS NULL THEN ' (age not known)' ELSE '' END
         + ' recorded by ' + r.name + ' (' + first.x.date_text
         + CASE WHEN size(ep) = 1 THEN '' ELSE ' to ' + fin.x.date_text END + ').' AS summary,
       [t IN ep | {event_id: t.x.event_id, role: 'trigger',
                   note: reduce(s = '', q IN t.x.concerns | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(q, '_', ' '))
                         + ' recorded by ' + r.name
                         + CASE WHEN size(t.knew) > 0 THEN '; known to the ' + CASE WHEN 'health_gp' IN t.knew THEN 'GP' ELSE 'health visitor' END
                                ELSE '' END}]
       + [g IN shown | {role: 'expected_missing', agency_id: g.id, day_from: first.x.day_from, day_to: fin.wend,
                        note: 'no record that ' + g.name + ' knew of ' + CASE WHEN size(ep) = 1 THEN 'this concern' ELSE 'these concerns' END
                              + ' within ' + toString($N) + ' days'}]
       AS evidence
UNION ALL
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (g:Agency {case_id: $case_id})
WHERE g.sector = 'health_gp'
  AND (g.records_from_day IS NOT NULL OR g.records_to_day IS NOT NULL OR (g)-[:RECORDED]->(:Event))
WITH cs.data_end_day AS data_end,
     collect(CASE WHEN g IS NOT NULL THEN {id: g.agency_id, name: g.name, from: g.records_from_day, to: g.records_to_day} END) AS gps
WHERE size(gps) > 0
MATCH (r:Agency {case_id: $case_id})-[:RECORDED]->(x:Event {type: 'ae_attendance'})
WHERE r.sector = 'hospital_acute'
MATCH (x)-[:ABOUT|SAW]->(c:Child)
WITH DISTINCT data_end, gps, r, x, c, coalesce(x.day_to, x.day_from) + $N AS wend
WITH data_end, gps, r, x, c, wend,
     size([(x)<-[k:KNEW]-(kg:Agency) WHERE k.mode = $mode AND k.from_day <= wend AND kg.sector = 'health_gp' | kg]) AS knew_n,
     [g IN gps WHERE coalesce(g.to, wend) >= wend AND coalesce(g.from, x.day_from) <= x.day_from
                     AND coalesce(data_end, wend) >= wend] AS open_gps
WHERE knew_n = 0 AND size(open_gps) > 0
WITH r, x, c, open_gps
ORDER BY x.day_from, x.source_ref
WITH c, collect({x: x, rid: r.agency_id, rname: r.name, gps: open_gps}) AS atts
WITH c, atts,
     [i IN range(0, size(atts) - 1)
      WHERE any(j IN range(0, i - 1) WHERE atts[j].rid <> atts[i].rid AND atts[i].x.day_from - atts[j].x.day_from <= $N_period)] AS hits
WHERE size(hits) > 0
WITH c, atts, atts[hits[0]] AS completing
WITH c, completing,
     [a IN atts WHERE a.x.day_from >= completing.x.day_from - $N_period AND a.x.day_from <= completing.x.day_from + $N_period] AS shown
WITH c, completing, shown,
     reduce(acc = [], a IN shown | CASE WHEN a.rname IN acc THEN acc ELSE acc + [a.rname] END) AS hospitals,
     reduce(acc = [], a IN shown | acc + [g IN a.gps WHERE NOT g IN acc]) AS gps,
     coalesce(c.pseudonym, c.person_id) AS cname
RETURN completing.x.event_id + '/' + c.person_id AS anchor,
       'multi_provider_ed' AS variant,
       CASE WHEN size(hospitals) >= 3
              OR any(a IN shown WHERE any(q IN coalesce(a.x.concerns, []) WHERE q IN $high_concerns))
              OR (c.dob_day IS NOT NULL AND any(a IN shown WHERE coalesce(a.x.day_to, a.x.day_from) - c.dob_day < 365))
            THEN 'high' ELSE 'medium' END AS severity,
       'definite' AS confidence,
       false AS censored,
       [c.person_id] AS subjects,
       'There is no record that ' + reduce(s = '', g IN gps | s + CASE WHEN s = '' THEN '' ELSE ' or ' END + g.name)
         + ' knew of ' + toString(size(shown)) + ' emergency department attendances by ' + cname + ' at '
         + toString(size(hospitals)) + ' hospitals (' + reduce(s = '', h IN hospitals | s + CASE WHEN s = '' THEN '' ELSE ', ' END + h)
         + ') between ' + head(shown).x.date_text + ' and ' + last(shown).x.date_text + '.' AS summary,
       [a IN shown | {event_id: a.x.event_id, role: 'trigger', note: 'emergency department attendance at ' + a.rname}]
       + [g IN gps | {role: 'expected_missing', agency_id: g.id, day_from: head(shown).x.day_from,
                      day_to: coalesce(last(shown).x.day_to, last(shown).x.day_from) + $N,
                      note: 'no record that ' + g.name + ' knew of these attendances within ' + toString($N) + ' days of each'}]
       AS evidence
