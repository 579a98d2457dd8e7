"""A real `streamlit run` on a free port and Debian's Chromium driven by Playwright. Every
request that does not go to localhost is aborted, so the tests show the app works offline."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ecsdata.paths import PROJECT_ROOT
from scripts.screenshots import CHROMIUM_ARGS, wait_for_app  # noqa: F401  (shared with the tests)

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = PROJECT_ROOT / "test-results"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (REQUIRE_BROWSER is set): apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(chromium_path):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("streamlit did not start")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """Pages in fresh contexts (like a colleague's browser) with the network cut off."""
    contexts = []

    def make(width: int = 1366, height: int = 900):
        context = browser.new_context(viewport={"width": width, "height": height})
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("http://localhost", "http://127.0.0.1", "ws://localhost", "data:", "blob:")) else route.abort())
        contexts.append(context)
        page = context.new_page()
        page.console_errors = []
        page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
        page.on("response", lambda r: page.console_errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
        page.on("requestfailed", lambda r: page.console_errors.append(f"request failed: {r.url} {r.failure}"))
        return page

    yield make
    for context in contexts:
        context.close()
