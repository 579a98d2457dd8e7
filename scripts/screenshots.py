"""Screenshots of pages in headless Chromium, for looking at the UI before calling it done.

    python scripts/screenshots.py http://localhost:8501 OUTDIR /map?feature=uotsuri ...

Each path is shot at desktop (1366x900) and phone (390x844) size."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}


def wait_for_app(page) -> None:
    page.wait_for_selector("[data-testid='stApp']", timeout=30000)
    page.wait_for_timeout(1000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stSkeleton\"]')"
                           " && !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)
    page.wait_for_timeout(1500)


def main(base: str, out: str, paths: list[str]) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for size, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for path in paths:
                page.goto(base + path)
                wait_for_app(page)
                name = re.sub(r"[^a-z0-9]+", "_", path.lower()).strip("_") or "overview"
                page.screenshot(path=str(folder / f"{name}-{size}.png"), full_page=size == "desktop")
                print(folder / f"{name}-{size}.png")
            page.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
