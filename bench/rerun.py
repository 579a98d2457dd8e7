"""Server time of a rerun after a filter change, per page, at the curated size and at 10x
and 100x synthetic data (bench/synthetic.py, generated at run time, never committed).

For each size a real `streamlit run` serves the app; one websocket session (the protocol
a browser tab speaks, scripts/ws_session.py) opens each page, then switches the country
filter back and forth; then again with something chosen on the page (a map feature, an
open event, one or two officials, the territorial-sea measure), reported apart. The time from the rerun request to Streamlit's script-finished
message is the rerun's server time. Nothing is cached per filter value, so every switch
does the full work of a filter change.

    .venv/bin/python -m bench.rerun [--factors 1 10 100] [--reruns 20]
Targets (issue #15): median at most 30 ms at 1x and 150 ms at 100x, with and without a selection.
The machine's speed is printed beside the figures (a fixed pure-Python loop timed before and
after): on a shared machine it varies, and every figure moves with it."""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bench.synthetic import write_synthetic_data
from scripts.local_server import serve
from scripts.ws_session import Session

# Each page as it opens, then with something chosen (a selection or a presentation choice).
PAGES = {"overview": ("", ""), "map": ("map", ""), "timeline": ("timeline", ""),
         "officials": ("officials", ""), "activity": ("activity", ""), "data": ("data", ""),
         "map, a feature": ("map", "feature=uotsuri"),
         "timeline, an event": ("timeline", "event=ev-2021-12-27-kishi-wei-video-talks"),
         "official": ("officials", "official=wei-fenghe"),
         "two officials": ("officials", "official=wei-fenghe&compare=kishi-nobuo"),
         "activity, sea": ("activity", "measure=territorial")}
OPENING = [name for name, (_, chosen) in PAGES.items() if not chosen]
SELECTED = [name for name, (_, chosen) in PAGES.items() if chosen]
FILTER_STATES = ("country=CN", "country=JP")  # alternated: every rerun is a real change
TARGET_MS = {1: 30, 100: 150}


def machine_speed_ms() -> float:
    """Milliseconds for a fixed pure-Python loop (best of three): a yardstick for the run."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number
        best = min(best, time.perf_counter() - start)
    return 1000 * best


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def time_pages(url: str, reruns: int) -> dict[str, list[float]]:
    """Milliseconds per filter-change rerun, per page, after two warm-up reruns."""
    times = {}
    async with Session(url) as session:
        for name, (path, chosen) in PAGES.items():
            states = [f"{state}&{chosen}" if chosen else state for state in FILTER_STATES]
            for state in states:
                await session.rerun(path, state)
            times[name] = [1000 * await session.rerun(path, states[i % 2]) for i in range(reruns)]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--reruns", type=int, default=20)
    args = parser.parse_args()
    results: dict[int, dict[str, list[float]]] = {}
    speed_before = machine_speed_ms()
    with tempfile.TemporaryDirectory() as tmp:
        for factor in args.factors:
            data_dir = write_synthetic_data(factor, Path(tmp) / f"data-x{factor}")
            with serve(data_dir=data_dir) as (url, _):
                results[factor] = asyncio.run(time_pages(url, args.reruns))
    print(f"Rerun after a filter change, server time in ms: median / 90th percentile of {args.reruns}; "
          f"machine yardstick (1e6-step Python loop) {speed_before:.0f} ms before, {machine_speed_ms():.0f} ms after")
    print(f"{'page':<20}" + "".join(f"{f'{f}x data':>18}" for f in args.factors))
    for page in PAGES:
        cells = [results[f][page] for f in args.factors]
        print(f"{page:<20}" + "".join(f"{f'{statistics.median(c):.0f} / {percentile(c, 0.9):.0f}':>18}" for c in cells))
    for factor, target in TARGET_MS.items():
        if factor not in results:
            continue
        for group, names in (("pages as they open", OPENING), ("pages with a selection", SELECTED)):
            worst_page, worst = max(((p, statistics.median(results[factor][p])) for p in names), key=lambda x: x[1])
            verdict = "within target" if worst <= target else "MISSES the target"
            print(f"{factor}x, {group}: slowest median {worst:.0f} ms ({worst_page}); target {target} ms: {verdict}")


if __name__ == "__main__":
    main()
