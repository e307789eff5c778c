"""Background noise: the ordinary run of contacts, visits, appointments, referrals, messages
and meetings around a family, and the social-care episodes (assessments, plans) between the
planted findings.

Event kinds are drawn by weight, so most rows are contacts, home visits and appointments,
with fewer referrals, messages, meetings and decisions. Each agency records the concerns its
sector sees (police: domestic abuse; adult mental health: parental mental health; schools:
neglect, absence...). A message that carries concerns names the earlier row it conveys, and a
referral or request is answered by the agency it went to. Rows are written as a chronology
writes them: a few dated by month only or marked uncertain.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from synthetic.cast import YEAR, Agency, Cast, Person
from synthetic.chronicle import Chronicle, Row, month_of, uncertain

SEEN_AT_HOME = ("Y", "Y", "Y", "Y", "Y", "Y", "N", "", "", "")
SEEN_IN_CLINIC = ("Y", "Y", "Y", "Y", "Y", "Y", "Y", "Y", "", "")
SEEN_BY_POLICE = ("", "", "", "N", "Y")

# What a row with a concern says about it (kept free of names and kinship words, which the
# loader would read as people).
CONCERN_TEXT = {
    "neglect": ("Clothing dirty and not suited to the weather.", "No clean bedding in the home; the children looked unkempt."),
    "hunger_or_growth": ("Weight has dropped across two centiles.", "Arrived hungry and asked staff for food."),
    "unsafe_sleeping": ("Co-sleeping on the sofa described; safe sleep advice repeated.",),
    "poor_home_conditions": ("Home conditions poor: rubbish bags in the hallway and a strong smell of damp.",),
    "parental_mental_health": ("Parent reports low mood, poor sleep and feeling unable to cope.",
                               "Parent tearful; says the anxiety is getting worse."),
    "parental_substance_misuse": ("Parent smelt of alcohol during the contact.", "Positive drug screen; relapse discussed."),
    "domestic_abuse": ("Disclosed controlling behaviour and threats at home.", "Shouting and a smashed door reported at the address."),
    "physical_injury": ("Bruise noted on the upper arm; explanation given of a fall.",),
    "self_harm": ("Presented after an overdose of paracetamol; medically fit after treatment.",),
    "emotional_abuse": ("The child described being shouted at and called names at home.",),
    "offending_risk_adult": ("Record of previous convictions for violence, including assault.",),
    "unexplained_absence": ("Absent for three days with no explanation from home.",),
    "non_attendance": ("Appointment missed; no contact made to rebook.",),
    "missing_episode": ("Reported missing overnight; returned the next morning.",),
}

class Kind(NamedTuple):
    """A kind of routine row: how often it is drawn, who records it, about whom, and what it says."""

    weight: int
    sector: str
    type: str
    who: str  # mother, adult (mother or partner), man (partner or father), child, child+mother, family
    ages: tuple[int, int] | None  # the children's ages in years (an education agency has its own)
    seen: tuple[str, ...]  # Child seen values to draw from
    chance: float  # of carrying one of `concerns`
    concerns: tuple[str, ...]
    lead: str  # how a row with a concern begins; CONCERN_TEXT says the rest
    texts: tuple[str, ...]  # what a row without a concern says
    outcomes: tuple[str, ...]


ROUTINE = {
    "hv_visit": Kind(10, "health_visiting", "home_visit", "child+mother", (0, 5), SEEN_AT_HOME, 0.2,
                     ("neglect", "hunger_or_growth", "unsafe_sleeping", "parental_mental_health", "poor_home_conditions"),
                     "Health visitor home visit.",
                     ("Routine health visitor contact at home; development checked.",
                      "Home visit; weight and development reviewed.", "Developmental review completed at home.",
                      "Home visit; immunisations and routines discussed."),
                     ("Next contact in six weeks.", "Universal plan continues.", "Advice given.")),
    "hv_clinic": Kind(4, "health_visiting", "appointment", "child+mother", (0, 5), SEEN_IN_CLINIC, 0.1,
                      ("hunger_or_growth",), "Seen at the child health clinic.",
                      ("Seen at the child health clinic; weighed and measured.",), ("Review at the next clinic.",)),
    "hv_no_access": Kind(2, "health_visiting", "no_access_visit", "child+mother", (0, 5), ("",), 0.0, (), "",
                         ("Planned visit: no reply at the door.", "Planned visit: no one at home."),
                         ("no_answer", "Card left; visit rebooked.")),
    "gp_child": Kind(5, "health_gp", "appointment", "child+mother", (0, 18), SEEN_IN_CLINIC, 0.05, ("hunger_or_growth",),
                     "Seen at the surgery.",
                     ("Seen with a cough and a temperature.", "Seen for an ear infection; treatment given.",
                      "Seen with a rash; reviewed and reassured."), ("Treatment prescribed.", "Review if no better.")),
    "gp_adult": Kind(5, "health_gp", "appointment", "adult", None, ("",), 0.3,
                     ("parental_mental_health", "parental_substance_misuse"), "Seen at the surgery.",
                     ("Seen for back pain; medication reviewed.", "Attended for a medication review.",
                      "Seen for a chest infection."), ("Medication continued.", "Review in a month.")),
    "gp_missed": Kind(4, "health_gp", "missed_appointment", "child+mother", (0, 18), ("",), 1.0, ("non_attendance",),
                      "Surgery appointment.", (), ("Letter sent to rebook.",)),
    "school": Kind(10, "education", "contact", "child", (2, 17), SEEN_IN_CLINIC, 0.25,
                   ("neglect", "unexplained_absence", "emotional_abuse", "hunger_or_growth", "non_attendance"),
                   "Noted by staff.",
                   ("Seen in class; settled and engaged.", "Spoke with the child at lunchtime; happy in school.",
                    "Parents evening attended by a parent.", "Reading and behaviour reviewed with the class teacher."),
                   ("Logged on the welfare record.", "Monitor.", "")),
    "csc_contact": Kind(3, "children_social_care", "contact", "mother", None, ("",), 0.1, ("neglect", "domestic_abuse"),
                        "Telephone call with a parent.",
                        ("Telephone call with a parent to arrange a visit.", "Call from a parent asking about support.",
                         "Letter sent to the family."), ("Visit arranged.", "Information given.")),
    "csc_visit": Kind(3, "children_social_care", "home_visit", "family", (0, 18), SEEN_AT_HOME, 0.15,
                      ("neglect", "poor_home_conditions"), "Social work visit to the home.",
                      ("Social work visit to the home.", "Visit to the home; the children's routines discussed."),
                      ("Next visit in four weeks.", "")),
    "police_callout": Kind(3, "police", "police_callout", "adult", None, ("",), 0.4,
                           ("parental_substance_misuse", "offending_risk_adult", "domestic_abuse"),
                           "Officers attended the address.",
                           ("Concern for welfare call to the address.", "Officers attended a noise complaint at the address.",
                            "Call about a dispute in the street outside the address."),
                           ("No offences disclosed.", "Words of advice given.")),
    "ed_child": Kind(3, "hospital_acute", "ae_attendance", "child+mother", (0, 18), SEEN_IN_CLINIC, 0.1,
                     ("physical_injury",), "Attended the emergency department.",
                     ("Attended with a cut to the forehead; wound closed.", "Attended with a high temperature; discharged.",
                      "Attended with a sprained wrist after a fall in the park."), ("Discharged home.", "GP follow-up advised.")),
    "ed_adult": Kind(1, "hospital_acute", "ae_attendance", "adult", None, ("",), 0.3,
                     ("self_harm", "parental_substance_misuse"), "Attended the emergency department.",
                     ("Attended with chest pain; discharged.", "Attended after a fall on the stairs; discharged."),
                     ("Discharged home.",)),
    "amh": Kind(5, "mental_health_adult", "appointment", "adult", None, ("",), 0.6, ("parental_mental_health",),
                "Review with the community team.",
                ("Outpatient review with the community team.", "Care coordinator visit; medication reviewed."),
                ("Continue current plan.", "Next review in four weeks.")),
    "amh_missed": Kind(1, "mental_health_adult", "missed_appointment", "adult", None, ("",), 1.0, ("non_attendance",),
                       "Outpatient review.", (), ("Letter sent.",)),
    "sms": Kind(5, "substance_misuse", "appointment", "adult", None, ("",), 0.6, ("parental_substance_misuse",),
                "Key work session.", ("Key work session at the service.", "Prescribing review."),
                ("Script continued.", "Next session booked.")),
    "eh": Kind(5, "early_help", "home_visit", "family", (0, 18), SEEN_AT_HOME, 0.15, ("neglect", "poor_home_conditions"),
               "Family support session at home.",
               ("Family support session at home on routines.", "Worked with a parent on a bedtime plan."),
               ("Plan reviewed.", "")),
    "housing": Kind(2, "housing", "contact", "mother", None, ("",), 0.3, ("poor_home_conditions",), "Tenancy visit.",
                    ("Tenancy visit.", "Rent arrears discussed."), ("Repairs logged.", "Payment plan agreed.")),
    "probation": Kind(3, "probation", "contact", "man", None, ("",), 0.4, ("offending_risk_adult",),
                      "Supervision appointment.", ("Supervision appointment attended.", "Home visit by the offender manager."),
                      ("Licence conditions reviewed.",)),
    "camhs": Kind(3, "camhs", "appointment", "child", (5, 18), SEEN_IN_CLINIC, 0.2, ("self_harm", "emotional_abuse"),
                  "Seen at the clinic.", ("Assessment appointment at the clinic.", "Therapy session attended."),
                  ("Next session booked.",)),
    "ambulance": Kind(1, "ambulance", "contact", "adult", None, ("",), 0.2, ("parental_substance_misuse",),
                      "Crew attended a call to the address.", ("Crew attended a call to the address; no conveyance.",),
                      ("Advice given.",)),
    "voluntary": Kind(2, "voluntary", "contact", "mother", None, ("",), 0.5, ("domestic_abuse",),
                      "Session with the advocate.", ("Outreach session with the advocate.", "Safety planning call."),
                      ("Support continues.",)),
}
MESSAGES = {"share": 6, "request": 3, "referral": 4, "notification": 3, "meeting": 2, "supervision": 1}
EPISODE_SHARE = 0.3  # of background rows, at most, in social-care episodes


class Background:
    def __init__(self, chronicle: Chronicle, cast: Cast, rng: random.Random):
        self.ch, self.cast, self.rng = chronicle, cast, rng
        chance = rng.random
        self.pick = lambda seq: seq[int(chance() * len(seq))]  # random.choice, three times faster
        self.recent: dict[str, list[Row]] = {}  # per agency, its noise rows with concerns, in day order
        self.csc = cast.agency("children_social_care")
        self.police = cast.agency("police")
        self.working = cast.working()
        self.by_sector: dict[str, list[Agency]] = {}
        for a in self.working:
            self.by_sector.setdefault(a.sector, []).append(a)
        kinds = [(name, k.weight) for name, k in ROUTINE.items() if self._has(k.sector)]
        kinds += [(k, w) for k, w in MESSAGES.items()]
        self.kinds = [k for k, _ in kinds]
        self.cum = []
        total = 0
        for _, w in kinds:
            total += w
            self.cum.append(total)

    def _has(self, sector: str) -> bool:
        return sector in self.by_sector

    # -- the ordinary run of events ---------------------------------------------------------

    def fill(self, count: int, free: list[int]) -> None:
        """Add `count` noise rows on days drawn from `free` (days not silenced for everyone)."""
        made = 0
        while made < count:
            before = made
            days = sorted(self.rng.choices(free, k=count - made))
            kinds = self.rng.choices(self.kinds, cum_weights=self.cum, k=len(days))
            for day, kind in zip(days, kinds):
                left = count - made
                for _ in range(6):
                    rows = self._make(kind, day, left)
                    if rows and self.ch.offer(*rows):
                        made += len(rows)
                        for row in rows:
                            if row.concerns:
                                self.recent.setdefault(row.agency, []).append(row)
                        break
                    kind = self.rng.choices(self.kinds, cum_weights=self.cum)[0]
                if made >= count:
                    return
            if made == before:
                raise RuntimeError("no background row fits this case's days and mutes")

    def _make(self, kind: str, day: int, left: int) -> list[Row] | None:
        if kind in ROUTINE:
            return self._routine(ROUTINE[kind], day)
        if left < 2 and kind in ("request", "referral", "notification"):
            return None
        return getattr(self, "_" + kind)(day)

    def _routine(self, kind: Kind, day: int) -> list[Row] | None:
        rng = self.rng
        agency = self._agency(kind.sector)
        people, child = self._who(kind.who, day, kind.ages, agency)
        if not people:
            return None
        concern = (self.pick(kind.concerns),) if kind.concerns and rng.random() < kind.chance else ()
        text = f"{kind.lead} {self.pick(CONCERN_TEXT[concern[0]])}".lstrip() if concern else self.pick(kind.texts)
        seen = self.pick(kind.seen) if child else ""
        first, last, date = day, day, None
        if not concern and rng.random() < 0.05:
            first, last, date = month_of(day) if rng.random() < 0.7 else uncertain(day)
            if first < self.ch.start or last > self.ch.end:
                first, last, date = day, day, None
        alone = views = ""
        if seen == "Y" and kind.sector == "children_social_care" and child.age(day) >= 4 * YEAR:
            alone, views = self.pick(("Y", "N", "")), self.pick(("Y", "N", ""))
        return [Row(first, agency.name, self.pick(agency.workers), kind.type, people, text, self.pick(kind.outcomes),
                    seen=seen, alone=alone, views=views, concerns=concern, last=last, date=date)]

    def _agency(self, sector: str) -> Agency:
        return self.pick(self.by_sector[sector])

    def _who(self, who: str, day: int, ages, agency: Agency) -> tuple[tuple[str, ...], Person | None]:
        cast, rng = self.cast, self.rng
        if who in ("mother", "adult", "man"):
            adults = {"mother": [cast.mother], "adult": [p for p in (cast.mother, cast.partner) if p],
                      "man": [p for p in (cast.partner, cast.father) if p]}[who]
            return ((self.pick(adults).pid,) if adults else ()), None
        lo, hi = agency.ages or ages
        kids = cast.aged(day, lo, hi)
        if not kids:
            return (), None
        if who == "family":
            return ("M", *(k.pid for k in kids)), self.pick(kids)
        child = self.pick(kids)
        return ((child.pid, "M") if who == "child+mother" and rng.random() < 0.7 else (child.pid,)), child

    def _recent_concern(self, agency: str, day: int) -> Row | None:
        rows = self.recent.get(agency)
        if rows and 0 <= day - rows[-1].last <= 60:
            return rows[-1]
        return None

    def _others(self, agency: str, k: int) -> list[str]:
        names = [a.name for a in self.working if a.name != agency]
        return self.rng.sample(names, min(k, len(names)))

    # -- messages ---------------------------------------------------------------------------

    def _share(self, day: int) -> list[Row] | None:
        """An agency passes on its latest concern (the row it conveys) to social care or a partner."""
        sender = self.pick(self.working)
        carried = self._recent_concern(sender.name, day)
        if carried is None or carried.day >= day:
            return None
        to = (self.csc.name,) if sender is not self.csc and self.rng.random() < 0.6 else tuple(self._others(sender.name, 1))
        return [Row(day, sender.name, self.pick(sender.workers), "information_shared", carried.people,
                    "Information passed on about the concern recorded earlier.", "Letter sent.",
                    shared=to, concerns=carried.concerns, conveys=(carried,))]

    def _request(self, day: int) -> list[Row] | None:
        """Social care asks a partner for what it knows; the partner answers."""
        asked = self.pick([a for a in self.working if a is not self.csc])
        kids = self.cast.born(day)
        if not kids:
            return None
        about = (self.pick(kids).pid, "M")
        request = Row(day, self.csc.name, self.pick(self.csc.workers), "information_request", about,
                      "Request for information about the family.", "Awaiting reply.", shared=(asked.name,))
        reply_day = day + self.rng.randint(2, 10)
        if reply_day > self.ch.end:
            return None
        carried = self._recent_concern(asked.name, reply_day)
        reply = Row(reply_day, asked.name, self.pick(asked.workers), "information_shared", about,
                    "Reply to the request: summary of contact with the family." if carried
                    else "Reply to the request: routine contact only, nothing of note.", "Sent by secure email.",
                    shared=(self.csc.name,), responds=(request,),
                    concerns=carried.concerns if carried else (), conveys=(carried,) if carried else ())
        return [request, reply]

    def _referral(self, day: int) -> list[Row] | None:
        """A partner refers a concern to social care, which decides on it within a few days."""
        referrer = self.pick([a for a in self.working if a is not self.csc])
        carried = self._recent_concern(referrer.name, day)
        if carried is None or carried.day >= day:
            return None
        outcome_day = day + self.rng.randint(1, 3)
        if outcome_day > self.ch.end:
            return None
        referral = Row(day, referrer.name, self.pick(referrer.workers), "referral", carried.people,
                       "Safeguarding referral made about the concern recorded earlier.", "Referral form sent.",
                       referred=(self.csc.name,), concerns=carried.concerns, conveys=(carried,))
        outcome = Row(outcome_day, self.csc.name, self.pick(self.csc.workers), "referral_outcome", carried.people,
                      "Referral screened at the front door.",
                      self.pick(("nfa", "information_only", "advice", "signposted", "early_help")),
                      responds=(referral,), shared=(referrer.name,) if self.rng.random() < 0.6 else ())
        return [referral, outcome]

    def _notification(self, day: int) -> list[Row] | None:
        """Police attend a domestic incident and (mostly) notify social care a day or two later."""
        abuser = self.cast.partner or self.cast.father
        if abuser is None:
            return None
        kids = self.cast.born(day)
        seen = self.pick(SEEN_BY_POLICE) if kids else ""
        incident = Row(day, self.police.name, self.pick(self.police.workers), "domestic_incident",
                       ("M", abuser.pid, *((k.pid for k in kids) if seen else ())),
                       f"Officers attended a domestic incident at the address. {self.pick(CONCERN_TEXT['domestic_abuse'])}",
                       "Risk assessment completed: standard.", seen=seen, concerns=("domestic_abuse",),
                       reporter=self.pick(("", "", "neighbour")))
        note_day = day + self.rng.randint(1, 3)
        if self.rng.random() < 0.3 or note_day > self.ch.end:
            return [incident]
        note = Row(note_day, self.police.name, self.pick(self.police.workers), "information_shared",
                   incident.people, "Domestic abuse notification sent about the incident.", "",
                   shared=(self.csc.name,), concerns=incident.concerns, conveys=(incident,))
        return [incident, note]

    def _meeting(self, day: int) -> list[Row] | None:
        """A professionals' meeting chaired by social care, or a MARAC chaired by the police, with
        who came and who was asked."""
        kids = self.cast.born(day)
        abuser = self.cast.partner or self.cast.father
        if not kids:
            return None
        chair, type_, people, text, concerns = (
            self.csc, "review_meeting", ("M", *(k.pid for k in kids)),
            "Professionals meeting to share information about the family.", ())
        if abuser and self.rng.random() < 0.25:
            chair, type_, people, text, concerns = (
                self.police, "marac", ("M", abuser.pid), "MARAC: the case heard after repeated incidents.",
                ("domestic_abuse",))
        others = self._others(chair.name, self.rng.randint(2, 5))
        came = (chair.name, *others[:max(1, len(others) - self.rng.randint(0, 2))])
        return [Row(day, chair.name, self.pick(chair.workers), type_, people, text, "Actions agreed.",
                    attended=came, invited=(chair.name, *others), concerns=concerns)]

    def _supervision(self, day: int) -> list[Row] | None:
        kids = self.cast.born(day)
        if not kids:
            return None
        return [Row(day, self.csc.name, "TM1 (team manager)", "supervision", (self.pick(kids).pid,),
                    "Case discussed in supervision.", "Actions set for the allocated worker.")]

    # -- social-care episodes ---------------------------------------------------------------

    def episodes(self, gaps: list[tuple[int, int]], budget: int) -> int:
        """Assessment, child-in-need and child-protection episodes, each inside one gap between
        plants; returns the number of rows made (at most `budget`)."""
        made = 0
        rng = self.rng
        for first, last in sorted(gaps, key=lambda g: rng.random()):
            if made >= budget:
                break
            room = last - first
            if room < 60 or not self.cast.born(first):
                continue
            start = first + 2 + rng.randint(0, min(room - 60, 120))
            kind = rng.choices(("assessment", "cin", "cp"), (5, 3, 2))[0]
            rows = self._episode(kind, start, min(last, start + 400))
            if made + len(rows) > budget:
                continue
            for row in rows:
                self.ch.add(row)
            made += len(rows)
        return made

    def _episode(self, kind: str, day: int, limit: int) -> list[Row]:
        """Rows of one episode, cut short (but still closed) to end by `limit`."""
        rng, csc = self.rng, self.csc
        kids = self.cast.born(day)
        family = ("M", *(k.pid for k in kids))
        child = self.pick(kids)
        sw = self.pick(csc.workers[:2])
        referrer = self._agency(self.pick([s for s in ("education", "health_visiting", "health_gp", "police")
                                            if self._has(s)]))
        concern = self.pick(("neglect", "emotional_abuse", "domestic_abuse", "physical_injury"))
        cause = Row(day - 1, referrer.name, self.pick(referrer.workers), "contact", (child.pid,),
                    f"Concern noted. {self.pick(CONCERN_TEXT[concern])}", "Safeguarding lead informed.",
                    seen="Y", concerns=(concern,))
        referral = Row(day, referrer.name, self.pick(referrer.workers), "referral", (child.pid,),
                       "Safeguarding referral made about the concern.", "Referral form sent.",
                       referred=(csc.name,), concerns=(concern,), conveys=(cause,))
        rows = [cause, referral,
                Row(day + 1, csc.name, sw, "referral_outcome", (child.pid,), "Referral screened at the front door.",
                    "assessment", responds=(referral,), shared=(referrer.name,)),
                Row(day + 2, csc.name, sw, "assessment_start", family, "Single assessment started.", "")]
        d = day + 2
        steps = []
        if kind == "cp":
            partners = self._others(csc.name, 3)
            steps += [(1, "strategy_discussion", "Strategy discussion held.", "Section 47 enquiry agreed.",
                       (csc.name, *partners[:2])),
                      (1, "s47_enquiry", "Section 47 enquiry started.", "", ()),
                      (12, "cp_conference", "Initial child protection conference.", "Child protection plan agreed.",
                       (csc.name, *partners)),
                      (0, "cp_plan_start", "Child protection plan started.", "", ())]
            steps += [(rng.randint(18, 30), "core_group", "Core group meeting.", "Plan reviewed.", (csc.name, *partners))
                      for _ in range(rng.randint(2, 5))]
            steps += [(rng.randint(10, 30), "cp_plan_end", "Child protection plan ended at review conference.", "", ()),
                      (0, "step_down", "Case stepped down to early help.", "early_help", ())]
        else:
            steps.append((rng.randint(20, 40), "assessment_complete", "Single assessment completed.",
                          "Child in need plan agreed." if kind == "cin" else self.pick(("nfa", "early_help")), ()))
            if kind == "cin":
                steps.append((0, "cin_plan_start", "Child in need plan started.", "", ()))
                steps += [(rng.randint(30, 60), "review_meeting", "Child in need review meeting.", "Plan continues.",
                           (csc.name, *self._others(csc.name, 2))) for _ in range(rng.randint(1, 4))]
                steps.append((rng.randint(14, 40), "cin_plan_end", "Child in need plan ended.", "", ()))
            steps.append((rng.randint(0, 5), "case_closure", "Case closed to social care.", "improved", ()))
        for gap, type_, text, outcome, came in steps:
            d += gap
            if d > limit - 4:
                break
            if gap > 7:  # a visit before each step that comes after a wait
                visit = d - rng.randint(1, min(gap - 1, 10))
                rows.append(Row(visit, csc.name, sw, "home_visit", family, "Social work visit to the home.",
                                "", seen=self.pick(SEEN_AT_HOME)))
            referred = ()
            if type_ == "step_down":
                eh = self.cast.agency("early_help")
                if eh is None:
                    type_, text, outcome = "case_closure", "Case closed to social care.", "improved"
                else:
                    referred = (eh.name,)
            rows.append(Row(d, csc.name, sw, type_, family, text, outcome, attended=came, invited=came,
                            referred=referred))
        return self._close(rows)

    def _close(self, rows: list[Row]) -> list[Row]:
        """An episode cut short by the next plant still ends: every opened plan and the case close."""
        opened = {r.type for r in rows}
        last = rows[-1].day
        ends = [("cp_plan_start", "cp_plan_end", "Child protection plan ended."),
                ("cin_plan_start", "cin_plan_end", "Child in need plan ended."),
                ("assessment_start", "assessment_complete", "Single assessment completed.")]
        family = rows[-1].people
        for start, end, text in ends:
            if start in opened and end not in opened:
                last += 1
                rows.append(Row(last, self.csc.name, rows[-1].worker, end, family, text, "nfa"))
        if not opened & {"case_closure", "step_down"}:
            rows.append(Row(last + 1, self.csc.name, rows[-1].worker, "case_closure", family,
                            "Case closed to social care.", "improved"))
        return rows
