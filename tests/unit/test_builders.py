"""Pure figure builders: map labels never collide, the timeline shows every involved country."""

import pandas as pd
import plotly.graph_objects as go
import pytest

from ecsdata import queries

from components import activity_view, map_view, officials_view, timeline_view
from components.map_view import LABEL_POSITIONS, _label_box, _overlaps, pixels_per_degree, place_labels
from components.figures import iso_dates
from components.timeline_view import timeline_points
from ecsdata.dataset import load_dataset
from ecsdata.paths import DATA_DIR

CHAR = 6.5


@pytest.mark.parametrize("points, texts, bounds", [
    # the five features near Uotsuri at the Senkaku view: most labels must be left out
    ([(123.473, 25.743), (123.542, 25.730), (123.550, 25.723), (123.543, 25.782), (123.567, 25.755)],
     ["Uotsuri Island", "Kitakojima Island", "Minamikojima Island", "Okinokitaiwa Island", "Okinominamiiwa Island"],
     (123.15, 124.85, 25.35, 26.2)),
    # Yonaguni and Ishigaki at the regional view
    ([(124.217, 24.433), (122.989, 24.456), (125.317, 24.767)], ["Ishigaki Island", "Yonaguni Island", "Miyako Island"],
     (118.5, 131.5, 22.5, 34.5)),
])
def test_placed_labels_never_overlap_each_other(points, texts, bounds):
    height = 550
    positions = place_labels(points, texts, bounds, height)
    assert positions[0] is not None, "the first (most important) label is always placed"
    west, _, south, _ = bounds
    per_x, per_y = pixels_per_degree(bounds, height)
    boxes = [_label_box((x - west) * per_x, (y - south) * per_y, CHAR * len(t), p)
             for (x, y), t, p in zip(points, texts, positions) if p]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not _overlaps(a, b)
    assert all(p in LABEL_POSITIONS or p is None for p in positions)


def test_separate_points_all_get_labels():
    positions = place_labels([(120, 25), (125, 30), (130, 34)], ["A", "B", "C"], (118.5, 131.5, 22.5, 34.5), 550)
    assert positions == ["top center"] * 3


@pytest.mark.parametrize("colour_by, per_event", [("country", "countries"), ("topic", None)])
def test_timeline_points_show_each_involved_country_once(colour_by, per_event):
    events = load_dataset(DATA_DIR).events
    points = timeline_points(events, colour_by)
    flat = list(zip(points.key, points.y, points.event_id))
    if per_event:
        assert len(flat) == events["countries"].map(len).sum()
        two_sided = [(key, y) for key, y, event_id in flat if event_id == "ev-2021-12-27-kishi-wei-video-talks"]
        assert sorted(key for key, _ in two_sided) == ["CN", "JP"] and len({y for _, y in two_sided}) == 2
    else:
        assert len(flat) == len(events)


@pytest.mark.parametrize("colour_by", ["country", "topic"])
def test_the_timeline_draws_the_points_of_exactly_the_events_a_filter_keeps(colour_by):
    events = load_dataset(DATA_DIR).events_newest_first
    keep = (events["date"].dt.year == 2021).to_numpy()
    points = timeline_points(events, colour_by).of_rows(keep)
    assert set(points.event_id) == set(events.loc[keep, "event_id"])
    dates = dict(zip(events["event_id"], events["date"]))
    assert all(pd.Timestamp(x, unit="ms") == dates[e] for x, e in zip(points.x, points.event_id))
    assert all(titles == events.loc[keep].set_index("event_id").loc[e, "title"].replace("&", "&amp;")
               .replace("<", "&lt;").replace(">", "&gt;") for titles, e in zip(points.hover, points.event_id))


def test_the_selected_event_is_ringed_where_its_points_are():
    events = load_dataset(DATA_DIR).events_newest_first
    event_id = "ev-2021-12-27-kishi-wei-video-talks"
    points = timeline_points(events, "country")
    spec = timeline_view.build_timeline_figure(points, "country", {}, event_id).to_dict()
    ring = spec["data"][-1]
    assert events["event_id"].iloc[ring["customdata"][0]] == event_id
    assert ring["y"] == [float(points.y[points.event_id == event_id].mean())]
    unselected = timeline_view.build_timeline_figure(points, "country", {}, "no-such-event").to_dict()
    assert len(unselected["data"]) == len(spec["data"]) - 1


@pytest.mark.parametrize("points, expected", [
    ([{"customdata": 0}], 0), ([{"customdata": 3.0}], 3), ([{"customdata": "x"}, {"customdata": 2}], 2),
    ([{"customdata": -1}], None), ([{"customdata": 10**6}], None), ([{"customdata": 1.5}], None), ([], None),
])
def test_a_click_on_the_timeline_opens_the_event_of_the_point_clicked(points, expected):
    events = load_dataset(DATA_DIR).events_newest_first
    clicked = timeline_view.clicked_event(type("State", (), {"selection": {"points": points}})(), events)
    assert clicked == (None if expected is None else events["event_id"].iloc[expected])


def test_events_per_year_count_every_event_once_by_type():
    events = load_dataset(DATA_DIR).events
    counts = timeline_view.year_counts(events)
    expected = events.groupby([events["date"].dt.year, events["type"].map(
        lambda t: timeline_view.EVENT_TYPE_LABELS[t])]).size()
    for row in counts.itertuples(index=False):
        year, *by_kind = row
        for kind, n in zip(counts.columns[1:], by_kind):
            assert n == expected.get((year, kind), 0)
    assert counts.iloc[:, 1:].to_numpy().sum() == len(events)


def test_each_sides_quotes_at_an_event_are_grouped_by_the_speakers_country_in_date_order():
    quotes = load_dataset(DATA_DIR).quotes_with_speakers
    event_id = "ev-2021-12-27-kishi-wei-video-talks"
    sides = timeline_view.quotes_by_side(event_id, quotes)
    said = quotes[quotes["event_id"] == event_id]
    assert sorted(sides) == sorted(set(said["country"]))
    assert sum(len(group) for group in sides.values()) == len(said)
    for country, group in sides.items():
        assert set(group["country"]) == {country}
        assert list(group["date"]) == sorted(group["date"])


def _every_figure(dataset):
    """What each builder draws from the shipped data, including a selection."""
    events, activity = dataset.events, dataset.activity
    markers = pd.DataFrame({"date": events["date"].iloc[:2], "label": ["one", "two"]})
    yield "map", map_view.build_map_figure(dataset.outlines, dataset.features, dataset.zones, dataset.computed_zones,
                                           dataset.country_names,
                                           map_view.MapOptions(selected="uotsuri", layers=tuple(map_view.LAYERS)))
    yield "timeline", timeline_view.build_timeline_figure(timeline_points(events, "country"), "country",
                                                          dataset.country_names, events["event_id"].iloc[0])
    yield "years", timeline_view.build_year_figure(timeline_view.year_counts(events))
    yield "mechanisms", timeline_view.build_mechanism_figure(dataset.mechanisms)
    first = activity[activity["series_id"] == activity["series_id"].iloc[0]]
    yield "activity", activity_view.build_series_figure(first, markers, (first["period_start"].min(),
                                                                          first["period_end"].max()))
    quotes = dataset.quotes_with_speakers
    yield "topics", officials_view.build_topic_figure(officials_view.topic_counts(quotes, dataset.topic_labels))
    yield "quote timeline", officials_view.build_quote_timeline(quotes, "CN")


def test_every_builder_draws_a_figure_plotly_accepts():
    """The builders skip plotly's validation for speed; here every property is checked."""
    for name, fig in _every_figure(load_dataset(DATA_DIR)):
        validated = go.Figure(fig.to_dict())  # raises ValueError on an unknown or invalid property
        assert validated.data, name


def test_latest_offices_gives_each_official_the_office_that_started_last():
    offices = pd.DataFrame({"official_id": ["a", "a", "b"], "office": ["Foreign Minister", "Prime Minister", "Spokesperson"],
                            "start_date": pd.to_datetime(["2012-12-26", "2021-10-04", "2019-08-01"])})
    assert queries.latest_offices(offices) == {"a": "Prime Minister", "b": "Spokesperson"}


@pytest.mark.parametrize("series_id, measure", [
    ("jcg_contiguous_zone_days", "contiguous"), ("jcg_contiguous_zone_ships-x3", "contiguous"),
    ("jcg_territorial_sea_cases", "territorial"), ("mod_territorial_sea_days_4m", "territorial"),
    ("jsdf_scrambles_china", "scrambles"), ("ccg_diaoyu_patrol_days_claimed", "china"),
])
def test_each_series_belongs_to_one_measure(series_id, measure):
    assert activity_view.measure_of(series_id) == measure


def test_activity_bars_say_which_figures_are_uncertain_and_which_are_running_counts():
    rows = load_dataset(DATA_DIR).activity
    spec = activity_view.build_series_figure(rows, pd.DataFrame(columns=["date", "label"]),
                                             (rows["period_start"].min(), rows["period_end"].max())).to_dict()
    bars = {trace["name"]: trace for trace in spec["data"]}
    kinds = {name for _, _, name in activity_view.PERIOD_STYLES}
    assert {name.removesuffix(", uncertain") for name in bars} == kinds
    hatched = sum(len(t["y"]) for t in bars.values() if t["marker"]["pattern"]["shape"] == activity_view.UNCERTAIN_PATTERN)
    assert hatched == (rows["certainty"] == "uncertain").sum()
    assert all(name.endswith(", uncertain") == bool(t["marker"]["pattern"]["shape"]) for name, t in bars.items())
    assert sum(len(t["y"]) for t in bars.values()) == len(rows)


def test_the_activity_table_twin_escapes_text_and_links_sources():
    rows = load_dataset(DATA_DIR).activity.head(3).assign(notes=["<b>bold</b> | pipe", "", "[x](javascript:1)"])
    table = activity_view.series_markdown(rows, load_dataset(DATA_DIR).source_refs)
    lines = table.splitlines()
    assert len(lines) == 2 + 3
    assert "<b>" not in table and "\\|" in table and "](javascript" not in table
    assert all(line.count("](http") == 1 for line in lines[2:])


def test_dates_reach_plotly_as_iso_text_and_gaps_as_none():
    values = pd.Series([pd.Timestamp("2021-12-27"), pd.NaT, pd.Timestamp("2012-09-11 12:00")])
    assert iso_dates(values) == ["2021-12-27T00:00:00", None, "2012-09-11T12:00:00"]
    assert iso_dates((pd.Timestamp("2020-01-01"),)) == ["2020-01-01T00:00:00"]


@pytest.mark.parametrize("dates, text", [
    (["1895-01-14", "2026-02-20", "2021-12-27"], "runs from 14 Jan 1895 to its latest event on 20 Feb 2026"),
    ([], "no events"),
])
def test_the_overview_names_the_period_the_record_covers(dates, text):
    from components.overview import coverage_text
    assert text in coverage_text(pd.DataFrame({"date": pd.to_datetime(pd.Series(dates, dtype=object))}))


def test_the_record_covers_the_whole_chronology():
    """Issue #13: at least 320 events, 50 of them 1968-2011, six or more in every year 2012-2025;
    380 quotes from 50 speakers; 80 officials."""
    data = load_dataset(DATA_DIR)
    years = data.events["date"].dt.year
    assert len(data.events) >= 320 and years.between(1968, 2011).sum() >= 50
    assert all((years == year).sum() >= 6 for year in range(2012, 2026))
    assert len(data.quotes) >= 380 and data.quotes["official_id"].nunique() >= 50
    assert len(data.officials) >= 80


@pytest.mark.parametrize("kind, names, expected", [
    ("reference_place", "tw", "上海"),         # no Taiwanese name: the PRC's serves for a city
    ("reference_place", "en", "Shanghai"),
    ("rock", "tw", "Okino-kitaiwa"),           # a disputed rock Taiwan has not named: English, not another's name
    ("rock", "zh", "冲北岩"),
])
def test_a_label_never_borrows_another_governments_name_for_a_disputed_feature(kind, names, expected):
    feature = {"kind": kind, "name_en": "Shanghai" if kind != "rock" else "Okino-kitaiwa", "name_ja": "",
               "name_zh": "上海" if kind != "rock" else "冲北岩", "name_zh_tw": ""}
    assert queries.feature_label(feature, names) == expected
