"""The embedded database: private, persistent, shared between Jigsaw processes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.embedded import EmbeddedStore
from graph.falkordb_server import ensure_server, release
from graph.write import write_case
from tests.test_store_contract import small_case


@pytest.fixture
def home(tmp_path):
    path = tmp_path / "h"  # short: unix socket paths are limited in length
    yield path
    release(ensure_server(path))  # this process owns every server its tests start


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_data_directory_and_password_are_private_to_the_owner(home):
    store = EmbeddedStore(ensure_server(home))
    try:
        assert mode(home) == 0o700
        assert mode(home / "password") == 0o600
        assert mode(home / "falkordb.conf") == 0o600
        assert stat.S_ISSOCK(os.stat(home / "falkordb.sock").st_mode)
        assert (home / "password").read_text() not in " ".join(_server_command_lines())
    finally:
        store.close()


def test_a_client_without_the_password_is_refused(home):
    store = EmbeddedStore(ensure_server(home))
    try:
        stranger = redis.Redis(unix_socket_path=str(home / "falkordb.sock"), retry=Retry(NoBackoff(), 0))
        with pytest.raises(redis.exceptions.AuthenticationError):
            stranger.execute_command("GRAPH.LIST")
        wrong = redis.Redis(unix_socket_path=str(home / "falkordb.sock"), password="guess", retry=Retry(NoBackoff(), 0))
        with pytest.raises(redis.exceptions.AuthenticationError):
            wrong.ping()
    finally:
        store.close()


def test_data_survives_a_restart(home):
    store = EmbeddedStore(ensure_server(home))
    write_case(store, small_case("survivor", "still here after a restart"))
    store.close()
    assert not (home / "falkordb.sock").exists(), "the owning process shuts the server down on close"

    store = EmbeddedStore(ensure_server(home))
    try:
        rows = store.run("MATCH (e:Event {case_id: $case_id}) RETURN e.description AS d", case_id="survivor")
        assert rows == [{"d": "still here after a restart"}]
    finally:
        store.close()


def test_a_second_process_reuses_the_running_server(home):
    store = EmbeddedStore(ensure_server(home))
    try:
        write_case(store, small_case("shared"))
        script = ("from graph.embedded import EmbeddedStore; s = EmbeddedStore(); "
                  "print(s.server.owned, s.case_ids()); s.close()")
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                env={**os.environ, "JIGSAW_HOME": str(home)})
        assert result.stdout.split("\n")[0] == "False ['shared']"
        assert store.case_ids() == ["shared"], "the second process left the server running"
    finally:
        store.close()


def _server_command_lines() -> list[str]:
    lines = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                lines.append(f.read().replace(b"\0", b" ").decode(errors="replace"))
        except OSError:
            continue
    return [line for line in lines if "redis-server" in line]
