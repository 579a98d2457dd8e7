"""Cold time to a fully rendered page in headless Chromium, for every page, as a ratio to
Streamlit's own floor measured in the same run: `streamlit hello` for pages without plotly
charts, and a one-file app drawing one small plotly chart (bench/floor_plotly_app.py) for
pages with them. Each load is in a new browser context (empty cache) against a warm
server; 'rendered' means the script finished, no skeleton is left and every plotly chart
has drawn its SVG.

    .venv/bin/python -m bench.page_load [--loads 5]
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


def load_times(browser, url: str, loads: int) -> tuple[list[float], bool]:
    """Seconds per cold load (after one unmeasured load that warms the server), and whether
    the page draws plotly charts."""
    times, has_plotly = [], False
    for i in range(loads + 1):
        context = browser.new_context(viewport={"width": 1366, "height": 900})
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_function(RENDERED, timeout=60000, polling=20)
        elapsed = time.perf_counter() - start
        has_plotly = page.locator(".js-plotly-plot").count() > 0
        context.close()
        if i:
            times.append(elapsed)
    return times, has_plotly


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=5)
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with serve(script=hello.__file__) as (hello_url, _), \
                serve(script=PROJECT_ROOT / "bench" / "floor_plotly_app.py") as (plotly_url, _):
            floors = {False: statistics.median(load_times(browser, hello_url, args.loads)[0]),
                      True: statistics.median(load_times(browser, plotly_url, args.loads)[0])}
        with serve() as (url, _):
            pages = {path: load_times(browser, url + path, args.loads) for path in PAGES}
        browser.close()
    print(f"Cold load to a fully rendered page, median of {args.loads}, headless Chromium")
    print(f"floors: streamlit hello {floors[False]:.2f} s; one small plotly chart {floors[True]:.2f} s")
    worst = 0.0
    for path, (times, has_plotly) in pages.items():
        ratio = statistics.median(times) / floors[has_plotly]
        worst = max(worst, ratio)
        floor = "plotly floor" if has_plotly else "hello floor"
        print(f"{path:<11} {statistics.median(times):5.2f} s  {ratio:4.2f}x {floor}")
    verdict = "within target" if worst <= TARGET_RATIO else "MISSES the target"
    print(f"worst ratio {worst:.2f}x; target {TARGET_RATIO}x: {verdict}")


if __name__ == "__main__":
    main()
