"""The default store: an embedded FalkorDB, one graph per case.

Each case lives in its own FalkorDB graph, so replacing a case is atomic: the new version
is written to a staging graph and renamed over the old one in a single Redis RENAME, and a
load that fails part-way only ever touched the staging graph.
"""

from __future__ import annotations

import atexit
import secrets
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.edge import Edge
from falkordb.node import Node
from falkordb.path import Path as GraphPath

from graph import queries
from graph.falkordb_server import Server, ensure_server, release
from graph.store import Batch, Progress, ReadOnlyViolation, Rows, Store, StoreError

CASE_PREFIX = "jigsaw:case:"
STAGE_PREFIX = "jigsaw:stage:"


class EmbeddedStore(Store):
    kind = "embedded"

    def __init__(self, server: Server | None = None):
        self.server = server or ensure_server()
        self.db = FalkorDB(unix_socket_path=str(self.server.socket), password=self.server.password)
        self._closed = False
        atexit.register(self.close)

    def run(self, text: str, params: dict[str, Any] | None = None, *, case_id: str,
            read_only: bool = True) -> Rows:
        return self._query(CASE_PREFIX + case_id, text, {**(params or {}), "case_id": case_id}, read_only)

    def replace_case(self, case_id: str, batch: Batch, progress: Progress | None = None) -> None:
        stage = f"{STAGE_PREFIX}{case_id}:{secrets.token_hex(4)}"
        try:
            for text in queries.statements("schema/falkordb"):
                self._query(stage, text, {}, read_only=False)
            self._run_batch(stage, case_id, batch, progress)
            self.db.connection.rename(stage, CASE_PREFIX + case_id)
        except BaseException:
            self.db.connection.delete(stage)
            raise

    def write(self, case_id: str, batch: Batch) -> None:
        self._run_batch(CASE_PREFIX + case_id, case_id, batch)

    def delete_case(self, case_id: str) -> bool:
        return bool(self.db.connection.delete(CASE_PREFIX + case_id))

    def case_ids(self) -> list[str]:
        keys = self.db.connection.keys(CASE_PREFIX + "*")
        return sorted(k.decode()[len(CASE_PREFIX):] if isinstance(k, bytes) else k[len(CASE_PREFIX):] for k in keys)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self.close)
        self.db.connection.close()
        release(self.server)

    def _run_batch(self, graph: str, case_id: str, batch: Batch, progress: Progress | None = None) -> None:
        for done, (text, params) in enumerate(batch, 1):
            self._query(graph, text, {**params, "case_id": case_id}, read_only=False)
            if progress:
                progress(done, len(batch))

    def _query(self, graph: str, text: str, params: dict[str, Any], read_only: bool) -> Rows:
        g = self.db.select_graph(graph)
        try:
            result = g.ro_query(text, params) if read_only else g.query(text, params)
        except redis.exceptions.ResponseError as e:
            message = str(e).splitlines()[0]
            if "read-only" in message or "RO_QUERY" in message:
                raise ReadOnlyViolation(f"this query writes to the graph and was refused: {message}") from None
            raise StoreError(f"query failed: {message}") from None
        except redis.exceptions.ConnectionError as e:
            raise StoreError(f"lost the embedded database: {e}") from None
        names = [column[1] for column in result.header]
        return [dict(zip(names, (_plain(v) for v in row))) for row in result.result_set]


def _plain(value: Any) -> Any:
    """Nodes and edges become their property maps, so callers see the same shapes on every store."""
    if isinstance(value, (Node, Edge)):
        return dict(value.properties)
    if isinstance(value, GraphPath):
        return [_plain(n) for n in value.nodes()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
