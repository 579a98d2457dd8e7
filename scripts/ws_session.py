"""A minimal Streamlit client over the app's websocket: asks for a rerun with a page and
query string and waits for the script to finish, the way a browser tab does. It lets the
benchmarks and the load test hold many real sessions without a browser per session."""

from __future__ import annotations

import asyncio
import concurrent.futures
import time

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


class RerunFailed(RuntimeError):
    """The app raised, or the page was not found, during a rerun."""


class Session:
    def __init__(self, base_url: str):
        self.stream_url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.websocket = None
        self.elements: list = []  # the Element protos the last rerun drew
        self.deltas: list = []  # (delta path, Element or Block proto) of the last rerun, in order

    async def __aenter__(self) -> "Session":
        self.websocket = await websockets.connect(self.stream_url, subprotocols=["streamlit"], max_size=None)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.websocket.close()

    async def rerun(self, page: str = "", query: str = "") -> float:
        """Run `page` (its url path; '' is the overview) with `query`; seconds until finished.
        Raises RerunFailed if the script showed an exception or the page was not found."""
        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        start = time.perf_counter()
        await self.websocket.send(message.SerializeToString())
        problems = []
        self.elements = []
        self.deltas = []
        while True:
            reply = ForwardMsg()
            reply.ParseFromString(await self.websocket.recv())
            kind = reply.WhichOneof("type")
            if kind == "page_not_found":
                problems.append(f"page not found: {page!r}")
            elif kind == "delta" and reply.delta.WhichOneof("type") in ("new_element", "add_block"):
                path = tuple(reply.metadata.delta_path)
                if reply.delta.WhichOneof("type") == "add_block":
                    self.deltas.append((path, reply.delta.add_block))
                    continue
                self.elements.append(reply.delta.new_element)
                self.deltas.append((path, reply.delta.new_element))
                if reply.delta.new_element.WhichOneof("type") == "exception":
                    exception = reply.delta.new_element.exception
                    problems.append(f"{exception.type}: {exception.message}")
            elif kind == "script_finished":
                elapsed = time.perf_counter() - start
                if problems:
                    raise RerunFailed("; ".join(problems))
                return elapsed


def run_coroutine(coroutine):
    """asyncio.run in a thread of its own: works even where an event loop is already running
    (Playwright's sync API keeps one in the test process)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
