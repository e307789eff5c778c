"""The safeguarding lexicon, as tables a reviewer can read.

Each table row is a line as a practitioner might write it in a merged chronology (all
people are fictional) and what Jigsaw infers from it. Every inferred tag carries its
evidence: the words in the row that produced it.
"""

from __future__ import annotations

import pytest

from graph.model import CONCERNS, EVENT_TYPES, SECTORS
from loaders.lexicon import (
    EVENT_PRIORITY,
    Tag,
    concerns_from_column,
    event_type_from_column,
    infer_concerns,
    infer_event_type,
    infer_event_types,
    person_mentions,
    referral_target_sector,
    sector_for,
)

# --------------------------------------------------------------------------------------
# Descriptions -> (event type, concerns)
# --------------------------------------------------------------------------------------

# (description, expected event type or None, expected set of concerns)
DESCRIPTIONS = [
    # Missed appointments and visits without access
    ("WNB for 8 week check. Letter sent to mum to rebook, GP informed.",
     "missed_appointment", {"non_attendance"}),
    ("DNA'd paediatric OPA for weight review. Discharged back to GP.",
     "missed_appointment", {"non_attendance"}),
    ("Mum did not attend antenatal appt. 2nd missed appt this month.",
     "missed_appointment", {"non_attendance"}),
    ("HV home visit - no reply, calling card left.", "no_access_visit", set()),
    ("Unannounced visit by SW, refused entry by Mr B. Children heard inside.", "no_access_visit", set()),
    ("No access at home visit, neglect concerns ongoing.", "no_access_visit", {"neglect"}),
    ("TC to mum, left voicemail re missed appointment.", "contact", {"non_attendance"}),
    ("Phone call - no answer", "contact", set()),
    # Home visits and what was seen there
    ("Home visit. Home conditions very poor, dog faeces on floor, no bedding for children. C1 unkempt & smelly.",
     "home_visit", {"poor_home_conditions", "neglect"}),
    ("New birth visit completed. Baby feeding well. Safe sleep advice given, mum reports baby sleeps in moses basket.",
     "home_visit", set()),
    ("HV completed 6-8 week check at home. Mum disclosed she has been co-sleeping on sofa with baby.",
     "home_visit", {"unsafe_sleeping"}),
    ("HV visit. Mum presented as drunk, smelt of alcohol. Baby unkempt with severe nappy rash.",
     "home_visit", {"parental_substance_misuse", "neglect"}),
    # Police and domestic abuse
    ("Police called to domestic incident at home address. Mr B arrested for assault on partner. "
     "Children present. DASH - high risk.", "domestic_incident", {"domestic_abuse"}),
    ("PPN received from police re DV incident on 12/03. Ms A has bruising to face.",
     "information_shared", {"domestic_abuse", "physical_injury"}),
    ("Police welfare check following 999 call from neighbour, screaming heard. No injuries seen, NFA.",
     "police_callout", set()),
    ("Referral from police received re DV incident. Passed to MASH.", "referral", {"domestic_abuse"}),
    ("Case heard at MARAC. Actions: police flag on address.", "marac", {"domestic_abuse"}),
    ("MARAC referral made by IDVA following strangulation disclosure.", "referral", {"domestic_abuse"}),
    ("No bruises, mum disclosed partner hit her last night.", None, {"domestic_abuse"}),
    # Referrals and the front door
    ("Referral to MASH from school: C2 came in with bruise to cheek, said dad hit him.",
     "referral", {"physical_injury"}),
    ("Referral to CSC re 3 missed appointments and weight loss.",
     "referral", {"non_attendance", "hunger_or_growth"}),
    ("3 DNAs in 6 months. Referral to paediatrics for review.", "referral", {"non_attendance"}),
    ("Contact received from GP re Ms A low mood and not coping, ?PND. MASH decision: NFA, signposted to Early Help.",
     "referral_outcome", {"parental_mental_health"}),
    ("MASH screening: did not meet threshold for CSC. Advice given to school.", "referral_outcome", set()),
    ("GP appt: Ms A reports overdose last week, referred to crisis team.",
     "referral", {"self_harm", "parental_mental_health"}),
    ("Request sent to GP for information re mum's mental health history.",
     "information_request", {"parental_mental_health"}),
    ("Letter received from ED: C2 attended with burn to hand 3 days ago.",
     "information_shared", {"physical_injury"}),
    ("Letter sent to GP and HV with outcome of strategy.", "information_shared", set()),
    # Child protection process
    ("Strategy discussion held between CSC, police & health. Agreed S47 enquiries, CP medical to be arranged.",
     "strategy_discussion", set()),
    ("S47 enquiry commenced. C1 seen alone at school, denies anyone hurts him.", "s47_enquiry", set()),
    ("CP medical at Royal Infirmary: bruising to ear and neck consistent with NAI.",
     "cp_medical", {"physical_injury"}),
    ("ICPC held. C1 and C2 made subject to CP plans under category of neglect. Mum's cannabis use discussed.",
     "cp_conference", {"neglect", "parental_substance_misuse"}),
    ("Core group meeting. Mum not engaging with drug service, missed 3 appts with CGL.",
     "core_group", {"non_attendance", "parental_substance_misuse"}),
    ("CP plan ended, stepped down to CIN plan.", "cp_plan_end", set()),
    ("Children made subject to child protection plans, category emotional abuse.",
     "cp_plan_start", {"emotional_abuse"}),
    ("CIN plan agreed at initial CIN meeting, SW to visit 4 weekly.", "cin_plan_start", set()),
    ("CIN plan closed, case stepped down to Early Help.", "cin_plan_end", set()),
    ("CIN review meeting. Attendance at school 78%, persistent absence.", "review_meeting", {"non_attendance"}),
    ("Case closed to CSC. No further involvement.", "case_closure", set()),
    ("Police: NFA, insufficient evidence.", "decision_no_further_action", set()),
    ("Case stepped down to Early Help. FSW allocated.", "step_down", set()),
    ("Early Help closed, stepped up to CSC following further DV incident.", "step_up", {"domestic_abuse"}),
    ("Transferred to long term team, new SW allocated.", "case_transfer", set()),
    ("Discussed in supervision with TM. Agreed to continue with CIN plan.", "supervision", set()),
    # Assessments
    ("CAF initiated by school following concerns re hygiene and head lice.", "assessment_start", {"neglect"}),
    ("Single assessment completed. Outcome: NFA, mum engaging with support.", "assessment_complete", set()),
    ("Mum has learning disability, PAMS assessment recommended.",
     "assessment_start", {"parental_learning_disability"}),
    # Health
    ("Attended ED 23:40 with head injury, mum says fell off sofa. No explanation for bruising to back.",
     "ae_attendance", {"physical_injury"}),
    ("Admitted to paediatric ward for observation following ingestion of methadone.",
     "admission", {"parental_substance_misuse"}),
    ("Bruise to left cheek noted by nursery staff at drop off, mum says C fell.",
     "injury_presentation", {"physical_injury"}),
    ("Mum brought C to surgery with burn to forearm, says from hair straighteners.",
     "injury_presentation", {"physical_injury"}),
    ("Seen by GP with ear infection, weight 9th centile.", "appointment", set()),
    ("Paediatric review: faltering growth, dropped 2 centiles since last seen.", None, {"hunger_or_growth"}),
    ("CAMHS appt: C1 self-harming, cuts to arms seen.", "appointment", {"self_harm"}),
    ("Baby born at 34 weeks by emergency C-section. Mum tested positive for cocaine at delivery.",
     "birth", {"parental_substance_misuse"}),
    ("Late booking at 26 weeks. Concealed pregnancy, no antenatal care until now.",
     "pregnancy_booking", {"concealed_pregnancy"}),
    ("Booking appt with community midwife. Mum reports previous DV with ex-partner, now with new partner.",
     "pregnancy_booking", {"domestic_abuse"}),
    # Moves, missing, disclosures, exploitation
    ("Family moved to new address in Southshire. New GP registration requested.", "address_move", set()),
    ("Mum and children fled to refuge in Westshire.", "address_move", {"domestic_abuse"}),
    ("C1 started at new school (St Mary's Primary) after managed move.", "school_move", set()),
    ("C reported missing from home by mum. Returned next morning, RHI to be completed.",
     "missing_episode", {"missing_episode"}),
    ("C (age 14) went missing overnight, located by police at address of older male.",
     "missing_episode", {"missing_episode", "cse"}),
    ("C disclosed to teacher that step-dad touched her private parts. Referral to CSC made same day.",
     "referral", {"sexual_abuse"}),
    ("C1 (7) disclosed to class teacher that mum's boyfriend hit her with a belt. DSL informed.",
     "disclosure", {"physical_injury"}),
    ("Self referral. Mr D assessed: cocaine at weekends, 6-8 cans most days. Disclosed a police caution "
     "for assault on a previous partner.", "referral",
     {"parental_substance_misuse", "domestic_abuse", "offending_risk_adult"}),
    ("Routine enquiry re DV: denies. Alcohol: 'stopped'.", None, set()),
    ("Ms K (approx 17/40 pregnant) said it was a verbal argument with her boyfriend about money. Officers attended.",
     "domestic_incident", {"domestic_abuse"}),
    ("999 call from Ms K. Officers attended 01:30. Mr D pushed her and she fell against the sofa.",
     "police_callout", {"domestic_abuse"}),
    ("Mum disclosed to HV that she is 12 weeks pregnant.", None, set()),
    ("YP found with older males in car at 2am, police concerns re CSE.", None, {"cse"}),
    ("C excluded from school, PRU place offered. Concerns re criminal exploitation, county lines.",
     None, {"exploitation"}),
    # Adults in the household
    ("Telephone call from Nan to HV: worried mum drinking heavily again.", "contact", {"parental_substance_misuse"}),
    ("Mr B released from prison on licence, Schedule 1 offender, returned to live at family home.",
     None, {"offending_risk_adult"}),
    ("Mr B convicted of ABH on previous partner. Risk to children.",
     None, {"offending_risk_adult", "domestic_abuse"}),
    ("School DSL reports C2 hungry, taking food from other children, has lost weight.",
     None, {"hunger_or_growth"}),
    ("Attendance below 80%. First day calls not answered. Unexplained absence x4 this term.",
     None, {"non_attendance", "unexplained_absence"}),
    ("Emotional abuse: mum shouting at C, calling him names, scapegoated.", None, {"emotional_abuse"}),
    # Courts, care and the index incident
    ("Interim care order granted at court. Children placed in foster care.", "looked_after_start", set()),
    ("Children accommodated under s20 with maternal grandmother.", "looked_after_start", set()),
    ("Children returned home to mother's care, care order discharged.", "looked_after_end", set()),
    ("PLO letter issued, pre-proceedings meeting held.", "care_proceedings", set()),
    ("Baby found unresponsive in parents' bed, pronounced dead at hospital.", "serious_incident", {"unsafe_sleeping"}),
]


@pytest.mark.parametrize(("text", "event_type", "concerns"), DESCRIPTIONS)
def test_description_event_type_and_concerns(text, event_type, concerns):
    tag = infer_event_type(text)
    assert (tag.value if tag else None) == event_type
    assert {t.value for t in infer_concerns(text)} == concerns


@pytest.mark.parametrize(("text", "evidence"), [
    ("WNB for 8 week check.", "WNB"),
    ("Home visit - no reply, card left.", "card left"),
    ("ICPC held, CP plans made.", "ICPC"),
    ("Mum dna'd her booking appointment", "dna'd"),
])
def test_event_evidence_is_the_triggering_words(text, evidence):
    assert infer_event_type(text).evidence == evidence


def test_concern_evidence_is_the_first_mention_not_negated():
    tags = infer_concerns("No bruises seen on C1. Later C2 found to have bruising to arm.")
    assert tags == [Tag("physical_injury", "bruising")]


def test_concerns_come_back_in_text_order():
    tags = infer_concerns("Mum drunk, home squalid, C1 had a bruise.")
    assert [t.value for t in tags] == ["parental_substance_misuse", "poor_home_conditions", "physical_injury"]


# --------------------------------------------------------------------------------------
# Word boundaries and case
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "not_expected"), [
    ("SW visited mum, Ed (mum's brother) present.", "ae_attendance"),       # "ED" is not "Ed" or "visited"
    ("Ed psych report shared with school.", "ae_attendance"),
    ("Paternity DNA test results received.", "missed_appointment"),        # DNA test is not "did not attend"
    ("Mashed potato for tea, children ate well.", "referral_outcome"),
    ("Mum in café with baby when HV called.", "assessment_start"),          # "caf" is not CAF
    ("Pupil referral unit place discussed.", "referral"),
    ("Police did a welfare visit; mum's partner supervision of children poor.", "supervision"),
    ("Known to HV since birth.", "birth"),
    ("Supervision order granted.", "supervision"),
])
def test_words_match_whole_and_acronyms_by_case(text, not_expected):
    assert not_expected not in {t.value for t in infer_event_types(text)}


def test_lower_case_acronyms_that_are_not_words_still_match():
    assert infer_event_type("dna x1, rebooked").value == "missed_appointment"
    assert infer_event_type("s47 commenced").value == "s47_enquiry"
    assert infer_event_type("nfa").value == "decision_no_further_action"


def test_counted_history_is_not_the_rows_event():
    # "3 WNB" in a referral describes the history that prompted it; the row is the referral.
    assert infer_event_type("Referral to CSC from HV re neglect - 3 WNB, poor home conditions").value == "referral"
    assert infer_event_type("DNA x3 - referral to CSC made").value == "referral"
    # The non-attendance is still a concern.
    assert "non_attendance" in {t.value for t in infer_concerns("DNA x3 - referral to CSC made")}


def test_every_event_type_with_recognisable_wording_has_a_rule():
    assert set(EVENT_PRIORITY) == set(EVENT_TYPES) - {"other"}


def test_priority_order_prefers_the_statutory_step_and_the_escalation():
    text = "Home visit. Mum disclosed DV, referral to MASH. Strategy discussion same day."
    types = [t.value for t in infer_event_types(text)]
    assert types[0] == "strategy_discussion"
    assert types.index("referral") < types.index("home_visit")
    assert EVENT_PRIORITY.index("no_access_visit") < EVENT_PRIORITY.index("home_visit")
    assert EVENT_PRIORITY.index("missed_appointment") < EVENT_PRIORITY.index("appointment")


# --------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------

# (text, concern that must NOT be found)
NEGATED = [
    ("No concerns about neglect.", "neglect"),
    ("No injuries seen.", "physical_injury"),
    ("No marks or bruises observed on C1.", "physical_injury"),
    ("Mum denies DV.", "domestic_abuse"),
    ("No evidence of drug use in the home.", "parental_substance_misuse"),
    ("Not considered to be neglect at this time.", "neglect"),
    ("No safeguarding concerns.", "neglect"),
    ("Nil concerns.", "neglect"),
    ("C fell in playground, without injury.", "physical_injury"),
    ("No signs of self-harm.", "self_harm"),
    ("Home conditions good, no concerns re hygiene or neglect.", "neglect"),
    ("Home conditions good, no concerns re hygiene or neglect.", "poor_home_conditions"),
    ("No evidence of drug use or alcohol misuse.", "parental_substance_misuse"),
    ("Mum denies any drug or alcohol use, states she has never been depressed.", "parental_substance_misuse"),
    ("Mum denies any drug or alcohol use, states she has never been depressed.", "parental_mental_health"),
    ("Bruising: none seen.", "physical_injury"),
    ("DV denied by both parents.", "domestic_abuse"),
    ("NAI ruled out by paediatrician.", "physical_injury"),
    ("No history of DV or mental health problems reported.", "domestic_abuse"),
    ("No history of DV or mental health problems reported.", "parental_mental_health"),
    ("No concerns raised about possible neglect.", "neglect"),
    ("No DV incidents since last review and C1 reports feeling safe.", "domestic_abuse"),
    ("Skin checked, no bruising or marks to face or body.", "physical_injury"),
    ("School report no unexplained absence this term.", "unexplained_absence"),
    ("Mum has not been co-sleeping, baby in own cot.", "unsafe_sleeping"),
    ("CAMHS - child and adolescent mental health service assessment offered.", "parental_mental_health"),
]


@pytest.mark.parametrize(("text", "concern"), NEGATED)
def test_negated_concerns_are_not_tagged(text, concern):
    assert concern not in {t.value for t in infer_concerns(text)}


# A new clause ("but", "however", ";", ".", or ", <someone> <verb>") ends the negation.
# (text, concern that MUST be found)
NEGATION_ENDS = [
    ("no injuries seen but mother disclosed DV", "domestic_abuse"),
    ("No marks or bruises, however mum reports dad is drinking again.", "parental_substance_misuse"),
    ("No concerns re home conditions; mum disclosed she has stopped taking antidepressants.",
     "parental_mental_health"),
    ("No bruises, mum disclosed partner hit her last night.", "domestic_abuse"),
    ("No bruises seen on C1. Later C2 found to have bruising to arm.", "physical_injury"),
    # Pseudo-negations: words like "no" that do not deny the term.
    ("NAI cannot be ruled out, skeletal survey requested.", "physical_injury"),
    ("No explanation for bruising to baby's thigh.", "physical_injury"),
    ("No access at home visit, neglect concerns ongoing.", "neglect"),
    ("No food in the house, children hungry.", "hunger_or_growth"),
    ("Was not brought, concerns re neglect.", "neglect"),
    ("No further action re DV incident.", "domestic_abuse"),
]


@pytest.mark.parametrize(("text", "concern"), NEGATION_ENDS)
def test_concern_outside_the_negation_scope_is_found(text, concern):
    assert concern in {t.value for t in infer_concerns(text)}


@pytest.mark.parametrize("text", [
    "No strategy discussion was held.",
    "Not referred to CSC as mum agreed to engage with Early Help.",
    "No home visit this week as SW on leave.",
])
def test_negated_events_are_not_inferred(text):
    assert infer_event_type(text) is None


# --------------------------------------------------------------------------------------
# Agency names -> sector
# --------------------------------------------------------------------------------------

SECTOR_NAMES = [
    ("HV", "health_visiting"), ("Health Visiting", "health_visiting"), ("Health Visitor", "health_visiting"),
    ("0-19 service", "health_visiting"), ("0-19 team", "health_visiting"),
    ("Health Visiting Service", "health_visiting"), ("0 - 19 Team", "health_visiting"),
    ("School nurse", "health_visiting"), ("School Nursing Service", "health_visiting"),
    ("ED", "hospital_acute"), ("A&E", "hospital_acute"), ("Emergency Department", "hospital_acute"),
    ("Royal Infirmary ED", "hospital_acute"), ("Paediatric ward", "hospital_acute"),
    ("Children's ward", "hospital_acute"), ("hospital", "hospital_acute"),
    ("MASH", "children_social_care"), ("EDT", "children_social_care"),
    ("Emergency Duty Team", "children_social_care"), ("Children's Services", "children_social_care"),
    ("Children's Social Care", "children_social_care"), ("CSC", "children_social_care"),
    ("Social Care", "children_social_care"), ("Social Services", "children_social_care"),
    ("Childrens Services", "children_social_care"), ("Children’s Services", "children_social_care"),
    ("Northshire County Council Children's Services", "children_social_care"),
    ("Police", "police"), ("Northshire Police", "police"), ("PPU", "police"),
    ("Public Protection Unit", "police"), ("CAIT", "police"), ("Police MASH", "police"),
    ("GP", "health_gp"), ("GP surgery", "health_gp"), ("Riverside Surgery", "health_gp"),
    ("Medical Centre", "health_gp"), ("Health Centre", "health_gp"),
    ("Midwife", "midwifery"), ("Midwifery", "midwifery"), ("Maternity", "midwifery"),
    ("Community midwife", "midwifery"), ("Hospital maternity unit", "midwifery"),
    ("St Mary's Hospital Maternity", "midwifery"),
    ("CMHT", "mental_health_adult"), ("Adult Mental Health", "mental_health_adult"),
    ("AMHS", "mental_health_adult"), ("Crisis team", "mental_health_adult"),
    ("psychiatric liaison", "mental_health_adult"), ("Perinatal mental health team", "mental_health_adult"),
    ("CAMHS", "camhs"), ("Child and Adolescent Mental Health Service", "camhs"),
    ("Drug and alcohol service", "substance_misuse"), ("DAAT", "substance_misuse"),
    ("substance misuse", "substance_misuse"), ("CGL", "substance_misuse"), ("addictions", "substance_misuse"),
    ("school", "education"), ("Primary School", "education"), ("Academy", "education"),
    ("Nursery", "education"), ("college", "education"), ("Education welfare", "education"), ("EWO", "education"),
    ("Early Help", "early_help"), ("Family support", "early_help"), ("Children's Centre", "early_help"),
    ("Troubled Families", "early_help"), ("Early Help Hub, Children's Services", "early_help"),
    ("Housing", "housing"), ("Housing Association", "housing"), ("homelessness team", "housing"),
    ("Probation", "probation"), ("NPS", "probation"), ("CRC", "probation"),
    ("YOT", "youth_justice"), ("Youth Offending", "youth_justice"), ("Youth Justice", "youth_justice"),
    ("Ambulance", "ambulance"), ("NWAS", "ambulance"), ("paramedics", "ambulance"),
    ("Dental", "dental"), ("dentist", "dental"), ("Dental Hospital", "dental"),
    ("Women's Aid", "voluntary"), ("Refuge", "voluntary"), ("NSPCC", "voluntary"), ("charity", "voluntary"),
    ("Barnardo's", "voluntary"),
    ("Adult Social Care", "adult_social_care"), ("ASC", "adult_social_care"),
    ("Northshire ASC", "adult_social_care"),
    ("Health Visiting, Riverside Health Centre", "health_visiting"),
    ("health_visiting", "health_visiting"),
    # Unknown names: kept and reported by the loader
    ("Fire and Rescue Service", None), ("Northshire Council", None), ("DWP", None), ("Cafcass", None),
    ("Unknown", None), ("Edinburgh", None), ("", None), ("   ", None),
]


@pytest.mark.parametrize(("name", "sector"), SECTOR_NAMES)
def test_sector_for(name, sector):
    assert sector_for(name) == sector


def test_every_known_sector_is_in_the_model():
    assert {s for _, s in SECTOR_NAMES if s} <= set(SECTORS)


# --------------------------------------------------------------------------------------
# Referral recipients
# --------------------------------------------------------------------------------------

REFERRAL_TEXTS = [
    ("Referral to CSC re bruising.", "children_social_care", "Referral to CSC"),
    ("Referred to MASH by school.", "children_social_care", "Referred to MASH"),
    ("Referral made to children's services following disclosure.", "children_social_care",
     "Referral made to children's services"),
    ("GP referred to CAMHS.", "camhs", "referred to CAMHS"),
    ("Referral to Early Help for parenting support.", "early_help", "Referral to Early Help"),
    ("HV referred mum to CGL.", "substance_misuse", "referred mum to CGL"),
    ("Referred to Northshire Children's Services.", "children_social_care",
     "Referred to Northshire Children's Services"),
    ("PPN submitted to MASH.", "children_social_care", "PPN submitted to MASH"),
    ("MASH referral completed by HV.", "children_social_care", "MASH referral"),
    ("Referred back to GP for weight monitoring.", "health_gp", "Referred back to GP"),
    ("Referral to the health visitor for support.", "health_visiting", "Referral to the health visitor"),
    ("Ms A referred to Women's Aid and IDVA.", "voluntary", "referred to Women's Aid"),
]


@pytest.mark.parametrize(("text", "sector", "evidence"), REFERRAL_TEXTS)
def test_referral_target_sector(text, sector, evidence):
    assert referral_target_sector(text) == Tag(sector, evidence)


@pytest.mark.parametrize("text", [
    "Referral received from school.",
    "No referral to CSC was made.",
    "HV to refer to CSC if no improvement.",
    "Consider referral to Early Help at next review.",
    "Pupil referral unit to review placement.",
    "Home visit, all well.",
    "",
])
def test_referral_target_sector_none(text):
    assert referral_target_sector(text) is None


# --------------------------------------------------------------------------------------
# Explicit Event type column
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "event_type"), [
    ("Home visit", "home_visit"), ("HV", "home_visit"), ("HV - no access", "no_access_visit"),
    ("ICPC", "cp_conference"), ("Initial CP conference", "cp_conference"),
    ("Strategy meeting", "strategy_discussion"), ("DNA", "missed_appointment"),
    ("WNB - 8 wk check", "missed_appointment"), ("Referral to CSC", "referral"), ("S47", "s47_enquiry"),
    ("Section 47 enquiry", "s47_enquiry"), ("Telephone call", "contact"), ("Tel call to mum", "contact"),
    ("Letter", "contact"), ("Email from school", "contact"), ("Phone call - no answer", "contact"),
    ("A&E attendance", "ae_attendance"), ("Core Group", "core_group"), ("CIN review", "review_meeting"),
    ("TAF meeting", "review_meeting"), ("MARAC", "marac"), ("Case closure", "case_closure"),
    ("NFA", "decision_no_further_action"), ("Step down", "step_down"), ("Info sharing", "information_shared"),
    ("Request for info", "information_request"), ("Police call out", "police_callout"),
    ("DV incident", "domestic_incident"), ("Birth", "birth"), ("Booking", "pregnancy_booking"),
    ("House move", "address_move"), ("Change of school", "school_move"), ("Missing episode", "missing_episode"),
    ("Court", "care_proceedings"), ("S20", "looked_after_start"), ("Supervision", "supervision"),
    ("CP medical", "cp_medical"), ("Single assessment completed", "assessment_complete"),
    ("CP plan ended", "cp_plan_end"), ("Transfer in", "case_transfer"), ("Other", "other"),
    ("home_visit", "home_visit"), ("Cp Conference", "cp_conference"),
])
def test_event_type_from_column(cell, event_type):
    assert event_type_from_column(cell) == event_type


@pytest.mark.parametrize("cell", ["Misc", "Case note", "See narrative", "???", "Admin", "", "  "])
def test_event_type_from_column_unmappable(cell):
    assert event_type_from_column(cell) is None


# --------------------------------------------------------------------------------------
# Explicit Concerns column
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cell", "concerns", "unmapped"), [
    ("DV; neglect", ["domestic_abuse", "neglect"], []),
    ("Domestic abuse, parental MH", ["domestic_abuse", "parental_mental_health"], []),
    ("Drugs and alcohol", ["parental_substance_misuse"], []),
    ("toxic trio", ["domestic_abuse", "parental_mental_health", "parental_substance_misuse"], []),
    ("CSE / missing", ["cse", "missing_episode"], []),
    ("Neglect (hygiene)", ["neglect"], []),
    ("parental_mental_health", ["parental_mental_health"], []),
    ("Bruising to face + head lice", ["physical_injury", "neglect"], []),
    ("Emotional abuse & DA", ["emotional_abuse", "domestic_abuse"], []),
    ("Schedule 1", ["offending_risk_adult"], []),
    ("Self harm/overdose", ["self_harm"], []),
    ("Home conditions, growth", ["poor_home_conditions", "hunger_or_growth"], []),
    ("FTT", ["hunger_or_growth"], []),
    ("Co-sleeping", ["unsafe_sleeping"], []),
    ("Concealed pregnancy; late booking", ["concealed_pregnancy"], []),
    ("Mum's MH and drug use", ["parental_mental_health", "parental_substance_misuse"], []),
    ("Criminality, CCE", ["offending_risk_adult", "exploitation"], []),
    ("Attendance", ["non_attendance"], []),
    ("DV, unknown thing, LD", ["domestic_abuse", "parental_learning_disability"], ["unknown thing"]),
    ("housing; finances", [], ["housing", "finances"]),
    ("racism", [], ["racism"]),
    ("no DV", [], ["no DV"]),
    ("None", [], []),
    ("N/A", [], []),
    ("nil", [], []),
    ("", [], []),
])
def test_concerns_from_column(cell, concerns, unmapped):
    assert concerns_from_column(cell) == (concerns, unmapped)


# --------------------------------------------------------------------------------------
# People mentioned
# --------------------------------------------------------------------------------------

PERSON_TEXTS = [
    ("Mr B arrived at the address drunk; mother's partner and Ms A argued.", ["Mr B", "mother's partner", "Ms A"]),
    ("HV saw mum and baby at home, step-dad present.", ["mum", "baby", "step-dad"]),
    ("Nan reports mum's new partner is a lodger.", ["Nan", "mum's new partner", "lodger"]),
    ("Ward sister informed SW; Sister Jones took a call.", []),
    ("Partner agencies invited. Ms A's partner not present.", ["Ms A's partner"]),
    ("Maternal grandmother caring for C1 and C2; unknown male seen leaving.",
     ["Maternal grandmother", "C1", "C2", "unknown male"]),
    ("Child A disclosed to her brother that Mrs Smith hit her.", ["Child A", "brother", "Mrs Smith"]),
    ("Grandad and uncle at home with baby, sibling at school.", ["Grandad", "uncle", "baby", "sibling"]),
    ("Miss K (16) pregnant, boyfriend (24) known to police.", ["Miss K", "boyfriend"]),
    ("Unborn baby discussed; stepfather and half-sister present.", ["Unborn baby", "stepfather", "half-sister"]),
    ("Mr and Mrs O'Brien attended with their son.", ["Mrs O'Brien", "son"]),
    ("Mum and her new partner; mum said partner works away.", ["Mum", "new partner", "partner"]),
    ("Dr Patel (GP) saw father and mother together.", ["father", "mother"]),
]


@pytest.mark.parametrize(("text", "mentions"), PERSON_TEXTS)
def test_person_mentions(text, mentions):
    assert person_mentions(text) == mentions


def test_person_mentions_are_substrings_as_written():
    text = "MOTHER'S PARTNER and Mr B's girlfriend attended with Baby M."
    found = person_mentions(text)
    assert found == ["MOTHER'S PARTNER", "Mr B's girlfriend", "Baby M"]
    assert all(m in text for m in found)


# --------------------------------------------------------------------------------------
# The short forms named in the design brief
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "event_type"), [
    ("DNA", "missed_appointment"), ("WNB", "missed_appointment"), ("C was not brought", "missed_appointment"),
    ("did not attend", "missed_appointment"), ("ICPC", "cp_conference"), ("RCPC", "cp_conference"),
    ("child protection conference", "cp_conference"), ("S47", "s47_enquiry"), ("section 47", "s47_enquiry"),
    ("strategy discussion", "strategy_discussion"), ("strategy meeting", "strategy_discussion"),
    ("MARAC", "marac"), ("home visit", "home_visit"), ("HV completed", "home_visit"),
    ("visited home", "home_visit"), ("no reply", "no_access_visit"), ("no access", "no_access_visit"),
    ("no answer", "no_access_visit"), ("refused entry", "no_access_visit"), ("referral to CSC", "referral"),
    ("referred to MASH", "referral"), ("NFA", "decision_no_further_action"),
    ("no further action", "decision_no_further_action"), ("case closed", "case_closure"),
    ("stepped down", "step_down"), ("CP plan started", "cp_plan_start"), ("CIN plan", "cin_plan_start"),
    ("attended ED", "ae_attendance"), ("A&E attendance", "ae_attendance"), ("CAF initiated", "assessment_start"),
    ("EHA initiated", "assessment_start"), ("single assessment completed", "assessment_complete"),
    ("missing from home", "missing_episode"), ("reported missing", "missing_episode"),
    ("domestic incident", "domestic_incident"), ("DV incident", "domestic_incident"),
    ("called police", "police_callout"), ("baby born", "birth"), ("birth", "birth"),
    ("delivered at 38 weeks", "birth"), ("booking", "pregnancy_booking"), ("moved to", "address_move"),
    ("new address", "address_move"),
])
def test_brief_event_wording(text, event_type):
    assert infer_event_type(text).value == event_type


@pytest.mark.parametrize(("text", "concern"), [
    ("bruise", "physical_injury"), ("bruising", "physical_injury"), ("fracture", "physical_injury"),
    ("burn", "physical_injury"), ("injury", "physical_injury"), ("NAI", "physical_injury"),
    ("DV", "domestic_abuse"), ("DA", "domestic_abuse"), ("domestic", "domestic_abuse"),
    ("assaulted partner", "domestic_abuse"), ("overdose", "self_harm"), ("self-harm", "self_harm"),
    ("cutting", "self_harm"), ("ligature", "self_harm"), ("reported missing", "missing_episode"),
    ("neglect", "neglect"), ("unkempt", "neglect"), ("dirty", "neglect"), ("smelly", "neglect"),
    ("head lice", "neglect"), ("no food in the house", "neglect"), ("hungry", "hunger_or_growth"),
    ("underweight", "hunger_or_growth"), ("weight loss", "hunger_or_growth"),
    ("faltering growth", "hunger_or_growth"), ("dropped centiles", "hunger_or_growth"),
    ("home conditions poor", "poor_home_conditions"), ("squalid", "poor_home_conditions"),
    ("dog faeces", "poor_home_conditions"), ("depression", "parental_mental_health"),
    ("psychosis", "parental_mental_health"), ("sectioned", "parental_mental_health"),
    ("mum's mental health", "parental_mental_health"), ("heroin", "parental_substance_misuse"),
    ("cannabis", "parental_substance_misuse"), ("methadone", "parental_substance_misuse"),
    ("alcohol", "parental_substance_misuse"), ("drunk", "parental_substance_misuse"),
    ("substance misuse", "parental_substance_misuse"), ("co-sleeping", "unsafe_sleeping"),
    ("sleeping on sofa with baby", "unsafe_sleeping"), ("CSE", "cse"), ("older males", "cse"),
    ("grooming", "cse"), ("sexual abuse", "sexual_abuse"), ("sexualised behaviour", "sexual_abuse"),
    ("disclosure of touching", "sexual_abuse"), ("concealed pregnancy", "concealed_pregnancy"),
    ("late booking", "concealed_pregnancy"), ("Schedule 1 offender", "offending_risk_adult"),
    ("registered sex offender", "offending_risk_adult"), ("violent offender", "offending_risk_adult"),
    ("poor attendance", "non_attendance"), ("persistent absence", "non_attendance"),
    ("unexplained absence", "unexplained_absence"),
])
def test_brief_concern_wording(text, concern):
    assert concern in {t.value for t in infer_concerns(text)}


# --------------------------------------------------------------------------------------
# Guards that keep a mention from being mistaken for the row's own event or concern
# --------------------------------------------------------------------------------------

def test_a_birthmark_is_not_an_injury():
    # DETECTORS T1-21 false-positive trap: "a birthmark tagged as a bruise".
    text = 'Attended GP with 4 month old - "bruise" on back, GP thinks mongolian blue spot.'
    assert "physical_injury" not in {t.value for t in infer_concerns(text)}
    assert infer_event_type(text).value == "appointment"


GUARD_TEXTS = [
    ("Referral from police received re DV incident. Passed to MASH.", "referral"),
    ("Police informed school via Operation Encompass of DV incident overnight.", "information_shared"),
    ("Referral to CSC from ED, C1 has fractured arm.", "referral"),
    ("HV visit following birth, mum and baby well.", "home_visit"),
    ("Mother disclosed DV to the midwife at booking.", "pregnancy_booking"),
    ("DASH risk assessment completed by police.", None),
    ("Texted mum, no reply.", "contact"),
]


@pytest.mark.parametrize(("text", "event_type"), GUARD_TEXTS)
def test_topic_and_speaker_guards(text, event_type):
    tag = infer_event_type(text)
    assert (tag.value if tag else None) == event_type


# --------------------------------------------------------------------------------------
# Evidence: every tag, on every table above, quotes the text it came from
# --------------------------------------------------------------------------------------

def _all_tags(text: str) -> list[Tag]:
    tags = infer_event_types(text) + infer_concerns(text)
    target = referral_target_sector(text)
    return tags + ([target] if target else [])


ALL_TEXTS = (
    [row[0] for row in DESCRIPTIONS]
    + [row[0] for row in NEGATED]
    + [row[0] for row in NEGATION_ENDS]
    + [row[0] for row in PERSON_TEXTS]
    + [row[0] for row in REFERRAL_TEXTS]
    + [row[0] for row in GUARD_TEXTS]
)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_every_tag_carries_evidence_from_the_text(text):
    for tag in _all_tags(text):
        assert tag.evidence, tag
        assert tag.evidence.lower() in text.lower(), (tag, text)
        assert tag.evidence in text  # exactly as written, not normalised


def test_tags_use_only_the_model_vocabulary():
    for text in ALL_TEXTS:
        for tag in infer_event_types(text):
            assert tag.value in EVENT_TYPES
        for tag in infer_concerns(text):
            assert tag.value in CONCERNS
        target = referral_target_sector(text)
        assert target is None or target.value in SECTORS


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_infer_event_type_is_the_first_of_infer_event_types(text):
    types = infer_event_types(text)
    assert infer_event_type(text) == (types[0] if types else None)
