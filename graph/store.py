"""The store interface shared by the embedded FalkorDB store and a Neo4j server.

Both stores keep one case apart from another by `case_id`, replace a case atomically, and
enforce read-only work in the engine itself (FalkorDB GRAPH.RO_QUERY, Neo4j read
transactions), so the query console cannot write whatever text it is given.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from typing import Any, Callable

from graph import queries

Rows = list[dict[str, Any]]
Batch = list[tuple[str, dict[str, Any]]]  # (statement, parameters) run in order
Progress = Callable[[int, int], None]  # called with (statements done, statements in all)


class StoreError(RuntimeError):
    """A store that cannot be reached or refused a query; str() is one line for the user."""


class ReadOnlyViolation(StoreError):
    pass


class Store(ABC):
    kind: str

    @abstractmethod
    def run(self, text: str, params: dict[str, Any] | None = None, *, case_id: str,
            read_only: bool = True) -> Rows:
        """Run one literal statement against a case; `case_id` is always passed as $case_id."""

    @abstractmethod
    def replace_case(self, case_id: str, batch: Batch, progress: Progress | None = None) -> None:
        """Delete the case and run `batch` to write it again, all or nothing."""

    @abstractmethod
    def write(self, case_id: str, batch: Batch) -> None:
        """Run `batch` against an existing case, all or nothing where the engine allows."""

    @abstractmethod
    def delete_case(self, case_id: str) -> bool:
        """Remove the case; False if there was no such case."""

    @abstractmethod
    def case_ids(self) -> list[str]:
        ...

    @abstractmethod
    def close(self) -> None:
        ...

    def named(self, name: str, params: dict[str, Any] | None = None, *, case_id: str,
              read_only: bool = True) -> Rows:
        """Run the single statement in cypher/<name>.cypher."""
        return self.run(queries.query(name), params, case_id=case_id, read_only=read_only)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_store(spec: str | None = None) -> Store:
    """`embedded` (default) or a Bolt URI; JIGSAW_STORE when `spec` is not given."""
    spec = spec or os.environ.get("JIGSAW_STORE") or "embedded"
    if spec == "embedded":
        from graph.embedded import EmbeddedStore

        return EmbeddedStore()
    if spec.split("://", 1)[0] in ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"):
        from graph.neo4j_store import Neo4jStore

        return Neo4jStore(spec)
    raise StoreError(f"unknown store {spec!r}: use 'embedded' or a bolt:// / neo4j:// / neo4j+s:// URI")
