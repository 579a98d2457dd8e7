"""The URL contract: parse_query and to_query round-trip, and bad values become notes."""

import datetime as dt

import pytest

from ecsdata import queries
from ecsdata.view import KnownIds, ViewState, parse_query, to_query

KNOWN = KnownIds(countries=frozenset({"CN", "JP", "TW", "KR", "US"}), topics=frozenset({"sovereignty", "airspace"}),
                 features=frozenset({"uotsuri"}), events=frozenset({"ev-1"}), officials=frozenset({"wei-fenghe", "kishi-nobuo"}),
                 quotes=frozenset({"q-1"}))


@pytest.mark.parametrize("view", [
    ViewState(),
    ViewState(countries=("CN", "JP")),
    ViewState(topics=("airspace",), date_from=dt.date(2012, 1, 1), date_to=dt.date(2021, 12, 31)),
    ViewState(q="hotline", names="ja"),
    ViewState(feature="uotsuri", event="ev-1", official="wei-fenghe", compare="kishi-nobuo", quote="q-1"),
    ViewState(countries=("TW",), q="漁業 & <b>", names="tw"),
])
def test_view_survives_a_round_trip_through_the_url(view):
    parsed, notes = parse_query(to_query(view), KNOWN)
    assert parsed == view
    assert notes == []


@pytest.mark.parametrize("params, expected, note", [
    ({"country": ["CN", "XX"]}, ViewState(countries=("CN",)), "unknown country 'XX'"),
    ({"country": "cn"}, ViewState(), "unknown country 'cn'"),
    ({"from": "2021-13-01"}, ViewState(), "dates are written YYYY-MM-DD"),
    ({"from": "2021-05-01", "to": "2020-01-01"}, ViewState(date_from=dt.date(2021, 5, 1)), "before 'from'"),
    ({"feature": "<script>alert(1)</script>"}, ViewState(), "unknown feature"),
    ({"names": "fr"}, ViewState(), "names='fr'"),
    ({"junk": "1"}, ViewState(), "unknown link parameter 'junk'"),
    ({"official": ["wei-fenghe", "kishi-nobuo"]}, ViewState(official="wei-fenghe"), "given 2 times"),
    ({"q": "x" * 500}, ViewState(q="x" * 200), "cut to 200"),
    ({"zoom": "moon"}, ViewState(), "unknown zoom 'moon'"),
])
def test_malformed_parameters_are_ignored_with_a_note(params, expected, note):
    parsed, notes = parse_query(params, KNOWN)
    assert parsed == expected
    assert any(note in n for n in notes), notes


def test_a_note_never_repeats_a_huge_value_in_full():
    _, notes = parse_query({"feature": "A" * 10_000}, KNOWN)
    assert len(notes[0]) < 120


@pytest.mark.parametrize("table, filter_rows", [
    ("events", queries.filter_events),
    ("quotes_with_speakers", queries.filter_quotes),
    ("officials", queries.filter_officials),
    ("features", queries.filter_features),
    ("mechanisms", queries.filter_mechanisms),
    ("activity", queries.filter_activity),
    ("events", lambda rows, view: (lambda found: found[queries.contains(found["features"], "uotsuri")])(
        queries.filter_events(rows, view))),
])
def test_a_filter_that_matches_nothing_keeps_every_column(table, filter_rows):
    """No rows, but the same columns (an empty object mask would select no columns instead)."""
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    rows = getattr(load_dataset(DATA_DIR), table)
    empty = filter_rows(rows, ViewState(countries=("US",), q="no such text anywhere"))
    assert empty.empty
    assert list(empty.columns) == list(rows.columns)


@pytest.mark.parametrize("state, expected", [
    ({}, ""),
    ({"zoom": "region", "colour": "country", "measure": "contiguous"}, ""),
    ({"zoom": "senkaku", "measure": "scrambles"}, "&zoom=senkaku&measure=scrambles"),
    ({"layers": ["adiz"]}, "&layers=adiz"),
    ({"layers": ["adiz", "contiguous", "territorial", "joint_development_zone", "median_line"]}, ""),
])
def test_the_share_link_keeps_presentation_choices_that_are_not_defaults(state, expected):
    from components.frame import presentation_params, share_url
    view = ViewState(countries=("CN",))
    assert share_url(view, "map", "http://example.org/x", presentation_params(state)) == \
        "http://example.org/map?country=CN" + expected
