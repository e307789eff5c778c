"""A Neo4j 5 server over Bolt: how a partnership shares one store.

All cases share one database and are kept apart by `case_id` on every node. Replacing a
case runs the delete and the whole write in one transaction, so a failure leaves the
previous version intact. Read-only work runs in read transactions, which the server
itself refuses to let write.
"""

from __future__ import annotations

import os
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable

from graph import queries
from graph.store import Batch, Progress, ReadOnlyViolation, Rows, Store, StoreError


class Neo4jStore(Store):
    kind = "neo4j"

    def __init__(self, uri: str):
        auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
        self.database = os.environ.get("NEO4J_DATABASE") or None
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=auth)
            self.driver.verify_connectivity()
        except (Neo4jError, ServiceUnavailable, ValueError, OSError) as e:
            raise StoreError(f"cannot reach Neo4j at {uri}: {e}") from None
        self._apply_schema()

    def run(self, text: str, params: dict[str, Any] | None = None, *, case_id: str,
            read_only: bool = True) -> Rows:
        params = {**(params or {}), "case_id": case_id}

        def work(tx):
            return [record.data() for record in tx.run(text, params)]

        return self._session(lambda s: s.execute_read(work) if read_only else s.execute_write(work))

    def replace_case(self, case_id: str, batch: Batch, progress: Progress | None = None) -> None:
        delete = [(text, {}) for text in queries.statements("write/delete_case")]
        self._write_all(case_id, delete + batch, progress)

    def write(self, case_id: str, batch: Batch) -> None:
        self._write_all(case_id, batch)

    def delete_case(self, case_id: str) -> bool:
        existed = case_id in self.case_ids()
        self.replace_case(case_id, [])
        return existed

    def case_ids(self) -> list[str]:
        rows = self._session(lambda s: s.execute_read(
            lambda tx: [r.data() for r in tx.run(queries.query("views/case_ids"))]))
        return sorted(r["case_id"] for r in rows)

    def close(self) -> None:
        self.driver.close()

    def _write_all(self, case_id: str, batch: Batch, progress: Progress | None = None) -> None:
        def work(tx):
            for done, (text, params) in enumerate(batch, 1):
                tx.run(text, {**params, "case_id": case_id}).consume()
                if progress:
                    progress(done, len(batch))

        self._session(lambda s: s.execute_write(work))

    def _apply_schema(self) -> None:
        for text in queries.statements("schema/neo4j"):
            self._session(lambda s: s.run(text).consume())

    def _session(self, fn):
        try:
            with self.driver.session(database=self.database) as session:
                return fn(session)
        except ClientError as e:
            if "Forbidden" in (e.code or "") or "write" in (e.message or "").lower() and "read" in (e.message or "").lower():
                raise ReadOnlyViolation(f"this query writes to the graph and was refused: {e.message}") from None
            raise StoreError(f"query failed: {e.message}") from None
        except Neo4jError as e:
            raise StoreError(f"Neo4j error: {e.message}") from None
        except ServiceUnavailable as e:
            raise StoreError(f"lost the Neo4j server: {e}") from None
