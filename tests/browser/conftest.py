"""A real `streamlit run` on a free port and Debian's Chromium driven by Playwright. Every
request that does not go to localhost is aborted, so the tests show the app works offline."""

import os
from pathlib import Path

import pytest

from ecsdata.paths import PROJECT_ROOT
from scripts.screenshots import CHROMIUM_ARGS, wait_for_app  # noqa: F401  (shared with the tests)

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = PROJECT_ROOT / "test-results"


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (REQUIRE_BROWSER is set): apt-get install chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(chromium_path, app_server):
    """The shared live server (tests/conftest.py), once Chromium is known to be there."""
    return app_server


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

    def make(width: int = 1366, height: int = 900, locale: str = "en-US"):
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
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


# Markup planted in data files: it must show as text. Loading it would set window.__xss.
PLANTED = '<img src=x onerror="window.__xss=1"><b id="planted">bold</b><script>window.__xss=2</script>'
PLANTED_EVENT = "ev-2021-12-27-kishi-wei-video-talks"
PLANTED_QUOTE = "q-kishi-nobuo-20211227-1"


@pytest.fixture(scope="session")
def planted_server(chromium_path, tmp_path_factory):
    """A server on a copy of data/ whose 2021 event title and summary and one quote carry HTML."""
    import csv
    import shutil

    from scripts.local_server import serve

    data = tmp_path_factory.mktemp("planted") / "data"
    shutil.copytree(PROJECT_ROOT / "data", data)
    for file, key, value, columns in (("events.csv", "event_id", PLANTED_EVENT, ("title", "summary")),
                                      ("quotes.csv", "quote_id", PLANTED_QUOTE, ("text",))):
        with (data / file).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields, rows = reader.fieldnames, list(reader)
        for row in rows:
            if row[key] == value:
                for column in columns:
                    row[column] = f"{PLANTED} {row[column]}"
        with (data / file).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
    with serve(data_dir=data) as (url, _):
        yield url
