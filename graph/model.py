"""The graph vocabulary: every label, relationship type, sector, event type and concern.

This is the one place the vocabulary is defined (DESIGN.md "The graph", DETECTORS.md §0.1).
Loaders, the store writer, detectors and the app import these names so that a new event
type or concern is added here and nowhere else.
"""

from __future__ import annotations

# Node labels
CASE = "Case"
PERSON = "Person"
CHILD = "Child"
ADULT = "Adult"
HOUSEHOLD = "Household"
AGENCY = "Agency"
PRACTITIONER = "Practitioner"
EVENT = "Event"
FINDING = "Finding"
PROMPT = "Prompt"  # a trainer's question for the group at one event of a walk-through

LABELS = (CASE, PERSON, CHILD, ADULT, HOUSEHOLD, AGENCY, PRACTITIONER, EVENT, FINDING, PROMPT)

# Relationship types
RECORDED = "RECORDED"  # Agency -> Event
CONDUCTED = "CONDUCTED"  # Practitioner -> Event
WORKS_FOR = "WORKS_FOR"  # Practitioner -> Agency
ABOUT = "ABOUT"  # Event -> Person
SAW = "SAW"  # Event -> Person {alone}
SHARED_WITH = "SHARED_WITH"  # Event -> Agency
REFERRED_TO = "REFERRED_TO"  # Event -> Agency
RESPONDS_TO = "RESPONDS_TO"  # Event -> Event
CONVEYS = "CONVEYS"  # Event -> Event (ADD-1)
INVITED_TO = "INVITED_TO"  # Agency -> Event
ATTENDED = "ATTENDED"  # Agency -> Event
PARENT_OF = "PARENT_OF"  # Person -> Person {kind}
SIBLING_OF = "SIBLING_OF"  # Person -> Person {kind}
PARTNER_OF = "PARTNER_OF"  # Person -> Person {from_day, to_day}
MEMBER_OF = "MEMBER_OF"  # Person -> Household {from_day, to_day}
EVIDENCE = "EVIDENCE"  # Finding -> Event | Person | Agency
KNEW = "KNEW"  # Agency -> Event, derived by the knowledge pass (ADD-2)

RELATIONSHIP_TYPES = (
    RECORDED, CONDUCTED, WORKS_FOR, ABOUT, SAW, SHARED_WITH, REFERRED_TO, RESPONDS_TO,
    CONVEYS, INVITED_TO, ATTENDED, PARENT_OF, SIBLING_OF, PARTNER_OF, MEMBER_OF, EVIDENCE, KNEW,
)

# Agency sectors (DESIGN.md). Knowledge is computed per agency node, so an organisation
# whose parts keep separate records is loaded as several agencies of the same sector.
SECTORS = (
    "children_social_care", "police", "health_gp", "health_visiting", "midwifery",
    "hospital_acute", "mental_health_adult", "camhs", "substance_misuse", "education",
    "early_help", "housing", "probation", "youth_justice", "ambulance", "dental",
    "voluntary", "adult_social_care", "other",
)
UNKNOWN_SECTOR = "other"

# Agency classes used by the detectors (DETECTORS.md §0.2)
CSC_SECTORS = ("children_social_care",)
ADULT_SECTORS = ("mental_health_adult", "substance_misuse", "probation", "adult_social_care", "housing")
CHILD_FACING_SECTORS = (
    "children_social_care", "health_visiting", "midwifery", "health_gp", "education",
    "early_help", "camhs", "youth_justice", "hospital_acute",
)

# Event types: what kind of contact or decision a chronology row records.
EVENT_TYPES = {
    "contact": "A contact of any other kind: phone call, letter, office visit",
    "home_visit": "A visit to the family home where the family was seen",
    "no_access_visit": "A home visit with no access: no reply, refused entry, family away",
    "appointment": "An attended health or service appointment",
    "missed_appointment": "A missed appointment: did not attend / was not brought",
    "referral": "A referral or formal notification of concern to another agency",
    "referral_outcome": "The receiving agency's decision on a referral",
    "information_request": "A request to another agency for information",
    "information_shared": "Information passed to another agency (letter, report, notification)",
    "assessment_start": "An assessment begins (single assessment, core assessment, CAF/EHA)",
    "assessment_complete": "An assessment is completed with a conclusion",
    "strategy_discussion": "A strategy discussion or meeting",
    "s47_enquiry": "A section 47 child protection enquiry",
    "cp_conference": "An initial or review child protection conference",
    "cp_plan_start": "A child protection plan begins",
    "cp_plan_end": "A child protection plan ends",
    "cin_plan_start": "A child in need plan begins",
    "cin_plan_end": "A child in need plan ends",
    "core_group": "A core group meeting",
    "review_meeting": "A review, professionals' or multi-agency meeting",
    "marac": "A MARAC (multi-agency risk assessment conference)",
    "case_closure": "A case is closed",
    "decision_no_further_action": "A decision to take no further action",
    "step_down": "A case stepped down (e.g. to early help or universal services)",
    "step_up": "A case stepped up (e.g. from early help to social care)",
    "case_transfer": "Responsibility transferred between workers, teams or agencies",
    "police_callout": "Police attendance or call-out",
    "domestic_incident": "A domestic abuse incident",
    "ae_attendance": "An emergency department attendance",
    "injury_presentation": "An injury presented to a professional",
    "cp_medical": "A child protection medical",
    "admission": "A hospital admission",
    "birth": "A birth",
    "pregnancy_booking": "A maternity booking",
    "address_move": "A change of address or placement",
    "school_move": "A change of school",
    "disclosure": "A disclosure by a child",
    "missing_episode": "A child reported missing",
    "care_proceedings": "Care proceedings issued or a court step",
    "looked_after_start": "A child becomes looked after",
    "looked_after_end": "A child ceases to be looked after",
    "serious_incident": "The index incident: death or serious harm",
    "supervision": "Management supervision or case direction",
    "other": "Anything else",
}
DEFAULT_EVENT_TYPE = "contact"

# Event groups (DETECTORS.md §0.2)
DECISION_TYPES = (
    "assessment_complete", "cp_conference", "strategy_discussion", "review_meeting",
    "case_closure", "decision_no_further_action", "referral_outcome", "cp_plan_end",
    "cin_plan_end", "step_down",
)
MEETING_TYPES = ("strategy_discussion", "cp_conference", "review_meeting", "core_group", "marac")
# De-escalating decisions; a referral_outcome or assessment_complete is one too when its outcome is NFA.
DE_ESCALATING_TYPES = ("case_closure", "decision_no_further_action", "cp_plan_end", "cin_plan_end", "step_down")
ESCALATION_TYPES = ("strategy_discussion", "s47_enquiry", "cp_conference", "step_up", "marac", "assessment_start")

# Concern categories with their weight for severity (DETECTORS.md §0.2).
CONCERN_WEIGHTS = {
    "physical_injury": "high",
    "sexual_abuse": "high",
    "cse": "high",
    "exploitation": "high",
    "domestic_abuse": "high",
    "offending_risk_adult": "high",
    "self_harm": "high",
    "concealed_pregnancy": "high",
    "unsafe_sleeping": "high",
    "neglect": "medium",
    "emotional_abuse": "medium",
    "parental_mental_health": "medium",
    "parental_substance_misuse": "medium",
    "parental_learning_disability": "medium",
    "poor_home_conditions": "medium",
    "hunger_or_growth": "medium",
    "missing_episode": "medium",
    "non_attendance": "low",
    "unexplained_absence": "low",
}
CONCERNS = tuple(CONCERN_WEIGHTS)

# Controlled outcome values (ADD-7); free-text outcomes are kept as written.
OUTCOMES = (
    "nfa", "information_only", "advice", "signposted", "early_help", "assessment", "strategy",
    "improved", "non_engagement", "no_change", "transferred", "moved_away", "other",
    "no_answer", "refused_entry", "doorstep", "family_away",
)

# How precisely a date is known (DESIGN.md "Time").
PRECISIONS = ("day", "month", "part_month", "term", "year", "span", "approximate", "uncertain")

# Roles in a people sheet; a person is a Child or an Adult by role, else by age.
CHILD_ROLES = ("child", "subject", "sibling", "half_sibling", "step_sibling", "baby", "unborn")
ADULT_ROLES = (
    "mother", "father", "stepfather", "stepmother", "mothers_partner", "fathers_partner",
    "partner", "grandmother", "grandfather", "grandparent", "aunt", "uncle", "carer",
    "lodger", "family_friend", "adult",
)
PARENT_KINDS = ("birth", "step", "partner_of_parent", "carer", "adoptive", "foster")
SIBLING_KINDS = ("full", "half", "step")


def cypher_vocabulary() -> dict[str, list[str]]:
    """The vocabulary as query parameters, so that no .cypher file repeats a list defined here."""
    by_weight = {w: [c for c, weight in CONCERN_WEIGHTS.items() if weight == w] for w in ("high", "medium", "low")}
    return {
        "high_concerns": by_weight["high"], "medium_concerns": by_weight["medium"], "low_concerns": by_weight["low"],
        "decision_types": list(DECISION_TYPES), "meeting_types": list(MEETING_TYPES),
        "de_escalating_types": list(DE_ESCALATING_TYPES), "escalation_types": list(ESCALATION_TYPES),
        "csc_sectors": list(CSC_SECTORS), "adult_sectors": list(ADULT_SECTORS),
        "child_facing_sectors": list(CHILD_FACING_SECTORS),
    }
