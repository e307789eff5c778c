// id: prebirth_risk_no_assessment
// tier: 1
// version: 1
// title: Pre-birth risk without assessment
// panel: A pregnancy with serious known parental risk, but no referral or pre-birth assessment before the birth
// evidence: O10 L208 ("there had been no pre-birth assessment"), L301, L303 (the father should have been part of the assessment), L11; O08 L369 ("Child protection procedures should have been invoked on every occasion of pregnancy/birth"), L371, L291, L496; T16 L652, L953, L976, L1354, L2610, L4001
// param L_adult = 730 | days before the birth in which a parent's concern event counts as a risk marker (earlier children's plans and removals count at any age)
// param late_weeks = 10 | an assessment first starting less than this many weeks before the estimated birth is late
// param N_newborn = 14 | days after the birth in which children's social care should record something about the baby
// param default_gestation = 12 | weeks of pregnancy assumed at a booking that does not give them
//
// DETECTORS.md T1-20. A pregnancy of mother M starts from a pregnancy_booking about her (the
// first in 280 days; estimated birth EB = booking + (40 - gestation weeks) weeks), or from a
// birth about her with no booking in the 44 weeks before. M is a person about the event who is
// not a baby, not recorded as male or in a father's role, and at least 10 years old. The birth
// is the first birth event about M between the booking and 44 weeks of pregnancy, else the date
// of birth of a child of M in that span; the baby is the child about that birth, else that child.
// With no birth in the data the pregnancy may have ended otherwise (or not yet): every finding
// is censored. The father F: a parent (birth) of the baby other than M, or M's partner whose
// recorded partnership covers the conception (birth - 266 days).
// Risk markers before the birth, on M or F: an event about another child of theirs of type
// cp_plan_start, care_proceedings, looked_after_start or serious_incident (no lookback); a
// concern event about them within L_adult days with domestic_abuse, offending_risk_adult or
// parental_substance_misuse, or parental_mental_health with an admission or a crisis, section or
// psychosis in the text; M under 18 at the birth. No marker, no finding.
// Actions about M or the baby between the start of the pregnancy (booking - gestation weeks)
// and the birth, possibly (benefit of the doubt): a referral = an event referred to children's
// social care, a referral shared with it, or a referral_outcome; an assessment = an
// assessment_start, strategy_discussion, cp_conference or assessment_complete (an assessment
// recorded about M without a kind is accepted: §T1-20 traps).
// Variants (one finding per pregnancy and variant):
//   no_referral_before_birth  no referral and no assessment
//   no_prebirth_assessment    a referral, but no assessment before the birth
//   late                      the first assessment began after EB - late_weeks weeks
//   father_not_included       an assessment exists and F carries markers, but none of the
//                             assessments is about F
//   newborn_unknown           no children's social care record about the baby (about M when the
//                             baby is not in the people sheet) within N_newborn days of the birth
// Severity: high when a marker is an earlier child's plan, removal or serious incident, a
// domestic_abuse or offending_risk_adult concern, or a marker children's social care knew (KNEW,
// $mode) by the birth (O10 L208); medium otherwise. Confidence: possible when no marker certainly
// falls before the birth (and within L_adult days for a concern).
// Censoring: no birth in the data; the case data ending before the window does; for the referral,
// the booking agency's records ending before the birth; for an assessment or the newborn, no
// social care chronology in the data or none covering the booking to the end of the window.
MATCH (pe:Event {case_id: $case_id})-[:ABOUT|SAW]->(m:Person)
WHERE pe.type IN ['pregnancy_booking', 'birth'] AND coalesce(m.sex, 'F') <> 'M'
  AND NOT coalesce(m.role, '') IN ['baby', 'unborn', 'father', 'stepfather', 'mothers_partner', 'grandfather', 'uncle']
  AND (m.dob_day IS NULL OR m.dob_day < pe.day_from - 3650)
WITH DISTINCT m, pe
ORDER BY pe.day_from, pe.event_id
WITH m, collect(pe) AS pes
WITH m, [(m)-[pk:PARENT_OF]->(k:Child) WHERE coalesce(pk.kind, 'birth') = 'birth' AND k.dob_day IS NOT NULL | k] AS kids,
     [b IN pes WHERE b.type = 'birth'] AS births,
     [b IN pes WHERE b.type = 'pregnancy_booking'] AS bookings
// pregnancies: first bookings, and births with no booking in the 44 weeks before
WITH m, kids, births,
     [b IN bookings WHERE none(o IN bookings WHERE o.day_from < b.day_from AND o.day_from >= b.day_from - 280)
      | {anchor: b, booked: true, gw: coalesce(b.gestation_weeks, $default_gestation)}]
     + [b IN births WHERE none(o IN bookings WHERE o.day_from <= b.day_from AND o.day_from >= b.day_from - 308)
                      AND none(o IN births WHERE o.day_from < b.day_from AND o.day_from >= b.day_from - 30)
      | {anchor: b, booked: false, gw: 40}] AS pregnancies
UNWIND pregnancies AS pg
WITH m, kids, births, pg.anchor AS anchor, pg.booked AS booked,
     pg.anchor.day_from - pg.gw * 7 AS start,
     pg.anchor.day_from + (40 - pg.gw) * 7 AS eb,
     coalesce(pg.anchor.day_to, pg.anchor.day_from) + (44 - pg.gw) * 7 AS latest
WITH m, anchor, booked, start, eb,
     head([b IN births WHERE b.day_from >= anchor.day_from AND b.day_from <= latest]) AS birth,
     head([k IN kids WHERE k.dob_day >= start AND k.dob_day <= latest]) AS kid
WITH m, anchor, booked, start, eb, birth, kid,
     CASE WHEN birth IS NULL THEN [] ELSE [(birth)-[:ABOUT|SAW]->(bc:Child) WHERE bc <> m | bc] END AS born
WITH m, anchor, booked, start, eb, birth, coalesce(head(born), kid) AS baby
WITH m, anchor, booked, start, eb, birth, baby,
     coalesce(birth.day_from, baby.dob_day) AS born_day
WITH m, anchor, booked, start, eb, birth, baby, born_day, coalesce(born_day, eb) AS b0
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, b0 - 266 AS conception,
     CASE WHEN baby IS NULL THEN [m] ELSE [m, baby] END AS mb
// the father(s)
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb,
     CASE WHEN baby IS NULL THEN [] ELSE [(baby)<-[fp:PARENT_OF]-(f1:Person) WHERE f1 <> m AND coalesce(fp.kind, 'birth') = 'birth' | f1] END
     + [(m)-[pt:PARTNER_OF]-(f2:Person) WHERE coalesce(pt.from_day, conception) <= conception AND coalesce(pt.to_day, conception) >= conception | f2] AS fathers0
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb,
     reduce(acc = [], f IN fathers0 | CASE WHEN f IN acc THEN acc ELSE acc + [f] END) AS fathers
// risk markers on M and on each father
UNWIND [m] + fathers AS p
OPTIONAL MATCH (p)-[:PARENT_OF]->(ok:Person)<-[:ABOUT|SAW]-(ke:Event)
WHERE (baby IS NULL OR ok <> baby) AND ke.type IN ['cp_plan_start', 'care_proceedings', 'looked_after_start', 'serious_incident']
  AND ke.day_from < b0
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers, p,
     collect(DISTINCT CASE WHEN ke IS NOT NULL THEN {e: ke, severe: true, certain: coalesce(ke.day_to, ke.day_from) < b0,
              what: replace(ke.type, '_', ' ') + ' for ' + coalesce(ok.pseudonym, ok.person_id) + ', another child of '} END) AS child_markers
OPTIONAL MATCH (p)<-[:ABOUT|SAW]-(ce:Event)
WHERE ce.day_from < b0 AND coalesce(ce.day_to, ce.day_from) >= b0 - $L_adult
  AND (any(q IN coalesce(ce.concerns, []) WHERE q IN ['domestic_abuse', 'offending_risk_adult', 'parental_substance_misuse'])
       OR ('parental_mental_health' IN coalesce(ce.concerns, [])
           AND (ce.type = 'admission'
                OR any(w IN ['crisis', 'sectioned', 'mental health act', 'detained', 'psychosis', 'psychotic', 'admitted', 'admission']
                       WHERE toLower(coalesce(ce.description, '') + ' ' + coalesce(ce.outcome, '')) CONTAINS w))))
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers, p, child_markers,
     collect(DISTINCT CASE WHEN ce IS NOT NULL THEN
       {e: ce, severe: any(q IN ce.concerns WHERE q IN ['domestic_abuse', 'offending_risk_adult']),
        certain: coalesce(ce.day_to, ce.day_from) < b0 AND ce.day_from >= b0 - $L_adult,
        what: reduce(s = '', q IN [q1 IN ce.concerns WHERE q1 IN ['domestic_abuse', 'offending_risk_adult', 'parental_substance_misuse', 'parental_mental_health']]
                     | s + CASE WHEN s = '' THEN '' ELSE ', ' END + replace(q, '_', ' '))
              + ' concern about '} END) AS concern_markers
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers,
     collect([mk IN child_markers + concern_markers | {mk: mk, p: p}]) AS per_parent
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers,
     reduce(acc = [], pp IN per_parent | acc + pp) AS flat
UNWIND (CASE WHEN size(flat) = 0 THEN [null] ELSE flat END) AS fm
// one marker per event, naming every parent it is about
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers, fm.mk.e AS me, collect(fm) AS fms
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers, me, fms,
     CASE WHEN me IS NULL THEN [] ELSE [(ka:Agency)-[kn:KNEW]->(me) WHERE kn.mode = $mode AND kn.from_day <= b0 | ka.sector] END AS knew_sectors,
     CASE WHEN me IS NULL THEN [] ELSE [(ra:Agency)-[:RECORDED]->(me) | ra.name] END AS holders
ORDER BY me.day_from
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers,
     collect(CASE WHEN me IS NOT NULL THEN
       {e: me, severe: fms[0].mk.severe, certain: fms[0].mk.certain, persons: [x IN fms | x.p],
        what: fms[0].mk.what + reduce(s = '', x IN fms | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(x.p.pseudonym, x.p.person_id)),
        csc_knew: any(s IN knew_sectors WHERE s IN $csc_sectors), mw_knew: 'midwifery' IN knew_sectors, holders: holders} END) AS event_markers
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, mb, fathers, event_markers,
     m.dob_day IS NOT NULL AND b0 - m.dob_day < 6574 AS under18
WHERE size(event_markers) > 0 OR under18
// referrals and assessments about M or the baby from the start of the pregnancy, and social care
// records about the newborn
UNWIND mb AS ap
OPTIONAL MATCH (ap)<-[:ABOUT|SAW]-(ae:Event)
WHERE coalesce(ae.day_to, ae.day_from) >= start AND ae.day_from <= b0 + $N_newborn
  AND (ae.type IN ['referral', 'referral_outcome', 'assessment_start', 'strategy_discussion', 'cp_conference', 'assessment_complete']
       OR (ae)-[:REFERRED_TO]->(:Agency))
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18, ae,
     size([(ae)-[rr:REFERRED_TO|SHARED_WITH]->(rc:Agency) WHERE rc.sector IN $csc_sectors
                                                         AND (type(rr) = 'REFERRED_TO' OR ae.type = 'referral') | rc]) > 0 AS to_csc,
     [(ae)-[:ABOUT|SAW]->(aq:Person) | aq.person_id] AS ae_about
ORDER BY ae.day_from, ae.event_id
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18,
     collect(DISTINCT CASE WHEN ae.day_from <= b0 AND (to_csc OR ae.type = 'referral_outcome') THEN ae END) AS referrals,
     collect(DISTINCT CASE WHEN ae.type IN ['assessment_start', 'strategy_discussion', 'cp_conference', 'assessment_complete']
                           THEN {e: ae, about: ae_about} END) AS assessments0
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18, referrals,
     [a IN assessments0 WHERE a.e.day_from <= b0] AS assessments,
     [a IN assessments0 WHERE a.e.day_from > b0 | a.e] AS after_birth
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18, referrals, assessments, after_birth,
     coalesce(baby, m) AS newborn
OPTIONAL MATCH (newborn)<-[:ABOUT|SAW]-(ne:Event)<-[:RECORDED]-(nca:Agency)
WHERE nca.sector IN $csc_sectors AND born_day IS NOT NULL
  AND coalesce(ne.day_to, ne.day_from) >= born_day AND ne.day_from <= born_day + $N_newborn
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18, referrals, assessments, after_birth,
     count(ne) AS newborn_records
// the agencies whose records could show the actions (for censoring), and the fathers left out
OPTIONAL MATCH (cs:Case {case_id: $case_id})
OPTIONAL MATCH (csc:Agency {case_id: $case_id})
WHERE csc.sector IN $csc_sectors AND (csc.records_to_day IS NOT NULL OR csc.records_from_day IS NOT NULL OR (csc)-[:RECORDED]->())
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, fathers, event_markers, under18, referrals, assessments, after_birth,
     newborn_records, cs.data_end_day AS data_end, collect(csc) AS cscs,
     [(bra:Agency)-[:RECORDED]->(anchor) | bra] AS booking_agencies,
     reduce(fst = null, a IN assessments | CASE WHEN fst IS NULL OR a.e.day_from < fst.day_from THEN a.e ELSE fst END) AS first_assessment,
     [f IN fathers WHERE any(em IN event_markers WHERE f IN em.persons)
                     AND none(a IN assessments WHERE f.person_id IN a.about)] AS fathers_left_out
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, event_markers, under18, referrals, assessments, after_birth, newborn_records,
     first_assessment, fathers_left_out, booking_agencies,
     CASE WHEN size(cscs) > 0 THEN cscs[0].agency_id ELSE null END AS csc_id,
     born_day IS NULL OR coalesce(data_end, b0) < b0 AS unborn_or_no_data,
     size(cscs) = 0 OR none(ca IN cscs WHERE coalesce(ca.records_from_day, anchor.day_from) <= anchor.day_from
                                          AND coalesce(ca.records_to_day, b0) >= b0) AS csc_blind_birth,
     size(cscs) = 0 OR none(ca IN cscs WHERE coalesce(ca.records_from_day, b0) <= b0
                                          AND coalesce(ca.records_to_day, b0 + $N_newborn) >= b0 + $N_newborn)
       OR coalesce(data_end, b0 + $N_newborn) < b0 + $N_newborn AS csc_blind_newborn,
     any(ba IN booking_agencies WHERE coalesce(ba.records_to_day, b0) < b0) AS booking_blind,
     coalesce(m.pseudonym, m.person_id) AS mother,
     CASE WHEN baby IS NULL THEN 'the baby' ELSE coalesce(baby.pseudonym, baby.person_id) END AS child
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, event_markers, under18, referrals, assessments, after_birth,
     first_assessment, fathers_left_out, booking_agencies, csc_id, mother, child,
     CASE WHEN any(em IN event_markers WHERE em.severe OR em.csc_knew) THEN 'high' ELSE 'medium' END AS severity,
     CASE WHEN under18 OR any(em IN event_markers WHERE em.certain) THEN 'definite' ELSE 'possible' END AS confidence,
     [{variant: 'no_referral_before_birth', fires: size(referrals) = 0 AND size(assessments) = 0,
       censored: unborn_or_no_data OR booking_blind},
      {variant: 'no_prebirth_assessment', fires: size(referrals) > 0 AND size(assessments) = 0,
       censored: unborn_or_no_data OR csc_blind_birth},
      {variant: 'late', fires: first_assessment IS NOT NULL AND first_assessment.day_from > eb - $late_weeks * 7,
       censored: unborn_or_no_data},
      {variant: 'father_not_included', fires: size(assessments) > 0 AND size(fathers_left_out) > 0,
       censored: unborn_or_no_data},
      {variant: 'newborn_unknown', fires: newborn_records = 0,
       censored: born_day IS NULL OR csc_blind_newborn}] AS variants
UNWIND variants AS v
WITH m, anchor, booked, start, eb, birth, baby, born_day, b0, event_markers, under18, referrals, assessments, after_birth,
     first_assessment, fathers_left_out, booking_agencies, csc_id, mother, child, severity, confidence, v,
     CASE WHEN birth IS NULL THEN '' ELSE CASE WHEN birth.precision = 'day' THEN ' on ' ELSE ' in ' END + birth.date_text END AS born_text,
     CASE WHEN booked THEN ' (booked ' + anchor.date_text + ')' ELSE '' END AS booked_text,
     toString(size(event_markers) + CASE WHEN under18 THEN 1 ELSE 0 END) + ' risk marker(s) about the parents' AS risk_text
WHERE v.fires
RETURN anchor.event_id AS anchor,
       v.variant AS variant,
       severity,
       confidence,
       v.censored AS censored,
       CASE WHEN baby IS NULL THEN [m.person_id] ELSE [baby.person_id] END AS subjects,
       CASE v.variant
         WHEN 'no_referral_before_birth' THEN
           "There is no record of a referral to children's social care, or of any pre-birth assessment, during " + mother
           + "'s pregnancy" + booked_text + ', despite ' + risk_text + '.'
         WHEN 'no_prebirth_assessment' THEN
           mother + "'s pregnancy" + booked_text + " was referred to children's social care, but there is no record of a pre-birth assessment, strategy discussion or conference before "
           + child + ' was born' + born_text + ', despite ' + risk_text + '.'
         WHEN 'late' THEN
           'The first pre-birth assessment of ' + mother + "'s pregnancy" + booked_text + ' is recorded on ' + first_assessment.date_text + ', '
           + toString(eb - first_assessment.day_from) + ' days before the estimated birth (less than ' + toString($late_weeks) + ' weeks).'
         WHEN 'father_not_included' THEN
           'There is no record that ' + reduce(s = '', f IN fathers_left_out | s + CASE WHEN s = '' THEN '' ELSE ', ' END + coalesce(f.pseudonym, f.person_id))
           + ', who carries risk markers, was included in the pre-birth assessment of ' + mother + "'s pregnancy" + booked_text + '.'
         ELSE
           "There is no record that children's social care knew of " + child + ' in the ' + toString($N_newborn) + ' days after the birth' + born_text
           + ', despite ' + risk_text + '.'
       END AS summary,
       [{event_id: anchor.event_id, role: 'trigger',
         note: CASE WHEN booked THEN 'pregnancy booking; estimated birth ' + toString(eb - anchor.day_from) + ' days later'
                    ELSE 'birth with no booking in the data' END}]
       + [em IN event_markers |
          {event_id: em.e.event_id, role: 'context',
           note: 'risk marker: ' + em.what + ' (held by ' + reduce(s = '', h IN em.holders | s + CASE WHEN s = '' THEN '' ELSE ', ' END + h)
                 + '; known to midwifery by the birth: ' + CASE WHEN em.mw_knew THEN 'yes' ELSE 'no' END
                 + "; known to children's social care by the birth: " + CASE WHEN em.csc_knew THEN 'yes' ELSE 'no' END + ')'
                 + CASE WHEN em.certain THEN '' ELSE ' (dates uncertain: possibly outside the ' + toString($L_adult) + ' days before the birth)' END}]
       + CASE WHEN under18 THEN [{role: 'context', person_id: m.person_id,
                                  note: 'risk marker: ' + mother + ' was ' + toString(toInteger((b0 - m.dob_day) / 365.25)) + ' at the birth'}] ELSE [] END
       + [r IN referrals | {event_id: r.event_id, role: 'response', note: "referral to children's social care during the pregnancy"}]
       + [a IN assessments | {event_id: a.e.event_id, role: CASE WHEN v.variant = 'late' AND a.e = first_assessment THEN 'late_response' ELSE 'response' END,
                              note: replace(a.e.type, '_', ' ') + ' before the birth'}]
       + [a IN after_birth | {event_id: a.event_id, role: 'late_response', note: replace(a.type, '_', ' ') + ' after the birth'}]
       + CASE v.variant
           WHEN 'no_referral_before_birth' THEN
             [{role: 'expected_missing', agency_id: coalesce(booking_agencies[0].agency_id, csc_id), day_from: CASE WHEN booked THEN anchor.day_from ELSE start END, day_to: b0,
               note: "no record of a referral to children's social care about " + mother + ' or the unborn baby before the birth'}]
           WHEN 'no_prebirth_assessment' THEN
             [{role: 'expected_missing', agency_id: csc_id, day_from: anchor.day_from, day_to: b0,
               note: 'no record of a pre-birth assessment, strategy discussion or conference before the birth'}]
           WHEN 'father_not_included' THEN
             [f IN fathers_left_out | {role: 'expected_missing', person_id: f.person_id, agency_id: csc_id, day_from: anchor.day_from, day_to: b0,
                                       note: 'no pre-birth assessment or conference about ' + coalesce(f.pseudonym, f.person_id)}]
           WHEN 'newborn_unknown' THEN
             [{role: 'expected_missing', agency_id: csc_id, day_from: b0, day_to: b0 + $N_newborn,
               note: "no record by children's social care about " + child + ' in the ' + toString($N_newborn) + ' days after the birth'}]
           ELSE []
         END
       + CASE WHEN birth IS NULL OR birth = anchor THEN []
              ELSE [{event_id: birth.event_id, role: CASE WHEN v.variant = 'newborn_unknown' THEN 'trigger' ELSE 'context' END,
                     note: 'the birth'}] END AS evidence
