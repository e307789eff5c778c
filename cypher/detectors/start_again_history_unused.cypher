// id: start_again_history_unused
// tier: 1
// version: 1
// title: Start again: history unknown or unused
// panel: A new assessment, baby or episode started from scratch, with earlier history ignored or unknown
// evidence: T16 L4156 ("put knowledge of the past ... aside to focus on the present"), L4158-L4162, L2227, L1844, L336, L1010; O10 L277 (a tendency to "start again"), L304 ("had not asked what had changed"), L309; O08 L371, L434
// param gap = 180 | days before a decision that separate the family's history from the current episode
// param lookback = 1826 | days of history that count for s47 enquiries, injuries, sexual abuse and assessments (plans, proceedings, removals and serious incidents count at any age)
// param new_window = 365 | days after a birth, a new partner or a new household member in which a decision is tagged new baby or new partner
// param max_items = 10 | history items listed as evidence per finding (plans, proceedings, removals and serious incidents first, then the most recent); the summary counts them all
//
// DETECTORS.md T1-19. Fresh-start decisions D: assessment_complete, an initial cp_conference (no
// conference about the same children in the gap days before, and not called a review),
// referral_outcome, decision_no_further_action, case_closure; about at least one person.
// The family of D: the people D is about; for a child among them, its parents, siblings and
// parents' other children, and its parents' partners (and their children) while the partnership
// covers D; for an adult among them, their children, and their partners (and those partners'
// children) while the partnership covers D; everyone sharing a household with any of them on D.
// History H(D): events about the family of type cp_plan_start, care_proceedings,
// looked_after_start, s47_enquiry or serious_incident, with physical_injury or sexual_abuse among
// their concerns, or an assessment_complete with a high-weight concern, that came before the
// current episode: before d0(D) - gap, or before a closure (case_closure, decision_no_further_action,
// step_down, cp_plan_end, cin_plan_end) about a child D is about (about anyone D is about when it
// names no child) recorded by children's social care or by the deciding set, that itself came
// before D (another service closing its own work, such as a police NFA, or a sibling's NFA while
// this child's enquiry runs on, does not end the episode).
// A message that conveys another event (a discharge letter, a referral) is not itself history: the
// event it carries is, so the same incident is not counted once per copy (DETECTORS.md §0.5).
// Plans, proceedings, removals and serious incidents count at any age, the rest for lookback days.
// Known: an agency of the deciding set (D's recorder, the agencies that attended it; the employers
// of those who conducted it are its recorders, as the loader ties a row's practitioner to the
// row's agency) knew the item by the last day of D (KNEW, $mode).
// Cited: the graph has no CONSIDERED edge (ADD-8), so an item counts as cited when D responds to
// or conveys it, or when an information_request by the deciding set about the family in the
// episode (the gap days before D) is followed, by D, by an information_shared that conveys the
// item and answers the request or is sent to the deciding set.
// Variants (one finding per decision and variant):
//   history_unknown             items the deciding set did not know at D (extends T1-05 beyond
//                               its lookback); medium, high when D is tagged new baby/partner
//   history_not_cited           the deciding set knew items, and cited none of them: a prompt
//                               only, always low (chronologies rarely record reading)
//   prior_removal_unreconciled  another child of the family was removed (care_proceedings,
//                               looked_after_start) or on a plan (cp_plan_start), D is
//                               de-escalating or tagged new baby/partner, and no such item is
//                               cited (O10 L304); high
// Tags: new baby when D falls in a pregnancy (a booking about a parent, up to its estimated birth)
// or within new_window days of a birth (a birth event about the family, or a child of the
// family born in that span or in the 280 days after D); new partner when a partnership of a
// parent, or a household membership of an adult, began within new_window days before D.
// Confidence: possible when every item the finding rests on is only possibly before the episode.
// Evidence: the decision, the history items the finding rests on (known or not, cited or not; up
// to max_items, the most significant first), their holders, the information requests of the
// episode, and what was not found.
// How it runs (FalkorDB copies a list whenever a WITH projects it, and a pattern comprehension
// costs about the same whether or not it finds anything): each person's relatives are read once;
// one pass over the events gathers the history items (as parallel lists, with per agency in the
// order of ags the first day it knew each), conferences, closures, births and bookings, requests
// and answers, and the decisions with their deciding set; after UNWIND ds, every per-decision
// value is bound with UNWIND [x] AS y (no copy; UNWIND of an empty list drops the decision), and a
// single WITH reads the event lists, builds the findings and drops the lists.
//
// each person's relatives, once: a child's parents, siblings, parents' children, parents' partners
// (and their children), household; an adult's children, partners (and their children), household
OPTIONAL MATCH (ag:Agency {case_id: $case_id})
WITH collect(ag.agency_id) AS ags, collect({id: ag.agency_id, name: ag.name, area: ag.area}) AS agi
OPTIONAL MATCH (ps:Person {case_id: $case_id})
WITH ags, agi, ps, 'Child' IN labels(ps) AS child,
     [(ps)<-[:PARENT_OF]-(r1:Person) | r1.person_id] + [(ps)-[:SIBLING_OF]-(r2:Person) | r2.person_id]
     + [(ps)<-[:PARENT_OF]-(:Person)-[:PARENT_OF]->(r3:Person) | r3.person_id] AS up,
     [(ps)-[:PARENT_OF]->(r4:Person) | r4.person_id] AS down,
     [(ps)<-[:PARENT_OF]-(:Person)-[rp1:PARTNER_OF]-(r5:Person) | {id: r5.person_id, from: rp1.from_day, to: rp1.to_day, partner: true}]
     + [(ps)<-[:PARENT_OF]-(:Person)-[rp2:PARTNER_OF]-(:Person)-[:PARENT_OF]->(r6:Person)
        | {id: r6.person_id, from: rp2.from_day, to: rp2.to_day, partner: false}] AS up_partners,
     [(ps)-[rp3:PARTNER_OF]-(r7:Person) | {id: r7.person_id, from: rp3.from_day, to: rp3.to_day, partner: true}]
     + [(ps)-[rp4:PARTNER_OF]-(:Person)-[:PARENT_OF]->(r8:Person) | {id: r8.person_id, from: rp4.from_day, to: rp4.to_day, partner: false}] AS partners,
     [(ps)-[hm1:MEMBER_OF]->(:Household)<-[hm2:MEMBER_OF]-(r9:Person)
      | {id: r9.person_id, partner: false, adult: NOT 'Child' IN labels(r9),
         from: CASE WHEN coalesce(hm1.from_day, -1000000000) > coalesce(hm2.from_day, -1000000000) THEN hm1.from_day ELSE hm2.from_day END,
         to: CASE WHEN coalesce(hm1.to_day, 1000000000) < coalesce(hm2.to_day, 1000000000) THEN hm1.to_day ELSE hm2.to_day END}] AS housemates
WITH ags, agi,
     collect(CASE WHEN ps IS NOT NULL THEN
       {id: ps.person_id, name: coalesce(ps.pseudonym, ps.person_id), child: child, dob: ps.dob_day,
        kin: CASE WHEN child THEN up ELSE down END,
        dated: CASE WHEN child THEN up_partners ELSE partners END + housemates} END) AS persons
// one pass over the events
MATCH (e:Event {case_id: $case_id})
WHERE e.type IN ['cp_plan_start', 'care_proceedings', 'looked_after_start', 's47_enquiry', 'serious_incident',
                 'assessment_complete', 'cp_conference', 'referral_outcome', 'decision_no_further_action', 'case_closure',
                 'step_down', 'cp_plan_end', 'cin_plan_end', 'pregnancy_booking', 'birth', 'information_request', 'information_shared']
   OR any(q IN coalesce(e.concerns, []) WHERE q IN ['physical_injury', 'sexual_abuse'])
WITH ags, agi, persons, e,
     (e.type IN ['cp_plan_start', 'care_proceedings', 'looked_after_start', 's47_enquiry', 'serious_incident']
       OR any(q IN coalesce(e.concerns, []) WHERE q IN ['physical_injury', 'sexual_abuse'])
       OR (e.type = 'assessment_complete' AND any(q IN coalesce(e.concerns, []) WHERE q IN $high_concerns)))
       AND size([(e)-[:CONVEYS]->(cv:Event) | cv]) = 0 AS is_hist,
     e.type IN ['assessment_complete', 'cp_conference', 'referral_outcome', 'decision_no_further_action', 'case_closure'] AS is_decision,
     e.day_from AS t0, coalesce(e.day_to, e.day_from) AS t1,
     [(e)-[:ABOUT|SAW]->(ep:Person) | ep.person_id] AS about,
     [(ea:Agency)-[er:RECORDED|ATTENDED]->(e) | {recorded: type(er) = 'RECORDED', id: ea.agency_id, name: ea.name, area: ea.area, sector: ea.sector}] AS agencies
ORDER BY e.day_from, e.event_id
WITH ags, agi, persons, e, is_hist, is_decision, t0, t1, about,
     [(e)-[eo:RESPONDS_TO|CONVEYS|SHARED_WITH|REFERRED_TO]->(ex) WHERE is_decision OR e.type IN ['information_request', 'information_shared']
      | {t: type(eo), id: coalesce(ex.event_id, ex.agency_id)}] AS outs,
     [ag1 IN agencies WHERE ag1.recorded | {id: ag1.id, name: ag1.name, area: ag1.area, sector: ag1.sector}] AS recorders,
     [ag2 IN agencies WHERE NOT ag2.recorded | ag2.id] AS others,
     [(kna)-[kn:KNEW]->(e) WHERE is_hist AND kn.mode = $mode | {a: kna.agency_id, day: kn.from_day}] AS knew
// the history items as parallel lists (an index into them names an item): list lookups by position
// are much cheaper, per decision, than reading the fields of a map
WITH ags, agi, persons,
     collect(CASE WHEN is_hist THEN e.event_id END) AS hid,
     collect(CASE WHEN is_hist THEN t0 END) AS hd0,
     collect(CASE WHEN is_hist THEN t1 END) AS hd1,
     collect(CASE WHEN is_hist THEN about END) AS habout,
     collect(CASE WHEN is_hist THEN e.type END) AS htype,
     collect(CASE WHEN is_hist THEN e.type IN ['cp_plan_start', 'care_proceedings', 'looked_after_start', 'serious_incident'] END) AS hlasting,
     collect(CASE WHEN is_hist THEN [pk IN persons WHERE pk.child AND pk.id IN about | pk.id] END) AS hkids,
     collect(CASE WHEN is_hist THEN [r IN recorders | r.id] END) AS hholders,
     // per agency (in the order of ags), the first day it knew the item; 1000000000 = never
     collect(CASE WHEN is_hist THEN [a IN ags | reduce(m = 1000000000, k IN knew | CASE WHEN k.a = a AND k.day < m THEN k.day ELSE m END)] END) AS hknown,
     collect(CASE WHEN is_decision AND size(about) > 0 AND size(recorders) > 0
                       AND NOT (e.type = 'cp_conference' AND toLower(coalesce(e.description, '') + ' ' + coalesce(e.outcome, '')) CONTAINS 'review') THEN
       {d: e, id: e.event_id, t0: t0, t1: t1, about: about, recorders: recorders,
        links: [o1 IN outs WHERE o1.t IN ['RESPONDS_TO', 'CONVEYS'] | o1.id],
        deciders: [r IN recorders | r.id] + others,
        de_escalating: e.type IN $de_escalating_types
          OR (e.type IN ['referral_outcome', 'assessment_complete']
              AND any(w IN ['nfa', 'no further action', 'information only', 'information_only'] WHERE toLower(coalesce(e.outcome, '')) CONTAINS w))} END) AS ds,
     collect(CASE WHEN e.type = 'cp_conference' THEN {id: e.event_id, d0: t0, about: about} END) AS conferences,
     collect(CASE WHEN e.type IN ['case_closure', 'decision_no_further_action', 'step_down', 'cp_plan_end', 'cin_plan_end']
                  THEN {id: e.event_id, d0: t0, d1: t1, about: about, by: [r IN recorders | r.id],
                        csc: any(r IN recorders WHERE r.sector IN $csc_sectors)} END) AS closures,
     collect(CASE WHEN e.type IN ['pregnancy_booking', 'birth'] THEN
       {d0: t0, about: about,
        until: CASE WHEN e.type = 'birth' THEN t0 + $new_window ELSE t0 + (40 - coalesce(e.gestation_weeks, 12)) * 7 END} END) AS births,
     collect(CASE WHEN e.type = 'information_request' THEN
       {id: e.event_id, d0: t0, d1: t1, about: about, by: [r IN recorders | r.id],
        to: [o2 IN outs WHERE o2.t IN ['SHARED_WITH', 'REFERRED_TO'] | o2.id]} END) AS requests,
     collect(CASE WHEN e.type = 'information_shared' AND any(o3 IN outs WHERE o3.t = 'CONVEYS') THEN
       {d0: t0, d1: t1, conveys: [o4 IN outs WHERE o4.t = 'CONVEYS' | o4.id], responds: [o5 IN outs WHERE o5.t = 'RESPONDS_TO' | o5.id],
        to: [o6 IN outs WHERE o6.t IN ['SHARED_WITH', 'REFERRED_TO'] | o6.id]} END) AS answers
// per decision: its family on its day, the start of the current episode, its requests and citations,
// its subjects and tags
UNWIND ds AS dd
UNWIND [dd.t0] AS t0
UNWIND [dd.t1] AS t1
UNWIND CASE WHEN dd.d.type = 'cp_conference'
                 AND any(cf IN conferences WHERE cf.id <> dd.id AND cf.d0 < t0 AND cf.d0 >= t0 - $gap AND any(p IN cf.about WHERE p IN dd.about))
            THEN [] ELSE [true] END AS initial
UNWIND [[pr IN persons WHERE pr.id IN dd.about]] AS about
UNWIND [reduce(acc = [], fid IN dd.about
                 + reduce(fl = [], pa IN about | fl + pa.kin + [dt IN pa.dated WHERE coalesce(dt.from, t1) <= t1 AND coalesce(dt.to, t0) >= t0 | dt.id])
               | CASE WHEN fid IN acc THEN acc ELSE acc + [fid] END)] AS family
UNWIND [[i IN range(0, size(ags) - 1) WHERE ags[i] IN dd.deciders]] AS deciding
UNWIND [[pk IN about WHERE pk.child | pk.id]] AS dkids
UNWIND [CASE WHEN size(dkids) > 0 THEN dkids ELSE dd.about END] AS closed_for
UNWIND [reduce(lc = -1000000000, c IN closures
               | CASE WHEN c.d1 < t0 AND c.d0 > lc AND c.id <> dd.id AND (c.csc OR any(b IN c.by WHERE b IN dd.deciders))
                           AND any(p IN c.about WHERE p IN closed_for) THEN c.d0 ELSE lc END)] AS last_closure
UNWIND [CASE WHEN t0 - $gap > last_closure THEN t0 - $gap ELSE last_closure END] AS sure_start
UNWIND [CASE WHEN t1 - $gap > last_closure THEN t1 - $gap ELSE last_closure END] AS maybe_start
UNWIND [[i IN range(0, size(hid) - 1) WHERE hd0[i] < maybe_start AND (hlasting[i] OR hd1[i] >= t0 - $lookback) AND hid[i] <> dd.id
                                          AND any(p IN habout[i] WHERE p IN family)]] AS idx
UNWIND CASE WHEN size(idx) = 0 THEN [] ELSE [true] END AS has_history
UNWIND [[r IN requests WHERE r.d1 >= t0 - $gap AND r.d0 <= t1 AND any(b IN r.by WHERE b IN dd.deciders)
                         AND (size(r.about) = 0 OR any(p IN r.about WHERE p IN family))]] AS asked
UNWIND [dd.links + reduce(acc = [], a IN [an IN answers WHERE an.d0 <= t1
                                            AND any(r IN asked WHERE an.d1 >= r.d0 AND (r.id IN an.responds OR any(b IN an.to WHERE b IN dd.deciders)))]
                          | acc + a.conveys)] AS cited_ids
UNWIND [[ab IN about WHERE ab.child]] AS kids
UNWIND [[y IN persons WHERE y.child AND y.id IN family AND y.dob IS NOT NULL AND y.dob >= t0 - $new_window AND y.dob <= t1 + 280]] AS new_babies
UNWIND [[k IN kids + new_babies | k.id]] AS own_children
UNWIND [[tg IN [CASE WHEN size(new_babies) > 0
                           OR any(b IN births WHERE b.d0 <= t1 AND b.until >= t0 AND any(p IN b.about WHERE p IN family)) THEN 'new baby' END,
                CASE WHEN any(dt IN reduce(fl = [], pa IN about | fl + pa.dated)
                              WHERE (dt.partner OR dt.adult) AND dt.from IS NOT NULL AND dt.from <= t1 AND dt.from >= t0 - $new_window)
                     THEN 'new partner' END] WHERE tg IS NOT NULL]] AS tags
UNWIND [[i IN idx WHERE any(j IN deciding WHERE hknown[i][j] <= t1)]] AS known_idx
UNWIND [[i IN idx WHERE none(j IN deciding WHERE hknown[i][j] <= t1)]] AS unknown_idx
UNWIND [[i IN idx WHERE htype[i] IN ['cp_plan_start', 'care_proceedings', 'looked_after_start']
                     AND any(k IN hkids[i] WHERE NOT k IN own_children)]] AS removal_idx
// the findings of the decision, each with its items (the first max_items of them in full)
WITH dd.d AS d, t0, t1, dd.recorders[0] AS decider, dd.de_escalating AS de_escalating, asked, tags,
     CASE WHEN size(kids) > 0 THEN kids + [nb IN new_babies WHERE NOT nb IN kids] WHEN size(new_babies) > 0 THEN new_babies ELSE about END AS subjects,
     [pn IN persons WHERE pn.id IN reduce(acc = [], i IN removal_idx | acc + hkids[i]) AND NOT pn.id IN own_children | pn.name] AS removed,
     [v IN [{variant: 'history_unknown', idx: unknown_idx, fires: size(unknown_idx) > 0,
             severity: CASE WHEN size(tags) > 0 THEN 'high' ELSE 'medium' END},
            {variant: 'history_not_cited', idx: known_idx, fires: size(known_idx) > 0 AND none(i IN known_idx WHERE hid[i] IN cited_ids),
             severity: 'low'},
            {variant: 'prior_removal_unreconciled', idx: removal_idx, severity: 'high',
             fires: size(removal_idx) > 0 AND (dd.de_escalating OR size(tags) > 0) AND none(i IN removal_idx WHERE hid[i] IN cited_ids)}]
      WHERE v.fires
      | {variant: v.variant, severity: v.severity, count: size(v.idx),
         certain: any(i IN v.idx WHERE hd1[i] < sure_start),
         removal: any(i IN v.idx WHERE htype[i] IN ['care_proceedings', 'looked_after_start']),
         kinds: reduce(acc = [], i IN v.idx | CASE WHEN replace(htype[i], '_', ' ') IN acc THEN acc ELSE acc + [replace(htype[i], '_', ' ')] END),
         holders: [ai IN agi WHERE any(i IN v.idx WHERE ai.id IN hholders[i])],
         shown: [i IN [l IN v.idx WHERE hlasting[l]][..$max_items]
                      + [n IN v.idx WHERE NOT hlasting[n]][size([n2 IN v.idx WHERE NOT hlasting[n2]]) - ($max_items - size([l2 IN v.idx WHERE hlasting[l2]][..$max_items]))..]
                 | {id: hid[i], type: htype[i], known: any(j IN deciding WHERE hknown[i][j] <= t1), cited: hid[i] IN cited_ids,
                    certain: hd1[i] < sure_start}]}] AS found
UNWIND found AS f
WITH d, t0, t1, decider, de_escalating, asked, tags, subjects, removed, f,
     CASE d.type WHEN 'assessment_complete' THEN 'completed assessment' WHEN 'cp_conference' THEN 'initial child protection conference'
                 WHEN 'referral_outcome' THEN 'referral outcome' WHEN 'decision_no_further_action' THEN 'no further action decision'
                 ELSE 'case closure' END AS what,
     reduce(s = '', sj IN subjects | s + CASE WHEN s = '' THEN '' ELSE ', ' END + sj.name) AS who,
     CASE WHEN size(tags) > 0 THEN ' (' + reduce(s = '', tg IN tags | s + CASE WHEN s = '' THEN '' ELSE ', ' END + tg) + ')' ELSE '' END AS tag_text,
     reduce(s = '', k IN f.kinds | s + CASE WHEN s = '' THEN '' ELSE ', ' END + k) AS kinds
RETURN d.event_id AS anchor,
       f.variant AS variant,
       f.severity AS severity,
       CASE WHEN f.certain THEN 'definite' ELSE 'possible' END AS confidence,
       false AS censored,
       [sj IN subjects | sj.id] AS subjects,
       CASE f.variant
         WHEN 'history_unknown' THEN
           'The ' + what + ' recorded by ' + decider.name + ' on ' + d.date_text + ' about ' + who + tag_text
           + ' has no record that the decision makers knew of ' + toString(f.count) + " earlier event(s) in the family's history ("
           + kinds + ') held by ' + reduce(s = '', hh IN f.holders | s + CASE WHEN s = '' THEN '' ELSE ', ' END + hh.name) + '.'
         WHEN 'history_not_cited' THEN
           'The ' + what + ' recorded by ' + decider.name + ' on ' + d.date_text + ' about ' + who + tag_text
           + ' was made with ' + toString(f.count) + " earlier event(s) in the family's history (" + kinds
           + ') known to the decision makers, but there is no record that it drew on them or that the records were requested: a prompt to check.'
         ELSE
           'The ' + CASE WHEN de_escalating THEN 'de-escalating ' ELSE '' END + what + ' recorded by ' + decider.name
           + ' on ' + d.date_text + ' about ' + who + tag_text + ' has no record of what had changed since '
           + reduce(s = '', n IN removed | s + CASE WHEN s = '' THEN '' ELSE ', ' END + n)
           + CASE WHEN f.removal THEN ' was removed' ELSE ' was on a child protection plan' END + ' (' + kinds + ').'
       END AS summary,
       [{event_id: d.event_id, role: 'decision',
         note: replace(d.type, '_', ' ') + CASE WHEN de_escalating THEN ' (de-escalating)' ELSE '' END + tag_text
               + CASE WHEN size(f.shown) < f.count
                      THEN '; ' + toString(size(f.shown)) + ' of the ' + toString(f.count) + ' history items are listed'
                      ELSE '' END}]
       + [hi IN f.shown |
          {event_id: hi.id, role: CASE WHEN hi.known THEN 'context' ELSE 'unseen_concern' END,
           note: 'history: ' + replace(hi.type, '_', ' ') + '; known to the decision makers: ' + CASE WHEN hi.known THEN 'yes' ELSE 'no' END
                 + '; cited by the decision: ' + CASE WHEN hi.cited THEN 'yes' ELSE 'no' END
                 + CASE WHEN hi.certain THEN '' ELSE ' (dates uncertain: possibly part of the current episode)' END}]
       + CASE WHEN f.variant = 'history_unknown' THEN
           [hh IN f.holders | {role: 'holder', agency_id: hh.id,
                               note: hh.name + CASE WHEN hh.area IS NULL THEN '' ELSE ' (' + hh.area + ')' END + ' held history the decision makers did not know'}]
         ELSE [] END
       + [r IN asked | {event_id: r.id, role: 'context', note: 'information request by the decision makers in this episode'}]
       + CASE WHEN f.variant = 'history_unknown' THEN
           [hh IN f.holders WHERE none(r IN asked WHERE hh.id IN r.to) |
            {role: 'expected_missing', agency_id: hh.id, day_from: t0 - $gap, day_to: t1,
             note: 'no record that the decision makers asked ' + hh.name + ' for its records in the ' + toString($gap) + ' days before the decision'}]
         ELSE
           [{role: 'expected_missing', agency_id: decider.id, day_from: t0 - $gap, day_to: t1,
             note: 'no record that the decision responded to the history, or that records conveying it were requested and received before it'}]
         END AS evidence
