"""Server memory with 1 and with 20 open sessions: each session (the app's websocket
protocol, scripts/ws_session.py) opens every page once, with a selection, and stays open.
Prints the server's resident memory and the growth per extra session.

    .venv/bin/python -m bench.memory [--sessions 20]
Target (issue #7): at most 15 MB more per session."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time

from scripts.local_server import serve
from scripts.ws_session import Session

VISITS = [("", ""), ("map", "feature=uotsuri"), ("timeline", "event=ev-2021-12-27-kishi-wei-video-talks"),
          ("officials", "official=wei-fenghe&compare=kishi-nobuo"), ("activity", ""), ("data", "")]
TARGET_MB = 15


def resident_mb(pid: int) -> float:
    """Resident set size of the process, from /proc (Linux)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc status")


async def measure(url: str, pid: int, sessions: int) -> tuple[float, float]:
    async with contextlib.AsyncExitStack() as stack:
        opened = [await stack.enter_async_context(Session(url)) for _ in range(sessions)]
        rss = {}
        for count in (1, sessions):
            for session in opened[:count]:
                for page, query in VISITS:
                    await session.rerun(page, query)
            time.sleep(1)
            rss[count] = resident_mb(pid)
        return rss[1], rss[sessions]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=20)
    args = parser.parse_args()
    with serve() as (url, process):
        one, many = asyncio.run(measure(url, process.pid, args.sessions))
    per_session = (many - one) / (args.sessions - 1)
    print(f"server memory: {one:.0f} MB with 1 session, {many:.0f} MB with {args.sessions}; "
          f"{per_session:.1f} MB per extra session (target at most {TARGET_MB} MB: "
          f"{'within target' if per_session <= TARGET_MB else 'MISSES the target'})")


if __name__ == "__main__":
    main()
