"""Planted findings: for each detector, a small pattern of rows that it must raise, drawn
from the must-fire tables in DETECTORS.md §3, with the mutes that keep noise from spoiling it.

A plant is planned first (which family members and agencies it needs, how many days it
spans, the days its anchor may fall on), then built on the day the scheduler gives it. Its
Planted record names the rows a finding must cite: `anchor` as trigger or decision, and
`evidence` in any role. Detectors still being written (child_not_seen,
repeated_concerns_not_aggregated, infant_injury_no_cp_response) are planted from their
specification so that the corpus is ready when they land.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from graph.model import DECISION_TYPES
from synthetic.cast import AREAS, YEAR, Agency, Cast, Person
from synthetic.chronicle import Chronicle, Row

SIBLING_INDEX_TYPES = ("serious_incident", "s47_enquiry", "strategy_discussion", "cp_conference", "cp_plan_start",
                       "injury_presentation", "admission", "ae_attendance", "disclosure", "assessment_start")
CHILDHOOD = 17 * YEAR  # plants about a child end well before it turns 18
MARGIN = 35  # days kept clear at each end of the period, so no window is cut off by the end of the data


@dataclass
class Planted:
    detector: str
    variant: str
    description: str
    anchor: list[Row]
    evidence: list[Row] = field(default_factory=list)


@dataclass
class Plan:
    span: tuple[int, int]  # days before and after the anchor day that the plant occupies
    days: tuple[int, int]  # the first and last anchor day its people allow
    build: Callable[[Chronicle, int], Planted]


def plant(ch: Chronicle, day: int, agency: Agency, type_: str, people, text: str, outcome: str = "",
          **kw) -> Row:
    """Add a planted row (recorded by the agency's first practitioner)."""
    return ch.add(Row(day, agency.name, agency.workers[0], type_, tuple(people), text, outcome, **kw))


def _child(cast: Cast, rng: random.Random, before: int = 0) -> tuple[Person, tuple[int, int]]:
    """A child, and the anchor days on which it has been born for `before` days and is under 17."""
    child = rng.choice(cast.children)
    return child, (child.dob + before + 1, child.dob + CHILDHOOD)


def handover(cast: Cast, rng: random.Random) -> Plan | str:
    eh = cast.agency("early_help")
    if eh is None:
        return "no early help service in this case"
    csc = cast.agency("children_social_care")
    child, days = _child(cast, rng)

    def build(ch: Chronicle, d: int) -> Planted:
        h = plant(ch, d, csc, "step_down", (child.pid, "M"), "Case stepped down to early help after the plan ended.",
                  "early_help", referred=(eh.name,))
        late = plant(ch, d + 40, eh, "contact", ("M",), "First telephone contact with a parent after the step-down.",
                     "Visit booked.")
        ch.mute(d - 1, d + 40, agencies={eh.name})
        return Planted("handover_not_picked_up", "not_picked_up",
                       f"Stepped down to {eh.name}, which records nothing about the family for 40 days.", [h], [late])
    return Plan((-1, 41), days, build)


def referral(cast: Cast, rng: random.Random) -> Plan | str:
    csc = cast.agency("children_social_care")
    child, days = _child(cast, rng)

    def build(ch: Chronicle, d: int) -> Planted:
        referrer = cast.school_for(child, d) or cast.agency("health_gp")
        r = plant(ch, d, referrer, "referral", (child.pid,),
                  "Safeguarding referral: the child has come in unkempt and hungry for a fortnight.",
                  "Referral form sent.", referred=(csc.name,), concerns=("neglect",))
        ch.mute(d, d + 8, agencies={csc.name})
        return Planted("referral_without_outcome_or_feedback", "no_outcome",
                       f"Referral by {referrer.name} to {csc.name} with no recorded decision.", [r])
    return Plan((0, 9), days, build)


def cross_area_move(cast: Cast, rng: random.Random) -> Plan | str:
    csc, hv = cast.agency("children_social_care"), cast.agency("health_visiting") or cast.agency("health_gp")
    child, days = _child(cast, rng, 31)
    new_area = rng.choice([a for a in AREAS if a != cast.area])
    stay = rng.randint(40, 70)

    def build(ch: Chronicle, d: int) -> Planted:
        new_csc = next((a for a in cast.agencies if a.area == new_area and a.sector == "children_social_care"), None) \
            or cast.add_agency("children_social_care", area=new_area)
        family = ("M", *(c.pid for c in cast.born(d)))
        visit = plant(ch, d - 20, csc, "home_visit", family, "Social work visit; home conditions discussed again.",
                      "Next visit in two weeks.", seen="Y", concerns=("neglect",))
        move = plant(ch, d, hv, "address_move", family,
                     f"Family reported to have moved to stay with relatives in {new_area}.", "Records updated.",
                     areas=(cast.area, new_area))
        plant(ch, d + stay, hv, "address_move", family, f"Family back at the {cast.area} address.",
                     "Records updated.", areas=(new_area, cast.area))
        ch.mute(d + 1, d + stay - 1)
        return Planted("cross_authority_move_info_lost", "no_transfer",
                       f"The family moved to {new_area} while social care was involved; nothing was sent to "
                       f"{new_csc.name}.", [move], [visit])
    return Plan((-31, stay + 1), days, build)


def closed_non_engagement(cast: Cast, rng: random.Random) -> Plan | str:
    csc = cast.agency("children_social_care")
    child, days = _child(cast, rng)

    def build(ch: Chronicle, d: int) -> Planted:
        plant(ch, d - 7, csc, "no_access_visit", (child.pid, "M"), "Planned visit: no reply at the door.", "no_answer")
        x = plant(ch, d, csc, "case_closure", (child.pid,), "Case closed after visits were not kept.",
                  "non_engagement")
        return Planted("case_closed_without_consultation", "closed_non_engagement",
                       "Social care closed the case for non-engagement.", [x])
    return Plan((-8, 1), days, build)


def decision_unknown_concern(cast: Cast, rng: random.Random) -> Plan | str:
    csc, gp = cast.agency("children_social_care"), cast.agency("health_gp")
    child, days = _child(cast, rng)
    wait = rng.randint(10, 20)

    def build(ch: Chronicle, d: int) -> Planted:
        e = plant(ch, d, gp, "appointment", ("M",), "Parent reports low mood and not sleeping; medication started.",
                  "Review in two weeks.", concerns=("parental_mental_health",))
        dd = plant(ch, d + wait, csc, "assessment_complete", (child.pid,), "Single assessment completed.", "nfa")
        ch.mute(d, d + wait, agencies={gp.name})
        return Planted("decision_without_known_information", "unseen_concerns",
                       f"Social care completed an assessment while {gp.name} held a mental health concern it never "
                       "heard of.", [dd], [e])
    return Plan((-1, wait + 1), days, build)


def concern_held(cast: Cast, rng: random.Random) -> Plan | str:
    child, days = _child(cast, rng, 31)

    def build(ch: Chronicle, d: int) -> Planted:
        holder = cast.school_for(child, d) or (cast.agency("health_visiting") if child.age(d) < 5 * YEAR else None) \
            or cast.agency("health_gp")
        e = plant(ch, d, holder, "contact", (child.pid,), "Arrived hungry and in unwashed clothes for the third day.",
                  "Logged on the welfare record.", seen="Y", concerns=("neglect", "hunger_or_growth"))
        ch.mute(d, d + 14, agencies={holder.name})
        ch.mute(d - 31, d, people={child.pid}, concerns=e.concerns)
        return Planted("concern_held_not_passed_on", "not_passed_on",
                       f"{holder.name} recorded neglect and hunger and passed it to no one.", [e])
    return Plan((-32, 15), days, build)


def domestic_incident(cast: Cast, rng: random.Random) -> Plan | str:
    police = cast.agency("police")
    adults = [p.pid for p in cast.household_adults()][:2]

    def build(ch: Chronicle, d: int) -> Planted:
        e = plant(ch, d, police, "domestic_incident", adults,
                  "Officers attended a report of a fight at the address; spoke to the adults at the door.",
                  "Risk assessment completed: standard.", seen="N", concerns=("domestic_abuse",))
        ch.mute(d, d + 2, agencies={police.name})
        return Planted("domestic_incident_not_notified", "csc_not_notified",
                       "Police attended domestic abuse where children live; social care was never told.", [e])
    return Plan((-1, 3), (min(c.dob for c in cast.children) + 1, max(c.dob for c in cast.children) + CHILDHOOD), build)


def adult_service(cast: Cast, rng: random.Random) -> Plan | str:
    service = cast.agency("substance_misuse") or cast.agency("mental_health_adult")
    if service is None:
        return "no adult mental health or drug and alcohol service in this case"
    csc = cast.agency("children_social_care")
    child, days = _child(cast, rng, 4)
    concern = "parental_substance_misuse" if service.sector == "substance_misuse" else "parental_mental_health"
    adult = rng.choice([p.pid for p in cast.household_adults()])

    def build(ch: Chronicle, d: int) -> Planted:
        plant(ch, d - 3, csc, "assessment_start", (child.pid, "M"), "Single assessment started.")
        e = plant(ch, d, service, "appointment", (adult,),
                  "Positive drug screen; relapse discussed." if concern == "parental_substance_misuse"
                  else "Crisis review: thoughts of ending life; medication increased.", "Next review booked.",
                  concerns=(concern,))
        plant(ch, d + 20, csc, "assessment_complete", (child.pid,), "Single assessment completed.", "nfa")
        ch.mute(d - 3, d + 14, agencies={csc.name})
        ch.mute(d, d + 14, agencies={service.name})
        return Planted("adult_service_info_not_shared", "open_case_not_told",
                       f"{service.name} held a parent's {concern.replace('_', ' ')} while social care was assessing "
                       "the child, and told no one.", [e])
    return Plan((-4, 21), days, build)


def toxic_trio(cast: Cast, rng: random.Random) -> Plan | str:
    police, gp = cast.agency("police"), cast.agency("health_gp")
    sms = cast.agency("substance_misuse") or gp
    child, days = _child(cast, rng)
    adults = [p.pid for p in cast.household_adults()]

    def build(ch: Chronicle, d: int) -> Planted:
        decider = cast.add_agency("family_support")
        da = plant(ch, d, police, "domestic_incident", adults[:2], "Officers attended a report of a fight at the address.",
                   "Risk assessment completed: medium.", concerns=("domestic_abuse",))
        mh = plant(ch, d + 12, gp, "appointment", (adults[0],), "Parent reports panic attacks and low mood.",
                   "Medication started.", concerns=("parental_mental_health",))
        sm = plant(ch, d + 24, sms, "appointment", (adults[-1],), "Drinking daily; wants help to cut down.",
                   "Key worker allocated.", concerns=("parental_substance_misuse",))
        dd = plant(ch, d + 36, decider, "assessment_complete", (child.pid,),
                   "Family support assessment completed; help offered with routines.", "Support plan agreed.")
        return Planted("toxic_trio_fragmented", "decider_partial",
                       f"{decider.name} assessed the child knowing none of the domestic abuse, mental health and "
                       "drinking that three other agencies each held.", [dd], [da, mh, sm])
    return Plan((-1, 37), days, build)


def inquorate_conference(cast: Cast, rng: random.Random) -> Plan | str:
    csc, police, gp = cast.agency("children_social_care"), cast.agency("police"), cast.agency("health_gp")
    child, days = _child(cast, rng)

    def build(ch: Chronicle, d: int) -> Planted:
        other = cast.school_for(child, d) or cast.agency("health_visiting") or gp
        m = plant(ch, d, csc, "cp_conference", (child.pid, "M"), "Review child protection conference.",
                  "Plan to continue.", attended=(csc.name, other.name),
                  invited=(csc.name, other.name, police.name, gp.name))
        return Planted("key_agency_missing_from_meeting", "inquorate",
                       "A child protection conference went ahead with two agencies present.", [m])
    return Plan((-1, 1), days, build)


def sibling(cast: Cast, rng: random.Random) -> Plan | str:
    pairs = [(a, b) for a in cast.children for b in cast.children
             if a is not b and max(a.dob, b.dob) + 32 < min(a.dob, b.dob) + CHILDHOOD]
    if not pairs:
        return "no two children under 17 at the same time"
    csc, police = cast.agency("children_social_care"), cast.agency("police")
    health = cast.agency("hospital_acute") or cast.agency("health_gp")
    index, other = rng.choice(pairs)
    siblings = [c.pid for c in cast.children if c is not index]
    days = (max(index.dob, other.dob) + 32, min(index.dob, other.dob) + CHILDHOOD)

    def build(ch: Chronicle, d: int) -> Planted:
        x = plant(ch, d, health, "injury_presentation", (index.pid,),
                  "Brought in with bruising to both upper arms; no clear explanation.", "Admitted for a skeletal survey.",
                  seen="Y", concerns=("physical_injury",))
        r = plant(ch, d, health, "referral", (index.pid,), "Safeguarding referral about the unexplained bruising.",
                  "Referral form sent.", referred=(csc.name,), concerns=("physical_injury",), conveys=(x,))
        came = (csc.name, police.name, health.name)
        plant(ch, d + 1, csc, "strategy_discussion", (index.pid,), "Strategy discussion about the bruising.",
              "Section 47 enquiry agreed.", attended=came, invited=came, responds=(r,), concerns=("physical_injury",))
        plant(ch, d + 2, csc, "s47_enquiry", (index.pid,), "Section 47 enquiry started.")
        plant(ch, d + 30, csc, "decision_no_further_action", (index.pid,),
              "Section 47 enquiry concluded: concerns not substantiated.", "nfa")
        ch.mute(d - 31, d + 40, people={index.pid, *siblings}, types={*SIBLING_INDEX_TYPES, *DECISION_TYPES})
        ch.mute(d - 31, d + 40, people=siblings, agencies={csc.name, police.name})
        return Planted("sibling_not_assessed", "unconsidered",
                       "After an unexplained injury to one child, no record that the other children were considered.", [x])
    return Plan((-32, 41), days, build)


def household_adult(cast: Cast, rng: random.Random) -> Plan | str:
    adult = cast.partner or cast.father or (cast.elder if cast.elder and cast.elder.household == "H1" else None)
    if adult is None:
        return "no adult besides the mother"
    csc, police = cast.agency("children_social_care"), cast.agency("police")
    child, days = _child(cast, rng)

    def build(ch: Chronicle, d: int) -> Planted:
        e = plant(ch, d, police, "contact", (adult.pid,),
                  "Intelligence check: arrested last month for a serious assault; bail conditions set.", "Logged.",
                  concerns=("offending_risk_adult",))
        dd = plant(ch, d + 14, csc, "assessment_complete", (child.pid, "M"), "Single assessment completed.", "nfa")
        ch.mute(d, d + 14, agencies={police.name})
        return Planted("household_adult_unassessed", "known_elsewhere",
                       f"Social care decided about the child without knowing what police held on {adult.role.replace('_', ' ')}.",
                       [dd], [e])
    return Plan((-1, 15), days, build)


def child_not_seen(cast: Cast, rng: random.Random) -> Plan | str:
    csc = cast.agency("children_social_care")
    child, days = _child(cast, rng, 30)

    def build(ch: Chronicle, d: int) -> Planted:
        plant(ch, d, csc, "assessment_start", (child.pid,), "Single assessment started.")
        plant(ch, d + 6, csc, "home_visit", ("M", child.pid), "Home visit; the child was asleep upstairs.", "", seen="N")
        plant(ch, d + 13, csc, "home_visit", ("M", child.pid), "Home visit; the assessment discussed.")
        dd = plant(ch, d + 21, csc, "assessment_complete", (child.pid,), "Single assessment completed.", "nfa")
        ch.mute(d - 30, d + 21, people={child.pid})
        return Planted("child_not_seen", "decision_unseen",
                       "An assessment was completed with no record that anyone saw the child.", [dd])
    return Plan((-31, 22), days, build)


def repeat_referrals(cast: Cast, rng: random.Random) -> Plan | str:
    abuser = cast.partner or cast.father
    if abuser is None:
        return "no partner or father for the domestic abuse"
    csc, police = cast.agency("children_social_care"), cast.agency("police")
    child, days = _child(cast, rng)
    gap = rng.randint(30, 45)

    def build(ch: Chronicle, d: int) -> Planted:
        rows = []
        for n, day in enumerate((d, d + gap)):
            incident = plant(ch, day - 1, police, "domestic_incident", ("M", abuser.pid),
                             "Officers attended a report of a fight at the address.", "Risk assessment completed: standard.",
                             concerns=("domestic_abuse",))
            r = plant(ch, day, police, "referral", ("M", abuser.pid, child.pid), "Referral after the incident.",
                      "Referral form sent.", referred=(csc.name,), concerns=("domestic_abuse",), conveys=(incident,))
            o = plant(ch, day + 2, csc, "referral_outcome", (child.pid,), "Referral screened at the front door.",
                      ("nfa", "information_only")[n], responds=(r,))
            ch.mute(day, day + 16, agencies={csc.name}, types={"assessment_start"})
            rows += [r, o]
        return Planted("repeated_concerns_not_aggregated", "repeat_referrals",
                       "Two police referrals about domestic abuse within weeks, each closed without an assessment.",
                       [rows[0]], rows)
    return Plan((-2, gap + 17), days, build)


def infant_injury(cast: Cast, rng: random.Random) -> Plan | str:
    babies = [c for c in cast.children if c.dob > cast.start - 300]
    hv = cast.agency("health_visiting")
    if not babies or hv is None:
        return "no baby in the review period"
    baby = babies[0]

    def build(ch: Chronicle, d: int) -> Planted:
        e = plant(ch, d, hv, "home_visit", (baby.pid, "M"), "Small bruise on the cheek; parent says an older child poked it.",
                  "Advice given.", seen="Y", concerns=("physical_injury",))
        ch.mute(d, d + 2, agencies={hv.name})
        ch.mute(d, d + 2, people={baby.pid})
        return Planted("infant_injury_no_cp_response", "no_cp_response",
                       "A bruise on a baby with no referral, strategy discussion or medical.", [e])
    return Plan((-1, 3), (baby.dob + 16, baby.dob + 330), build)


PLANTS: dict[str, Callable[[Cast, random.Random], Plan | str]] = {
    "handover_not_picked_up": handover,
    "referral_without_outcome_or_feedback": referral,
    "cross_authority_move_info_lost": cross_area_move,
    "case_closed_without_consultation": closed_non_engagement,
    "decision_without_known_information": decision_unknown_concern,
    "concern_held_not_passed_on": concern_held,
    "domestic_incident_not_notified": domestic_incident,
    "adult_service_info_not_shared": adult_service,
    "toxic_trio_fragmented": toxic_trio,
    "key_agency_missing_from_meeting": inquorate_conference,
    "sibling_not_assessed": sibling,
    "household_adult_unassessed": household_adult,
    "child_not_seen": child_not_seen,
    "repeated_concerns_not_aggregated": repeat_referrals,
    "infant_injury_no_cp_response": infant_injury,
}
# Services some plants need: when a case's draw has none of a group, the first is added.
NEEDS = {"handover_not_picked_up": ("early_help",),
         "adult_service_info_not_shared": ("substance_misuse", "mental_health_adult")}
