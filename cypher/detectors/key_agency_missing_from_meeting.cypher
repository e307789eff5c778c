// id: key_agency_missing_from_meeting
// tier: 1
// version: 1
// title: Key agency missing from a meeting
// panel: An agency involved with the family was not invited to, absent from, or silent at a strategy discussion or conference
// evidence: O10 L331, L333 (agencies not invited, absent without reports, conferences inquorate); O08 L291, L422; T16 L2980, L2989, L2095, L2109
// param W_conference = 180 | days before a conference, review, core group or MARAC in which an agency's records make it involved with the family
// param W_strategy = 90 | days before a strategy discussion in which an agency's records make it involved with the family
// param N_input = 14 | days before the meeting in which a message from an invited, absent agency to those present counts as its input
// param N_minutes = 28 | days after the meeting in which a message from the chair's agency counts as sending the minutes
// param Q = 3 | a child protection conference with fewer agencies present than this is inquorate
// param N_injury = 14 | days before a strategy discussion in which a health agency's record of an injury makes it a required participant
//
// DETECTORS.md T1-10. A meeting M (strategy discussion, conference, review, core group, MARAC)
// about a child. Present = agencies that ATTENDED or RECORDED M. Involved = agencies with a
// concern event, or two events, about the child's family (child, household, siblings; parents
// and partners when no household is recorded) possibly within the window before M.
// Per involved agency not present (one finding each, anchor "<meeting event id>/<agency id>"):
//   not_invited      no INVITED_TO and no ATTENDED
//   absent_no_input  invited, not present, and no message from it to anyone present in
//                    [d0(M) - N_input, d1(M)]; censored when its records end before d1(M)
//   minutes_not_sent absent but gave input, and no SHARED_WITH from M to it nor any message
//                    from the chair's agency in [d0(M), d1(M) + N_minutes]; censored when the
//                    chair's records (or the case data) end inside that window
// Per meeting (anchor = meeting event id, or "<meeting>/<sector or agency>"):
//   inquorate               a cp_conference with fewer than Q agencies present
//   required_sector_absent  a strategy discussion without children's social care, police, or
//                           the health agency that recorded the triggering injury
//   attendance_not_recorded no ATTENDED edge at all: a data gap, returned censored so that it is
//                           listed for data quality only (the DETECTORS.md trap), never as a finding
// Severity: high when the missing agency held a concern event no one present knew by d1(M)
// (KNEW, current mode), or an inquorate conference ended a plan, or (required sector) the
// child is under 1. Low for minutes_not_sent. Medium otherwise.
// Confidence: possible when the agency's involvement holds only on uncertain dates, and for
// not_invited when the chronology records who attended the meeting but no invitation list.
// Not implemented: ATTENDED{mode: report} (a written report counting as input) because the
// loader cannot record an attendance mode; any message to those present counts instead.
// How it runs: the events before a meeting are found by day (indexed), whether those present knew a
// concern event is looked up once per event for all the meetings it precedes, and messages, injuries and
// plan endings are read once for the case and matched to each meeting in a list.
OPTIONAL MATCH (ev0:Event {case_id: $case_id})
WITH max(coalesce(ev0.day_to, ev0.day_from) - ev0.day_from) AS maxspan
MATCH (m:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE m.type IN $meeting_types
WITH maxspan, m, collect(DISTINCT c) AS kids
WITH maxspan, m, kids, m.day_from AS t, coalesce(m.day_to, m.day_from) AS t1,
     CASE WHEN m.type = 'strategy_discussion' THEN $W_strategy ELSE $W_conference END AS w,
     [(xa:Agency)-[:ATTENDED]->(m) | xa] AS attended,
     [(xr:Agency)-[:RECORDED]->(m) | xr] AS chairs,
     size([(xi:Agency)-[:INVITED_TO]->(m) | xi]) AS n_invited
WHERE size(attended) + n_invited > 0
WITH maxspan, m, kids, t, t1, w, attended + [x IN chairs WHERE NOT x IN attended] AS present
// the family at the meeting
UNWIND kids AS c
OPTIONAL MATCH (c)-[mc:MEMBER_OF]->(:Household)<-[mo:MEMBER_OF]-(hm:Person)
WHERE hm <> c AND coalesce(mc.from_day, t) <= t AND coalesce(mc.to_day, t) >= t
  AND coalesce(mo.from_day, t) <= t AND coalesce(mo.to_day, t) >= t
WITH maxspan, m, t, t1, w, present, c, collect(DISTINCT hm) AS hh, size([(c)-[:MEMBER_OF]->(h1:Household) | h1]) AS has_hh
WITH maxspan, m, t, t1, w, present,
     [c] + hh + [(c)-[:SIBLING_OF]-(s1:Person) | s1]
     + CASE WHEN has_hh > 0 THEN [] ELSE
         [(pa1:Person)-[:PARENT_OF]->(c) | pa1]
         + [(q1:Person)-[pr1:PARTNER_OF]-(pa2:Person)-[:PARENT_OF]->(c)
            WHERE coalesce(pr1.from_day, t) <= t AND coalesce(pr1.to_day, t) >= t | q1] END AS fam_c
UNWIND fam_c AS f
WITH maxspan, m, t, t1, w, present, collect(DISTINCT f) AS fam
// the events about the family in the window [t - w, d1(M)] (found by day), by agencies not present
MATCH (e:Event {case_id: $case_id})
WHERE e.day_from >= t - w - maxspan AND e.day_from <= t1 AND coalesce(e.day_to, e.day_from) >= t - w AND e <> m
MATCH (e)-[:ABOUT|SAW]->(ep:Person)
WHERE ep IN fam
WITH DISTINCT m, t1, present, e
MATCH (a:Agency)-[:RECORDED]->(e)
WHERE NOT a IN present
// for each concern event (looked up once for all the meetings it falls before): did any agency present
// know of it by the meeting? (its own records and meetings from their first possible day)
WITH e, collect({m: m, t1: t1, present: present, a: a}) AS uses
WITH e, uses,
     CASE WHEN size(coalesce(e.concerns, [])) > 0 THEN
       [(xk:Agency)-[k:KNEW]->(e) WHERE k.mode = $mode
        | {ag: xk, kd: CASE WHEN k.route IN ['recorded', 'took_part'] AND e.day_from < k.from_day THEN e.day_from ELSE k.from_day END}]
     END AS kn
UNWIND uses AS u
WITH u.m AS m, u.a AS a, e, kn IS NOT NULL AS is_c,
     kn IS NOT NULL AND none(y IN kn WHERE y.ag IN u.present AND y.kd <= u.t1) AS unseen
WITH m, a, collect(DISTINCT e) AS evs, collect(DISTINCT CASE WHEN is_c THEN e END) AS cevs,
     collect(DISTINCT CASE WHEN unseen THEN e END) AS unknown
WITH m, collect({a: a, evs: evs, cevs: cevs, unknown: unknown}) AS per_agency
// the meeting again: who was there, invited, sent the minutes
OPTIONAL MATCH (cs:Case {case_id: $case_id})
WITH m, per_agency, cs.data_end_day AS data_end,
     reduce(acc = [], k IN [(m)-[:ABOUT|SAW]->(kc:Child) | kc] | CASE WHEN k IN acc THEN acc ELSE acc + [k] END) AS kids,
     [(ya:Agency)-[:ATTENDED]->(m) | ya] AS attended,
     [(yr:Agency)-[:RECORDED]->(m) | yr] AS chairs,
     [(yi:Agency)-[:INVITED_TO]->(m) | yi] AS invited,
     [(m)-[:SHARED_WITH]->(ms:Agency) | ms] AS shared
WITH collect({m: m, per_agency: per_agency, kids: kids, data_end: data_end, attended: attended, chairs: chairs, invited: invited,
              present: attended + [x IN chairs WHERE NOT x IN attended], shared: shared}) AS meetings
// every message between agencies, looked up for each meeting:
//   input: a message to an agency present in [t - N_input, d1(M)] (one entry per message, recipient present and sender)
//   minutes: M shared with the agency, or a message to it from the chair's agency in [d0(M), d1(M) + N_minutes]
WITH meetings,
     [(ga:Agency)-[:RECORDED]->(gs:Event)-[:SHARED_WITH|REFERRED_TO]->(gx:Agency)
      | {s: gs, a: ga, x: gx, d0: gs.day_from, d1: coalesce(gs.day_to, gs.day_from)}] AS messages
UNWIND [mi IN meetings | [t IN [mi.m.day_from] | [t1 IN [coalesce(mi.m.day_to, mi.m.day_from)] |
        {m: mi.m, per_agency: mi.per_agency, kids: mi.kids, data_end: mi.data_end, t: t, t1: t1,
         w: CASE WHEN mi.m.type = 'strategy_discussion' THEN $W_strategy ELSE $W_conference END,
         attended: mi.attended, chairs: mi.chairs, invited: mi.invited, present: mi.present,
         msgs: [g IN messages WHERE g.x IN mi.present AND g.d1 >= t - $N_input AND g.d0 <= t1 | {s: g.s, a: g.a}],
         minuted: mi.shared + [g IN messages WHERE g.a IN mi.chairs AND g.s <> mi.m AND g.d1 >= t AND g.d0 <= t1 + $N_minutes | g.x]}][0]][0]] AS mi
UNWIND mi.per_agency AS pa
WITH mi.m AS m, mi.kids AS kids, mi.data_end AS data_end, mi.t AS t, mi.t1 AS t1, mi.w AS w, mi.attended AS attended,
     mi.chairs AS chairs, mi.invited AS invited, mi.present AS present, mi.msgs AS msgs, mi.minuted AS minuted,
     pa.a AS a, pa.evs AS evs, pa.cevs AS cevs, pa.unknown AS unknown
WITH m, kids, data_end, t, t1, w, attended, chairs, invited, present, msgs, minuted, a, evs, cevs, unknown,
     [e IN evs WHERE e.day_from >= t1 - w AND coalesce(e.day_to, e.day_from) <= t] AS sure
WHERE size(cevs) > 0 OR size(evs) >= 2
WITH m, kids, data_end, t, t1, w, attended, chairs, invited, present, minuted, a, evs, cevs, sure, unknown,
     [x IN msgs WHERE x.a = a | x.s] AS inputs
WITH m, kids, data_end, t, t1, w, attended, chairs, invited, present, a, evs, cevs, sure, unknown, inputs,
     CASE WHEN NOT a IN invited THEN 'not_invited'
          WHEN size(attended) = 0 THEN null
          WHEN size(inputs) = 0 THEN 'absent_no_input'
          WHEN NOT a IN minuted THEN 'minutes_not_sent'
          ELSE null END AS variant,
     CASE m.type WHEN 'strategy_discussion' THEN 'strategy discussion'
                 WHEN 'cp_conference' THEN 'child protection conference'
                 WHEN 'review_meeting' THEN 'review meeting'
                 WHEN 'core_group' THEN 'core group meeting'
                 ELSE 'MARAC' END AS mtype,
     reduce(acc = '', kid IN kids | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(kid.pseudonym, kid.person_id)) AS names
WHERE variant IS NOT NULL
WITH m, kids, t, t1, w, present, invited, a, evs, cevs, unknown, inputs, variant, mtype, names,
     CASE WHEN (size([e IN cevs WHERE e IN sure]) > 0 OR size(sure) >= 2) AND NOT (variant = 'not_invited' AND size(invited) = 0)
          THEN 'definite' ELSE 'possible' END AS confidence,
     CASE variant
       WHEN 'absent_no_input' THEN (a.records_to_day IS NOT NULL AND a.records_to_day < t1)
                                   OR (data_end IS NOT NULL AND data_end < t1)
       WHEN 'minutes_not_sent' THEN all(x IN chairs WHERE x.records_to_day IS NOT NULL AND x.records_to_day < t1 + $N_minutes)
                                    OR (data_end IS NOT NULL AND data_end < t1 + $N_minutes)
       ELSE false END AS censored,
     CASE WHEN variant = 'minutes_not_sent' THEN 'low'
          WHEN size(unknown) > 0 THEN 'high'
          ELSE 'medium' END AS severity,
     coalesce(m.date_text, '') AS when_text
RETURN m.event_id + '/' + a.agency_id AS anchor, variant, severity, confidence, censored,
       [kid IN kids | kid.person_id] AS subjects,
       CASE variant
         WHEN 'not_invited' THEN a.name + ' had ' + CASE WHEN size(cevs) > 0 THEN 'recorded concerns about' ELSE 'been working with' END
              + ' the family in the ' + toString(w) + ' days before the ' + mtype + ' on ' + when_text + ' about ' + names
              + ', but there is no record that it was invited or attended'
              + CASE WHEN size(invited) = 0 THEN ' (the chronology lists who attended but not who was invited)' ELSE '' END
              + CASE WHEN size(unknown) > 0 THEN '; no agency present is recorded as knowing of ' + toString(size(unknown))
                + CASE WHEN size(unknown) = 1 THEN ' concern' ELSE ' concerns' END + ' it held' ELSE '' END + '.'
         WHEN 'absent_no_input' THEN a.name + ' was involved with the family and invited to the ' + mtype + ' on ' + when_text + ' about ' + names
              + ', but there is no record that it attended or sent a report or information in the ' + toString($N_input) + ' days before'
              + CASE WHEN size(unknown) > 0 THEN '; no agency present is recorded as knowing of ' + toString(size(unknown))
                + CASE WHEN size(unknown) = 1 THEN ' concern' ELSE ' concerns' END + ' it held' ELSE '' END + '.'
         ELSE 'There is no record that the minutes of the ' + mtype + ' on ' + when_text + ' about ' + names + ' were sent to ' + a.name
              + ', which was involved with the family but not present.'
       END AS summary,
       [{event_id: m.event_id, role: 'trigger', note: 'the ' + mtype}]
       + [x IN present | {role: 'context', agency_id: x.agency_id, note: 'present at the ' + mtype}]
       + [x IN invited WHERE NOT x IN present | {role: 'context', agency_id: x.agency_id, note: 'invited; no record that it attended'}]
       + [{role: 'expected_missing', agency_id: a.agency_id, day_from: t, day_to: t1,
           note: CASE variant WHEN 'not_invited' THEN 'no record that ' + a.name + ' was invited to or attended the ' + mtype
                              WHEN 'absent_no_input' THEN 'no record that ' + a.name + ' attended the ' + mtype
                              ELSE 'no record that the minutes were sent to ' + a.name END}]
       + CASE variant
           WHEN 'absent_no_input' THEN [{role: 'expected_missing', agency_id: a.agency_id, day_from: t - $N_input, day_to: t1,
                                         note: 'no record of a report or information from ' + a.name + ' to any agency present'}]
           WHEN 'minutes_not_sent' THEN [s IN inputs | {event_id: s.event_id, role: 'response', note: 'input sent before the meeting'}]
                                        + [{role: 'expected_missing', agency_id: a.agency_id, day_from: t, day_to: t1 + $N_minutes,
                                            note: 'no record that the minutes or any message from the chair reached ' + a.name}]
           ELSE [] END
       + [e IN unknown | {event_id: e.event_id, role: 'unseen_concern', note: 'concern held by ' + a.name + ', not known to any agency present'}]
       + [e IN evs WHERE NOT e IN unknown | {event_id: e.event_id, role: 'context',
           note: CASE WHEN e IN cevs THEN 'concern held by ' + a.name + ', known to an agency present' ELSE a.name + ' involved with the family' END}] AS evidence
UNION ALL
MATCH (m:Event {case_id: $case_id})-[:ABOUT|SAW]->(c:Child)
WHERE m.type IN $meeting_types
WITH m, collect(DISTINCT c) AS kids
WITH collect({m: m, kids: kids, attended: [(ya:Agency)-[:ATTENDED]->(m) | ya], chairs: [(yr:Agency)-[:RECORDED]->(m) | yr],
              invited: [(yi:Agency)-[:INVITED_TO]->(m) | yi]}) AS meetings
// injuries to a child recorded by a health agency, and plan endings, looked up below for each meeting
WITH meetings,
     [(h2:Agency)-[:RECORDED]->(ie:Event)-[:ABOUT|SAW]->(k2:Child)
      WHERE 'physical_injury' IN coalesce(ie.concerns, [])
        AND h2.sector IN ['hospital_acute', 'health_gp', 'health_visiting', 'midwifery', 'camhs', 'ambulance', 'dental']
      | {agency: h2, event: ie, kid: k2, d0: ie.day_from, d1: coalesce(ie.day_to, ie.day_from)}] AS all_injuries,
     [(pe:Event)-[:ABOUT]->(k3:Child) WHERE pe.type IN ['cp_plan_end', 'cin_plan_end']
      | {e: pe, kid: k3, d0: pe.day_from, d1: coalesce(pe.day_to, pe.day_from)}] AS all_plan_ends
UNWIND [mi IN meetings |
        {m: mi.m, kids: mi.kids, attended: mi.attended, chairs: mi.chairs, invited: mi.invited,
         injuries: [i IN all_injuries WHERE i.kid IN mi.kids AND i.event <> mi.m AND i.d1 >= mi.m.day_from - $N_injury
                      AND i.d0 <= coalesce(mi.m.day_to, mi.m.day_from) | {agency: i.agency, event: i.event}],
         plan_ends: [x IN all_plan_ends WHERE x.kid IN mi.kids AND x.d1 >= mi.m.day_from AND x.d0 <= coalesce(mi.m.day_to, mi.m.day_from) + 2 | x.e]}] AS mi
WITH mi.m AS m, mi.kids AS kids, mi.m.day_from AS t, coalesce(mi.m.day_to, mi.m.day_from) AS t1, mi.attended AS attended,
     mi.chairs AS chairs, mi.invited AS invited, mi.injuries AS injuries, mi.plan_ends AS plan_ends
WITH m, kids, t, t1, attended, chairs, invited, injuries, plan_ends,
     attended + [x IN chairs WHERE NOT x IN attended] AS present,
     reduce(acc = [], i IN injuries | CASE WHEN i.agency IN acc THEN acc ELSE acc + [i.agency] END) AS injury_agencies,
     CASE m.type WHEN 'strategy_discussion' THEN 'strategy discussion'
                 WHEN 'cp_conference' THEN 'child protection conference'
                 WHEN 'review_meeting' THEN 'review meeting'
                 WHEN 'core_group' THEN 'core group meeting'
                 ELSE 'MARAC' END AS mtype,
     reduce(acc = '', kid IN kids | acc + CASE WHEN acc = '' THEN '' ELSE ' and ' END + coalesce(kid.pseudonym, kid.person_id)) AS names,
     coalesce(m.date_text, '') AS when_text,
     any(kid IN kids WHERE kid.dob_day IS NOT NULL AND m.day_from - kid.dob_day < 365) AS infant
WITH m, kids, t, t1, attended, invited, present, injuries, injury_agencies, mtype, names, when_text, infant,
     size(plan_ends) > 0 OR toLower(coalesce(m.outcome, '')) CONTAINS 'plan end'
       OR toLower(coalesce(m.outcome, '')) CONTAINS 'discontinu' OR toLower(coalesce(m.outcome, '')) CONTAINS 'removed from plan' AS ended_plan,
     [x IN present | {role: 'context', agency_id: x.agency_id, note: 'present'}]
     + [x IN invited WHERE NOT x IN present | {role: 'context', agency_id: x.agency_id, note: 'invited; no record that it attended'}] AS who,
     reduce(acc = '', x IN present | acc + CASE WHEN acc = '' THEN '' ELSE ', ' END + x.name) AS present_names
WITH m, kids, t, t1, mtype, names, when_text,
     CASE WHEN size(attended) = 0 THEN
       [{anchor: m.event_id, variant: 'attendance_not_recorded', severity: 'low', confidence: 'definite', censored: true,
         summary: 'The chronology does not record who attended the ' + mtype + ' on ' + when_text + ' about ' + names + ', so attendance cannot be checked.',
         evidence: [{event_id: m.event_id, role: 'trigger', note: 'no attendance recorded'}] + who}]
     ELSE [] END
     + CASE WHEN size(attended) > 0 AND m.type = 'cp_conference' AND size(present) < $Q THEN
       [{anchor: m.event_id, variant: 'inquorate', severity: CASE WHEN ended_plan THEN 'high' ELSE 'medium' END,
         confidence: 'definite', censored: false,
         summary: 'Only ' + toString(size(present)) + ' agencies are recorded at the child protection conference on ' + when_text + ' about ' + names
                  + ' (' + present_names + '), fewer than the ' + toString($Q) + ' needed for a quorum'
                  + CASE WHEN ended_plan THEN ', and the conference ended a plan.' ELSE '.' END,
         evidence: [{event_id: m.event_id, role: CASE WHEN ended_plan THEN 'decision' ELSE 'trigger' END, note: toString(size(present)) + ' agencies present'}] + who
                   + [{role: 'expected_missing', agency_id: null, day_from: t, day_to: t1, note: 'fewer than ' + toString($Q) + ' agencies present'}]}]
     ELSE [] END
     // the required sectors of a strategy discussion: children's social care (any of $csc_sectors) and police
     + [rq IN [{key: 'children_social_care', sectors: $csc_sectors, label: "children's social care", the: "children's social care"},
               {key: 'police', sectors: ['police'], label: 'police', the: 'the police'}]
        WHERE size(attended) > 0 AND m.type = 'strategy_discussion' AND none(x IN present WHERE x.sector IN rq.sectors) |
        {anchor: m.event_id + '/' + rq.key, variant: 'required_sector_absent', severity: CASE WHEN infant THEN 'high' ELSE 'medium' END,
         confidence: 'definite', censored: false,
         summary: 'There is no record that ' + rq.the + ' took part in the strategy discussion on ' + when_text + ' about ' + names + '.',
         evidence: [{event_id: m.event_id, role: 'trigger', note: 'the strategy discussion'}] + who
                   + [{role: 'expected_missing', agency_id: null, day_from: t, day_to: t1,
                       note: 'no ' + rq.label + ' agency recorded as taking part'}]}]
     + [h IN injury_agencies
        WHERE size(attended) > 0 AND m.type = 'strategy_discussion' AND NOT h IN present |
        {anchor: m.event_id + '/' + h.agency_id, variant: 'required_sector_absent', severity: CASE WHEN infant THEN 'high' ELSE 'medium' END,
         confidence: 'definite', censored: false,
         summary: 'There is no record that ' + h.name + ', which recorded the injury, took part in the strategy discussion on ' + when_text + ' about ' + names + '.',
         evidence: [{event_id: m.event_id, role: 'trigger', note: 'the strategy discussion'}] + who
                   + [ie2 IN reduce(acc = [], i IN injuries | CASE WHEN i.agency = h AND NOT i.event IN acc THEN acc + [i.event] ELSE acc END) |
                      {event_id: ie2.event_id, role: 'context', note: 'injury recorded by ' + h.name}]
                   + [{role: 'expected_missing', agency_id: h.agency_id, day_from: t, day_to: t1,
                       note: 'no record that ' + h.name + ' was present'}]}] AS found
UNWIND found AS fd
RETURN fd.anchor AS anchor, fd.variant AS variant, fd.severity AS severity, fd.confidence AS confidence,
       fd.censored AS censored, [kid IN kids | kid.person_id] AS subjects, fd.summary AS summary, fd.evidence AS evidence
