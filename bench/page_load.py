"""Cold time to a fully rendered page in headless Chromium, for every page, as a ratio to
Streamlit's own floor measured in the same run: `streamlit hello` for pages without plotly
charts, and a one-file app drawing one small plotly chart (bench/floor_plotly_app.py) for
pages with them. Each load is in a new browser context (empty cache) against a warm
server; 'rendered' means the script finished, no skeleton is left and every plotly chart
has drawn its SVG.

    .venv/bin/python -m bench.page_load [--loads 7]
Target (issue #7): at most 1.2x the matching floor."""

from __future__ import annotations

import argparse
import statistics
import time

import streamlit.hello.streamlit_app as hello
from playwright.sync_api import sync_playwright

from scripts.local_server import PROJECT_ROOT, serve
from scripts.screenshots import CHROMIUM_ARGS

PAGES = ["/", "/map", "/timeline", "/officials", "/activity", "/data"]
TARGET_RATIO = 1.2
RENDERED = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (!document.querySelector("[data-testid='stMain'] h1")) return false;
    if (document.querySelector("[data-testid='stSkeleton']")) return false;
    return [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('.main-svg'));
}"""


def load_time(browser, url: str) -> tuple[float, bool]:
    """Seconds to one cold load (a new browser context: empty cache), and whether the page
    draws plotly charts."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(RENDERED, timeout=60000, polling=20)
    elapsed = time.perf_counter() - start
    has_plotly = page.locator(".js-plotly-plot").count() > 0
    context.close()
    return elapsed, has_plotly


def paired_ratios(browser, floors: dict[bool, str], url: str, loads: int) -> tuple[list[float], list[float], bool]:
    """Load the page and its floor one after the other, `loads` times (after one unmeasured
    pair that warms both servers): the two loads of a pair see the same machine, so the
    ratio is steadier than one of medians taken minutes apart on a shared 2-core box."""
    _, has_plotly = load_time(browser, url)
    load_time(browser, floors[has_plotly])
    pages, floor_times = [], []
    for _ in range(loads):
        floor_times.append(load_time(browser, floors[has_plotly])[0])
        pages.append(load_time(browser, url)[0])
    return pages, floor_times, has_plotly


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=7)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with serve(script=hello.__file__) as (hello_url, _), \
                serve(script=PROJECT_ROOT / "bench" / "floor_plotly_app.py") as (plotly_url, _), \
                serve() as (url, _):
            floors = {False: hello_url, True: plotly_url}
            results = {path: paired_ratios(browser, floors, url + path, args.loads) for path in PAGES}
        browser.close()
    print(f"Cold load to a fully rendered page, headless Chromium, {args.loads} loads each, every page load "
          "paired with a load of its floor (streamlit hello, or one small plotly chart)")
    worst = 0.0
    for path, (pages, floor_times, has_plotly) in results.items():
        ratio = statistics.median(p / f for p, f in zip(pages, floor_times))
        worst = max(worst, ratio)
        floor = "plotly floor" if has_plotly else "hello floor"
        print(f"{path:<11} {statistics.median(pages):5.2f} s  floor {statistics.median(floor_times):5.2f} s  "
              f"median ratio {ratio:4.2f}x {floor}")
    verdict = "within target" if worst <= TARGET_RATIO else "MISSES the target"
    print(f"worst ratio {worst:.2f}x; target {TARGET_RATIO}x: {verdict}")


if __name__ == "__main__":
    main()
