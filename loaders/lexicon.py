"""An explainable lexicon of UK safeguarding language and abbreviations.

Chronologies merged for a serious case review or child safeguarding practice review are
written by many agencies in their own shorthand: "WNB", "HV - no access", "ICPC - CP plan
(neglect)", "Police called to DV incident, PPN to MASH". When a row's `event type` or
`concerns` column is blank, the loader infers them from the description with this module.

Every inference returns a `Tag` carrying the exact words that produced it (`evidence`), so
a reviewer can see *why* a row was tagged, and can overrule it. The tables below are the
whole of the knowledge: read them, not the code, to see what is recognised.

Phrase syntax (used by every table; see `_phrase_regex`)
--------------------------------------------------------
- Words match as whole words, case-insensitively: "bruise" never matches inside "bruiser".
- A space or hyphen between words matches any run of spaces or hyphens, or none:
  "co-sleeping" matches "co sleeping" and "cosleeping"; "step-dad" matches "stepdad".
- An apostrophe is optional and may be curly: "children's" matches "childrens", "children’s".
- `*` at the end of a phrase matches any word ending: "bruis*" = bruise, bruising, bruised.
- `.` is optional: "s.47" matches "s47", "S.47" and "s. 47".
- `&` may have spaces around it: "A&E" matches "A & E".
- A phrase written wholly in capitals (an acronym) matches only in capitals, unless it is
  in `ANY_CASE_ACRONYMS`. So "ED" never matches "Ed" (a name) or "ed" (as in "ed psych"),
  "MASH" never matches "mash", "CAF" never matches "caf". Acronyms that are not English words
  and that practitioners often type in lower case ("dna", "wnb", "nfa", "s47") match in any
  case. `sector_for` ignores this rule: agency names are short and match in any case.
- A phrase starting "re:" is a regular expression used as written (compiled case-insensitive;
  it supplies its own word boundaries). Regexes are used only where a plain phrase cannot say
  it, e.g. "CP plan" + an ending verb.

"HV": the agency and the visit
------------------------------
In an agency name and as a referral recipient, "HV" is the health visitor / health visiting
service (`sector_for("HV") == "health_visiting"`; "referred to HV" -> health_visiting). In an
explicit Event type cell, "HV" alone means a home visit (`event_type_from_column("HV")`), as
"HV - no access" shows. In a description "HV" is read as the health visitor, except in
"HV completed/done/undertaken/carried out" and "HV visit", which are read as a home visit.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from graph.model import CONCERNS, EVENT_TYPES, SECTORS

__all__ = [
    "Tag",
    "sector_for",
    "event_type_from_column",
    "concerns_from_column",
    "infer_event_type",
    "infer_event_types",
    "infer_concerns",
    "referral_target_sector",
    "person_mentions",
    "seen_alone_from_text",
    "child_views_from_text",
    "EVENT_PRIORITY",
    "SECTOR_PRECEDENCE",
]


@dataclass(frozen=True)
class Tag:
    """An inferred tag and the words that produced it.

    `value` is an event type (a key of `graph.model.EVENT_TYPES`), a concern (one of
    `graph.model.CONCERNS`) or a sector (one of `graph.model.SECTORS`). `evidence` is a
    substring of the input text, exactly as written there (e.g. "WNB", "co-sleeping").
    """

    value: str
    evidence: str


# --------------------------------------------------------------------------------------
# Phrase compilation
# --------------------------------------------------------------------------------------

#: Acronyms that match in any case in descriptions. Everything else written in capitals is
#: matched in capitals only (see the module docstring).
ANY_CASE_ACRONYMS = frozenset({
    "DNA", "WNB", "NFA", "A&E", "S47", "S.47", "S20", "S.20", "ICPC", "RCPC", "MARAC", "CSE",
    "GP", "CAMHS", "CMHT", "MFH", "NAI",
})

_SEP = r"[\s\-–]*"
_WORD = r"[A-Za-z0-9]"


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _phrase_regex(phrase: str, *, case_rule: bool = True, left_boundary: bool = True) -> str:
    """Turn one table phrase into a regex string (see "Phrase syntax" above)."""
    if phrase.startswith("re:"):
        return f"(?:{phrase[3:]})"
    out: list[str] = []
    for ch in phrase:
        if ch in " -":
            if not out or out[-1] != _SEP:
                out.append(_SEP)
        elif ch in "'’":
            out.append("['’]?")
        elif ch == "&":
            out.append(r"\s*&\s*")
        elif ch == ".":
            out.append(r"\.?\s*")
        elif ch == "*":
            out.append(r"\w*")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    start = r"(?<![A-Za-z0-9])" if left_boundary and re.match(_WORD, phrase[0]) else ""
    end = r"(?![A-Za-z0-9])" if (re.match(_WORD, phrase[-1]) or phrase.endswith("*")) else ""
    body = f"{start}{body}{end}"
    if case_rule and _is_acronym(phrase) and phrase.upper() not in ANY_CASE_ACRONYMS:
        body = f"(?-i:{body})"
    return f"(?:{body})"


def _alternation(phrases: list[str], *, case_rule: bool = True) -> str:
    """One regex for a list of phrases.

    Longest phrases first, so that "adult social care" is preferred to "social care" where
    both could start at the same place. Phrases that start with a letter or digit share one
    left word-boundary check placed before the alternation, so the engine tries the
    alternatives only at the start of a word (this is most of the speed).
    """
    ordered = sorted(phrases, key=len, reverse=True)
    gated: list[str] = []   # regex bodies that can only match at the start of a word
    others: list[str] = []
    for p in ordered:
        if p.startswith("re:\\b"):
            gated.append(f"(?:{p[5:]})")
        elif not p.startswith("re:") and re.match(_WORD, p[0]):
            gated.append(_phrase_regex(p, case_rule=case_rule, left_boundary=False))
        else:
            others.append(_phrase_regex(p, case_rule=case_rule))
    parts = [f"(?<![A-Za-z0-9])(?=[A-Za-z0-9])(?:{'|'.join(gated)})"] if gated else []
    return "|".join(parts + others)


def _compile(phrases: list[str], *, case_rule: bool = True) -> re.Pattern[str]:
    return re.compile(_alternation(phrases, case_rule=case_rule), re.IGNORECASE)


# --------------------------------------------------------------------------------------
# Sectors
# --------------------------------------------------------------------------------------

#: sector -> phrases naming an agency of that sector (agency names and referral recipients).
SECTOR_PHRASES: dict[str, list[str]] = {
    "children_social_care": [
        "children's social care", "CSC", "children's services", "children's services department",
        "social care", "social services", "children's social work", "social work", "social worker",
        "SW", "MASH", "multi-agency safeguarding hub", "safeguarding hub", "EDT",
        "emergency duty team", "emergency duty service", "out of hours social work",
        "front door", "duty and assessment", "referral and assessment", "assessment team",
        "CIN team", "child in need team", "child protection team", "children in care team",
        "LAC team", "leaving care", "fostering", "children with disabilities team", "CWD team",
        "children's disability team", "first response", "locality social work",
    ],
    "police": [
        "police", "constabulary", "PPU", "public protection unit", "CAIT",
        "child abuse investigation team", "child abuse investigation unit", "police MASH",
        "custody", "neighbourhood policing", "PCSO",
    ],
    "health_gp": [
        "GP", "GPs", "GP surgery", "GP practice", "general practice", "general practitioner",
        "surgery", "medical centre", "medical practice", "health centre", "family doctor",
        "practice nurse", "doctors surgery", "out of hours GP", "GP out of hours",
    ],
    "health_visiting": [
        "HV", "health visiting", "health visitor", "health visitors", "health visiting service",
        "0-19", "0 to 19", "0-19 service", "0-19 team", "school nurse", "school nursing",
        "public health nursing", "public health nurse", "SCPHN", "family nurse partnership",
        "FNP", "nursery nurse", "community nursery nurse",
    ],
    "midwifery": [
        "midwife", "midwives", "midwifery", "maternity", "maternity unit", "maternity services",
        "community midwife", "community midwifery", "antenatal clinic", "safeguarding midwife",
        "specialist midwife", "labour ward", "delivery suite", "postnatal ward", "CMW",
    ],
    "hospital_acute": [
        "hospital", "ED", "A&E", "A and E", "emergency department", "infirmary", "paediatric",
        "paediatrics", "paediatric ward", "paediatrician", "children's ward", "ward", "NICU",
        "SCBU", "PICU", "neonatal unit", "MIU", "minor injuries unit", "UCC",
        "urgent care centre", "walk-in centre", "acute trust", "hospital trust", "outpatients",
        "fracture clinic", "burns unit", "hospital safeguarding team", "community paediatrics",
    ],
    "mental_health_adult": [
        "CMHT", "community mental health team", "community mental health", "adult mental health",
        "adult mental health service", "AMHS", "AMH", "mental health", "mental health trust",
        "mental health team", "crisis team", "crisis resolution", "home treatment team",
        "psychiatric liaison", "psych liaison", "liaison psychiatry", "psychiatry", "psychiatrist",
        "IAPT", "talking therapies", "perinatal mental health", "early intervention in psychosis",
        "EIP",
    ],
    "camhs": [
        "CAMHS", "child and adolescent mental health", "child and adolescent mental health service",
        "CYPMHS", "children's mental health", "young people's mental health",
        "children and young people's mental health",
    ],
    "substance_misuse": [
        "drug and alcohol", "drugs and alcohol", "drug and alcohol service", "DAAT", "DAT",
        "substance misuse", "substance use", "substance misuse service", "CGL",
        "change grow live", "addiction", "addictions", "alcohol service", "drug service",
        "drugs service", "community drug team", "CDT", "turning point", "addaction",
        "we are with you", "recovery service", "methadone clinic",
    ],
    "education": [
        "school", "primary school", "secondary school", "infant school", "junior school",
        "high school", "academy", "nursery", "day nursery", "college", "pre-school", "preschool",
        "playgroup", "education", "education welfare", "education welfare service", "EWO", "EWS",
        "DSL", "designated safeguarding lead", "SENCO", "PRU", "pupil referral unit",
        "alternative provision", "virtual school", "childminder", "early years setting",
    ],
    "early_help": [
        "early help", "EH", "early help hub", "family support", "family support worker", "FSW",
        "children's centre", "sure start", "troubled families", "supporting families",
        "family intervention", "family hub", "targeted youth support", "parenting team",
        "early help worker",
    ],
    "housing": [
        "housing", "housing association", "housing officer", "homelessness",
        "homelessness team", "homeless team", "housing options", "landlord",
        "registered social landlord", "RSL", "supported housing", "council housing",
    ],
    "probation": [
        "probation", "probation service", "NPS", "national probation service", "CRC",
        "community rehabilitation company", "offender manager", "IOM",
        "integrated offender management",
    ],
    "youth_justice": [
        "YOT", "YOS", "YJS", "youth offending", "youth offending team", "youth offending service",
        "youth justice", "youth justice service",
    ],
    "ambulance": [
        "ambulance", "ambulance service", "paramedic", "paramedics", "NWAS", "EMAS", "WMAS",
        "YAS", "NEAS", "SCAS", "SECAmb", "EEAST", "SWASFT", "LAS",
    ],
    "dental": [
        "dental", "dentist", "dental practice", "community dental", "dental hospital",
        "orthodontist",
    ],
    "voluntary": [
        "women's aid", "refuge", "NSPCC", "charity", "barnardo's", "action for children",
        "home-start", "voluntary", "voluntary sector", "third sector", "IDVA", "IDVA service",
        "citizens advice", "food bank", "samaritans", "the children's society", "victim support",
        "rape crisis",
    ],
    "adult_social_care": [
        "adult social care", "ASC", "adult services", "adults services", "adult safeguarding",
        "adult social services", "adult social work",
    ],
}

#: When two matched phrases are equally long (in words), the more specialised sector wins:
#: "St Mary's Hospital Maternity" -> midwifery; "Health Visiting, Riverside Health Centre" ->
#: health_visiting; "Early Help, Children's Services" -> early_help; "Police MASH" -> police.
SECTOR_PRECEDENCE: tuple[str, ...] = (
    "midwifery", "camhs", "dental", "health_visiting", "mental_health_adult", "substance_misuse",
    "adult_social_care", "early_help", "youth_justice", "probation", "ambulance",
    "hospital_acute", "health_gp", "housing", "police", "voluntary", "education",
    "children_social_care",
)

_SECTOR_ANYCASE = {s: _compile(p, case_rule=False) for s, p in SECTOR_PHRASES.items()}
# The same names as they appear inside descriptions (acronym case rule applies).
_AGENCY_IN_TEXT = _alternation([p for ps in SECTOR_PHRASES.values() for p in ps])


def _words(s: str) -> int:
    return len(re.findall(r"[A-Za-z0-9&]+", s))


def sector_for(agency_name: str) -> str | None:
    """Normalise an agency name to a sector in `graph.model.SECTORS`, or None if unknown.

    Case- and punctuation-insensitive and word-based ("ED" matches "Royal Infirmary ED" but
    not "Education"). When several phrases match, the longest one in words wins ("Adult
    Social Care" beats "Social Care"; "School nurse" beats "school"; "Hospital maternity
    unit" -> "maternity unit"), then `SECTOR_PRECEDENCE` (the more specialised sector).
    A name that is already a sector key is returned as is.
    """
    if not agency_name or not agency_name.strip():
        return None
    name = agency_name.strip()
    key = re.sub(r"[\s\-]+", "_", name.lower())
    if key in SECTORS:
        return key
    best: tuple[int, int] | None = None
    best_sector: str | None = None
    for sector, pattern in _SECTOR_ANYCASE.items():
        for m in pattern.finditer(name):
            rank = (_words(m.group(0)), -SECTOR_PRECEDENCE.index(sector))
            if best is None or rank > best:
                best, best_sector = rank, sector
    return best_sector


# --------------------------------------------------------------------------------------
# Negation
# --------------------------------------------------------------------------------------

#: Words that negate a following (or, for the post list, preceding) concern or event.
_NEGATOR = re.compile(
    r"\b(?:no|not|nil|none|never|without|nor|neither|denies|denied|deny|denying|refutes?|refuted"
    r"|negative|free\s+(?:of|from)|absence\s+of|ruled\s+out|unremarkable|nothing|cannot"
    r"|unlikely|asked\s+(?:about|re|if|whether)|enquired\s+(?:about|re|if|whether)|routine(?:\s+\w+)?\s+"
    r"(?:enquiry|question\w*|screening)|screen(?:ed|ing)\s+for)\b|n['’]t\b",
    re.IGNORECASE,
)

#: Phrases that contain a negator but do not negate what follows ("pseudo-negations"). They
#: are blanked out before negators are looked for: "no access, neglect concerns" still tags
#: neglect; "NAI cannot be ruled out" still tags physical_injury. Any positive phrase in the
#: tables that contains a negator word is listed here too, so that it does not negate the
#: next term ("no food in the house, C hungry" keeps hunger_or_growth).
_PSEUDO_NEGATION = re.compile(
    r"\b(?:no\s+further\s+(?:action|involvement)|no\s+access|no\s+reply|no\s+answer|no\s+response"
    r"|no[\s-]?one\s+(?:at\s+)?home|nobody\s+(?:at\s+)?home|not\s+brought|not\s+attend\w*"
    r"|did\s+not\s+attend|didn['’]t\s+attend|failed\s+to\s+attend|not\s+in\s+school|not\s+at\s+school"
    r"|no\s+food|(?:never|not)\s+(?:any|enough)\s+food|nothing\s+in\s+the\s+(?:fridge|cupboards?|house)|no\s+heating|no\s+electricity"
    r"|no\s+gas|no\s+hot\s+water|no\s+bedding|no\s+bed|no\s+cot|no\s+moses\s+basket|no\s+coat"
    r"|no\s+antenatal\s+care|not\s+booked|no\s+(?:clear\s+|plausible\s+|adequate\s+)?explanation"
    r"|no\s+reason\s+(?:given|offered|provided)|not\s+explained|(?:cannot|can['’]t|unable\s+to"
    r"|could\s+not|couldn['’]t)\s+(?:be\s+)?(?:rule[ds]?\s+out|exclude[ds]?)|not\s+(?:be\s+)?"
    r"(?:ruled\s+out|excluded)|no\s+improvement|no\s+change|not\s+engag\w*|not\s+gaining\s+weight"
    r"|not\s+known\s+to|not\s+(?:been\s+)?seen|not\s+only|without\s+(?:adult\s+)?supervision"
    r"|no\s+(?:adult\s+)?supervision|not\s+supervised|not\s+dressed|denied\s+(?:the\s+)?pregnancy"
    r"|not\s+returned|failed\s+to\s+return|did\s+not\s+answer)\b",
    re.IGNORECASE,
)

# A new clause begins after sentence punctuation, a contrast word, a dash between spaces, or
# a comma / "and" followed by a new subject and a verb ("..., mum disclosed ...").
_SUBJECT = (
    r"(?:(?i:the|her|his|their|a)\s+)?(?:(?i:mum|mother|mam|dad|father|step-?(?:dad|father|mum|mother)"
    r"|partner|boyfriend|girlfriend|nan|gran|grandmother|grandfather|grandad|aunt|auntie|uncle"
    r"|he|she|they|it|child|children|baby|police|officers?|staff|school|teacher|nurse|doctor"
    r"|worker|I|we|HV|SW|GP)|(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z]\w*|[A-Z]\d?)"
)
_VERB = (
    r"(?i:\w+ed|\w+s|is|was|were|has|had|said|told|became|came|went|left|hit|took|gave|made|will"
    r"|would|could|can|did|does|do|got|saw|ran|rang|felt|spoke|brought|thought|knew|keeps)"
)
_CLAUSE_BREAK = re.compile(
    r"[;!?\n|]"
    r"|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)\.(?=\s|$)"
    r"|(?<!\bre)(?<!\bRe):(?=\s)"
    r"|\s[-–—]+\s"
    r"|\b(?i:but|however|although|though|whereas|except|despite|later|subsequently|then"
    r"|also|whilst|when|because|so|as(?!\s+(?:well|regards|such|a\s+result|per|part|if|though|soon|far|long|much|many|before|usual|above|below|of|to|a|an)\b))\b"
    r"|(?:,|\b(?i:and)\b)(?=\s+" + _SUBJECT + r"\s+" + _VERB + r"\b)"
)

#: How many words before a term a negator may stand and still govern it (NegEx uses 5-6).
#: Eight covers lists such as "no evidence of drug use or alcohol misuse".
NEGATION_WINDOW_WORDS = 8

_POST_NEGATOR = re.compile(
    r"^(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being)\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:none|nil|denied|denies|deny|stopped|ceased|ruled\s+out|excluded|unfounded|unsubstantiated|negative|absent"
    r"|not\s+(?:seen|noted|observed|found|evident|present|substantiated|identified|apparent"
    r"|detected|held|completed|undertaken|convened|made|done|carried\s+out|arranged|progressed"
    r"|required|needed|initiated|indicated|considered)"
    r"|(?:to\s+be|will\s+be|being)\s+(?:convened|arranged|held|booked|scheduled|called|organi[sz]ed|requested))\b",
    re.IGNORECASE,
)


#: After a concern only: "Routine DV enquiry", "DV screening questions" ask about a concern, they
#: do not record one.
_POST_INQUIRY = re.compile(r"^(?:[\w'’]+\s+)?(?:enquiry|enquiries|screening|questions?)\b", re.IGNORECASE)


def _blank(s: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), s)


def _clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.end() > pos:
            break
        start = m.end()
    return start


_SENTENCE_BREAK = re.compile(r"[;!?\n|]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)\.(?=\s|$)")


def _sentence_prefix(text: str, start: int) -> str:
    """The text between the start of the sentence containing `start` and `start`."""
    begin = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, start):
        begin = m.end()
    return text[begin:start]


def _sentence(text: str, pos: int) -> str:
    """The whole sentence containing position `pos`."""
    m = _SENTENCE_BREAK.search(text, pos)
    return _sentence_prefix(text, pos) + text[pos:m.start() if m else len(text)]


def _clause_prefix(text: str, start: int) -> str:
    """The text between the start of the clause containing `start` and `start`."""
    return text[_clause_start(text, start):start]


def _is_negated(text: str, start: int, end: int, *, concern: bool = False) -> bool:
    """True if the term text[start:end] is negated.

    Scope rule (a small NegEx): a negator ("no", "not", "denies", "without", "nil", ...)
    governs a term if it stands within `NEGATION_WINDOW_WORDS` words before it *in the same
    clause*, or a short post-negator ("denied", "not seen", ": none") follows it in the same
    clause. A clause ends at . ; ! ? a line break, a spaced dash, a contrast word ("but",
    "however", "although", "then"...), or a comma/"and" that introduces a new subject with a
    verb ("no bruises, mum disclosed DV"). So "no injuries seen but mother disclosed DV" keeps
    domestic_abuse, while "no marks, bruises or injuries" negates all three. Pseudo-negations
    ("no access", "cannot rule out", "no explanation for") never negate.
    """
    prefix = _blank(_clause_prefix(text, start), _PSEUDO_NEGATION)
    tokens = list(re.finditer(r"[\w'’/]+", prefix))
    window = prefix[tokens[-NEGATION_WINDOW_WORDS].start():] if len(tokens) >= NEGATION_WINDOW_WORDS else prefix
    if _NEGATOR.search(window):
        return True
    after = text[end:end + 80]
    lead = re.match(r"[\s:\-–'\"‘’“”]*", after)
    after = after[lead.end():] if lead else after
    cut = re.search(r"[.,;:!?\n|]|\s[-–—]\s|\b(?:but|however|although|though)\b", after, re.IGNORECASE)
    after = after[:cut.start()] if cut else after
    after = _blank(after, _PSEUDO_NEGATION)
    return bool(_POST_NEGATOR.match(after) or (concern and _POST_INQUIRY.match(after)))


# --------------------------------------------------------------------------------------
# Rules: a value, its phrases, and optional guards
# --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Rule:
    value: str
    pattern: re.Pattern[str]
    unless_before: re.Pattern[str] | None = None
    unless_sentence: re.Pattern[str] | None = None
    only_if_sentence: re.Pattern[str] | None = None
    concern: bool = False

    def first(self, text: str) -> re.Match[str] | None:
        """The first match in `text` that is neither negated nor excluded by a guard."""
        for m in self.pattern.finditer(text):
            if not m.group(0).strip():
                continue
            if self.unless_before is not None:
                prefix = _sentence_prefix(text, m.start())[-60:]
                if self.unless_before.search(prefix):
                    continue
            if self.unless_sentence is not None and self.unless_sentence.search(_sentence(text, m.start())):
                continue
            if self.only_if_sentence is not None and not self.only_if_sentence.search(_sentence(text, m.start())):
                continue
            if _is_negated(text, m.start(), m.end(), concern=self.concern):
                continue
            return m
        return None


def _rule(value: str, phrases: list[str], unless_before: str | None = None,
          unless_sentence: str | None = None, only_if_sentence: str | None = None) -> _Rule:
    """A rule. `unless_before`: skip a match if this regex ends just before it in the same
    sentence. `unless_sentence` / `only_if_sentence`: skip a match if this regex does / does
    not occur anywhere in its sentence."""
    guard = re.compile(r"(?:" + unless_before + r")\s*$", re.IGNORECASE) if unless_before else None
    near = re.compile(unless_sentence, re.IGNORECASE) if unless_sentence else None
    need = re.compile(only_if_sentence, re.IGNORECASE) if only_if_sentence else None
    return _Rule(value, _compile(phrases), guard, near, need)


# Words just before a term that show it is counted history, not the row's own event: "3 WNB",
# "several DNAs", "previous missed appointment". Such a phrase still yields a concern. (An
# ordinal - "2nd DNA", "3rd no access visit" - is the row's own event and is not excluded.)
_COUNTED = r"\b(?:\d+|two|three|four|five|six|several|multiple|repeated|numerous|many|previous|past|earlier)(?:\s+\w+)?"
_PHONE = r"\b(?:phon\w*|rang|ring\w*|call\w*|tel\w*|T/C|TC|mobile|text\w*|e-?mail\w*|voicemail|letters?|message\w*)\b.*"
_ADULT_SPEAKER = (
    r"\b(?:mother|mum|mam|father|dad|parents?|partner|boyfriend|girlfriend|nan|gran\w*|grand\w+"
    r"|aunt\w*|uncle|step\w+|police|clare['’]?s\s+law|DVDS|DBS|Mr|Mrs|Ms|Miss|adult)\b(?:\s+[\w'’]+){0,3}"
)
#: A disclosure is a child's: the sentence must show a child ("C1", "YP", "(6)", "pupil",
#: "teacher", "school"...), and an adult speaker just before it excludes it.
_CHILD_CONTEXT = (
    r"(?<!Mr\s)(?<!Ms\s)(?<!Mrs\s)(?<!Miss\s)(?<!Mr\.\s)(?<!Ms\.\s)\b(?-i:C\d?)\b"
    r"|\b(?:child|children|YP|young\s+person|pupil|girl|boy|son|daughter|sibling|brother"
    r"|sister|teacher|TA|school|DSL|nursery|class|reception|year\s+\d+|foster\s+carer|ABE|aged?\s+\d+)\b"
    r"|\(\s*(?:age\s+)?\d{1,2}\s*(?:y(?:ea)?rs?|yo)?\s*\)"
)
#: A "bruise" in a sentence that names a birthmark is not tagged as an injury (DETECTORS
#: T1-21 false-positive trap: "a birthmark tagged as a bruise").
_BIRTHMARK = (
    r"\b(?:mongolian|blue[\s-]+spots?|birth[\s-]*marks?|naevus|naevi|haemangioma|stork[\s-]+marks?"
    r"|salmon[\s-]+patch|dermal\s+melanocytosis|slate[\s-]+grey\s+(?:spot|naev)\w*)"
)

# Words before a happening that make it the row's topic rather than its own event:
# "referral re DV incident", "visit following birth", "notification of missing episode".
_TOPIC = (
    r"(?:\b(?:re:?|regarding|about|following|concerning|due\s+to|because\s+of|in\s+relation\s+to"
    r"|in\s+respect\s+of|relating\s+to|reminder|discuss\w*)\b(?:\s+[\w'’-]+){0,4}"
    r"|\b(?:after|of|since|from)\b(?:\s+(?:a|an|the|his|her|their|recent|further|previous|last|latest"
    r"|another|this|that|alleged|reported|possible|[\w'’]+['’]s))*)"
)
_MISSED_BEFORE = r"\b(?:DNA\w*|WNB\w*|not\s+brought|not\s+attend\w*|did\s+not\s+attend|failed\s+to\s+attend|missed)\b.*"
_RISK_ASSESSMENT = r"\b(?:DASH|risk|DA|DV|RIC|MHA|mental\s+health\s+act|capacity|needs?)"
_AGENCY = f"(?:{_AGENCY_IN_TEXT})"

#: Event type rules in priority order: when several match, the first rule wins
#: (`EVENT_PRIORITY` lists the resulting order of types).
#:
#: Tier 1 - decisive steps. The index incident; meetings (conference, strategy, MARAC, core
#:   group, review); care, court and looked-after steps; CP medical; S47; plans; assessments;
#:   step up/down; transfer; referral outcome; closure; NFA; supervision. A row that mentions
#:   one is about it: "ICPC - children made subject to CP plans" -> cp_conference; "Strategy
#:   meeting... legal planning meeting" -> strategy_discussion; "Single assessment completed,
#:   NFA" -> assessment_complete; "Case closed, NFA" -> case_closure.
#: Tier 2 - happenings. Missing episode, no-access visit, missed appointment, an incoming
#:   letter/notification/reply, a referral to the children's front door (MASH, CSC, EDT,
#:   children's services, early help, "MASH referral", "MARF"), disclosure by a child, birth,
#:   booking, admission, ED attendance, injury, domestic incident, police call-out, then any
#:   other referral ("referred back to GP", "PPN").
#: Tier 3 - routine contact. Home visit, appointment, school or address move, information
#:   request, consultation ("discussed with named nurse"), information shared (sent), other
#:   contact (phone, letter, email); last, a bare "CIN plan" -> cin_plan_start.
#:
#: Why: a front-door referral beats the incident or contact it came from ("Attended ED with
#: burn. Referral to CSC" -> referral; the loader links REFERRED_TO only for referral rows);
#: a no-access or missed-appointment phrase beats the visit or appointment it qualifies ("home
#: visit - no reply" -> no_access_visit) and any other referral it led to ("WNB, referred back
#: to GP" -> missed_appointment); an incoming letter is recorded as information_shared by the
#: agency that received it ("Letter received from ED re burn").
#:
#: Guards keep a mention from being mistaken for the row's own event:
#: - counted history: "3 WNB", "several DNAs", "DNA x3" (`_COUNTED`) are not the row's miss;
#: - topic: a happening named after "re", "following", "regarding", "of", "from"... is what
#:   the row is about, not what happened in it ("referral re DV incident" -> referral;
#:   "Letter from ED" is not an ED attendance) (`_TOPIC`);
#: - intention: "to refer", "will refer", "consider referral", "plan to close" are not done;
#:   a meeting "to be convened/arranged" has not happened (post-negation);
#: - "no answer"/"no reply" after a phone call, text or letter is not a no-access visit, and
#:   police "at the door" is a call-out, not a no-access visit;
#: - a disclosure is a child's: an adult speaker just before it excludes it ("Mother disclosed
#:   DV"), and its sentence must show a child (`_CHILD_CONTEXT`);
#: - a DASH / risk / needs assessment is not a social care assessment.
#: "other" is never inferred. Negated wording is ignored (`_is_negated`).
EVENT_RULES: list[_Rule] = [
    # ---- Tier 1
    _rule("serious_incident", [
        "found unresponsive", "found not breathing", "found dead", "found collapsed",
        "pronounced dead", "life extinct", "index incident", "critical incident",
        "serious incident", "SUDI", "SUDC", "life-threatening injur*", "cardiac arrest",
        "respiratory arrest", "unexpected death", "CPR", "resuscitation", "resuscitated", "intubated",
        "floppy and unresponsive", "brought in unresponsive",
        r"re:\b(?:baby|child|infant|(?-i:C\d?))\s+(?:was\s+|is\s+)?(?:\w+\s+and\s+)?unresponsive\b",
        r"re:\b(?:baby|child|infant|(?-i:C\d?|[A-Z]))\s+(?:has\s+|had\s+|sadly\s+)?died\b",
        r"re:\bdeath\s+of\s+(?:the\s+)?(?:baby|child|infant|(?-i:C\d?|[A-Z]))\b",
    ]),
    _rule("cp_conference", [
        "ICPC", "RCPC", "child protection conference", "CP conference", "CPC",
        "initial conference", "review conference", "pre-birth conference", "case conference",
        "transfer-in conference", "initial child protection", "review child protection",
    ]),
    _rule("strategy_discussion", [
        r"re:\bstrat(?:egy)?\.?\s+(?:discussion|meeting|call|disc|mtg|meet)\b",
        "S47 strategy", "strategy held",
    ]),
    _rule("marac", [r"re:(?-i:\bMARAC\b)(?!\s+(?i:referral|form))", "multi-agency risk assessment conference"],
          unless_before=r"\breferr\w*\s+(?:\w+\s+){0,2}?(?:to|into)\s+(?:the\s+)?"),
    _rule("core_group", ["core group", "core grp", "CG meeting"]),
    _rule("review_meeting", [
        "review meeting", "professionals meeting", "professionals' meeting", "professional meeting",
        "multi-agency meeting", "MDT", "MDT meeting", "TAF", "TAC", "team around the family",
        "team around the child", "CIN review", "CIN meeting", "child in need review",
        "child in need meeting", "LAC review", "CLA review", "network meeting",
        "safeguarding meeting", "discharge planning meeting", "MACE", "MASE", "CSE meeting",
        "risk management meeting", "complex case meeting", "FGC", "family group conference",
        "planning meeting", "early help review", "EH review", "TAF review", "multi-agency review",
    ], unless_before=r"\b(?:initial|legal)"),
    _rule("looked_after_end", [
        "ceased to be looked after", "no longer looked after", "returned home from care",
        "returned home from foster care", "discharged from care", "left care",
        r"re:\breturned\s+(?:home\s+)?to\s+(?:the\s+)?(?:care\s+of\s+)?(?:mother|mum|father|dad|parents?)['’]?s?\s+care\b",
        "ceased LAC", "LAC status ended", "CLA status ended", "care order discharged",
        "care order revoked", "section 20 ended", "s20 ended",
    ]),
    _rule("looked_after_start", [
        "became looked after", "become looked after", "now looked after", "looked after child",
        "looked-after child", "section 20", "s20", "s.20", "accommodated under",
        "accommodated by the local authority", "placed in foster care", "placed with foster carers",
        "placed with foster carer", "foster placement", "emergency placement", "taken into care",
        "came into care", "into care", "placed in residential", "placed in a residential",
        r"re:\bremoved\s+from\s+(?:[\w'’]+\s+){0,2}care\b",
        r"re:(?-i:\b(?:LAC|CLA)\b)(?!\s+(?i:review|medical|health|nurse|team|reviews))",
    ]),
    _rule("care_proceedings", [
        "care proceedings", "PLO", "pre-proceedings", "public law outline", "ICO",
        "interim care order", "EPO", "emergency protection order", "care order",
        "supervision order", "placement order", "issued proceedings", "proceedings issued",
        "court hearing", "family court", "final hearing", "legal planning meeting",
        "legal gateway", "special guardianship order", "SGO",
    ]),
    _rule("cp_medical", [
        "CP medical", "child protection medical", "safeguarding medical", "forensic medical",
        "skeletal survey", "CP examination", "child protection examination", "SARC",
        "sexual assault referral centre", "paediatric medical assessment",
    ]),
    _rule("assessment_complete", [
        r"re:\b(?:S\.?\s?47|section\s+47)\s+(?:enquir(?:y|ies)\s+)?(?:outcome|concluded|completed|complete|closed)\b",
        r"re:\boutcome\s+of\s+(?:the\s+)?(?:S\.?\s?47|section\s+47)\b",
        r"re:\bconcerns?\s+(?:were\s+|was\s+)?(?:not\s+)?substantiated\b",
    ]),
    _rule("s47_enquiry", [
        "S47", "s.47", "section 47", "child protection enquiry", "child protection enquiries",
        "CP enquiry", "CP enquiries", "child protection investigation", "CP investigation",
        "joint investigation", "ABE interview", "ABE", "achieving best evidence",
    ]),
    _rule("cp_plan_end", [
        r"re:\b(?:CP|child\s+protection)\s+plans?\s+(?:was\s+|were\s+|is\s+|to\s+be\s+|has\s+been\s+)?"
        r"(?:ended|ceased|discontinued|removed|closed|stopped|ends|end|cease)\b",
        r"re:\b(?:removed|taken\s+off|came\s+off|stepped\s+down)\s+(?:from\s+)?(?:a\s+|the\s+|their\s+|her\s+|his\s+)?"
        r"(?:CP|child\s+protection)\s+plans?\b",
        r"re:\bno\s+longer\s+(?:subject\s+(?:to|of)|on)\s+(?:a\s+|the\s+)?(?:CP|child\s+protection)\s+plans?\b",
        "de-registered", "de-registration", "end of CP plan", "end of child protection plan",
    ]),
    _rule("cp_plan_start", [
        r"re:\b(?:made\s+|became\s+|become\s+|placed\s+)?subject\s+(?:to|of)\s+(?:a\s+|an\s+|their\s+)?"
        r"(?:CP|child\s+protection)\s+plans?\b",
        r"re:\b(?:placed|put)\s+on\s+(?:a\s+|the\s+)?(?:CP|child\s+protection)\s+(?:plans?|register)\b",
        r"re:\b(?:CP|child\s+protection)\s+plans?\s+(?:started|commenced|agreed|put\s+in\s+place|initiated|made|begins|began)\b",
        r"re:\bregistered\s+under\s+(?:the\s+)?categor(?:y|ies)\b",
        "CP registration", "child protection register",
    ]),
    _rule("cin_plan_end", [
        r"re:\b(?:CIN|child\s+in\s+need)\s+plans?\s+(?:was\s+|were\s+|to\s+be\s+|has\s+been\s+)?"
        r"(?:ended|ceased|closed|discontinued|ends|end|cease)\b",
        "CIN closed", "closed as CIN",
    ]),
    _rule("cin_plan_start", [
        r"re:\b(?:CIN|child\s+in\s+need)\s+plans?\s+(?:was\s+|were\s+)?(?:started|commenced|agreed"
        r"|put\s+in\s+place|initiated|made|drawn\s+up|begins|began|opened)\b",
        r"re:\b(?:subject\s+(?:to|of)|placed\s+on|put\s+on|opened\s+as)\s+(?:a\s+|the\s+)?(?:CIN|child\s+in\s+need)\b",
        "initial CIN meeting", "initial child in need meeting",
    ]),
    _rule("assessment_complete", [
        r"re:\bassessments?\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+|now\s+)?"
        r"(?:completed|concluded|finalised|finalized|signed\s+off|complete)\b",
        r"re:\bcompleted\s+(?:the\s+|a\s+|an\s+|her\s+|his\s+)?(?:[\w&'’-]+\s+){0,2}assessment\b",
        "assessment outcome", "outcome of the assessment", "outcome of assessment",
        "conclusion of the assessment", "conclusion of assessment",
        r"re:(?-i:\b(?:SA|C&F|CAF|EHA)\b)\s+(?:completed|concluded|complete)\b",
    ], unless_before=_RISK_ASSESSMENT),
    _rule("step_up", [
        "stepped up", "step up", "step-up",
        r"re:\bescalated\s+to\s+(?:CSC|MASH|social\s+care|children['’]?s\s+services|CP|child\s+protection)\b",
    ]),
    _rule("step_down", [
        "stepped down", "step down", "step-down", "de-escalated", "de-escalation",
        r"re:\btransferred\s+to\s+early\s+help\b",
    ]),
    _rule("case_transfer", [
        "case transfer", "transfer in", "transfer out", "transferred in", "transferred out",
        "reallocated", "re-allocated", "new social worker", "new SW", "change of social worker",
        "change of SW", "handover", "handed over", "transfer of case", "case transferred",
        r"re:\ballocated\s+to\s+(?:a\s+)?new\s+(?:social\s+worker|SW|worker)\b",
        r"re:\btransferred\s+(?:care\s+)?to\s+(?:the\s+|a\s+|another\s+|new\s+)?(?:LTT|long[\s-]term\s+team"
        r"|locality\s+team|CIN\s+team|CP\s+team|LAC\s+team|another\s+team|new\s+team|new\s+area|team"
        r"|[\w-]+\s+(?:local\s+authority|council|LA)|HV|health\s+visit\w*|0-19|school\s+nurs\w*)\b",
        r"re:\bdischarged\s+(?:from\s+midwifery\s+)?to\s+(?:the\s+)?(?:HV|health\s+visit\w*|0-19)\b",
    ]),
    _rule("referral_outcome", [
        "referral outcome", "outcome of referral", "outcome of the referral", "MASH decision", "MASH screening",
        r"re:\bscreening\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:PPN|referral|contact|MARF|notification)\b",
        "MASH outcome", "screening decision", "threshold not met", "below threshold",
        r"re:\b(?:did|does|do)\s+not\s+meet\s+(?:the\s+)?(?:CSC\s+|social\s+care\s+)?threshold\b",
        r"re:\breferral\s+(?:was\s+|has\s+been\s+)?(?:accepted|not\s+accepted|declined|rejected"
        r"|screened\s+out|NFA['’]?d|closed|signposted)\b",
        r"re:\b(?:referral|contact)\b[^\n]{0,200}?\b(?:NFA|no\s+further\s+(?:[\w-]+\s+)?action)\b",
        "signposted to", "information only", "info only", "feedback to referrer",
        "outcome letter", "outcome sent to referrer",
    ]),
    _rule("case_closure", [
        "case closed", "case closure", "closed the case", "closure summary", "closing summary",
        "case to close", "file closed", "episode closed", "closing case", "closing the case",
        r"re:\bclosed\s+to\s+(?:the\s+)?[\w&'’-]+",
        r"re:\b(?:to|will)\s+close\b",
        r"re:\bdischarged\s+from\s+(?:the\s+)?(?:service|caseload|case\s+load|clinic|CAMHS|CMHT|HV"
        r"|health\s+visiting|midwifery|team|[\w-]+\s+service)\b",
        "removed from caseload",
    ], unless_before=r"\b(?:plan\w*|intend\w*|propos\w*|consider\w*|aim\w*|hop\w*|if|may|might|would|could|likely|before)\b(?:\s+\w+){0,3}"),
    _rule("decision_no_further_action", [
        "NFA", "NFA'd", "NFAd", "no further action", "no further involvement",
        "no further CSC involvement", "no further role", "no further police action",
        r"re:\bno\s+further\s+(?:[\w-]+\s+)?action\b",
        r"re:\bno\s+role\s+for\s+(?:CSC|children['’]?s\s+services|social\s+care)\b",
    ]),
    _rule("assessment_start", [
        "CAF", "EHA", "early help assessment", "common assessment", "single assessment",
        "core assessment", "initial assessment", "child and family assessment",
        "C&F assessment", "C and F assessment", "pre-birth assessment", "parenting assessment",
        "PAMS", "viability assessment", "kinship assessment",
        r"re:\bassessments?\s+(?:was\s+|has\s+been\s+)?(?:started|commenced|initiated|opened|begun"
        r"|underway|to\s+commence|to\s+be\s+completed|to\s+be\s+undertaken|allocated)\b",
        r"re:\b(?:commenced|started|began|initiated|opened)\s+(?:a\s+|an\s+|the\s+)?(?:[\w&'’-]+\s+){0,2}assessment\b",
        r"re:(?-i:\bSA\b)\s+(?:started|opened|commenced|allocated)\b",
    ], unless_before=_RISK_ASSESSMENT),
    _rule("supervision", [
        r"re:\b(?:case|management|safeguarding|clinical|formal|group|reflective|monthly|in|at|during"
        r"|manager['’]?s?|TM['’]?s?)\s+supervision\b(?!\s+order)",
        r"re:^\s*supervision\b(?!\s+order)",
        "management oversight", "manager oversight", "TM oversight", "case direction",
        "management direction", "management decision",
    ]),
    # ---- Tier 2
    _rule("missing_episode", [
        r"re:\breported\s+(?:[\w'’]+\s+){0,2}missing\b", "missing from home", "missing from care",
        "missing from placement", "missing person", "MFH", "missing episode", "went missing",
        "gone missing", "go missing", "goes missing", "been missing", "missing overnight",
        "absconded", "return home interview", "RHI", "return interview", "not returned home",
        "failed to return home",
    ], unless_before=_TOPIC),
    _rule("no_access_visit", [
        "no access", "NA visit", "refused entry", "refused access", "denied entry", "denied access",
        r"re:\brefused\s+to\s+let\s+(?:[\w'’]+\s+){0,2}in\b", "unable to gain access",
        "unable to gain entry", "could not gain access", "could not gain entry", "couldn't gain access",
        "no one home", "no one at home", "no-one home", "nobody home", "nobody at home", "nobody in",
        "card left", "calling card", "left a card", "left card", "failed home visit", "failed visit",
        "door not answered", "did not answer the door", "didn't answer the door",
        r"re:\bfamily\s+(?:were\s+|was\s+)?(?:out|away|not\s+in|not\s+at\s+home)\b",
        r"re:\bno\s+(?:answer|reply|response)\s+at\s+(?:the\s+)?(?:door|address|property|home|house|flat)\b",
    ], unless_before=_COUNTED),
    _rule("no_access_visit", [
        "did not go in", "didn't go in", "not allowed in", "not let in", "on the doorstep", "doorstep visit",
        "doorstep contact", "doorstep conversation",
        r"re:\bspoke\s+(?:to|with)\s+(?:[\w'’]+\s+){0,3}?at\s+the\s+(?:front\s+)?door\b",
    ], unless_before=r"\b(?:police|officers?|PCs?|PCSOs?)\b.*"),
    _rule("no_access_visit", ["no reply", "no answer", "no response"],
          unless_before=_PHONE + "|" + _COUNTED),
    _rule("missed_appointment", [
        r"re:\b(?i:DNA)(?:['’]?d)?\b(?!\s*(?:test|sample|result|profile|x\s*(?:[2-9]|\d\d)))",
        r"re:\b(?i:WNB)(?:['’]?d)?\b(?!\s*x\s*(?:[2-9]|\d\d))",
        r"re:\b(?:(?:was|were)\s+)?not\s+brought\b(?!\s+(?:in|up|back|home)\b)",
        r"re:\b(?:did\s+not|didn['’]t|failed\s+to)\s+attend\b(?!\s+(?:\d+|two|three|several|multiple)\s)",
        "FTA", "failed to bring", "no show", "did not turn up", "didn't turn up",
        r"re:\bmissed\s+(?:(?:his|her|their|the|an?|C['’]?s|baby['’]?s|[\w-]+)\s+){0,2}"
        r"(?:appointment|appt|clinic|check|review|immunisations?|imms|session|scan)\b",
    ], unless_before=_COUNTED + "|" + _TOPIC),
    _rule("information_shared", [
        r"re:\b(?:letter|notification|report|discharge\s+(?:summary|letter)|copy|minutes|PPN|notice"
        r"|e-?mail|update|fax|correspondence|ED\s+card|A&E\s+card|information|info|intelligence)s?\b(?:\s+[\w&'’-]+){0,3}?\s+(?:was\s+)?rec(?:ei|ie)ved\b",
        r"re:\brec(?:ei|ie)ved\s+(?:a\s+|an\s+|the\s+)?(?:[\w&'’-]+\s+){0,2}?(?:letter|notification|report"
        r"|discharge\s+(?:summary|letter)|copy|minutes|PPN|notice|e-?mail|update|fax|correspondence)\b",
        rf"re:\b(?:notified|informed|advised|told)\s+by\s+(?:the\s+)?{_AGENCY}",
        r"re:^\W*(?:reply|replied|response|responded)\s+to\b",
        r"re:\b(?:information|report|chronology)\s+provided\s+to\b",
    ]),
    # A referral to the children's front door is what the row records, even if it also names
    # the incident that prompted it ("Attended ED with burn. Referral to CSC").
    _rule("referral", [
        r"re:\b(?:MASH|CSC|EDT|safeguarding|CP|child\s+protection|children['’]?s\s+services|social\s+care)\s+referral\b",
        "MARF",
        r"re:\b(?:re-?|self[\s-]?)?referr(?:al|ed|ing)s?\b(?:\s+(?!(?:to|into)\b)[\w'’&/-]+){0,4}?\s+(?:to|into)\s+(?:the\s+)?"
        r"(?:(?-i:MASH|CSC|EDT)|children['’]?s\s+(?:services|social\s+care)|social\s+(?:care|services)|front\s+door|early\s+help)\b",
        r"re:\breferral\s+(?:was\s+|has\s+been\s+)?(?:made|sent|submitted|completed)\b",
    ], unless_before=r"\b(?:consider\w*|would|could|may|might|if|to|will|no)\b(?:\s+\w+){0,2}|\bpupil"),
    _rule("birth", [
        r"re:\bborn\b(?!\s+(?:in|on)\s+\d{4})",
        r"re:(?<!new\s)(?<!date\sof\s)(?<!pre-)(?<!pre\s)(?<!since\s)(?<!from\s)(?<!at\s)\bbirth\b"
        r"(?!\s*(?:day|visit|mark|certificate|mother|father|parents?|family|registration|plan"
        r"|notification|partner)s?\b)",
        "gave birth", "SVD", "LSCS", "C-section", "caesarean", "emergency section",
        r"re:\b(?:normal|vaginal|spontaneous|premature|preterm|home|forceps|instrumental|ventouse)\s+delivery\b",
        r"re:\bdelivered\s+(?:of\s+)?(?:a\s+)?(?:baby|healthy|live|boy|girl|son|daughter|twins|vaginally|normally)\b",
        r"re:\bdelivered\s+(?:at|on)\s+(?:\d|term|home)",
        r"re:\bdelivered\s+(?:by|via)\s+(?:emergency\s+|elective\s+)?(?:c(?:aesarean)?[\s-]?section|LSCS|SVD|forceps|ventouse)\b",
        r"re:\bbaby\s+(?:was\s+)?delivered\b",
    ], unless_before=_TOPIC),
    _rule("pregnancy_booking", [
        "maternity booking", "antenatal booking", "booking appointment", "booking appt",
        "booking visit", "booking bloods", "booking in", "late booking", "late booker",
        r"re:\bbook(?:ing|ed)\s+(?:in\s+)?at\s+\d+",
        r"re:\bbooked\s+(?:in\s+)?with\s+(?:the\s+)?(?:community\s+)?midwi\w+",
        r"re:\bbooked\s+(?:in\s+)?for\s+(?:maternity|antenatal)\s+care\b",
        r"re:\bbooking\b(?!\s+(?:a|an|the|of|for|ref\w*)\b)",
    ]),
    _rule("admission", [
        r"re:\badmitted\s+(?:to|onto|on\s+to|in)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,2}?(?:ward|hospital"
        r"|unit|PICU|NICU|SCBU|HDU|ICU|paediatrics|bay|MAU|CAU|infirmary)\b",
        "admitted overnight", "admitted for observation", "admitted for observations",
        "kept in overnight", "kept in for observation", "kept in for observations",
        "inpatient admission", "hospital admission",
        r"re:\badmission\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:ward|hospital|PICU|NICU|SCBU|unit)\b",
        r"re:\btransferred\s+to\s+(?:PICU|NICU|SCBU|HDU|ICU)\b",
        "sectioned", r"re:\bdetained\s+under\b",
    ], unless_before=_TOPIC),
    _rule("ae_attendance", [
        r"re:(?-i:\b(?:ED|CED)\b)(?!\s+(?i:follow|f/u|clinic|appointment|appt|OPA)\b)",
        "A&E", "A and E", "A+E", "emergency department", "MIU", "minor injuries unit", "UCC",
        "urgent care centre", "urgent care center", "walk-in centre",
        r"re:\bconveyed\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:hospital|infirmary|ED|A&E|emergency\s+department)\b",
    ], unless_before=_MISSED_BEFORE + "|" + _TOPIC),
    _rule("injury_presentation", unless_sentence=_BIRTHMARK, phrases=[
        r"re:\bpresented\s+(?:[\w'’&]+\s+){0,3}?with\s+(?:a\s+|an\s+|two\s+|\d+\s+|multiple\s+|several\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:bruis\w*|injur\w*|burns?|scalds?|marks?|swelling|fractur\w*|cuts?"
        r"|lacerations?|bites?|grazes?)\b",
        r"re:\b(?:bruis\w*|injur(?:y|ies)|burns?|scalds?|marks?|swelling|fractur\w*|lacerations?|grazes?)"
        r"\s+(?:[\w'’-]+\s+){0,4}?(?:was\s+|were\s+)?(?:noted|seen|observed|found|spotted|identified"
        r"|noticed|visible)\b",
        r"re:\b(?:noticed|noted|observed|found|spotted|saw)\s+(?:a\s+|an\s+|some\s+|two\s+|\d+\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:bruis\w*|injur\w*|burns?|scalds?|marks|mark|swelling|lacerations?)\b",
        r"re:\bbrought\s+(?:[\w'’]+\s+){0,2}?(?:in|into\s+\w+|to\s+(?:the\s+)?(?:surgery|GP|clinic|school|nursery|ED|A&E|hospital))\s+with\s+(?:a\s+|an\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:bruis\w*|injur\w*|burns?|scalds?|marks?|swelling|fractur\w*|cuts?)\b",
    ], unless_before=_TOPIC),
    _rule("domestic_incident", [
        "domestic incident", "DV incident", "DA incident", "DVA incident", "domestic abuse incident",
        "domestic violence incident", "domestic related incident", "domestic dispute",
        "domestic disturbance", "domestic argument", "domestic altercation",
        r"re:\b(?:attended|called\s+(?:out\s+)?to|responded\s+to)\s+(?:a|the)\s+domestic\b",
        r"re:\bassaulted\s+(?:his\s+|her\s+)?(?:ex[\s-]?)?(?:partner|girlfriend|boyfriend|wife|husband)\b",
        r"re:\b(?:an?|the)\s+(?:verbal\s+|physical\s+)?(?:argument|altercation|row|fight)\s+(?:\w+\s+){0,2}?(?:with|between)\s+"
        r"(?:\w+['’]?s?\s+){0,2}?(?:partner|boyfriend|girlfriend|husband|wife|ex|ex-partner)\b",
    ], unless_before=_TOPIC),
    _rule("police_callout", [
        "police called", "police were called", "called the police", "called police",
        "police attended", "police attendance", "police call out", "police call-out",
        "police callout", "officers attended", "999 call", "call to 999", "rang 999", "called 999",
        "police visited", "police responded", "welfare check", "arrested",
        r"re:\b(?:police|officers|PCs?|PCSOs?)\b(?:\s+[\w'’]+){0,2}\s+(?:attended|called|visited|responded|arrived)\b",
    ], unless_before=_TOPIC),
    _rule("referral", [
        r"re:(?<!pupil\s)\b(?:re-?|self[\s-]?)?referrals?\b(?!\s+(?:unit|form\s+not))",
        r"re:\b(?:re-?|self[\s-]?)?referr(?:ed|ing)\b", r"re:\brefer\s+(?:\w+\s+)?(?:to|into)\b",
        "MARF", "PPN", "safeguarding concern raised", "raised a safeguarding concern",
        r"re:\b(?:call|contact|phone\s+call|concerns?\s+raised)\s+(?:made\s+)?to\s+(?:the\s+)?(?:(?-i:MASH|CSC|EDT)"
        r"|children['’]?s\s+(?:services|social\s+care)|social\s+care|(?:the\s+)?front\s+door)\b",
    ], unless_before=r"\b(?:consider\w*|would|could|may|might|if|to|will)\b(?:\s+\w+){0,2}"),
    _rule("disclosure", [
        "disclosed", "disclosure", "made a disclosure", "disclosing",
        r"re:\btold\s+(?:her\s+|his\s+|the\s+|a\s+)?(?:class\s+)?(?:teacher|TA|staff|school|nurse|SW"
        r"|social\s+worker|DSL|police|foster\s+carer)\b\s*(?:that\b|['\"‘“])",
    ], unless_before=_ADULT_SPEAKER + "|" + _TOPIC, only_if_sentence=_CHILD_CONTEXT),
    _rule("home_visit", [
        "home visit", "home visits", "home call", "unannounced visit", "announced visit",
        "new birth visit", "NBV", "primary birth visit", "statutory visit", "CP visit", "CIN visit",
        "SW visit", "HV visit", "joint visit", "postnatal visit", "antenatal visit",
        "visited at home", "seen at home",
        r"re:\b(?:planned|rearranged|re-arranged|routine|follow[\s-]?up|UPP|UP|universal(?:\s+plus)?|weekly|monthly|fortnightly"
        r"|closing|introductory|initial)\s+(?:home\s+)?visit\b",
        r"re:\b(?:completed|undertaken|carried\s+out|done|conducted)\s+at\s+(?:the\s+)?(?:family\s+)?home\b",
        r"re:(?-i:\bHV\b)\s+(?:completed|done|undertaken|carried\s+out|conducted)\b",
        r"re:\bvisit(?:ed)?\s+(?:to\s+)?(?:the\s+)?(?:family\s+)?(?:home|address|property|flat|house)\b",
        r"re:\b(?:(?-i:HV|SW|FSW|EHW|MW|CMW)|(?:health|family\s+support|early\s+help|social|support)\s+worker"
        r"|health\s+visitor|midwife|worker)\s+visited\b(?!\s+(?:[\w'’]+\s+)?(?:at\s+|in\s+)?"
        r"(?:school|nursery|college|hospital|ward|clinic|office|contact\s+centre|prison))",
        r"re:\bvisited\s+(?:the\s+)?(?:mum|mother|dad|father|family|parents|(?-i:M(?:r|s|rs|iss)\s+[A-Z]\w*))\b",
    ]),
    _rule("appointment", [
        r"re:\bappointment\s+(?:was\s+)?(?:attended|kept)\b", r"re:\bappt\s+(?:attended|kept)\b",
        r"re:\battended\s+(?:[\w'’-]+\s+){0,3}?(?:appointment|appt|clinic|surgery|review|check|consultation)\b",
        r"re:\battended\s+(?:the\s+)?(?:GP|surgery|practice|clinic|dentist|dental\s+practice|outpatients)\b",
        r"re:\bseen\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:clinic|surgery|outpatients?|OPD|practice)\b",
        r"re:\bseen\s+by\s+(?:the\s+)?(?:GP|paediatrician|consultant|doctor|Dr|nurse|practice\s+nurse"
        r"|dentist|psychiatrist|registrar|midwife|(?-i:HV)|health\s+visitor|school\s+nurse|optician|audiologist)\b",
        r"re:\b(?:\d+[\s-]*(?:\d+[\s-]*)?|six|eight|one|two)[\s-]*(?:week|month|year|yr)s?\s+(?:check|review|development\w*\s+review)\b",
        r"re:\b\d{1,2}/12\s+(?:review|check|development\w*\s+review)\b",
        r"re:\b(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?clinic\b",
        "O/E", "on examination",
        "developmental check", "developmental review", "development review", "immunisations",
        "imms", "GP appointment", "GP appt", "antenatal appointment", "antenatal check",
        "antenatal clinic", "outpatient appointment", "outpatient", "OPA", "consultation",
        "clinic appointment", "dental check", "dental appointment",
        r"re:\b(?:appointment|appt)\b(?!\s+(?:made|booked|offered|sent|arranged|letter|cancelled|rebooked|given|to\s+be))",
       ], unless_before=_MISSED_BEFORE + "|" + _TOPIC),
    _rule("school_move", [
        "moved school", "moved schools", "changed school", "changed schools", "change of school",
        "new school", "school move", "in-year transfer", "managed move", "off-rolled", "off rolled",
        "taken off roll", "EHE", "elective home education", "home educated", "home education",
        r"re:\bremoved\s+from\s+(?:the\s+)?(?:school\s+)?roll\b",
        r"re:\bderegistered\s+from\s+(?:[\w'’]+\s+){0,2}school\b",
        r"re:\b(?:transferred|moved)\s+to\s+(?:[\w'’.-]+\s+){0,3}?(?:primary|school|academy|college|high)\b",
    ]),
    _rule("address_move", [
        r"re:\bmov(?:ed|ing)\s+(?:in)?to\b(?!\s+(?:the\s+|a\s+)?(?:ward|unit|bay|PICU|NICU|SCBU|team|new\s+school|school|academy|CP|CIN|level))",
        "moved house", "moved address", "moved out", "moved away", "moved back", "moved area",
        "moved areas", "moved in with", "new address", "change of address", "address change",
        "relocated", "rehoused", "re-housed", "temporary accommodation", "evicted", "eviction",
        "fled to refuge", "fled to a refuge", "placed in a hostel", "placed in hostel",
    ]),
    # ---- Tier 3
    _rule("information_request", [
        "request for information", "requested information", "information requested",
        "info requested", "info request", "information request", "checks requested",
        "agency checks", "police checks", "PNC check", "PNC checks", "MASH checks", "MASH enquiries",
        "MASH enquiry", "MASH request", "requests for information", "request for info",
        "request for an update",
        r"re:\brequested\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:report|chronology|checks|update|information|info)\b",
        r"re:\brequest\w*\b[^.;\n]{0,30}?\bfor\s+(?:information|info|an\s+update|a\s+report|records|a\s+chronology)\b",
        r"re:\bask(?:ed|ing)\s+(?:[\w'’]+\s+){0,2}for\s+(?:information|info|an\s+update|a\s+report|a\s+chronology)\b",
    ]),
    # A consultation noted in another contact's row ("discussed with named midwife") does not
    # make the row a supervision; alone, it does.
    _rule("supervision", [
        r"re:\bdiscussed\s+with\s+(?:the\s+)?(?:team\s+|line\s+|practice\s+|service\s+|safeguarding\s+)?manager\b",
        r"re:\bdiscussed\s+with\s+(?:the\s+)?(?:named\s+(?:nurse|doctor|midwife)|safeguarding\s+(?:lead|team|nurse|midwife)|DSL)\b",
    ]),
    _rule("information_shared", [
        "information shared", "info shared", "shared information", "shared info",
        r"re:\bshared\s+(?:the\s+)?(?:concerns|report|chronology|minutes|assessment|plan)\b",
        rf"re:\b(?:letter|copy|report|notification|e-?mail|update|minutes|discharge\s+(?:summary|letter))s?"
        rf"\s+(?:sent\s+|copied\s+|faxed\s+|e-?mailed\s+)?to\s+(?:the\s+)?{_AGENCY}",
        rf"re:\b(?:copied|cc['’]?d?|faxed|sent|forwarded|e-?mailed|wrote)\s+(?:to\s+)?(?:the\s+)?{_AGENCY}",
        rf"re:\b(?:notified|informed|updated|advised)\s+(?:the\s+)?{_AGENCY}",
        "minutes circulated", "minutes sent", "minutes distributed", "report sent", "discharge summary",
        "discharge letter", "DV notification",
    ]),
    _rule("contact", [
        "telephone call", "phone call", "telephoned", "phoned", "rang", "TC", "T/C", "tel call",
        "telcon", "tel con", "telephone contact", "letter sent", "letter", "email", "e-mail",
        "emailed", "text message", "texted", "office visit", "attended the office",
        "called into the office", "called into office", "spoke with", "spoke to", "conversation with",
        "voicemail", "left message", "left a message", "drop-in", "phone contact", "call from", "call to",
        "notice served", "served on",
    ]),
    # ---- Fallback: a plan named with no start/end wording, when nothing else matched
    _rule("cin_plan_start", ["CIN plan", "child in need plan", "CIN plans"]),
]

#: The event types in the order `infer_event_type` tries them (first wins).
EVENT_PRIORITY: tuple[str, ...] = tuple(dict.fromkeys(r.value for r in EVENT_RULES))


def infer_event_types(text: str) -> list[Tag]:
    """Every event type whose wording appears (not negated) in `text`, in priority order.

    One Tag per type, with the first evidence found for it. `infer_event_type` returns the
    first of these; the loader may use the rest (e.g. a home visit that also made a referral).
    """
    if not text:
        return []
    tags: list[Tag] = []
    seen: set[str] = set()
    for rule in EVENT_RULES:
        if rule.value in seen:
            continue
        m = rule.first(text)
        if m:
            seen.add(rule.value)
            tags.append(Tag(rule.value, m.group(0)))
    return tags


def infer_event_type(text: str) -> Tag | None:
    """The event type of a description (+ action text) whose Event type column is blank.

    Returns the highest-priority match (`EVENT_PRIORITY`; see the comment above
    `EVENT_RULES` for the tiers and why), or None if no wording is recognised; the caller
    then uses `graph.model.DEFAULT_EVENT_TYPE`. Negated wording is ignored ("no strategy
    discussion held", "not referred to CSC"), by the same rule as concerns (`_is_negated`).
    """
    if not text:
        return None
    for rule in EVENT_RULES:
        m = rule.first(text)
        if m:
            return Tag(rule.value, m.group(0))
    return None


# --------------------------------------------------------------------------------------
# Concerns
# --------------------------------------------------------------------------------------

_HOME_BEFORE = r"\b(?:home|house|property|flat|kitchen|room|bedroom|bathroom|conditions|floors?|carpets?|toilet|sofa|bedding|mattress)\s+(?:\w+\s+){0,3}"
_CHILD_MH_BEFORE = r"\b(?:adolescent|child\s+and\s+adolescent|children['’]?s|young\s+people['’]?s|CAMHS|(?:C|child|son|daughter)['’]?s)"
_CHILD_OBJ = r"(?:the\s+)?(?:child|children|baby|infant|(?-i:C\d?|[A-Z])\b|(?:her|his)\s+(?:son|daughter)|son|daughter|him)"
_PERPETRATOR = (
    r"(?:(?:her|his|mum['’]?s|mother['’]?s|the)\s+)?(?:(?:ex[\s-]?|new\s+)?(?:partner|boyfriend|girlfriend|husband|wife)"
    r"|(?-i:M[rs]\.?\s+[A-Z]\w*))"
)
_PARTNER_OBJ = (
    r"(?:mum|mother|(?:his|her)\s+(?:ex[\s-]?)?(?:partner|girlfriend|boyfriend|wife|husband)"
    r"|(?-i:M(?:s|rs|iss)\s+[A-Z]\w*))"
)

#: concern -> phrases. Evidence is the first non-negated match.
CONCERN_PHRASES: dict[str, list[str]] = {
    "physical_injury": [
        "bruis*", "fractur*",
        r"re:\b(?:hit|hitting|beat|beating|beaten|struck|whipped|smacked|slapped)\s+(?:him|her|them|(?-i:C\d?))\s+with\b",
        "with a belt",
        r"re:\b(?:hurts|hurt|hurting|squeezes|squeezed|squeezing|shakes|shook|shaking)\s+(?:my|her|his|the)\s+(?:brother|sister|baby|son|daughter)\b",
        r"re:\b(?:squeezes|squeezed|squeezing|shakes|shook|shaking)\s+(?:him|her|them|the\s+baby)\b",
        r"re:\b\d+(?:\.\d+)?\s*(?:cm|mm)\s+(?:\w+\s+)?(?:swelling|bruise|bruising|lump|laceration|cut|graze|mark|burn|scald)\b",
        r"re:\b(?:swelling|lump|bump)\s+(?:to\s+|on\s+|of\s+)?(?:the\s+|his\s+|her\s+)?(?:(?-i:R|L)|right|left)?\s*"
        r"(?:forehead|head|face|eye|cheek|jaw|arm|leg|wrist|hand|ankle|knee|skull)\b",
        r"re:\bgrabbed\s+(?:her|his|their|(?-i:C\d?)['’]s)\s+(?:arm|wrist|neck|face|hair|leg|throat)\b", "burn", "burns", "burned", "burnt", "scald*", "injur*", "NAI",
        "non-accidental", "physical abuse", "physically abused", "physical harm",
        "physical chastisement", "physical assault", "black eye", "head injury", "subdural",
        "retinal haemorrhag*", "torn frenulum", "lacerat*", "petechia*", "shaken baby",
        "shaking the baby", "swelling to", "swelling on",
        r"re:\b(?:red|finger(?:tip)?|slap|grip|bite|belt|linear|hand(?:print)?|strap)\s+marks?\b",
        r"re:\bmarks?\s+(?:on|to|around|across)\s+(?:(?:his|her|the|C['’]?s|baby['’]?s|left|right)\s+){0,2}"
        r"(?:face|neck|arms?|legs?|back|body|cheeks?|ears?|head|chest|torso|buttocks?|thighs?|wrists?"
        r"|hands?|bottom|forehead)\b",
        rf"re:\b(?:hit|punched|kicked|slapped|smacked|assaulted|shook|grabbed|bit|throttled|strangled)\s+{_CHILD_OBJ}",
    ],
    "sexual_abuse": [
        "sexual abuse", "sexually abused", "sexualised behaviour", "sexualized behaviour",
        "sexualised behaviours", "sexualised", "inappropriate touching", "touched inappropriately",
        "rape", "raped", "sexual assault", "sexually assaulted", "indecent assault",
        "child sexual abuse", "CSA", "HSB", "harmful sexual behaviour", "penetrat*",
        r"re:\btouch(?:ed|ing)\s+(?:(?:her|his|my|their|C['’]?s)\s+)?(?:private\s+parts|privates|bottom|vagina|penis|genitals|bum|willy|fanny|breasts?)\b",
        r"re:\bdisclos\w*\s+(?:[\w'’]+\s+){0,6}?touch\w*",
    ],
    "cse": [
        "CSE", "child sexual exploitation", "sexual exploitation", "sexually exploited",
        "older males", "older male", "older men", "older man", "older boyfriend", "grooming",
        "groomed", "gifts from older", "associating with older",
    ],
    "exploitation": [
        "CCE", "criminal exploitation", "county lines", "cuckooing", "cuckooed", "drug running",
        "running drugs", "NRM", "national referral mechanism", "trafficking", "trafficked",
        "modern slavery", "radicalis*", "radicaliz*", "Prevent referral",
        r"re:(?<!sexual\s)(?<!sexually\s)\bexploit(?:ation|ed)\b",
    ],
    "domestic_abuse": [
        "DV", "DA", "DVA", "domestic abuse", "domestic violence", "domestic", "IPV",
        "coercive control", "controlling behaviour", "coercive and controlling", "DASH", "MARAC",
        "IDVA", "Clare's Law", "DVDS", "DVPN", "DVPO", "non-molestation order", "non-mol",
        "restraining order", "refuge", "women's aid", "abusive relationship", "violent relationship",
        "volatile relationship", "partner violence", "honour based", "HBV", "forced marriage",
        "strangulation", "strangled", "choked",
        r"re:\bassault(?:ed)?\s+(?:on\s+)?(?:his\s+|her\s+)?(?:ex[\s-]?)?(?:partner|girlfriend|boyfriend|wife|husband)\b",
        rf"re:\b(?:hit|punched|kicked|pushed|slapped|headbutted|threatened|attacked|assaulted|beat|beaten)\s+{_PARTNER_OBJ}",
        r"re:\b(?:punched|kicked|smashed|headbutted|broke|put\s+(?:his|her|a)\s+fist\s+through)\s+(?:in\s+)?(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+)?(?:door|wall|window|windows|telly|tv|television|phone|mirror|plates?|furniture|car)\b",
        "fist through", "threw things", "throwing things", "threats to kill", "threatened to kill",
        "I'll kill you", "gets jealous", "financial abuse", "economic abuse",
        r"re:\btook\s+her\s+(?:phone|mobile|bank\s+card|money|keys|purse)\b",
        r"re:\b(?:he|partner|boyfriend|husband|(?-i:M[rs]\.?\s+[A-Z]\w*)|dad|father|step-?dad)\s+(?:is|was|gets|can\s+be"
        r"|becomes|has\s+been)\s+(?:very\s+|quite\s+)?(?:violent|aggressive|abusive|controlling|threatening)\b",
        r"re:\b(?:arguments?|rows?|altercations?|fights?|fighting)\s+(?:\w+\s+){0,2}?(?:with|between)\s+(?:\w+['’]?s?\s+){0,2}?"
        r"(?:partner|boyfriend|girlfriend|husband|wife|ex|ex-partner)\b",
        r"re:\b(?:shouted|shouting|screamed|screaming|swore|swearing)\s+at\s+(?:mummy|mum|mother|her\s+mum)\b",
        r"re:\b(?:ABH|GBH|assault|violence)\s+(?:on|against|towards)\s+(?:a\s+|his\s+|her\s+)?(?:previous\s+|former\s+|ex[\s-]?)?"
        r"(?:partner|girlfriend|boyfriend|wife|husband)\b",
    ],
    "offending_risk_adult": [
        "schedule 1", "schedule one", "sch 1", "sch. 1", "registered sex offender", "RSO",
        "sex offender", "sexual offences", "violent offender", "MAPPA", "PPRC",
        "person posing a risk to children", "person posing risk to children", "risk to children",
        "ViSOR", "previous convictions", "convictions for", "convicted of", "history of violence",
        "violent history", "released from prison", "released from custody", "on licence",
        "on license", "known offender", "prolific offender", "child cruelty", "indecent images",
        "IIOC", "SHPO", "sexual harm prevention order", "police caution", "cautioned for", "caution for",
    ],
    "self_harm": [
        "self-harm*", "self-injur*", "overdose*", "OD", "ligature*", "suicid*", "attempted suicide",
        r"re:\bcutting\b(?!\s+(?:down|back|off|out|up|ties|contact|hair|grass|food|nails|teeth|edge|in|across|through))",
        r"re:\bcutting\s+(?:herself|himself|themselves|myself|(?:her|his|their)\s+(?:arms?|wrists?|legs?|thighs?))\b",
        r"re:\bcuts?\s+(?:to|on)\s+(?:her|his|their)\s+(?:arms?|wrists?|legs?|thighs?)\b",
        r"re:\bcut\s+(?:her|his|their)\s+(?:arms?|wrists?|legs?|thighs?)\b",
        r"re:\btried\s+to\s+(?:kill|hang|harm|strangle)\s+(?:herself|himself|themselves)\b",
        r"re:\b(?:thoughts\s+of\s+)?ending\s+(?:her|his|their)\s+(?:own\s+)?life\b",
        r"re:\bwant(?:s|ed)?\s+to\s+die\b",
    ],
    "concealed_pregnancy": [
        "concealed pregnancy", "concealed her pregnancy", "concealed the pregnancy",
        "concealment of pregnancy", "concealment", "late booking", "late booker", "booked late",
        "unbooked", "no antenatal care", "denied pregnancy", "denied the pregnancy",
        "denial of pregnancy", "undisclosed pregnancy", "hidden pregnancy",
        r"re:\bbooked\s+(?:in\s+)?at\s+(?:2\d|3\d|4[0-2])(?:\s*\+\s*\d)?\s*(?:weeks|/40|wks)",
        r"re:\bunaware\s+(?:she\s+was|of\s+(?:her|the))\s+pregnan\w*",
    ],
    "unsafe_sleeping": [
        "co-sleep*", "co-slept", "bed-sharing", "bed share", "bed-shared", "unsafe sleep*",
        "no cot", "no moses basket", "overlay*",
        r"re:\b(?:sleeping|slept|asleep|fell\s+asleep)\s+(?:on\s+(?:the\s+)?(?:sofa|settee|couch|chair)\s+)?"
        r"with\s+(?:the\s+)?baby\b",
        r"re:\b(?:sleeping|slept|asleep|fell\s+asleep)\s+on\s+(?:the\s+)?(?:sofa|settee|couch)\s+with\b",
        r"re:\bbaby\s+(?:was\s+)?(?:sleeping|asleep|slept|found)\s+(?:in|on)\s+(?:the\s+)?(?:adult|parents?['’]?|mum['’]?s|mother['’]?s|double|sofa|settee|couch)\b",
        r"re:\bfound\s+(?:\w+\s+)?(?:in|on)\s+(?:the\s+)?(?:parents?['’]?|adult|mum['’]?s|mother['’]?s|double)\s+bed\b",
        r"re:\b(?:declined|refused|ignored|rejected)\s+(?:the\s+)?safe\s+sleep(?:ing)?\s+advice\b",
        r"re:\bsafe\s+sleep(?:ing)?\s+advice\s+(?:was\s+)?(?:declined|not\s+followed|ignored|refused)\b",
    ],
    "neglect": [
        "neglect*", "unkempt", "smelly", "smelt of urine", "smelled of urine", "smelling of urine",
        "head lice", "nits", "soiled", "unwashed", "poor hygiene", "poor personal hygiene",
        "inappropriately dressed", "inadequately dressed", "not dressed for the weather", "no coat",
        "no food", "nothing in the fridge", "never any food", "not enough food", "never enough food",
        "decay", "caries", "same uniform", "unbrushed", "hair matted", "no PE kit", "nothing in the cupboards", "left alone", "home alone",
        "left unsupervised", "unsupervised", "lack of supervision", "poor supervision",
        "without supervision", "without adult supervision", "no supervision", "no adult supervision",
        "tooth decay", "dental decay", "rotten teeth", "nappy rash", "poor basic care",
        "lack of basic care", "same clothes", "dirty clothes", "holes in shoes", "medical neglect",
        "dirty",
    ],
    "hunger_or_growth": [
        "hungry", "hunger", "underweight", "weight loss", "losing weight", "lost weight",
        "faltering growth", "failure to thrive", "FTT", "poor weight gain", "not gaining weight",
        "malnourished", "malnutrition", "stealing food", "scavenging for food", "scavenging food",
        "growth concerns", "weight concerns",
        r"re:\b(?:dropped|dropping|crossed|crossing|fallen|falling)\s+(?:through\s+|across\s+)?(?:\w+\s+){0,2}centiles?\b",
        r"re:\bbelow\s+(?:the\s+)?(?:0\.4(?:th)?|2nd|second)\s+centile\b",
        r"re:\basking\s+(?:[\w'’]+\s+){0,2}for\s+food\b",
        r"re:\btaking\s+food\s+from\b",
    ],
    "poor_home_conditions": [
        "poor home conditions", "squalid", "squalor", "dog faeces", "animal faeces", "faeces",
        "dog mess", "excrement", "hoarding", "clutter", "cluttered", "no heating", "no electricity",
        "no gas", "no hot water", "no bedding", "mattress on the floor", "mattress on floor",
        "filthy", "cockroaches", "infestation", "infested", "fleas", "damp", "mould", "mouldy",
        "unhygienic", "unsanitary", "state of the home", "state of the house", "state of the property",
        r"re:\bhome\s+conditions\s+(?:were\s+|are\s+|was\s+|is\s+|remain\s+|found\s+to\s+be\s+|noted\s+to\s+be\s+"
        r"|described\s+as\s+)?(?:very\s+|extremely\s+|really\s+)?(?:poor|unhygienic|unsanitary|squalid|concerning"
        r"|dirty|chaotic|cluttered|unsafe|bad|appalling|awful)\b",
        r"re:\b(?:home|house|property|flat)\s+(?:was\s+|is\s+|were\s+)?(?:very\s+|extremely\s+)?(?:dirty|messy|chaotic|in\s+a\s+poor\s+state)\b",
        r"re:\brubbish\s+(?:bags\s+)?(?:piled|strewn|everywhere|throughout|all\s+over)\b",
        r"re:\bsmell\s+of\s+urine\s+in\s+the\s+(?:home|house|property|flat)\b",
    ],
    "parental_mental_health": [
        "depression", "depressed", "low mood", "anxiety", "postnatal depression", "PND",
        "psychosis", "psychotic", "schizophreni*", "bipolar", "personality disorder", "EUPD", "BPD",
        "PTSD", "sectioned", "detained under", "Mental Health Act", "MHA", "mental ill health",
        "mental ill-health", "mental illness", "MH", "crisis team", "home treatment team", "CMHT",
        "psychiatric", "psychiatrist", "antidepressant*", "sertraline", "fluoxetine", "citalopram",
        "mirtazapine", "olanzapine", "quetiapine", "lithium", "hearing voices", "paranoi*",
        "mood low", "low in mood",
        r"re:\bmood\s+['\"‘“]?(?:up\s+and\s+down|low|poor|labile|fluctuating|very\s+low)\b",
        r"re:\bEPDS\s+(?:score\s+)?(?:of\s+|=\s*)?(?:1\d|2\d|30)\b",
        r"re:\bEPDS\s+(?:score\s+)?(?:was\s+)?(?:raised|high|elevated)\b",
        r"re:\b(?:mum|mother|(?-i:M(?:s|rs|iss)\.?\s+[A-Z]\w*))\s+(?:very\s+|quite\s+)?(?:low|tearful|flat)\b",
        r"re:\b(?:appeared|appears|presented\s+as|seemed|seems|looked|feeling|felt|feels)\s+(?:very\s+|quite\s+|extremely\s+)?(?:low|depressed|flat|tearful)\b",
        "mental health",
    ],
    "parental_substance_misuse": [
        "heroin", "cocaine", "crack cocaine", "crack use", "smoking crack", "crack pipe", "cannabis", "skunk", "spice", "methadone", "subutex",
        "buprenorphine", "MDMA", "ecstasy", "ketamine", "amphetamine*", "benzodiazepine*", "benzos",
        "drug use", "drug misuse", "drug user", "drug users", "drug taking", "drug-taking",
        "using drugs", "uses drugs", "taking drugs", "illicit drugs", "drugs", "substance misuse",
        "substance use", "IVDU", "needles", "drug paraphernalia", "alcohol", "alcoholic",
        "alcoholism", "drunk", "intoxicated", "inebriated", "under the influence", "hungover",
        "drinking heavily", "heavy drinking", "binge drinking", "been drinking", "drinking alcohol",
        "smelt of alcohol", "smelled of alcohol", "smell of alcohol", "smelling of alcohol", "vodka",
        "cans of lager", "CGL", "DAAT",
        r"re:\bdrinking\s+['\"‘“]?(?:a\s+bottle|a\s+few|\d+|several|lots|a\s+lot|most\s+(?:nights|days)|every\s+(?:night|day)"
        r"|nightly|glasses|pints|units)\b",
        r"re:\b\d+\s*(?:[-–]\s*\d+\s*|\+\s*)?(?:cans|pints|units|bottles)\b",
        r"re:\bdrinking\s+(?:again|heavily|excessively|daily|every\s+day|alcohol|cans|vodka|lager|wine|beer|cider|spirits)\b",
        r"re:\b(?:smok\w+|smelt\s+of|smell\s+of|smelled\s+of|smelling\s+of)\s+weed\b",
        r"re:\btested\s+positive\s+for\s+(?:cannabis|cocaine|heroin|opiates|amphetamines?|drugs|benzo\w*)\b",
    ],
    "emotional_abuse": [
        "emotional abuse", "emotionally abus*", "emotional harm", "emotionally harm*", "scapegoat*",
        "belittl*", "verbal abuse", "verbally abusive", "name calling",
        r"re:\b(?:shouting|shouted|shouts|screaming|screamed|screams|swearing|swore|swears)\s+at\s+(?:"
        + _CHILD_OBJ + r"|(?:my|her|his)\s+(?:brother|sister|son|daughter|baby))",
        r"re:\bcall(?:ed|s|ing)\s+(?:him|her|them|C)\s+names\b",
        r"re:\brejected\s+by\s+(?:his\s+|her\s+)?(?:mum|mother|dad|father|parents?)\b",
    ],
    "parental_learning_disability": [
        "learning disabilit*", "learning difficult*", "LD", "low IQ", "low cognitive",
        "cognitive impairment", "cognitive difficulties", "cognitive delay", "PAMS",
    ],
    "missing_episode": [
        r"re:\breported\s+(?:[\w'’]+\s+){0,2}missing\b", "missing from home", "missing from care",
        "missing from placement", "missing from school", "went missing", "gone missing", "go missing",
        "goes missing", "going missing", "been missing", "MFH", "missing episode", "missing episodes",
        "missing person", "absconded", "absconding", "return home interview", "RHI", "missing overnight",
        r"re:\bmissing\s+(?:for\s+\d|since|overnight|again|all\s+night)",
    ],
    "non_attendance": [
        "poor attendance", "low attendance", "persistent absence", "persistently absent",
        "school refusal", "school refuser", "school refusing", "not in school", "not attending school",
        "not at school", "truant*", "CME", "child missing education", "children missing education",
        "missing education", "DNAs", "WNB", "WNBs", "was not brought", "were not brought",
        "not brought", "did not attend", "didn't attend", "failed to attend", "missed appts",
        "non-engagement", "not engaging", "poor engagement", "disengaged", "disengagement",
        "failed to engage", "non-attendance",
        r"re:\b(?i:DNA)(?:['’]?d)?\b(?!\s*(?:test|sample|result|profile))",
        r"re:\battendance\s+(?:is\s+|was\s+|has\s+been\s+|remains\s+|of\s+)?(?:poor|low|concerning|below|\d+(?:\.\d+)?\s*%)",
        r"re:\b\d+(?:\.\d+)?\s*%\s+attendance\b",
        r"re:\bmissed\s+(?:(?:his|her|their|the|several|multiple|\d+|two|three|[\w-]+)\s+){0,2}"
        r"(?:appointments?|appts?|immunisations?|imms|checks?|reviews?|clinics?|sessions?)\b",
    ],
    "unexplained_absence": [
        "unexplained absence*", "unauthorised absence*", "unauthorized absence*",
        "absent without explanation", "absent without reason", "first day call*",
        "first day absence call*",
        r"re:\babsences?\s+(?:was\s+|is\s+|were\s+|are\s+|remain\s+)?(?:unexplained|not\s+explained)\b",
        r"re:\bnot\s+in\s+school\b[^.;\n]{0,30}?\bno\s+(?:contact|call|explanation|reason|message)\b",
        r"re:\bno\s+(?:reason|explanation)\s+(?:given\s+|provided\s+|offered\s+)?for\s+(?:the\s+|his\s+|her\s+)?absence",
    ],
}

#: Rules that need their own guard. A partner "hit her" is domestic abuse, unless the sentence
#: is about a child ("C1 (7) said mum's boyfriend hit her"), when "her" is the child.
_CONCERN_EXTRA_RULES: list[tuple[str, list[str], dict[str, str]]] = [
    ("domestic_abuse", [
        rf"re:\b{_PERPETRATOR}\s+(?:has\s+|had\s+|then\s+|allegedly\s+|reportedly\s+)?(?:hit|punched|kicked|pushed"
        r"|shoved|slapped|strangled|choked|headbutted|threatened|assaulted|attacked|beat|grabbed|smashed|threw|broke"
        r"|damaged|bit|spat)\b(?!\s+(?:C\d?|the\s+(?:child|children|baby)|baby|him)\b)",
        r"re:\b(?:(?:ex[\s-]?)?partner|boyfriend|husband|ex)\s+(?:has\s+|had\s+)?(?:hit|punched|kicked|assaulted|strangled"
        r"|slapped|pushed|attacked|headbutted|threatened|choked|beat)\s+(?:her|mum|mother)\b",
    ], {"unless_sentence": _CHILD_CONTEXT}),
]

_CONCERN_GUARDS: dict[str, str] = {
    # "home was dirty" is poor_home_conditions, not (also) neglect of the child.
    "neglect": _HOME_BEFORE,
    # CAMHS / "child and adolescent mental health" is not a parent's mental health.
    "parental_mental_health": _CHILD_MH_BEFORE,
}

def _build_concern_rules() -> list[_Rule]:
    rules: list[_Rule] = []
    for concern, phrases in CONCERN_PHRASES.items():
        if concern == "neglect":
            # "dirty" is neglect only when it is not the home that is dirty, so it gets its
            # own guarded rule; the other neglect words are unguarded.
            rules.append(_rule(concern, [p for p in phrases if p != "dirty"]))
            rules.append(_rule(concern, ["dirty"], unless_before=_CONCERN_GUARDS["neglect"]))
        else:
            rules.append(_rule(concern, phrases, unless_before=_CONCERN_GUARDS.get(concern),
                               unless_sentence=_BIRTHMARK if concern == "physical_injury" else None))
    for concern, phrases, options in _CONCERN_EXTRA_RULES:
        rules.append(_rule(concern, phrases, **options))
    return [dataclasses.replace(r, concern=True) for r in rules]


_CONCERN_RULES: list[_Rule] = _build_concern_rules()


def infer_concerns(text: str) -> list[Tag]:
    """Concern categories found in a description, one Tag per concern, in text order.

    Each Tag's evidence is the first non-negated mention. Negation follows `_is_negated`: a
    negator a few words before the term in the same clause ("no injuries seen", "denies DV",
    "no evidence of drug use", "not considered to be neglect") or a short post-negator
    ("DV denied", "bruising: none seen") suppresses it; a new clause ("... but mother
    disclosed DV") does not inherit the negation. Known limits: whose problem it is is not
    parsed, so a young person's cannabis use tags parental_substance_misuse and a child's
    "mental health" (outside CAMHS wording) tags parental_mental_health.
    """
    if not text:
        return []
    found: dict[str, re.Match[str]] = {}
    for rule in _CONCERN_RULES:
        m = rule.first(text)
        if m and (rule.value not in found or m.start() < found[rule.value].start()):
            found[rule.value] = m
    ordered = sorted(found.items(), key=lambda kv: kv[1].start())
    return [Tag(concern, m.group(0)) for concern, m in ordered]


# --------------------------------------------------------------------------------------
# Referral recipients
# --------------------------------------------------------------------------------------

_INTENTION = re.compile(r"\b(?:consider\w*|would|could|may|might|if|to|will|plan\w*)\b(?:\s+\w+){0,2}\s*$",
                        re.IGNORECASE)
_REFERRAL_WORD = r"(?:\b(?:re-?|self[\s-]?)?referr(?:al|ed|ing)s?\b|\brefer\b|(?-i:\b(?:MARF|PPN)\b))"
_REFERRAL_FORWARD = re.compile(
    _REFERRAL_WORD
    + r"(?:\s+(?!(?:to|into)\b)[\w'’&/-]+){0,4}?\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+|local\s+)?"
    + r"(?P<agency>(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}?" + _AGENCY + r")",
    re.IGNORECASE,
)
_REFERRAL_BACKWARD = re.compile(
    r"(?P<agency>(?-i:\b(?:MASH|CSC|EDT|CAMHS|CMHT|IDVA)\b)|\b(?:children['’]?s\s+(?:social\s+care|services)"
    r"|social\s+care|social\s+services|early\s+help|CAMHS)\b)\s+referral\b",
    re.IGNORECASE,
)


def referral_target_sector(text: str) -> Tag | None:
    """The sector a referral in `text` went to, for referral rows with no explicit recipient.

    Recognises "referral (made/sent) to X", "referred (mum) to X", "MARF to X", and "X referral"
    for front-door recipients ("MASH referral", "CAMHS referral"). X is any agency phrase in
    `SECTOR_PHRASES`, optionally preceded by up to two capitalised place words ("referred to
    Northshire Children's Services"). The Tag's value is the sector and its evidence the words
    from "referral" to the recipient. Negated referrals ("no referral to CSC was made"),
    intended ones ("HV to refer to CSC if no improvement", "consider referral to EH") and
    referrals with no named recipient return None, so it is safe to call on any row.
    """
    if not text:
        return None
    for pattern in (_REFERRAL_FORWARD, _REFERRAL_BACKWARD):
        for m in pattern.finditer(text):
            if _is_negated(text, m.start(), m.end()):
                continue
            if _INTENTION.search(_sentence_prefix(text, m.start())[-60:]):
                continue
            if pattern is _REFERRAL_FORWARD and re.search(r"\bpupil\s*$", text[:m.start()], re.IGNORECASE):
                continue
            sector = sector_for(m.group("agency"))
            if sector:
                return Tag(sector, m.group(0))
    return None


# --------------------------------------------------------------------------------------
# Explicit columns
# --------------------------------------------------------------------------------------

def _norm_cell(cell: str) -> str:
    s = cell.strip().lower().replace("’", "'")
    s = re.sub(r"[‐‑–—]", "-", s)
    s = re.sub(r"\s*([-/&])\s*", r" \1 ", s)
    s = re.sub(r"[^\w&/'+ -]", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" -/")
    return s


#: What people write in an explicit Event type column -> event type (matched whole, after
#: lower-casing and tidying punctuation). Anything else goes through `infer_event_type`.
EVENT_COLUMN_SYNONYMS: dict[str, list[str]] = {
    "home_visit": ["home visit", "hv", "visit", "hv visit", "sw visit", "statutory visit",
                   "unannounced visit", "announced visit", "new birth visit", "nbv", "home contact",
                   "visit home", "hv home visit"],
    "no_access_visit": ["no access", "no access visit", "na visit", "nav", "hv no access",
                        "failed visit", "no reply"],
    "contact": ["contact", "phone call", "telephone call", "call", "tel", "t / c", "tc", "telephone",
                "phone", "letter", "email", "e - mail", "text", "sms", "office visit", "telephone contact",
                "phone contact", "correspondence"],
    "appointment": ["appointment", "appt", "clinic", "gp appointment", "gp appt", "consultation",
                    "gp consultation", "outpatient", "outpatients", "opa", "clinic appointment",
                    "health appointment", "developmental review", "immunisations"],
    "missed_appointment": ["dna", "wnb", "missed appointment", "did not attend", "was not brought",
                           "fta", "dna / wnb", "wnb / dna", "missed appt", "not brought"],
    "referral": ["referral", "safeguarding referral", "marf", "ppn", "referral made", "referral sent",
                 "referral received", "self referral", "re - referral", "mash referral"],
    "referral_outcome": ["referral outcome", "mash decision", "mash outcome", "screening outcome",
                         "contact outcome"],
    "information_request": ["information request", "info request", "request for information",
                            "request for info", "info requested", "information requested",
                            "checks", "agency checks", "mash enquiry", "mash check", "mash checks",
                            "police checks", "rfi"],
    "information_shared": ["information sharing", "info sharing", "information shared", "info shared",
                           "notification", "report", "discharge summary", "minutes", "letter to gp",
                           "information", "info", "dv notification", "share"],
    "assessment_start": ["assessment", "single assessment", "caf", "eha", "early help assessment",
                         "c & f assessment", "child and family assessment", "assessment start",
                         "assessment started", "core assessment", "initial assessment",
                         "pre - birth assessment", "parenting assessment"],
    "assessment_complete": ["assessment complete", "assessment completed", "assessment outcome",
                            "assessment end", "sa complete", "sa completed"],
    "strategy_discussion": ["strategy", "strategy meeting", "strategy discussion", "strat",
                            "strat meeting", "strategy call", "s47 strategy"],
    "s47_enquiry": ["s47", "s 47", "section 47", "s47 enquiry", "section 47 enquiry",
                    "child protection enquiry", "cp enquiry", "s47 investigation"],
    "cp_conference": ["icpc", "rcpc", "cp conference", "conference", "child protection conference",
                      "initial cp conference", "review cp conference", "pre - birth conference",
                      "initial child protection conference", "review child protection conference",
                      "cpc"],
    "cp_plan_start": ["cp plan", "cp plan start", "cp registration", "child protection plan",
                      "cp plan started"],
    "cp_plan_end": ["cp plan end", "cp plan ended", "de - registration", "deregistration",
                    "end of cp plan"],
    "cin_plan_start": ["cin plan", "cin", "child in need plan", "cin plan start"],
    "cin_plan_end": ["cin plan end", "cin plan ended", "cin closed", "end of cin plan"],
    "core_group": ["core group", "cg", "core group meeting"],
    "review_meeting": ["review", "review meeting", "cin review", "cin meeting", "professionals meeting",
                       "professionals' meeting", "multi - agency meeting", "meeting", "taf", "tac",
                       "taf meeting", "team around the family", "mdt", "lac review", "cla review",
                       "network meeting"],
    "marac": ["marac"],
    "case_closure": ["closure", "case closure", "closed", "case closed", "discharge from service"],
    "decision_no_further_action": ["nfa", "no further action", "decision nfa"],
    "step_down": ["step down", "stepped down", "step - down"],
    "step_up": ["step up", "stepped up", "step - up", "escalation"],
    "case_transfer": ["transfer", "case transfer", "transfer in", "transfer out", "handover",
                      "reallocation", "transfer of case"],
    "police_callout": ["police attendance", "police call out", "police callout", "call out",
                       "police incident", "999 call", "arrest", "police attended"],
    "domestic_incident": ["domestic", "domestic incident", "dv incident", "da incident",
                          "domestic abuse incident", "dv", "da"],
    "ae_attendance": ["a & e", "ed", "ed attendance", "a & e attendance", "emergency department",
                      "attendance at ed", "attendance at a & e", "miu", "urgent care"],
    "injury_presentation": ["injury", "injury presentation", "bruise", "bruising", "injuries"],
    "cp_medical": ["cp medical", "child protection medical", "medical examination"],
    "admission": ["admission", "hospital admission", "inpatient", "admitted"],
    "birth": ["birth", "delivery", "born", "birth of baby"],
    "pregnancy_booking": ["booking", "maternity booking", "antenatal booking", "booking appointment"],
    "address_move": ["house move", "address change", "change of address", "move", "moved",
                     "new address", "moved address"],
    "school_move": ["school move", "change of school", "new school", "school transfer",
                    "in - year transfer", "ehe"],
    "disclosure": ["disclosure", "child disclosure"],
    "missing_episode": ["missing", "missing episode", "mfh", "missing from home", "missing person",
                        "return home interview", "rhi"],
    "care_proceedings": ["care proceedings", "court", "plo", "pre - proceedings", "court hearing",
                         "epo", "ico", "legal planning meeting", "proceedings"],
    "looked_after_start": ["lac", "cla", "accommodated", "s20", "section 20", "placed in care",
                           "looked after", "became looked after", "foster placement"],
    "looked_after_end": ["ceased lac", "ceased to be looked after", "discharged from care",
                         "return home from care", "lac end"],
    "serious_incident": ["death", "serious incident", "index incident", "sudi", "critical incident"],
    "supervision": ["supervision", "management oversight", "case direction", "management decision"],
    "other": ["other"],
}
_EVENT_COLUMN_LOOKUP: dict[str, str] = {
    _norm_cell(syn): etype for etype, syns in EVENT_COLUMN_SYNONYMS.items() for syn in syns
}


def event_type_from_column(cell: str) -> str | None:
    """Map an explicit Event type cell to an EVENT_TYPES key, or None if it cannot be mapped.

    Order: an EVENT_TYPES key or its spaced form ("home_visit", "Home visit"); a whole-cell
    synonym in `EVENT_COLUMN_SYNONYMS` ("HV" -> home_visit here, because this column names
    a kind of event, not an agency); otherwise the description rules (`infer_event_type`),
    which handle labels such as "HV - no access", "Referral to CSC", "Telephone call to mum".
    None means the caller should warn and infer from the description instead.
    """
    if not cell or not cell.strip():
        return None
    norm = _norm_cell(cell)
    key = norm.replace(" - ", "_").replace(" ", "_")
    if key in EVENT_TYPES:
        return key
    if norm in _EVENT_COLUMN_LOOKUP:
        return _EVENT_COLUMN_LOOKUP[norm]
    tag = infer_event_type(cell)
    return tag.value if tag else None


#: What people write in an explicit Concerns column -> concern(s) (matched whole).
CONCERN_COLUMN_SYNONYMS: dict[str, list[str]] = {
    "domestic_abuse": ["dv", "da", "dva", "domestic", "domestic abuse", "domestic violence"],
    "neglect": ["neglect", "hygiene", "poor hygiene", "basic care", "supervision", "lack of supervision"],
    "physical_injury": ["physical", "physical abuse", "injury", "injuries", "nai", "bruising", "bruise"],
    "sexual_abuse": ["sexual", "sexual abuse", "sa", "csa", "hsb"],
    "emotional_abuse": ["emotional", "emotional abuse", "ea", "emotional harm"],
    "parental_mental_health": ["mh", "mental health", "parental mh", "parental mental health",
                               "maternal mh", "paternal mh", "mum's mh", "mums mh", "pnd",
                               "maternal mental health", "adult mental health"],
    "parental_substance_misuse": ["substance misuse", "sm", "drugs", "alcohol", "drug", "drug use",
                                  "parental substance misuse", "substances", "alcohol misuse",
                                  "drug misuse", "parental drug use", "parental alcohol"],
    "parental_learning_disability": ["ld", "learning disability", "parental ld",
                                     "learning difficulties", "parental learning disability"],
    "self_harm": ["sh", "self harm", "self - harm", "overdose", "suicide", "suicidal"],
    "cse": ["cse", "sexual exploitation"],
    "exploitation": ["cce", "exploitation", "criminal exploitation", "county lines"],
    "missing_episode": ["missing", "mfh", "missing episodes", "missing from home"],
    "poor_home_conditions": ["home conditions", "poor home conditions", "housing conditions",
                             "conditions of home", "home environment"],
    "hunger_or_growth": ["growth", "weight", "ftt", "faltering growth", "failure to thrive", "hunger",
                         "nutrition", "feeding"],
    "unsafe_sleeping": ["unsafe sleep", "unsafe sleeping", "co - sleeping", "cosleeping", "safe sleep",
                        "sleeping arrangements"],
    "concealed_pregnancy": ["concealed pregnancy", "late booking", "concealment"],
    "offending_risk_adult": ["schedule 1", "sch 1", "rso", "offending", "risk to children", "pprc",
                             "sex offender", "mappa", "criminality"],
    "non_attendance": ["attendance", "non - attendance", "school attendance", "poor attendance",
                       "dna", "wnb", "missed appointments", "non - engagement", "engagement",
                       "was not brought", "dnas"],
    "unexplained_absence": ["unexplained absence", "absence", "unauthorised absence"],
}
_MULTI_CONCERN_COLUMN: dict[str, list[str]] = {
    "toxic trio": ["domestic_abuse", "parental_mental_health", "parental_substance_misuse"],
    "trio of vulnerability": ["domestic_abuse", "parental_mental_health", "parental_substance_misuse"],
}
_CONCERN_COLUMN_LOOKUP: dict[str, list[str]] = {
    _norm_cell(syn): [concern] for concern, syns in CONCERN_COLUMN_SYNONYMS.items() for syn in syns
}
_CONCERN_COLUMN_LOOKUP.update({_norm_cell(k): v for k, v in _MULTI_CONCERN_COLUMN.items()})

#: Cell values that mean "no concerns": neither concerns nor unmapped items.
_EMPTY_CONCERN_CELLS = frozenset({
    "", "none", "nil", "n / a", "na", "n a", "no concerns", "nil concerns", "none known",
    "none identified", "no", "not known", "nk", "unknown",
})
_CONCERN_SPLIT = re.compile(r"\s*(?:[;,/|+&\n]|\band\b)\s*", re.IGNORECASE)


def concerns_from_column(cell: str) -> tuple[list[str], list[str]]:
    """Map an explicit Concerns cell to (concern keys, items that could not be mapped).

    Items are split on ; , / | + & newlines and the word "and" ("drugs and alcohol" ->
    two items, one concern). Each item is matched, in order: a CONCERNS key or its spaced
    form; a whole-item synonym in `CONCERN_COLUMN_SYNONYMS` ("DV", "parental MH", "toxic
    trio"); otherwise the description rules (`infer_concerns`, with negation, so "no DV" is
    not a concern). Concerns are de-duplicated in first-seen order. Cells such as "none",
    "nil", "N/A" yield nothing; items that map to nothing are returned as written.
    """
    if not cell or _norm_cell(cell) in _EMPTY_CONCERN_CELLS:
        return [], []
    concerns: list[str] = []
    unmapped: list[str] = []
    for raw in _CONCERN_SPLIT.split(cell):
        item = raw.strip().strip(".-:()[]\"'").strip()
        if not item:
            continue
        norm = _norm_cell(item)
        if norm in _EMPTY_CONCERN_CELLS:
            continue
        key = norm.replace(" - ", "_").replace(" ", "_")
        if key in CONCERNS:
            found = [key]
        elif norm in _CONCERN_COLUMN_LOOKUP:
            found = _CONCERN_COLUMN_LOOKUP[norm]
        else:
            found = [t.value for t in infer_concerns(item)]
        if found:
            concerns.extend(c for c in found if c not in concerns)
        else:
            unmapped.append(item)
    return concerns, unmapped


# --------------------------------------------------------------------------------------
# People mentioned in a description
# --------------------------------------------------------------------------------------

_KIN = [
    "mother", "mum", "mam", "mummy", "father", "dad", "daddy", "stepfather", "step-father",
    "step-dad", "stepdad", "stepmother", "step-mother", "step-mum", "stepmum", "birth mother",
    "birth father", "boyfriend", "girlfriend", "partner", "new partner", "ex-partner", "husband",
    "wife", "grandmother", "grandfather", "grandma", "grandad", "granddad", "grandparent",
    "grandparents", "maternal grandmother", "paternal grandmother", "maternal grandfather",
    "paternal grandfather", "MGM", "PGM", "MGF", "PGF", "nan", "nana", "nanna", "gran", "uncle",
    "aunt", "auntie", "aunty", "baby", "unborn", "unborn baby", "new baby", "sibling", "siblings",
    "brother", "sister", "half-brother", "half-sister", "step-brother", "step-sister",
    "half-sibling", "twin", "cousin", "son", "daughter", "lodger", "family friend",
    "unknown male", "unknown female", "unknown man", "unknown woman", "male friend",
    "female friend", "male visitor", "carer", "foster carer", "kinship carer",
]
_TITLE_NAME = r"(?-i:\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:[A-Z](?:[A-Za-z]*(?:[-'’][A-Z][A-Za-z]+)?)?)(?![A-Za-z]))"
_RELATION = r"(?:(?:new|ex)[\s-]*)?(?:partner|boyfriend|girlfriend|husband|wife|brother|sister|mother|father|mum|dad|friend|son|daughter)"
_PERSON_PATTERN = re.compile(
    "|".join([
        rf"{_TITLE_NAME}['’]s\s+{_RELATION}\b",
        r"\b(?:mother|mum|mam|father|dad|MGM|PGM|nan|gran)['’]s\s+" + _RELATION + r"\b",
        _TITLE_NAME,
        r"(?-i:\b(?:Child|Baby|Sibling)\s+[A-Z]\d?\b)",
        r"(?-i:\bC\d\b)",
        r"(?<!ward\s)(?<!Ward\s)\bsister\b(?!\s+(?-i:[A-Z]))",
        r"\bpartner\b(?!\s*(?:agenc\w*|organisations?|services?)\b|ship)",
        _alternation([k for k in _KIN if k not in ("sister", "partner")]),
    ]),
    re.IGNORECASE,
)


def person_mentions(text: str) -> list[str]:
    """Words in a description that refer to a person, as written, in order of first mention.

    Titles with an initial or surname ("Mr B", "Mrs Smith"), kin and household roles
    ("mother", "step-dad", "mother's partner", "nan", "baby", "lodger", "unknown male"),
    pseudonyms ("Child A", "Baby M", "C1"). The longest phrase wins ("mother's partner" is one
    mention, not "mother" + "partner"; "Ms A's partner" likewise). Repeats are dropped
    (case-insensitively). Professionals ("Dr", "HV", "SW") and generic words ("child",
    "children", "family", "parents") are not returned: "child" is mostly "child protection".
    "ward sister", "Sister Jones" (a nurse) and "partner agencies" are not people.
    """
    if not text:
        return []
    out: list[str] = []
    seen: set[str] = set()
    for m in _PERSON_PATTERN.finditer(text):
        mention = m.group(0)
        key = re.sub(r"\s+", " ", mention.lower())
        if key not in seen:
            seen.add(key)
            out.append(mention)
    return out


# --------------------------------------------------------------------------------------
# The child seen alone, the child's views (for blank Seen alone / Views recorded cells)
# --------------------------------------------------------------------------------------
# Only words that say so count: a blank cell stays unknown unless the description says the
# child was (or was not) seen alone, or that the child's views were (or were not) recorded.
# A statement about an adult ("mum seen alone", "mum said she wants") is not about the child;
# an intention ("SW to see C1 alone") says nothing unless the sentence records a refusal;
# statements that disagree within one row ("C1 seen alone, C2 not seen alone") leave it unknown.

_ADULT_WORD = re.compile(
    r"\b(?:mum|mother|mam|dad|father|parents?|carers?|partner|boyfriend|girlfriend|step-?\w+|grand\w*"
    r"|nan|gran|aunt\w*|uncle|adults?|home|Mr|Mrs|Ms|Miss)\b", re.IGNORECASE)
_CHUNK_BREAK = re.compile(r"[.;!?\n,(]|\b(?:but|however|although|then)\b", re.IGNORECASE)
_NOT = re.compile(
    r"\b(?:not|never|no|nor|unable|without|refused|declined|prevented)\b|n['’]t\b", re.IGNORECASE)
_INTENT = re.compile(
    r"(?<!\bable\s)(?<!\bmanaged\s)\bto\b|\b(?:will|plan\w*|should|must|needs?|would|ask\w*|request\w*"
    r"|tr(?:y|ied|ying)|attempt\w*|want\w*|wish\w*)\b", re.IGNORECASE)
_REFUSED = re.compile(
    r"\b(?:refused|declined|would\s+not|wouldn['’]t|not\s+(?:possible|allowed|able)|unable|prevented"
    r"|insisted|stayed\s+in\s+the\s+room|remained\s+present)\b", re.IGNORECASE)

_SEEN_ALONE = re.compile(
    r"\b(?:seen|saw|see|seeing|spoke|spoken|speak|speaking|talked|talk|talking|interviewed|met)\b"
    r"(?P<obj>(?:\s+(?!alone\b|on\b|by\b|without\b|separately\b)[\w'’]+){0,4}?)\s+"
    r"(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:him|her|them)sel(?:f|ves)|separately"
    r"|without\s+(?:[\w'’]+\s+){0,2}?(?:mum|mother|dad|father|parents?|carers?|adults?)\s+(?:being\s+)?present)\b",
    re.IGNORECASE)
_SEEN_ALONE_AFTER = re.compile(r"^\s*[:?\-–]+\s*(?:no|not|n/a)\b", re.IGNORECASE)

_VIEWS = re.compile(
    r"\bwishes\s*(?:and|&)\s*feelings\b|\bvoice\s+of\s+the\s+(?:child|young\s+person)\b"
    r"|\bviews\s+of\s+the\s+(?:child|young\s+person)\b|\b(?:child|young\s+person|YP|C\d)['’]?s?\s+(?:own\s+)?(?:views|voice)\b",
    re.IGNORECASE)
_VIEWS_AFTER_NOT = re.compile(
    r"^[\s:\-–]*(?:(?:were|was|is|are|have\s+been|has\s+been|been)\s+)?(?:[\w'’]+\s+)?"
    r"(?:not\s+(?:recorded|obtained|sought|ascertained|captured|gathered|explored|known|heard|clear)|unknown|none\b|no\b)",
    re.IGNORECASE)
_VIEWS_AFTER_INTENT = re.compile(r"^[\s:\-–]*(?:[\w'’]+\s+)?(?:to\s+be|will\s+be|needs?\s+to\s+be)\b", re.IGNORECASE)
_SPEAKER = r"(?:(?-i:\bC\d\b)|\b(?:child|young\s+person|YP))"
_SAYS = r"\b(?:said|says|told\s+\w+|stated|expressed|explained|shared)"
_CHILD_SAID = re.compile(
    rf"(?:{_SPEAKER}\s+)?{_SAYS}\s+(?:that\s+)?(?:she|he|they)\s+"
    r"(?:wants?|wanted|would\s+like|likes?|liked|does\s*n['’]?o?t\s+(?:want|like)|did\s*n['’]?o?t\s+(?:want|like)"
    r"|is\s+(?:scared|frightened|happy|sad)|was\s+(?:scared|frightened|happy|sad)|feels?|felt|misses|missed)\b"
    rf"|{_SPEAKER}\s+{_SAYS}\b",
    re.IGNORECASE)


def _chunk_before(text: str, start: int, words: int) -> tuple[int, str]:
    """The last `words` words before `start` in its clause, and where they begin."""
    begin = 0
    for m in _CHUNK_BREAK.finditer(text, 0, start):
        begin = m.end()
    tokens = list(re.finditer(r"[\w'’/]+", text[begin:start]))
    if len(tokens) > words:
        begin += tokens[-words].start()
    return begin, text[begin:start]


def _verdict(found: list[tuple[bool, str]]) -> tuple[bool, str] | None:
    if not found or len({value for value, _ in found}) > 1:
        return None
    return found[0]


def seen_alone_from_text(text: str) -> tuple[bool, str] | None:
    """Whether a description says the child was seen alone: (True or False, the words), or None.

    "C1 seen alone", "spoke to her alone", "seen on his own", "spoke with Child A on her own
    without mum present" -> True. "not seen alone", "unable to see him alone", "mum would not
    allow SW to see C1 alone", "asked to see C1 alone but mum refused" -> False. "Mum seen alone",
    "spoke to dad alone", "SW to see C1 alone next visit", "left home alone" -> None.
    """
    found: list[tuple[bool, str]] = []
    for m in _SEEN_ALONE.finditer(text or ""):
        begin, before = _chunk_before(text, m.start(), 6)
        if _ADULT_WORD.search(m.group("obj")) or _ADULT_WORD.search(" ".join(before.split()[-2:])):
            continue
        neg, intent = _NOT.search(before), _INTENT.search(before)
        if neg:
            found.append((False, text[begin + neg.start():m.end()]))
        elif intent:
            refused = _REFUSED.search(_sentence(text, m.end())[len(_sentence_prefix(text, m.end())):])
            if refused:
                found.append((False, text[begin + intent.start():m.end() + refused.end()]))
        elif _SEEN_ALONE_AFTER.match(text[m.end():]):
            found.append((False, text[m.start():m.end() + _SEEN_ALONE_AFTER.match(text[m.end():]).end()]))
        else:
            found.append((True, m.group(0)))
    return _verdict(found)


def child_views_from_text(text: str) -> tuple[bool, str] | None:
    """Whether a description says the child's wishes and feelings were recorded: (True or
    False, the words), or None.

    "wishes and feelings", "C1 said she wants to live with nan", "child's views recorded",
    "voice of the child" -> True. "wishes and feelings not obtained", "no child's views recorded",
    "unable to ascertain wishes and feelings" -> False. "wishes and feelings work to be completed",
    "mum said she wants more support" -> None.
    """
    found: list[tuple[bool, str]] = []
    for m in _VIEWS.finditer(text or ""):
        begin, before = _chunk_before(text, m.start(), 6)
        neg, after = _NOT.search(before), text[m.end():]
        if neg:
            found.append((False, text[begin + neg.start():m.end()]))
        elif _VIEWS_AFTER_NOT.match(after):
            found.append((False, text[m.start():m.end() + _VIEWS_AFTER_NOT.match(after).end()]))
        elif not (_INTENT.search(before) or _VIEWS_AFTER_INTENT.match(after)):
            found.append((True, m.group(0)))
    for m in _CHILD_SAID.finditer(text or ""):
        _, before = _chunk_before(text, m.start(), 3)
        if not _ADULT_WORD.search(before):
            found.append((True, m.group(0)))
    return _verdict(found)


# --------------------------------------------------------------------------------------
# Import-time checks: the tables use only the vocabulary in graph.model
# --------------------------------------------------------------------------------------

def _check_vocabulary() -> None:
    bad = [s for s in SECTOR_PHRASES if s not in SECTORS]
    bad += [s for s in SECTOR_PRECEDENCE if s not in SECTORS]
    bad += [r.value for r in EVENT_RULES if r.value not in EVENT_TYPES]
    bad += [e for e in EVENT_COLUMN_SYNONYMS if e not in EVENT_TYPES]
    bad += [c for c in CONCERN_PHRASES if c not in CONCERNS]
    bad += [c for c, _, _ in _CONCERN_EXTRA_RULES if c not in CONCERNS]
    bad += [c for c in CONCERN_COLUMN_SYNONYMS if c not in CONCERNS]
    bad += [c for cs in _MULTI_CONCERN_COLUMN.values() for c in cs if c not in CONCERNS]
    if bad:
        raise ValueError(f"lexicon tables use names not in graph.model: {sorted(set(bad))}")
    if set(SECTOR_PHRASES) != set(SECTOR_PRECEDENCE):
        raise ValueError("SECTOR_PRECEDENCE must list every sector in SECTOR_PHRASES")


_check_vocabulary()
