"""Broken data files give problems naming file, row and column; the curator command fails."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ecsdata.dataset import load_dataset, validate_data_dir
from ecsdata.paths import DATA_DIR, PROJECT_ROOT
from ecsdata.problems import DataError


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def edit_geojson(path: Path, change) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


BROKEN = [
    # (description, how to break the minimal data, file, row, column, words in the message)
    ("missing column", lambda d: replace_in(d / "events.csv", "certainty,notes", "notes_x,notes"), "events.csv", 1, "certainty", "missing"),
    ("bad date", lambda d: replace_in(d / "events.csv", "2021-12-27", "27/12/2021"), "events.csv", 2, "date", "not a date"),
    ("impossible date", lambda d: replace_in(d / "quotes.csv", "2021-12-27", "2021-02-30"), "quotes.csv", 2, "date", "not a date"),
    ("duplicate id", lambda d: replace_in(d / "events.csv", "test-ev-2", "test-ev-1"), "events.csv", 3, "event_id", "duplicate"),
    ("dangling source", lambda d: replace_in(d / "events.csv", "test-src-a;test-src-b", "test-src-a;nope"), "events.csv", 2, "source_ids", "not an id in data/sources.csv"),
    ("dangling speaker", lambda d: replace_in(d / "quotes.csv", "test-q-1,test-one", "test-q-1,nobody"), "quotes.csv", 2, "official_id", "not an id"),
    ("dangling event", lambda d: replace_in(d / "quotes.csv", "test-one,2021-12-27,test-ev-1", "test-one,2021-12-27,ev-x"), "quotes.csv", 2, "event_id", "not an id"),
    ("unknown country", lambda d: replace_in(d / "officials.csv", "テスト,JP", "テスト,XX"), "officials.csv", 2, "country", "not one of"),
    ("unknown topic", lambda d: replace_in(d / "events.csv", "crisis_management;diplomacy", "crisis;diplomacy"), "events.csv", 2, "topics", "not one of"),
    ("bad event type", lambda d: replace_in(d / "events.csv", ",call,", ",party,"), "events.csv", 2, "type", "not one of"),
    ("empty required cell", lambda d: replace_in(d / "events.csv", "Test video talks", ""), "events.csv", 2, "title", "empty"),
    ("end before start", lambda d: replace_in(d / "offices.csv", "2022-08-10", "2019-01-01"), "offices.csv", 2, "end_date", "before"),
    ("wrong field count", lambda d: replace_in(d / "topics.csv", "sovereignty,Sovereignty,", "sovereignty,Sovereignty,extra,"), "topics.csv", 2, None, "fields"),
    ("unknown column", lambda d: replace_in(d / "sources.csv", ",kind", ",kind,colour"), "sources.csv", 1, "colour", "unknown column"),
    ("bad url", lambda d: replace_in(d / "sources.csv", "https://example.org/a", "javascript:alert(1)"), "sources.csv", 2, "url", "not an http"),
    ("negative count", lambda d: replace_in(d / "activity.csv", ",332,", ",-3,"), "activity.csv", 2, "value", "below the minimum"),
    ("count not a number", lambda d: replace_in(d / "activity.csv", ",332,", ",many,"), "activity.csv", 2, "value", "not a number"),
    ("bad encoding", lambda d: (d / "countries.csv").write_bytes((d / "countries.csv").read_bytes() + "\nXX,Caf\xe9,".encode("latin-1")), "countries.csv", 8, None, "UTF-8"),
    ("empty file", lambda d: (d / "mechanisms.csv").write_text(""), "mechanisms.csv", None, None, "empty"),
    ("header only", lambda d: (d / "mechanisms.csv").write_text("mechanism_id,mechanism_name,state,date,event_id,note,source_ids,curator_notes\n"), "mechanisms.csv", None, None, "no rows"),
    ("missing file", lambda d: (d / "offices.csv").unlink(), "offices.csv", None, None, "missing"),
    ("swapped coordinates", lambda d: edit_geojson(d / "features.geojson", lambda g: g["features"][0]["geometry"].update(coordinates=[25.75, 123.5])), "features.geojson", 1, "geometry", "out of range"),
    ("outside the region", lambda d: edit_geojson(d / "features.geojson", lambda g: g["features"][1]["geometry"].update(coordinates=[139.7, 35.7])), "features.geojson", 2, "geometry", "outside the East China Sea"),
    ("wrong geometry type", lambda d: edit_geojson(d / "features.geojson", lambda g: g["features"][0].update(geometry={"type": "LineString", "coordinates": [[123, 25], [124, 26]]})), "features.geojson", 1, "geometry", "not allowed"),
    ("invalid polygon", lambda d: edit_geojson(d / "zones.geojson", lambda g: g["features"][0]["geometry"].update(coordinates=[[[122, 30], [125, 27], [125, 30], [122, 27], [122, 30]]])), "zones.geojson", 1, "geometry", "invalid geometry"),
    ("wrong crs", lambda d: edit_geojson(d / "zones.geojson", lambda g: g.update(crs={"type": "name", "properties": {"name": "EPSG:3857"}})), "zones.geojson", None, "crs", "EPSG:4326"),
    ("not json", lambda d: (d / "zones.geojson").write_text("{not json"), "zones.geojson", None, None, "not valid JSON"),
    ("unknown property", lambda d: edit_geojson(d / "features.geojson", lambda g: g["features"][0]["properties"].update(colour="red")), "features.geojson", 1, "colour", "unknown property"),
    ("dangling feature", lambda d: replace_in(d / "events.csv", ",test-f1,", ",atlantis,"), "events.csv", 2, "features", "not an id in data/features.geojson"),
]


@pytest.mark.parametrize("description, breaker, file, row, column, words", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_file_is_reported_with_file_row_and_column(minimal_data, description, breaker, file, row, column, words):
    breaker(minimal_data)
    problems = validate_data_dir(minimal_data)
    matching = [p for p in problems if p.file == file and p.row == row and p.column == column and words in p.message]
    assert matching, "\n".join(str(p) for p in problems)
    with pytest.raises(DataError):
        load_dataset(minimal_data)


def test_minimal_data_is_valid(minimal_data):
    assert validate_data_dir(minimal_data) == []


def test_shipped_data_is_valid():
    assert [str(p) for p in validate_data_dir(DATA_DIR)] == []


@pytest.mark.parametrize("break_it, exit_code", [(False, 0), (True, 1)])
def test_curator_command_exits_non_zero_on_problems(minimal_data, break_it, exit_code):
    if break_it:
        replace_in(minimal_data / "events.csv", "2021-12-27", "soon")
    result = subprocess.run([sys.executable, "-m", "ecsdata", str(minimal_data)], capture_output=True, text=True,
                            cwd=PROJECT_ROOT)
    assert result.returncode == exit_code
    if break_it:
        assert "events.csv, row 2, column 'date'" in result.stdout
