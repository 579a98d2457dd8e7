"""The shipped data: documented, neutral names present, geometry sound, zones the right size."""

import re

import numpy as np
import pytest
import shapely
import shapely.ops
from pyproj import Geod
from shapely.geometry import LineString, Point, box

from ecsdata import schema
from ecsdata.dataset import load_dataset
from ecsdata.distances import coast_side
from ecsdata.median_line import baseline_coasts
from ecsdata.geometry import NAUTICAL_MILE_M, adiz_area, computed_zones
from ecsdata.paths import DATA_DIR
from ecsdata.schema import REGION_BOUNDS

SENKAKU = ("uotsuri", "kuba", "taisho", "kita-kojima", "minami-kojima", "okino-kitaiwa", "okino-minamiiwa", "tobise")


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(DATA_DIR)


@pytest.mark.parametrize("spec", schema.ALL_SPECS, ids=lambda s: s.file)
def test_every_column_is_documented_in_the_data_dictionary(spec):
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {spec.file}")[1].split("\n## ")[0]
    for column in spec.column_names:
        assert re.search(rf"^\| `{re.escape(column)}` \|", section, re.M), f"{spec.file}: {column} undocumented"


def test_all_eight_senkaku_features_are_on_the_map_with_japanese_and_chinese_names(dataset):
    features = dataset.features.set_index("feature_id")
    for feature_id in SENKAKU:
        row = features.loc[feature_id]
        assert row["name_ja"] and row["name_zh"] and row["name_en"], feature_id
        assert row["name_zh_tw"] or "Taiwan" in row["notes"], f"{feature_id}: blank Taiwan name must be explained"
        assert set(row["claimed_by"]) >= {"JP", "CN", "TW"}


def test_features_are_valid_points_in_the_east_china_sea_in_wgs84(dataset):
    west, south, east, north = REGION_BOUNDS
    assert dataset.features.crs.to_epsg() == 4326
    assert dataset.features.geometry.is_valid.all()
    assert dataset.features.geometry.x.between(west, east).all()
    assert dataset.features.geometry.y.between(south, north).all()


def test_every_zone_says_whose_line_it_is(dataset):
    assert dataset.zones["owner"].map(len).gt(0).all()
    assert dataset.zones.geometry.is_valid.all()


@pytest.mark.parametrize("zone_id, miles", [("computed-12nm", 12), ("computed-24nm", 24)])
def test_zone_radius_is_within_one_percent_of_its_nautical_miles(dataset, zone_id, miles):
    zones = computed_zones(dataset.features).set_index("zone_id")
    zone = zones.loc[zone_id, "geometry"]
    rings = [part.exterior for part in getattr(zone, "geoms", [zone])]
    points = dataset.features[dataset.features["group"] == "senkaku"].geometry
    geod = Geod(ellps="WGS84")
    # The nearest islet to each boundary vertex must be `miles` away (geodesic, not degrees).
    for x, y in [xy for ring in rings for xy in list(ring.coords)[::7]]:
        nearest = min(geod.inv(p.x, p.y, x, y)[2] for p in points)
        assert abs(nearest / NAUTICAL_MILE_M - miles) <= 0.01 * miles


def test_no_empty_or_duplicate_quotes(dataset):
    quotes = dataset.quotes
    assert quotes["text"].str.strip().ne("").all()
    assert not quotes.duplicated(["official_id", "text"]).any()


def test_quotes_are_not_dated_after_their_source(dataset):
    published = dataset.sources.set_index("source_id")["date_published"]
    dated = dataset.quotes.assign(published=dataset.quotes["source_id"].map(published)).dropna(subset=["published"])
    late = dated[dated["date"] > dated["published"]]
    assert late.empty, late[["quote_id", "date", "published"]]


def test_every_event_and_quote_has_a_source(dataset):
    assert dataset.events["source_ids"].map(len).gt(0).all()
    assert dataset.quotes["source_id"].ne("").all()


def test_the_story_that_started_the_project_is_in_the_data(dataset):
    event = dataset.events.set_index("event_id").loc["ev-2021-12-27-kishi-wei-video-talks"]
    assert {"wei-fenghe", "kishi-nobuo"} <= set(event["participants"])
    speakers = set(dataset.quotes.loc[dataset.quotes["event_id"] == event.name, "official_id"])
    assert {"wei-fenghe", "kishi-nobuo"} <= speakers


def test_activity_periods_in_a_series_do_not_overlap(dataset):
    """Within one series no two periods overlap, except a part-year running count, which may
    share its start with a longer row (the same count at an earlier as-of date)."""
    for series_id, rows in dataset.activity.groupby("series_id"):
        spans = rows.sort_values(["period_start", "period_end"])[["period_start", "period_end", "period_kind"]]
        spans = list(spans.itertuples(index=False))
        for i, a in enumerate(spans):
            for b in spans[i + 1:]:
                if b.period_start > a.period_end:
                    break
                running = "partial_year" in (a.period_kind, b.period_kind) and a.period_start == b.period_start
                assert running, f"{series_id}: {a.period_start:%Y-%m-%d}..{a.period_end:%Y-%m-%d} overlaps {b.period_start:%Y-%m-%d}..{b.period_end:%Y-%m-%d}"


def test_activity_series_keep_one_unit_and_label(dataset):
    for series_id, rows in dataset.activity.groupby("series_id"):
        assert rows["unit"].nunique() == 1 and rows["series_label"].nunique() == 1, series_id


def test_every_source_named_in_a_note_is_in_sources_csv():
    """Notes cite cross-checks by source id in parentheses; each must be a row a reader can open."""
    import csv
    import re
    from ecsdata.paths import DATA_DIR
    ids = {r["source_id"] for r in csv.DictReader(open(DATA_DIR / "sources.csv", encoding="utf-8"))}
    missing = []
    for file in ("activity.csv", "events.csv", "quotes.csv", "officials.csv", "offices.csv", "mechanisms.csv"):
        for row, values in enumerate(csv.DictReader(open(DATA_DIR / file, encoding="utf-8")), start=2):
            note = values.get("notes") or values.get("note") or ""
            missing += [(file, row, name) for name in re.findall(r"\(([a-z0-9]+(?:-[a-z0-9]+){3,})\)", note)
                        if name not in ids and not name.startswith(("ev-", "q-"))]
    assert missing == []


def test_no_activity_figure_is_dated_before_its_period_ends(dataset):
    activity = dataset.activity
    early = activity[activity["as_of"] < activity["period_end"]]
    assert early.empty, early[["series_id", "period_start", "period_end", "as_of"]].to_string()


@pytest.mark.parametrize("annual, blocks", [("jcg_territorial_sea_days", "mod_territorial_sea_days_4m"),
                                            ("jcg_territorial_sea_ships", "mod_territorial_sea_ships_4m")])
def test_annual_figures_match_the_sum_of_the_defence_ministrys_four_month_figures(dataset, annual, blocks):
    """Two publications of the same counts: where the Ministry of Defense's data file covers a
    whole year in four-month blocks, they add up to the annual figure reported for that year."""
    activity = dataset.activity
    years = activity[(activity["series_id"] == annual) & (activity["period_kind"] == "calendar_year")]
    four = activity[(activity["series_id"] == blocks) & (activity["period_kind"] == "four_months")]
    sums = four.groupby(four["period_start"].dt.year)["value"].agg(["sum", "count"])
    checked = 0
    for year, value in zip(years["period_start"].dt.year, years["value"]):
        if year in sums.index and sums.loc[year, "count"] == 3:
            assert sums.loc[year, "sum"] == value, year
            checked += 1
    assert checked >= 4


def test_scrambles_against_chinese_aircraft_never_exceed_all_scrambles(dataset):
    activity = dataset.activity.set_index(["period_start", "period_end"])
    china = activity[activity["series_id"] == "jsdf_scrambles_china"]["value"]
    total = activity[activity["series_id"] == "jsdf_scrambles_total"]["value"]
    both = china.to_frame("china").join(total.to_frame("total"), how="inner")
    assert len(both) >= 10 and (both["china"] <= both["total"]).all()


# Japan's published figures: Uotsuri is about 410 km from Okinawa Island (Ministry of Foreign
# Affairs) and 330 km from the Chinese mainland (Japan Coast Guard); Kuba is 160 km and Taisho
# 150 km north of Ishigaki Island (MOFA's table of the islands).
@pytest.mark.parametrize("islet, place, published_km", [
    ("uotsuri", "Chinese mainland", 330), ("uotsuri", "Okinawa Island", 410),
    ("kuba", "Ishigaki Island", 160), ("taisho", "Ishigaki Island", 150),
])
def test_islet_distances_agree_with_japans_published_figures_within_five_percent(dataset, islet, place, published_km):
    assert dataset.islet_distances[islet][place] == pytest.approx(published_km, rel=0.05)


def test_uotsuri_is_nearer_ishigakis_coast_than_mofas_170_km_which_measures_to_the_island(dataset):
    assert 145 < dataset.islet_distances["uotsuri"]["Ishigaki Island"] < 170


@pytest.mark.parametrize("lon, lat, side", [
    (121.0, 23.5, "TW"), (119.6, 23.6, "TW"), (126.5, 33.4, "KR"), (116.9, 30.9, "CN"), (122.2, 30.0, "CN"),
    (124.2, 24.4, "JP"), (127.8, 26.4, "JP"), (129.3, 34.4, "JP"), (128.8, 32.7, "JP"), (121.0, 18.3, "PH"),
])
def test_land_is_assigned_to_the_side_whose_coast_it_is(lon, lat, side):
    assert coast_side(Point(lon, lat)) == side


def test_china_and_korea_adiz_overlap_covers_ieodo_socotra_as_both_governments_say(dataset):
    overlaps = dataset.drawn_zones[dataset.drawn_zones["kind"] == "adiz_overlap"]
    assert len(overlaps) == 1
    overlap = overlaps.iloc[0]
    assert set(overlap["owner"]) == {"CN", "KR"}
    socotra = dataset.features.set_index("feature_id").loc["socotra", "geometry"]
    assert overlap.geometry.contains(socotra)
    senkaku = dataset.features.set_index("feature_id").loc["uotsuri", "geometry"]
    assert not overlap.geometry.contains(senkaku)  # inside China's zone only


@pytest.mark.parametrize("line, owner, inside, outside", [
    # an outer line east of China's coast: the zone is the side towards Shanghai
    ([(123.0, 34.0), (125.0, 30.0), (123.0, 26.0)], "CN", (122.5, 30.0), (126.0, 30.0)),
    # a southern limit below Jeju: the zone is the side towards Jeju
    ([(124.0, 35.0), (124.0, 30.0), (129.0, 30.0)], "KR", (126.0, 31.0), (126.0, 29.0)),
])
def test_an_open_adiz_line_encloses_the_side_of_its_owner(line, owner, inside, outside):
    area = adiz_area(LineString(line), owner, box(*REGION_BOUNDS))
    assert area.contains(Point(inside)) and not area.contains(Point(outside))


@pytest.fixture(scope="module")
def median_line(dataset):
    return dataset.drawn_zones.set_index("zone_id").loc["computed-median-line"]


def test_points_on_the_median_line_are_equally_far_from_both_sides_within_one_kilometre(dataset, median_line):
    # measured afresh against coasts densified four times as finely as the computation's
    fine = baseline_coasts(dataset.land, dataset.disputed_islets, dataset.zones, spacing=0.005)
    lon, lat = shapely.get_coordinates(median_line.geometry)[::5].T
    japan = fine["JP"].distance_m(lon, lat)
    china = fine["CN"].distance_m(lon, lat)
    assert len(lon) > 10
    assert np.abs(japan - china).max() < 1000


def test_the_median_line_says_whose_claim_it_is_and_gives_chinas_position(dataset, median_line):
    assert tuple(median_line["owner"]) == ("JP",)
    assert "computed" in median_line["name"]
    assert "Okinawa Trough" in median_line["description"]
    assert set(median_line["source_ids"]) <= set(dataset.sources["source_id"])


def test_the_2008_joint_development_block_straddles_the_computed_median_line(dataset, median_line):
    block = dataset.zones.set_index("zone_id").loc["cn-jp-joint-development-block-2008", "geometry"]
    pieces = shapely.ops.split(block, median_line.geometry.geoms[0]).geoms
    assert len(pieces) == 2


@pytest.mark.parametrize("lon, lat, side", [
    # Sankei (2016): Chinese drilling ships near the median line on China's side
    (125 + 45.3 / 60, 29 + 45.4 / 60, "CN"),
    # Sankei (2023): a Chinese survey ship about 1 km on Japan's side of the line
    (122 + 44 / 60, 26 + 4 / 60, "JP"),
    # China's Maritime Safety Administration (2006): a Pinghu gas-field platform
    (124 + 54.846 / 60, 29 + 4.301 / 60, "CN"),
])
def test_published_positions_fall_on_the_side_of_the_median_line_reports_give(dataset, lon, lat, side):
    coasts = baseline_coasts(dataset.land, dataset.disputed_islets, dataset.zones)
    opposite = min(coasts["CN"].distance_m(lon, lat)[0], coasts["TW"].distance_m(lon, lat)[0])
    assert ("CN" if opposite < coasts["JP"].distance_m(lon, lat)[0] else "JP") == side
