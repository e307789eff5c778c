"""A synthetic chronology of N events for benchmarks: one fictional family, ten agencies.

Not a training case (the case library and the corpus generator are separate work); it
only has to exercise every loader path and give the detectors realistic volume: referrals
with recipients, shared information that conveys earlier rows, meetings with attendees,
concern and child-seen columns, month-only and uncertain dates.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from loaders.dates import format_day

AGENCIES = ["Northshire Police", "Children's Social Care", "Health Visiting", "Brookside Surgery",
            "Oakfield Primary School", "Riverside Royal Infirmary ED", "Riverside CMHT",
            "Drug and Alcohol Service", "Community Midwifery", "Early Help"]
TYPES = [("home_visit", ""), ("appointment", ""), ("missed_appointment", "non_attendance"),
         ("domestic_incident", "domestic_abuse"), ("referral", "neglect"), ("information_shared", "neglect"),
         ("contact", "parental_mental_health"), ("no_access_visit", ""), ("assessment_complete", "neglect"),
         ("strategy_discussion", "physical_injury"), ("case_closure", ""), ("ae_attendance", "physical_injury")]
PEOPLE = [("M", "Alex Sample", "mum; mother", "mother", "01/01/1990"),
          ("P", "Sam Sample", "partner; Mr S", "mothers_partner", "01/01/1988"),
          ("C1", "Kim Sample", "child", "child", "01/06/2015"),
          ("C2", "Lee Sample", "baby", "baby", "01/06/2020")]
HEADER = ["Seq", "Date", "Agency", "Event type", "People", "Child seen", "Description", "Action / Outcome",
          "Shared with", "Referred to", "Concerns", "Conveys", "Attended"]


def write_case(folder: Path, events: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = 18000
    rows = []
    for seq in range(1, events + 1):
        day = start + seq * 730 // events
        kind, concern = rng.choice(TYPES)
        agency = rng.choice(AGENCIES)
        date = format_day(day) if rng.random() > 0.05 else "?" + format_day(day)
        others = [a for a in AGENCIES if a != agency]
        rows.append([
            seq, date, agency, kind, rng.choice(["C1", "C2", "M; C2", "M; P; C1; C2"]),
            rng.choice(["Y", "N", ""]), f"Synthetic event {seq}: {kind.replace('_', ' ')}.", "",
            rng.choice(others) if kind == "information_shared" else "",
            "Children's Social Care" if kind == "referral" else "", concern,
            str(rng.randint(max(1, seq - 30), seq - 1)) if kind in ("referral", "information_shared") and seq > 1 else "",
            "; ".join(rng.sample(AGENCIES, 3)) if kind == "strategy_discussion" else "",
        ])
    with open(folder / "chronology.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    with open(folder / "people.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "aliases", "role", "dob", "sex", "household"])
        w.writerows([[*p, "", "H1"] for p in PEOPLE])
    (folder / "case.yaml").write_text("# FICTIONAL synthetic benchmark case\ntitle: Synthetic benchmark\nsubjects: [C2]\n")
    return folder
