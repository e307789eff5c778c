"""The detector catalogue, read from the header comment of each cypher/detectors/*.cypher.

Keeping a detector's documentation in its own query file means the catalogue a panel
reads (`jigsaw detectors`) cannot drift from the rule that runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from graph import queries

_FIELD = re.compile(r"^//\s*(id|tier|version|title|panel|evidence):\s*(.+)$")
_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*=\s*([^|]+?)\s*\|\s*(.+)$")


@dataclass(frozen=True)
class Param:
    name: str
    default: int | float | str
    meaning: str


@dataclass(frozen=True)
class Detector:
    id: str
    tier: int
    version: int
    title: str
    panel: str
    evidence: str
    params: tuple[Param, ...] = field(default_factory=tuple)

    @property
    def query_name(self) -> str:
        return f"detectors/{self.id}"

    def defaults(self) -> dict[str, int | float | str]:
        return {p.name: p.default for p in self.params}


@cache
def catalogue() -> tuple[Detector, ...]:
    names = [n for n in queries.all_names() if n.startswith("detectors/")]
    return tuple(sorted((_parse(n) for n in names), key=lambda d: (d.tier, d.id)))


def detector(detector_id: str) -> Detector:
    for d in catalogue():
        if d.id == detector_id:
            return d
    raise KeyError(f"no detector named {detector_id!r}; `jigsaw detectors` lists them")


def _parse(name: str) -> Detector:
    text = (queries.CYPHER_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        if m := _FIELD.match(line):
            fields[m.group(1)] = m.group(2).strip()
        elif m := _PARAM.match(line):
            params.append(Param(m.group(1), _value(m.group(2)), m.group(3).strip()))
    expected = name.split("/", 1)[1]
    if fields.get("id") != expected:
        raise ValueError(f"{name}.cypher: header must start with '// id: {expected}'")
    return Detector(id=fields["id"], tier=int(fields.get("tier", 1)), version=int(fields.get("version", 1)),
                    title=fields.get("title", expected), panel=fields.get("panel", ""),
                    evidence=fields.get("evidence", ""), params=tuple(params))


def _value(text: str) -> int | float | str:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            continue
    return text.strip("'\"")
