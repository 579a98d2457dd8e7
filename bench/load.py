"""A bounded load test on localhost: N concurrent sessions (the app's websocket protocol,
as a browser tab speaks it) change filters and pages for a fixed time. Prints the number
of reruns, errors and latency percentiles.

    .venv/bin/python -m bench.load [--sessions 20] [--seconds 60]"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from dataclasses import dataclass, field

from scripts.local_server import serve
from scripts.ws_session import Session

PAGES = ["", "map", "timeline", "officials", "activity", "data"]
QUERIES = ["", "country=CN", "country=JP", "country=CN&country=JP&topic=crisis_management", "q=hotline",
           "from=2012-01-01&to=2013-12-31", "official=wei-fenghe&compare=kishi-nobuo", "feature=uotsuri&names=zh",
           "event=ev-2021-12-27-kishi-wei-video-talks", "topic=sovereignty&q=Senkaku", "names=ja&zoom=senkaku"]


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


async def one_session(url: str, deadline: float, seed: int, result: LoadResult) -> None:
    rng = random.Random(seed)
    try:
        async with Session(url) as session:
            while time.monotonic() < deadline:
                page, query = rng.choice(PAGES), rng.choice(QUERIES)
                try:
                    result.latencies_ms.append(1000 * await session.rerun(page, query))
                except Exception as error:  # noqa: BLE001 - every failure is counted and reported
                    result.errors.append(f"/{page}?{query}: {error}")
    except Exception as error:  # noqa: BLE001 - a session that cannot connect is an error too
        result.errors.append(f"session {seed}: {error}")


async def run_load(url: str, sessions: int, seconds: float) -> LoadResult:
    result = LoadResult()
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(one_session(url, deadline, seed, result) for seed in range(sessions)))
    return result


def report(result: LoadResult, sessions: int, seconds: float) -> str:
    return (f"{sessions} sessions for {seconds:.0f} s: {len(result.latencies_ms)} reruns "
            f"({len(result.latencies_ms) / seconds:.1f}/s), {len(result.errors)} errors; latency ms "
            f"p50 {result.percentile(0.5):.0f}, p90 {result.percentile(0.9):.0f}, "
            f"p99 {result.percentile(0.99):.0f}, max {max(result.latencies_ms, default=float('nan')):.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    with serve() as (url, _):
        result = asyncio.run(run_load(url, args.sessions, args.seconds))
    print(report(result, args.sessions, args.seconds))
    for error in result.errors[:10]:
        print("  error:", error)


if __name__ == "__main__":
    main()
