"""The engine-independent Case that every loader produces and every store writes.

A Case is plain data: loaders build it from files without touching a database, and
`graph.write` turns it into nodes and edges. Ids are stable strings derived from the input
(case id, file, row), so loading the same files twice produces the same Case.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    person_id: str
    display_name: str
    role: str
    is_child: bool
    pseudonym: str = ""
    dob_day: int | None = None
    sex: str | None = None
    aliases: list[str] = field(default_factory=list)
    non_mobile: bool | None = None


@dataclass
class Household:
    household_id: str


@dataclass
class Agency:
    agency_id: str
    name: str
    sector: str
    area: str | None = None
    records_from_day: int | None = None
    records_to_day: int | None = None


@dataclass
class Practitioner:
    practitioner_id: str
    agency_id: str
    role: str
    code: str


@dataclass
class Event:
    event_id: str
    day_from: int
    day_to: int
    date_text: str
    precision: str
    type: str
    description: str
    source_ref: str
    agency_ids: list[str]  # agencies that RECORDED it (two when a meeting was merged)
    outcome: str = ""
    time: str = ""
    seq: str = ""
    child_seen: bool | None = None  # None means the chronology does not say
    seen_alone: bool | None = None
    child_views: bool | None = None  # the child's wishes and feelings recorded (ADD-6); None: not said
    reporter_role: str = ""  # who raised the concern when not a professional: "grandmother", "neighbour" (ADD-6)
    gestation_weeks: int | None = None  # weeks of pregnancy at a booking, for the estimated birth date
    concerns: list[str] = field(default_factory=list)
    tag_evidence: list[str] = field(default_factory=list)
    practitioner_ids: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)  # person ids
    saw: list[str] = field(default_factory=list)  # person ids actually seen
    shared_with: list[str] = field(default_factory=list)  # agency ids
    referred_to: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    attended: list[str] = field(default_factory=list)
    responds_to: list[str] = field(default_factory=list)  # event ids
    conveys: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # unknown columns, kept verbatim


@dataclass
class Relation:
    """A family or household tie: PARENT_OF, SIBLING_OF, PARTNER_OF or MEMBER_OF."""

    type: str
    from_id: str
    to_id: str
    kind: str | None = None
    from_day: int | None = None
    to_day: int | None = None


@dataclass
class Case:
    case_id: str
    title: str = ""
    period_from: int | None = None
    period_to: int | None = None
    data_end_day: int | None = None
    subject_ids: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    households: list[Household] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    practitioners: list[Practitioner] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass
class Rejected:
    file: str
    row: str  # as a spreadsheet shows it: "12", "Sheet1:12", "table2:row5"
    reason: str


@dataclass
class FileCount:
    file: str
    rows_read: int = 0
    loaded: int = 0
    rejected: int = 0
    kind: str = "chronology"  # chronology | people | case


@dataclass
class LoadReport:
    """What happened to every input row: each one is loaded or listed in `rejected`."""

    case_id: str
    files: list[FileCount] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_agencies: list[str] = field(default_factory=list)
    unknown_people: list[str] = field(default_factory=list)
    merged_events: list[str] = field(default_factory=list)
    near_duplicates: list[str] = field(default_factory=list)
    inferred_tags: int = 0
    seconds: float = 0.0

    @property
    def rows_read(self) -> int:
        return sum(f.rows_read for f in self.files if f.kind == "chronology")

    @property
    def rows_loaded(self) -> int:
        return sum(f.loaded for f in self.files if f.kind == "chronology")
