"""`make demo` from a fresh machine: the examples load, and the app serves its page."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

JIGSAW = str(Path(sys.executable).parent / "jigsaw")


@pytest.fixture
def fresh_home(tmp_path):
    home = tmp_path / "demo"
    return {**os.environ, "JIGSAW_HOME": str(home)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_demo_loads_every_example_into_a_fresh_store(fresh_home):
    result = subprocess.run([JIGSAW, "demo", "--no-app"], capture_output=True, text=True, env=fresh_home,
                            timeout=300)

    assert result.returncode == 0, result.stderr
    assert "loaded lark-family" in result.stdout
    listed = subprocess.run([JIGSAW, "cases"], capture_output=True, text=True, env=fresh_home, timeout=120)
    assert "lark-family" in listed.stdout


def test_the_app_starts_on_localhost_and_serves_its_page(fresh_home):
    port = free_port()
    app = subprocess.Popen([JIGSAW, "app", "--port", str(port)], env=fresh_home, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        health = _fetch(f"http://localhost:{port}/_stcore/health", timeout=60)
        page = _fetch(f"http://localhost:{port}/", timeout=10)
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=30)
    assert health == "ok"
    assert "<title>" in page.lower() or "streamlit" in page.lower()


def test_the_app_lists_the_loaded_cases(store, jigsaw_home):
    from graph.write import write_case
    from loaders.load import load_case

    write_case(store, load_case([ROOT / "examples" / "lark-family"], "app-listing")[0])

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()

    assert not at.exception
    assert "app-listing" in at.dataframe[0].value["case"].tolist()


def _fetch(url: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
