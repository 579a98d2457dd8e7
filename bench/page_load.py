"""Cold time to a fully rendered page in headless Chromium, for every page with and without a
selection, as a ratio to two floors measured in the same run:
- the same-UI floor (bench/floor_same_ui.py): the same navigation and the same element tree
  (every container, widget, text, plotly chart and data grid the page draws, recorded from the
  app in this run) with placeholder content and no data; target (issue #15) 1.1x;
- Streamlit's own floor: `streamlit hello` for pages without plotly charts, and one small
  plotly chart (bench/floor_plotly_app.py) for pages with them.
Each load is in a new browser context (empty cache) against a warm server, and each page load
is paired with a load of each floor; 'rendered' means the script finished, no skeleton is
left and every plotly chart has drawn its SVG.

    .venv/bin/python -m bench.page_load [--loads 9] [--pages /timeline ...]"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import streamlit.hello.streamlit_app as hello
from playwright.sync_api import sync_playwright

from scripts.local_server import PROJECT_ROOT, serve
from scripts.screenshots import CHROMIUM_ARGS
from scripts.ws_session import Session, run_coroutine

PAGES = ["/", "/map", "/map?feature=uotsuri", "/timeline", "/timeline?event=ev-2021-12-27-kishi-wei-video-talks",
         "/officials", "/officials?official=wei-fenghe", "/activity", "/data"]
TARGET_RATIO = 1.1  # of the same-UI floor
RENDERED = """() => {
    const app = document.querySelector("[data-testid='stApp']");
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    if (!document.querySelector("[data-testid='stMain'] h1")) return false;
    if (document.querySelector("[data-testid='stSkeleton']")) return false;
    return [...document.querySelectorAll('.js-plotly-plot')].every(p => p.querySelector('.main-svg'));
}"""


def describe(path: tuple, proto) -> dict:
    """What the same-UI floor needs to draw a placeholder of one element or block."""
    if proto.DESCRIPTOR.name == "Block":
        block = proto.WhichOneof("type")
        entry = {"path": path, "kind": "block", "block": block}
        if block == "flex_container":
            entry.update(border=proto.flex_container.border,
                         horizontal=proto.flex_container.direction == proto.flex_container.HORIZONTAL)
        elif block == "column":
            entry["weight"] = proto.column.weight
        elif block == "expandable":
            entry["expanded"] = proto.expandable.expanded
        return entry
    kind = proto.WhichOneof("type")
    entry = {"path": path, "kind": kind}
    if kind == "markdown":
        entry["style"] = proto.markdown.Type.Name(proto.markdown.element_type)
    elif kind == "heading":
        entry["style"] = proto.heading.tag
    elif kind == "alert":
        entry["style"] = proto.alert.Format.Name(proto.alert.format)
    elif kind == "button_group":
        entry["style"] = proto.button_group.Style.Name(proto.button_group.style)
    elif kind == "html":
        entry["body"] = proto.html.body
    elif kind == "plotly_chart":  # a chart one can click to select, and its mode bar, are interface too
        chart = proto.plotly_chart
        entry["selection"] = [chart.SelectionMode.Name(mode).lower() for mode in chart.selection_mode]
        entry["config"] = json.loads(chart.config or "{}")
    return entry


async def record_layout(url: str, paths: list[str]) -> dict[str, list[dict]]:
    """The element tree the app draws for each path (a fresh session each, as a browser tab)."""
    layouts = {}
    for path in paths:
        parts = urlsplit(path)
        async with Session(url) as session:
            await session.rerun(parts.path.strip("/"), parts.query)
            layouts[path] = [describe(delta_path, proto) for delta_path, proto in session.deltas]
    return layouts


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


def paired_loads(browser, floors: dict[bool, str], same_ui: str, url: str, path: str, loads: int):
    """Load the page, its same-UI floor and Streamlit's floor one after the other, `loads` times
    (after one unmeasured round that warms all three servers): loads in one round see the same
    machine, so ratios are steadier than medians taken minutes apart on a shared 2-core box."""
    _, has_plotly = load_time(browser, url + path)
    load_time(browser, same_ui + path)
    load_time(browser, floors[has_plotly])
    pages, same, plain = [], [], []
    for _ in range(loads):
        same.append(load_time(browser, same_ui + path)[0])
        plain.append(load_time(browser, floors[has_plotly])[0])
        pages.append(load_time(browser, url + path)[0])
    return pages, same, plain, has_plotly


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=9)
    parser.add_argument("--pages", nargs="+", default=PAGES, help="paths to load (default: every page)")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with tempfile.TemporaryDirectory() as tmp, serve() as (url, _):
            layout = Path(tmp) / "layout.json"
            layout.write_text(json.dumps(run_coroutine(record_layout(url, args.pages))), encoding="utf-8")
            os.environ["FLOOR_LAYOUT"] = str(layout)  # read by the same-UI floor's server
            with serve(script=hello.__file__) as (hello_url, _), \
                    serve(script=PROJECT_ROOT / "bench" / "floor_plotly_app.py") as (plotly_url, _), \
                    serve(script=PROJECT_ROOT / "bench" / "floor_same_ui.py") as (same_ui_url, _):
                floors = {False: hello_url, True: plotly_url}
                results = {path: paired_loads(browser, floors, same_ui_url.rstrip("/"), url.rstrip("/"), path,
                                              args.loads) for path in args.pages}
        browser.close()
    print(f"Cold load to a fully rendered page, headless Chromium, {args.loads} loads each, every page load "
          "paired with a load of the same-UI floor and of Streamlit's floor (hello, or one small plotly chart)")
    worst = 0.0
    for path, (pages, same, plain, has_plotly) in results.items():
        same_ratio = statistics.median(p / f for p, f in zip(pages, same))
        plain_ratio = statistics.median(p / f for p, f in zip(pages, plain))
        worst = max(worst, same_ratio)
        floor = "plotly" if has_plotly else "hello"
        print(f"{path:<55} {statistics.median(pages):5.2f} s | same-UI floor {statistics.median(same):5.2f} s, "
              f"ratio {same_ratio:4.2f}x | {floor} floor {statistics.median(plain):5.2f} s, ratio {plain_ratio:4.2f}x")
    verdict = "within target" if worst <= TARGET_RATIO else "MISSES the target"
    print(f"worst ratio to the same-UI floor {worst:.2f}x; target {TARGET_RATIO}x: {verdict}")


if __name__ == "__main__":
    main()
