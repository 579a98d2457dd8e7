"""The URL contract: parse_query and to_query round-trip, and bad values become notes."""

import datetime as dt

import pytest

from ecsdata import queries
from ecsdata.view import KnownIds, ViewState, page_query, parse_presentation, parse_query, to_query

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


@pytest.mark.parametrize("page, state, expected", [
    ("map", {}, ""),
    ("map", {"zoom": "region", "layers": None}, ""),
    ("map", {"zoom": "senkaku", "measure": "scrambles"}, "&zoom=senkaku"),
    ("activity", {"zoom": "senkaku", "measure": "scrambles"}, "&measure=scrambles"),
    ("map", {"layers": ["adiz"]}, "&layers=adiz"),
    ("map", {"layers": []}, "&layers="),
    ("map", {"layers": ["adiz", "contiguous", "territorial", "joint_development_zone", "median_line"]}, ""),
    ("timeline", {"colour": "topic", "layers": ["adiz"]}, "&colour=topic"),
])
def test_the_share_link_keeps_the_pages_own_choices_that_are_not_defaults(page, state, expected):
    from components.frame import share_url
    query = page_query(ViewState(countries=("CN",)), state, page)
    assert share_url(query, page, "http://example.org/x") == f"http://example.org/{page}?country=CN" + expected


@pytest.mark.parametrize("params, keep_defaults, expected", [
    ({}, True, {"layers": ["territorial", "contiguous", "adiz", "joint_development_zone", "median_line"],
                "zoom": "region", "colour": "country", "measure": "contiguous"}),
    ({}, False, {}),
    ({"layers": ["adiz", "nonsense", "adiz"], "zoom": "uotsuri"}, False, {"layers": ["adiz"], "zoom": "uotsuri"}),
    ({"layers": [""]}, False, {"layers": []}),
    ({"measure": ["bogus", "china"]}, False, {"measure": "china"}),
])
def test_presentation_choices_are_read_from_a_link(params, keep_defaults, expected):
    assert parse_presentation(params, keep_defaults) == expected


@pytest.mark.parametrize("query, written, outside", [
    ({}, None, True),                                   # a session's first run
    ({"country": ["CN"]}, None, True),
    ({"country": ["CN"]}, {"country": ["CN"]}, False),  # our own write
    ({"event": ["e1"]}, {"country": ["CN"]}, True),     # a link into another page, back or forward
    ({}, {"country": ["CN"]}, False),                   # the top navigation dropped the query
])
def test_the_view_is_read_from_the_address_only_when_it_came_from_outside(query, written, outside):
    from components.url_state import came_from_outside
    assert came_from_outside(query, written) is outside


@pytest.mark.parametrize("value", ["1889-12-31", "2999-01-01"])
def test_dates_outside_the_filters_range_are_ignored_with_a_note(value):
    view, notes = parse_query({"from": value}, KnownIds(), today=dt.date(2026, 12, 1))
    assert view.date_from is None and notes and "1890-01-01" in notes[0]


@pytest.mark.parametrize("table, filter_rows, mask_of", [
    ("events", queries.filter_events, queries.events_mask),
    ("quotes_with_speakers", queries.filter_quotes, queries.quotes_mask),
    ("officials", queries.filter_officials, queries.officials_mask),
    ("features", queries.filter_features, queries.features_mask),
    ("mechanisms", queries.filter_mechanisms, queries.mechanisms_mask),
    ("activity", queries.filter_activity, queries.activity_mask),
])
@pytest.mark.parametrize("view", [ViewState(), ViewState(countries=("TW",)),
                                  ViewState(date_from=dt.date(2012, 9, 1), date_to=dt.date(2013, 12, 31), q="a")])
def test_a_filter_keeps_exactly_the_rows_its_mask_marks_in_their_order(table, filter_rows, mask_of, view):
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    rows = getattr(load_dataset(DATA_DIR), table)
    mask = mask_of(rows, view)
    kept = filter_rows(rows, view)
    assert list(kept.index) == list(rows.index[mask.to_numpy()])
    assert kept.equals(rows.loc[mask])


def test_the_files_fingerprint_changes_when_a_data_file_changes(minimal_data):
    from ecsdata.dataset import files_fingerprint
    before = files_fingerprint(minimal_data)
    assert files_fingerprint(minimal_data) == before
    with (minimal_data / "events.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert files_fingerprint(minimal_data) != before


def test_quotes_with_speakers_keep_the_rows_and_order_of_quotes_csv():
    """The data page applies a mask computed on quotes_with_speakers to quotes.csv by position."""
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    dataset = load_dataset(DATA_DIR)
    assert list(dataset.quotes_with_speakers["quote_id"]) == list(dataset.quotes["quote_id"])
