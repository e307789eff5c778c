"""A corpus of synthetic cases on disk: one folder per case, in the format the loaders read,
and a manifest of what was planted where.

    OUT/manifest.yaml              seed, counts, and per case each planted finding
    OUT/case-0001/chronology.csv   the merged chronology (Seq, Date, Agency, ... Conveys, Attended)
    OUT/case-0001/people.csv       the family
    OUT/case-0001/case.yaml        title, review period, subjects, agencies (marked FICTIONAL)

A case is built from its own random generator (seeded from the corpus seed and the case
number), so the same seed gives byte-identical files. Only files are written; no store is
touched.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from loaders.dates import day_number
from synthetic.background import EPISODE_SHARE, Background
from synthetic.cast import YEAR, Cast, make_cast, people_rows
from synthetic.chronicle import HEADER, Chronicle, Row, day_text
from synthetic.plants import MARGIN, NEEDS, PLANTS, Plan, Planted, plant

BACKGROUND_DAYS = 2 * YEAR  # the review period: this much plus the days the plants occupy
FIRST_START, LAST_START = day_number(date(2018, 1, 1)), day_number(date(2022, 1, 1))
TRIES = 80


@dataclass
class SyntheticCase:
    name: str
    cast: Cast
    rows: list[Row]
    planted: list[Planted] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)


def generate_corpus(out: Path, cases: int, events: int, seed: int, plant_each: int = 1) -> dict:
    """Write `cases` cases of `events` rows each under `out`, and the manifest; returns the manifest."""
    out.mkdir(parents=True, exist_ok=True)
    listed = []
    totals: dict[str, int] = dict.fromkeys(PLANTS, 0)
    for n in range(1, cases + 1):
        case = build_case(f"case-{n:04d}", events, seed * 1_000_003 + n, plant_each)
        write_files(case, out / case.name, f"seed {seed}, case {n}")
        for p in case.planted:
            totals[p.detector] += 1
        listed.append({"case": case.name, "events": len(case.rows), "planted": [_entry(p) for p in case.planted],
                       **({"skipped": case.skipped} if case.skipped else {})})
    manifest = {"generator": "jigsaw generate (synthetic.corpus)", "fictional": True, "seed": seed, "cases": cases,
                "events_per_case": events, "plant_per_detector": plant_each,
                "planted": {k: v for k, v in totals.items() if v}, "case_list": listed}
    with open(out / "manifest.yaml", "w", encoding="utf-8") as f:
        f.write("# FICTIONAL: a synthetic corpus of invented families, agencies and events (jigsaw generate).\n"
                "# Each planted finding names the detector, the rows it must cite as trigger or decision\n"
                "# (anchor) and the other rows it must cite (evidence): chronology.csv:N is spreadsheet row N.\n")
        yaml.dump(manifest, f, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), sort_keys=False,
                  allow_unicode=True, width=120)
    return manifest


def write_case(folder: Path, events: int, seed: int = 1, plant_each: int = 1) -> Path:
    """One synthetic case in `folder` (for benchmarks and tests); returns the folder."""
    case = build_case(folder.name, events, seed, plant_each)
    write_files(case, folder, f"seed {seed}")
    return folder


def build_case(name: str, events: int, seed: int, plant_each: int) -> SyntheticCase:
    rng = random.Random(seed)
    start = rng.randint(FIRST_START, LAST_START)
    wanted = [d for d in PLANTS for _ in range(plant_each)]
    cast = make_cast(rng, start, [NEEDS[d] for d in wanted if d in NEEDS])
    skipped, plans = [], []
    for detector in wanted:
        plan = PLANTS[detector](cast, rng)
        if isinstance(plan, str):
            skipped.append({"detector": detector, "reason": plan})
        else:
            plans.append((detector, plan))
    days = BACKGROUND_DAYS + sum(p.span[1] - p.span[0] + 2 for _, p in plans)
    cast.end = start + days
    ch = Chronicle(start, cast.end)
    taken = _life_events(ch, cast, rng)
    case = SyntheticCase(name, cast, [], skipped=skipped)
    rng.shuffle(plans)
    for detector, plan in plans:
        day = _place(plan, taken, ch, rng)
        if day is None:
            skipped.append({"detector": detector, "reason": "no room in the review period"})
            continue
        case.planted.append(plan.build(ch, day))
        taken.append((day + plan.span[0], day + plan.span[1]))
    background = events - len(ch.rows)
    if background < 0:
        raise ValueError(f"{events} events per case are too few for the planted findings: "
                         f"they need {len(ch.rows)} rows (use more events or a smaller --plant)")
    noise = Background(ch, cast, rng)
    made = noise.episodes(_gaps(taken, start, cast.end), int(background * EPISODE_SHARE))
    noise.fill(background - made, [d for d in range(start, cast.end + 1) if not ch.muted_for_all(d)])
    case.planted.sort(key=lambda p: p.anchor[0].day)
    case.rows = ch.sorted_rows()
    return case


def _life_events(ch: Chronicle, cast: Cast, rng: random.Random) -> list[tuple[int, int]]:
    """A pregnancy booking, antenatal checks, the birth and the new-birth visit of each child
    born in the period; returns the days they occupy, which plants keep clear of."""
    taken = []
    mw, hv = cast.agency("midwifery"), cast.agency("health_visiting")
    for child in (c for c in cast.children if c.dob > ch.start + 7):
        weeks = rng.randint(9, 14)
        booking = child.dob - 280 + 7 * weeks
        checks = [booking + w for w in (56, 112, 168)] if booking > ch.start else []
        if booking > ch.start:
            plant(ch, booking, mw, "pregnancy_booking", ("M",), "Booked for antenatal care.", "Routine pathway.",
                  gestation=str(weeks))
        for day in (d for d in checks if ch.start < d < child.dob - 7):
            plant(ch, day, mw, "appointment", ("M",), "Antenatal check; growth on track.", "Next check booked.")
            taken.append((day - 1, day + 1))
        plant(ch, child.dob, mw, "birth", ("M", child.pid), "Born at term; feeding established.", "Discharged home.")
        visit = child.dob + rng.randint(10, 14)
        plant(ch, visit, hv, "home_visit", (child.pid, "M"), "New birth visit.", "Universal plan.", seen="Y")
        taken += [(booking - 1, booking + 1), (child.dob - 1, visit + 1)]
    return taken


def _place(plan: Plan, taken: list[tuple[int, int]], ch: Chronicle, rng: random.Random) -> int | None:
    lo = max(plan.days[0], ch.start + MARGIN - plan.span[0])
    hi = min(plan.days[1], ch.end - MARGIN - plan.span[1])
    for _ in range(TRIES if lo <= hi else 0):
        day = rng.randint(lo, hi)
        first, last = day + plan.span[0], day + plan.span[1]
        if all(last < a - 1 or first > b + 1 for a, b in taken):
            return day
    return None


def _gaps(taken: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    gaps, day = [], start
    for a, b in sorted(taken):
        if a - 1 > day:
            gaps.append((day, a - 1))
        day = max(day, b + 1)
    if end > day:
        gaps.append((day, end))
    return gaps


def _ref(row: Row) -> str:
    return f"chronology.csv:{row.seq + 1}"


def _entry(p: Planted) -> dict:
    return {"detector": p.detector, **({"variant": p.variant} if p.variant else {}),
            "anchor": [_ref(r) for r in p.anchor], "evidence": [_ref(r) for r in p.evidence],
            "description": p.description}


def write_files(case: SyntheticCase, folder: Path, origin: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "chronology.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows([r.cells() for r in case.rows])
    with open(folder / "people.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "name", "aliases", "role", "dob", "sex", "household", "parent of", "partner of",
                         "sibling of"])
        writer.writerows(people_rows(case.cast))
    (folder / "case.yaml").write_text(_case_yaml(case, origin), encoding="utf-8")


def _case_yaml(case: SyntheticCase, origin: str) -> str:
    cast = case.cast
    period = f"{{from: {day_text(cast.start)}, to: {day_text(cast.end)}}}"
    agencies = "".join(f"  - {{name: {json.dumps(a.name)}, area: {a.area}, records_from: {day_text(cast.start)}, "
                       f"records_to: {day_text(cast.end)}}}\n" for a in cast.agencies)
    subjects = ", ".join(c.pid for c in cast.children)
    return (f"# FICTIONAL synthetic case made by `jigsaw generate` ({origin}): invented people, agencies and events.\n"
            f"title: \"{cast.surname} family (FICTIONAL, synthetic {case.name})\"\n"
            f"fictional: true\nreview_period: {period}\nsubjects: [{subjects}]\nagencies:\n{agencies}")
