"""Named queries: every Cypher statement Jigsaw runs lives in a file under cypher/.

A name is the path below cypher/ without the suffix ("views/case_summary"). A file may
hold several statements separated by a semicolon at the end of a line; they run in order.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent.parent / "cypher"


class UnknownQuery(KeyError):
    pass


@cache
def statements(name: str) -> tuple[str, ...]:
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.is_file():
        raise UnknownQuery(f"no query named {name!r} (looked for {path})")
    return split_statements(path.read_text(encoding="utf-8"))


def query(name: str) -> str:
    """The text of a single-statement query file."""
    parts = statements(name)
    if len(parts) != 1:
        raise ValueError(f"{name} holds {len(parts)} statements; use statements()")
    return parts[0]


def split_statements(text: str) -> tuple[str, ...]:
    """Split on a semicolon that ends a line; comment-only chunks are dropped."""
    chunks, current = [], []
    for line in text.splitlines():
        if line.rstrip().endswith(";"):
            current.append(line.rstrip()[:-1])
            chunks.append("\n".join(current))
            current = []
        else:
            current.append(line)
    chunks.append("\n".join(current))
    return tuple(c.strip() for c in chunks if _has_code(c))


def _has_code(chunk: str) -> bool:
    return any(line.strip() and not line.strip().startswith("//") for line in chunk.splitlines())


def all_names() -> list[str]:
    return sorted(str(p.relative_to(CYPHER_DIR).with_suffix("")) for p in CYPHER_DIR.rglob("*.cypher"))
