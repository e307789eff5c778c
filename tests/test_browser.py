"""The app in a real browser: every page of app.py opens in headless Chromium with the example loaded.

AppTest (tests/test_app.py) runs the pages' Python; this runs the app as a user gets it:
`streamlit run app.py` serving a fresh store with examples/lark-family, each page opened by
its URL, its header and drawing awaited, and a screenshot saved under tests/artifacts/
(gitignored) to look at. Any Streamlit exception box fails the test.

It needs the system Chromium (Debian packages chromium and chromium-driver; `.ci/run`
installs them) and Playwright's Python package (the test extra), which drives that browser
through `executable_path`: Playwright's own browser download is never used.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT
from tests.test_demo import free_port

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
BIN = Path(sys.executable).parent
CASE = "lark-family"
# What shows that a page has drawn, beyond its header (pages not listed: the header is enough).
DRAWN = {"timeline": ".js-plotly-plot .scatterlayer, .js-plotly-plot .gl-container"}
EXCEPTION = '[data-testid="stException"]'
RUNNING = '[data-testid="stStatusWidget"]'
START_SECONDS, PAGE_MS = 120, 90_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no system browser at {CHROMIUM}: "
                                "apt-get install chromium chromium-driver (.ci/run does) to run the browser test")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[test]'")


def pages() -> list[tuple[str, str]]:
    """(url path, title) of every page in app.py's navigation; the default page is at '/'."""
    found = re.findall(r'st\.Page\("ui/pages/(\w+)\.py", title="([^"]+)"([^)]*)\)', (ROOT / "app.py").read_text())
    assert found, "app.py lists no pages"
    return [("" if "default=True" in rest else stem, title) for stem, title, rest in found]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """The app on a free port over a fresh JIGSAW_HOME holding the example case."""
    env = {**os.environ, "JIGSAW_HOME": str(tmp_path_factory.mktemp("browser-home"))}
    env.pop("JIGSAW_STORE", None)
    loaded = subprocess.run([str(BIN / "jigsaw"), "load", str(EXAMPLE), "--case", CASE], env=env,
                            capture_output=True, text=True, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    port = free_port()
    log = _artifact("server", ".log").open("w")
    server = subprocess.Popen([str(BIN / "streamlit"), "run", str(ROOT / "app.py"), "--server.headless", "true",
                               "--server.port", str(port), "--browser.gatherUsageStats", "false"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(f"http://localhost:{port}/_stcore/health", server)
        yield f"http://localhost:{port}"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768})  # the smallest screen we design for
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path, title", pages(), ids=[p or "home" for p, _ in pages()])
def test_every_page_opens_in_a_browser_without_an_exception(app_url, page, path, title):
    page.goto(f"{app_url}/{path}")
    _wait_drawn(page, title, DRAWN.get(path))
    page.screenshot(path=str(_artifact(path or "home")), full_page=True)

    assert page.locator(EXCEPTION).count() == 0, page.locator(EXCEPTION).first.inner_text()
    assert "No case loaded" not in page.inner_text("body"), "the page should show the example case"


def test_show_on_the_timeline_takes_a_finding_to_the_timeline_in_focus(app_url, page):
    page.goto(f"{app_url}/findings")
    _wait_drawn(page, "Findings")
    page.locator('[data-testid="stExpander"] summary').nth(1).click()
    page.get_by_role("button", name="Show on the timeline").first.click()
    _settle(page)
    page.get_by_role("link", name="Timeline").click()
    _wait_drawn(page, "Timeline", DRAWN["timeline"])
    page.screenshot(path=str(_artifact("timeline-focus")), full_page=True)

    assert page.locator(EXCEPTION).count() == 0
    assert page.get_by_text("In focus: the rows that evidence").is_visible()
    page.get_by_role("button", name="Clear focus").click()
    _settle(page)
    assert page.get_by_text("In focus: the rows that evidence").count() == 0


def test_the_server_log_holds_no_warning_or_error_after_every_page(app_url):
    """Runs after the page tests: what Streamlit logged while they rendered every page."""
    problems = [line for line in _artifact("server", ".log").read_text().splitlines()
                if re.search(r"warning|error|traceback|deprecat", line, re.IGNORECASE)]
    assert problems == []


def _wait_drawn(page, title: str, drawn: str | None = None) -> None:
    page.get_by_role("heading", name=re.compile("^" + re.escape(title))).first.wait_for(timeout=PAGE_MS)
    if drawn:
        page.locator(drawn).first.wait_for(timeout=PAGE_MS)
    _settle(page)


def _settle(page) -> None:
    """Wait until the script run is over (Streamlit shows its running widget while it works)."""
    page.wait_for_timeout(500)
    page.locator(RUNNING).wait_for(state="detached", timeout=PAGE_MS)
    page.wait_for_timeout(500)


def _artifact(name: str, suffix: str = ".png") -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / f"browser-{name}{suffix}"


def _wait_healthy(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with code {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.read().decode() == "ok":
                    return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"the app did not answer {url} within {START_SECONDS}s")
