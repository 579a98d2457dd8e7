"""The bounded load test (bench/load.py), shortened for CI: 20 concurrent sessions changing
pages and filters for 20 seconds on localhost, with no errors."""

from scripts.ws_session import run_coroutine

from bench.load import report, run_load

SESSIONS, SECONDS = 20, 20


def test_twenty_sessions_changing_filters_get_no_errors(app_server):
    result = run_coroutine(run_load(app_server, SESSIONS, SECONDS))
    print(report(result, SESSIONS, SECONDS))
    assert result.errors == []
    assert len(result.latencies_ms) >= SESSIONS  # every session completed reruns
