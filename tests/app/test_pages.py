"""AppTest of every page, with and without filters and selections, on the shipped data."""

import pytest
from streamlit.testing.v1 import AppTest

from ecsdata.paths import PROJECT_ROOT

APP = str(PROJECT_ROOT / "app.py")
PAGES = ["app_pages/overview.py", "app_pages/map.py", "app_pages/timeline.py", "app_pages/officials.py",
         "app_pages/activity.py", "app_pages/data.py"]


def run_page(page: str, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != PAGES[0]:
        at.switch_page(page)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    parts += [h.value for h in at.header] + [t.value for t in at.title] + [i.value for i in at.info]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("params", [{}, {"country": ["CN", "JP"], "topic": ["crisis_management"], "q": "hotline"},
                                    {"from": "2021-01-01", "to": "2021-12-31", "names": "zh"}],
                         ids=["no-filters", "country-topic-search", "dates-names"])
def test_every_page_runs_with_and_without_filters(page, params):
    at = run_page(page, **params)
    assert at.title, "page drew no title"


def test_filters_from_the_link_show_in_the_sidebar():
    at = run_page(PAGES[0], country=["CN", "JP"], q="hotline")
    assert at.multiselect(key="country__shown").value == ["CN", "JP"]
    assert at.text_input(key="q__shown").value == "hotline"


def test_bad_link_parameters_are_noted_not_raised():
    at = run_page(PAGES[0], country=["XX"], feature="<script>alert(1)</script>", junk="1")
    text = text_of(at)
    assert "Ignored unknown country 'XX'" in text
    assert "Ignored unknown link parameter 'junk'" in text
    assert at.multiselect(key="country__shown").value == []


@pytest.mark.parametrize("names, label", [("ja", "魚釣島"), ("zh", "钓鱼岛"), ("en", "Uotsuri")])
def test_map_opens_the_linked_feature_in_the_chosen_names(names, label):
    at = run_page(PAGES[1], feature="uotsuri", names=names)
    assert at.selectbox(key="feature__shown").value == "uotsuri"
    assert label in at.selectbox(key="feature__shown").format_func("uotsuri")
    assert any(e.label.startswith("Events involving it") for e in at.expander)
    at.session_state["feature_events"] = True
    at.run()
    assert "Open in the timeline" in [link.label for link in at.get("page_link")]


def test_timeline_opens_the_linked_event_with_both_sides():
    at = run_page(PAGES[2], event="ev-2021-12-27-kishi-wei-video-talks")
    text = text_of(at)
    assert "What each side said" in text
    assert "China" in text and "Japan" in text
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    said = load_dataset(DATA_DIR).quotes_with_speakers.query("event_id == 'ev-2021-12-27-kishi-wei-video-talks'")
    for country in said["country"].unique():  # each side's quotes beyond the first few are one click away
        at.session_state[f"more-{country}"] = True
    at.run()
    links = [m for m in at.markdown if "Link to this quote](officials?" in m.value]
    assert len(links) == len(said)
    assert all("quote=" in m.value and "official=" in m.value for m in links)


def test_timeline_search_finds_the_2021_hotline_talks():
    at = run_page(PAGES[2], q="Kishi", **{"from": "2021-12-01", "to": "2021-12-31"})
    assert "Kishi and Wei Fenghe video talks" in text_of(at)


def test_officials_shows_a_panel_and_compare_aligns_the_2021_call():
    at = run_page(PAGES[3], official="wei-fenghe")
    assert "Wei Fenghe" in text_of(at)
    at = run_page(PAGES[3], official="wei-fenghe", compare="kishi-nobuo")
    text = text_of(at)
    assert "side by side" in text
    assert "video talks" in text.lower()


def test_officials_shows_the_linked_quote():
    at = run_page(PAGES[3], official="kishi-nobuo", quote="q-kishi-nobuo-20211227-1")
    assert "The quote in your link" in text_of(at)


def test_broken_data_shows_one_error_page(monkeypatch, minimal_data):
    (minimal_data / "events.csv").write_text((minimal_data / "events.csv").read_text().replace("2021-12-27", "someday", 1))
    monkeypatch.setattr("ecsdata.paths.DATA_DIR", minimal_data)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert "The data files have problems" in at.title[0].value
    assert "events.csv" in at.dataframe[0].value.to_string()


def _rows_in_file(path) -> int:
    """Rows as the file holds them, counted without the app's loaders."""
    import csv
    import json
    if path.suffix == ".geojson":
        return len(json.loads(path.read_text(encoding="utf-8"))["features"])
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.DictReader(handle))


DATA_TABS = [("Events", "events.csv"), ("Quotes", "quotes.csv"), ("Officials", "officials.csv"),
             ("Offices", "offices.csv"), ("Map features", "features.geojson"), ("Lines and zones", "zones.geojson"), ("Gas structures", "structures.csv"),
             ("Mechanisms", "mechanisms.csv"), ("Activity", "activity.csv"), ("Sources", "sources.csv"),
             ("Topics", "topics.csv"), ("Countries", "countries.csv")]


def test_the_data_page_has_a_tab_for_every_data_file():
    from ecsdata.schema import ALL_SPECS
    assert sorted(file for _, file in DATA_TABS) == sorted(spec.file for spec in ALL_SPECS)


@pytest.mark.parametrize("tab, file", DATA_TABS)
def test_no_row_of_any_file_is_dropped_without_filters(tab, file):
    """Every row of every file is in the data page's table for that file (and its download)."""
    from ecsdata.paths import DATA_DIR
    at = run_page(PAGES[5])
    at.session_state["data_tab"] = tab
    at.run()
    expected = _rows_in_file(DATA_DIR / file)
    assert len(at.dataframe) == 1
    assert len(at.dataframe[0].value) == expected
    assert f"{expected:,} of {expected:,} rows of data/{file}" in text_of(at)


def test_a_file_longer_than_a_grid_is_shown_a_page_at_a_time_and_no_row_is_lost(monkeypatch, tmp_path):
    from bench.synthetic import write_synthetic_data
    from components.tables import GRID_ROWS
    data = write_synthetic_data(2, tmp_path / "data")
    monkeypatch.setattr("ecsdata.paths.DATA_DIR", data)
    rows = _rows_in_file(data / "sources.csv")
    assert rows > GRID_ROWS
    at = run_page(PAGES[5])
    at.session_state["data_tab"] = "Sources"
    at.run()
    assert len(at.dataframe[0].value) == GRID_ROWS
    assert f"The table shows rows 1–{GRID_ROWS:,}; the downloads hold all {rows:,}." in text_of(at)
    at.number_input(key="grid-page-sources.csv").set_value(2).run()
    last_page = at.dataframe[0].value
    assert len(last_page) == rows - GRID_ROWS
    assert last_page["source_id"].iloc[-1].endswith("-x1")  # the last row of the file


@pytest.mark.parametrize("page, shown", [
    (PAGES[2], lambda at, n: f"{n['events.csv']:,} of {n['events.csv']:,} events match" in text_of(at)),
    (PAGES[1], lambda at, n: len(at.dataframe[-1].value) == n["features.geojson"]),
])
def test_pages_show_every_row_without_filters(page, shown):
    from ecsdata.paths import DATA_DIR
    counts = {file: _rows_in_file(DATA_DIR / file) for _, file in DATA_TABS}
    assert shown(run_page(page), counts)


def test_the_officials_gallery_pages_through_every_official():
    from ecsdata.paths import DATA_DIR
    expected = _rows_in_file(DATA_DIR / "officials.csv")
    at = run_page(PAGES[3])
    seen, page = set(), 1
    while True:
        seen |= {b.key.removeprefix("open-") for b in at.button if (b.key or "").startswith("open-")}
        if len(seen) >= expected or page > 20:
            break
        page += 1
        at.number_input(key="gallery_page").set_value(page).run()
    assert len(seen) == expected


def test_an_officials_quotes_page_through_every_quote():
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    official = "kishida-fumio"
    expected = (load_dataset(DATA_DIR).quotes["official_id"] == official).sum()
    at = run_page(PAGES[3], official=official)
    shown, page = [], 1
    while True:
        shown.append(sum("Link to this quote](officials?" in m.value for m in at.markdown))
        if sum(shown) >= expected or page > 10:
            break
        page += 1
        at.number_input(key="official_quotes_page").set_value(page).run()
    assert expected > 10 and shown[0] == 10
    assert sum(shown) == expected


def test_the_activity_page_shows_every_series_under_one_measure():
    from ecsdata.dataset import load_dataset
    from ecsdata.paths import DATA_DIR
    labels = set(load_dataset(DATA_DIR).activity["series_label"])
    seen = set()
    for measure in ("contiguous", "territorial", "scrambles", "china"):
        at = run_page(PAGES[4], measure=measure)
        assert at.segmented_control(key="measure__shown").value == measure
        shown = {s.value for s in at.subheader}
        assert shown, measure
        assert not shown & seen, "a series shows under two measures"
        seen |= shown
    assert seen == labels


def test_the_activity_table_twin_opens_and_links_every_figure_to_its_source():
    at = run_page(PAGES[4], measure="contiguous")
    assert not [m for m in at.markdown if m.value.startswith("| period |")], "tables are built only when opened"
    at.session_state["table-jcg_contiguous_zone_days"] = True
    at.run()
    tables = [m.value for m in at.markdown if m.value.startswith("| period |")]
    assert tables
    assert all("](http" in row for table in tables for row in table.splitlines()[2:])


def test_the_map_lists_gas_structures_that_have_no_published_position():
    at = run_page(PAGES[1])
    text = " ".join(m.value for m in at.markdown)
    assert "Shirakaba / Chunxiao gas field" in text and "about 4 km" in text


CJK = "\u3040-\u30ff\u3400-\u9fff"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("lang", ["en", "ja", "zh-Hans", "zh-Hant"])
def test_every_page_runs_in_every_language(page, lang):
    at = run_page(page, lang=lang)
    title = at.title[0].value
    import re
    if lang == "en":
        assert not re.search(f"[{CJK}]", title)
    else:
        assert re.search(f"[{CJK}]", title) and not re.search(r"[A-Za-z]{3,}", title), title


@pytest.mark.parametrize("lang, names, label", [
    ("ja", None, "魚釣島"), ("zh-Hans", None, "钓鱼岛"), ("zh-Hant", None, "釣魚臺"), ("en", None, "Uotsuri"),
    ("ja", "en", "Uotsuri"),  # a link's own choice of names wins over the language
])
def test_island_names_follow_the_language_unless_the_link_chooses_them(lang, names, label):
    params = {"lang": lang, "feature": "uotsuri"} | ({"names": names} if names else {})
    at = run_page(PAGES[1], **params)
    assert label in at.selectbox(key="feature__shown").format_func("uotsuri")
