"""Shared fixtures: a real embedded FalkorDB in a private temporary JIGSAW_HOME.

One server is started for the whole session (as one Jigsaw process would), and each test
that loads data uses its own case id, so tests do not see each other's cases.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "lark-family"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def jigsaw_home(tmp_path_factory) -> Path:
    home = Path(os.environ.get("JIGSAW_TEST_HOME") or tmp_path_factory.mktemp("jigsaw-home"))
    os.environ["JIGSAW_HOME"] = str(home)
    os.environ.pop("JIGSAW_STORE", None)
    return home


@pytest.fixture(scope="session")
def store(jigsaw_home):
    from graph.embedded import EmbeddedStore

    with EmbeddedStore() as s:
        yield s


@pytest.fixture
def case_id(request) -> str:
    """A case id unique to the test, so cases never collide in the shared store."""
    return "t-" + request.node.name.replace("[", "-").replace("]", "").replace("_", "-")[:60].lower()


def counts(store, case_id: str) -> dict[str, int]:
    """Node counts per label and relationship counts per type: the shape of a case graph."""
    labels = {f":{r['label']}": r["count"] for r in store.named("views/label_counts", case_id=case_id)}
    types = {f"-{r['type']}-": r["count"] for r in store.named("views/relationship_counts", case_id=case_id)}
    return {**labels, **types}
