"""Who is in a synthetic case: an invented family and the agencies that work with it.

Households follow the shape of the families in serious case reviews: a mother and one to
four children of various ages (often a baby, sometimes one born during the review period),
sometimes a partner or the children's father in the home, a father living elsewhere, a
grandparent. Agencies are 5 to 12 services from the sectors the family would meet, with
invented place names; every name is checked (in the tests) to read as its sector to the
loader, and no two names in one case can be read as the same agency.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from loaders.dates import format_day

FEMALE = ("Kerry", "Leanne", "Jodie", "Gemma", "Stacey", "Danielle", "Kirsty", "Shannon", "Chantelle",
          "Nicola", "Tanya", "Carly", "Lindsey", "Natalie", "Hayley", "Sian")
MALE = ("Wayne", "Dean", "Craig", "Darren", "Jamie", "Ryan", "Carl", "Shane", "Kyle", "Liam", "Gareth",
        "Stuart", "Lloyd", "Marcus")
GIRLS = ("Ellie", "Poppy", "Lacey", "Maisie", "Freya", "Isla", "Evie", "Lexi", "Kacey", "Tilly", "Amelia",
         "Skye", "Millie", "Esme")
BOYS = ("Kayden", "Tyler", "Jayden", "Riley", "Harley", "Alfie", "Logan", "Oscar", "Archie", "Tommy",
        "Brodie", "Kian", "Reece", "Ollie")
ELDERS = (("Pauline", "F"), ("Brenda", "F"), ("Maureen", "F"), ("Sandra", "F"), ("Keith", "M"), ("Trevor", "M"))
SURNAMES = ("Ashdown", "Pilling", "Marlow", "Thackeray", "Brindle", "Caddick", "Fenwick", "Holroyd",
            "Kershaw", "Lomax", "Oldroyd", "Tindall", "Whitworth", "Yardley", "Birtwistle", "Crowther",
            "Duckworth", "Entwistle", "Gledhill", "Haworth", "Ormerod", "Pickersgill", "Shufflebottom")
AREAS = ("Northshire", "Southshire", "Westvale", "Eastmoor", "Fenbridge", "Harrowdale")
TOWNS = ("Elmwood", "Oakfield", "Brookside", "Ashgrove", "Millbank", "Hollins", "Larkhill", "Thornbury",
         "Willowbrook", "Castlegate", "Redmire", "Stonebeck")

# sector -> (name pattern, practitioners); {A} is the area, {T} a town.
SERVICES = {
    "children_social_care": ("{A} Children's Social Care", ("SW1 (social worker)", "SW2 (social worker)", "TM1 (team manager)")),
    "police": ("{A} Police", ("PC 1123", "PC 2290", "DS 402")),
    "health_gp": ("{T} Surgery", ("GP1", "GP2", "Practice nurse")),
    "health_visiting": ("{A} Health Visiting", ("HV1 (health visitor)", "HV2 (health visitor)", "CNN (nursery nurse)")),
    "midwifery": ("{A} Community Midwifery", ("MW1 (midwife)", "MW2 (midwife)")),
    "hospital_acute": ("{T} Royal Infirmary ED", ("ED registrar", "ED nurse", "Paediatric registrar")),
    "mental_health_adult": ("{A} Community Mental Health Team", ("CPN1 (community psychiatric nurse)", "Psychiatrist")),
    "substance_misuse": ("{A} Drug and Alcohol Service", ("RW1 (recovery worker)", "RW2 (recovery worker)")),
    "early_help": ("{A} Early Help", ("FSW1 (family support worker)", "FSW2 (family support worker)")),
    "housing": ("{A} Housing Options", ("HO1 (housing officer)",)),
    "probation": ("{A} Probation Service", ("PO1 (probation officer)",)),
    "camhs": ("{A} CAMHS", ("CAMHS practitioner",)),
    "ambulance": ("{A} Ambulance Service", ("Paramedic crew",)),
    "voluntary": ("{A} Women's Aid", ("IDVA",)),
}
SCHOOLS = (("{T} Day Nursery", 2, 4, ("Nursery manager", "Key worker")),
           ("{T} Primary School", 4, 11, ("DSL (designated safeguarding lead)", "Class teacher")),
           ("{T} Academy", 11, 17, ("DSL (designated safeguarding lead)", "Head of year")))
# A service that appears only where a planted finding needs an agency nothing else has told.
FAMILY_SUPPORT = ("{T} Family Support Service", ("FSW (family support worker)",))
# Sectors a case may add beyond the core, with their chance of being present.
OPTIONAL_SECTORS = (("hospital_acute", 0.6), ("early_help", 0.35), ("mental_health_adult", 0.35),
                    ("substance_misuse", 0.3), ("housing", 0.2), ("probation", 0.12), ("ambulance", 0.1),
                    ("voluntary", 0.15), ("camhs", 0.15))
YEAR = 365
MIN_AGENCIES, MAX_AGENCIES = 5, 12


@dataclass
class Person:
    pid: str
    name: str
    role: str
    sex: str
    dob: int
    household: str
    aliases: tuple[str, ...] = ()

    def age(self, day: int) -> int:
        return day - self.dob


@dataclass
class Agency:
    name: str
    sector: str
    area: str
    workers: tuple[str, ...]
    ages: tuple[int, int] | None = None  # education: the children's ages (years) it teaches
    plant_only: bool = False


@dataclass
class Cast:
    """A family and its agencies. `start`/`end` bound the review period (day numbers)."""

    surname: str
    area: str
    towns: list[str]
    start: int
    mother: Person
    children: list[Person]
    partner: Person | None = None
    father: Person | None = None  # the children's father living elsewhere
    elder: Person | None = None
    agencies: list[Agency] = field(default_factory=list)
    end: int = 0

    @property
    def adults(self) -> list[Person]:
        return [p for p in (self.mother, self.partner, self.father, self.elder) if p]

    @property
    def people(self) -> list[Person]:
        return [*self.adults, *self.children]

    def household_adults(self) -> list[Person]:
        return [p for p in self.adults if p.household == "H1"]

    def born(self, day: int) -> list[Person]:
        return [c for c in self.children if c.dob <= day]

    def aged(self, day: int, lo_years: float, hi_years: float) -> list[Person]:
        return [c for c in self.children if lo_years * YEAR <= day - c.dob < hi_years * YEAR]

    def agency(self, sector: str) -> Agency | None:
        return next((a for a in self.agencies if a.sector == sector and not a.plant_only), None)

    def school_for(self, child: Person, day: int) -> Agency | None:
        years = (day - child.dob) / YEAR
        return next((a for a in self.agencies if a.ages and a.ages[0] <= years < a.ages[1]), None)

    def working(self) -> list[Agency]:
        return [a for a in self.agencies if not a.plant_only]

    def add_agency(self, sector: str, area: str | None = None) -> Agency:
        pattern, workers = FAMILY_SUPPORT if sector == "family_support" else SERVICES[sector]
        taken = {a.name for a in self.agencies}
        name = next(n for n in (pattern.format(A=area or self.area, T=t) for t in [*self.towns, *TOWNS])
                    if n not in taken)
        agency = Agency(name, "early_help" if sector == "family_support" else sector, area or self.area, workers,
                        plant_only=sector == "family_support" or area is not None)
        self.agencies.append(agency)
        return agency


def make_cast(rng: random.Random, start: int, needs: list[tuple[str, ...]]) -> Cast:
    """An invented family living in one area, with the agencies it meets; `needs` are groups of
    sectors planted findings require (the first of a group is added when the draw has none)."""
    surname = rng.choice(SURNAMES)
    area = rng.choice(AREAS)
    towns = rng.sample(TOWNS, 4)
    mother_age = rng.randint(19, 38)
    mother = Person("M", f"{rng.choice(FEMALE)} {surname}", "mother", "F", start - mother_age * YEAR - rng.randint(0, 364), "H1")
    if rng.random() < 0.3:
        maiden = rng.choice([s for s in SURNAMES if s != surname])
        mother.aliases = (f"{mother.name.split()[0]} {maiden}",)
    cast = Cast(surname, area, towns, start, mother, _children(rng, start, mother_age, surname))
    if rng.random() < 0.6:
        role = rng.choice(("mothers_partner", "father"))
        cast.partner = Person("P", f"{rng.choice(MALE)} {rng.choice(SURNAMES)}", role, "M",
                              start - rng.randint(20, 42) * YEAR - rng.randint(0, 364), "H1")
    if not (cast.partner and cast.partner.role == "father") and rng.random() < 0.45:
        cast.father = Person("F", f"{rng.choice(MALE)} {rng.choice(SURNAMES)}", "father", "M",
                             start - rng.randint(21, 45) * YEAR - rng.randint(0, 364), "H2")
    if rng.random() < 0.2:
        name, sex = rng.choice(ELDERS)
        cast.elder = Person("G", f"{name} {surname}", "grandmother" if sex == "F" else "grandfather", sex,
                            start - rng.randint(50, 68) * YEAR, rng.choice(("H1", "H3")))
    _agencies(cast, rng, needs)
    return cast


def _children(rng: random.Random, start: int, mother_age: int, surname: str) -> list[Person]:
    """1-4 children; about half of families have a baby under one or born in the period."""
    count = rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]
    ages: list[int] = []
    if rng.random() < 0.5:
        ages.append(-rng.randint(30, 300) if rng.random() < 0.5 else rng.randint(0, 330))
    while len(ages) < count:
        ages.append(rng.randint(1 * YEAR, min(15, mother_age - 17) * YEAR))
    ages.sort()
    names = rng.sample(GIRLS, 4), rng.sample(BOYS, 4)
    children = []
    for n, age in enumerate(ages, 1):
        sex = rng.choice("FM")
        first = names[sex == "M"][n - 1]
        children.append(Person(f"C{n}", f"{first} {surname}", "child", sex, start - age, "H1"))
    return children


def _agencies(cast: Cast, rng: random.Random, needs: list[tuple[str, ...]]) -> None:
    sectors = ["children_social_care", "police", "health_gp"]
    if any(c.age(cast.start) < 5 * YEAR for c in cast.children):
        sectors.append("health_visiting")
    if any(c.dob > cast.start - YEAR for c in cast.children):
        sectors.append("midwifery")
    sectors += [group[0] for group in dict.fromkeys(needs) if not set(group) & set(sectors)]
    optional = [s for s, chance in OPTIONAL_SECTORS if rng.random() < chance and s not in sectors]
    sectors += optional[:MAX_AGENCIES - len(SCHOOLS) - len(sectors)]
    for sector in sectors:
        cast.add_agency(sector)
    towns = iter(rng.sample(TOWNS, len(SCHOOLS)))
    horizon = cast.start + 4 * YEAR
    for pattern, lo, hi, workers in SCHOOLS:
        if any(c.age(cast.start) < hi * YEAR and c.age(horizon) >= lo * YEAR for c in cast.children):
            cast.agencies.append(Agency(pattern.format(T=next(towns)), "education", cast.area, workers, (lo, hi)))
    for sector, _ in OPTIONAL_SECTORS:
        if len(cast.working()) >= MIN_AGENCIES:
            break
        if not cast.agency(sector):
            cast.add_agency(sector)


def people_rows(cast: Cast) -> list[list[str]]:
    """The people sheet: id, name, aliases, role, dob, sex, household, parent of, partner of, sibling of."""
    kids = cast.children
    rows = []
    for p in cast.people:
        parent_of = ""
        if p is cast.mother or p is cast.father or (p is cast.partner and p.role == "father"):
            parent_of = "; ".join(f"{c.pid} (birth)" for c in kids)
        elif p is cast.partner:
            parent_of = "; ".join(f"{c.pid} (partner_of_parent)" for c in kids)
        partner_of = "P" if p is cast.mother and cast.partner else ""
        sibling_of = "; ".join(c.pid for c in kids if c.pid > p.pid) if p in kids else ""
        rows.append([p.pid, p.name, "; ".join(p.aliases), p.role, format_day(p.dob), p.sex, p.household,
                     parent_of, partner_of, sibling_of])
    return rows
