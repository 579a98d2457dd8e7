"""The record as a specialist would cite it: real titles, notes written for readers, every
named official a participant, the speakers' own words, both governments' readouts."""

import csv
import json

import pandas as pd
import pytest

from components.quotes import quote_markdown, quote_source_lines
from components.timeline_view import readouts_by_government
from ecsdata import schema
from ecsdata.dataset import SourceRef, load_dataset
from ecsdata.paths import DATA_DIR
from ecsdata.provenance import named_officials, placeholder_titles, search_process_wording

KISHI_WEI_VIDEO_TALKS = "ev-2021-12-27-kishi-wei-video-talks"


def rows_of(file: str) -> list[dict[str, str]]:
    path = DATA_DIR / file
    if file.endswith(".geojson"):
        return [{k: "" if v is None else str(v) for k, v in f["properties"].items()}
                for f in json.loads(path.read_text(encoding="utf-8"))["features"]]
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(DATA_DIR)


@pytest.mark.parametrize("file", [spec.file for spec in schema.ALL_SPECS])
def test_reader_facing_text_never_speaks_of_how_we_searched(file):
    assert search_process_wording(file, rows_of(file)) == []


@pytest.mark.parametrize("text, flagged", [
    ("Not found in the stored pages.", True),
    ("The title is not shown in the stored copy.", True),
    ("The page was not found again.", True),
    ("Japan-China Maritime Search and Rescue Agreement", False),
    ("Japan's MOFA and China's MFA give different dates.", False),
])
def test_search_process_wording_is_recognised(text, flagged):
    assert bool(search_process_wording("x.csv", [{"notes": text}])) is flagged


def test_no_source_shows_a_placeholder_title():
    assert placeholder_titles(rows_of("sources.csv")) == []


@pytest.mark.parametrize("title, placeholder", [
    ("[title not shown in stored copy]", True),
    ("[China Daily: China, Japan restart talks]", True),
    ("", False),
    ("日中防衛相テレビ会談", False),
    ("Japan-China Defense Ministers' Video Teleconference", False),
])
def test_placeholder_titles_are_recognised(title, placeholder):
    assert placeholder_titles([{"source_id": "s", "title": title}]) == (["s"] if placeholder else [])


@pytest.mark.parametrize("ref, label", [
    (SourceRef("Kyodo News", "", "https://x", kind="news", date_published="2012-08-17"),
     "Kyodo News, news report, 17 Aug 2012"),
    (SourceRef("Kyodo News", "", "https://x", kind="news"), "Kyodo News, news report, undated"),
    (SourceRef("Ministry of Defense of Japan", "日中防衛相テレビ会談", "https://x", "Japan-China defence ministers' video talks"),
     "Ministry of Defense of Japan: 日中防衛相テレビ会談 (Japan-China defence ministers' video talks)"),
    (SourceRef("MOFA", "Press Conference", "https://x"), "MOFA: Press Conference"),
])
def test_a_source_without_a_readable_title_is_named_by_publisher_kind_and_date(ref, label):
    assert ref.label == label


def test_at_least_nine_in_ten_officials_named_in_events_are_participants():
    named = named_officials(rows_of("events.csv"), rows_of("officials.csv"))
    missing = [(event, official) for event, official, taking_part in named if not taking_part]
    assert len(named) >= 150
    assert len(missing) / len(named) <= 0.10, missing


@pytest.mark.parametrize("summary, participants, expected", [
    ("Foreign Minister Koichiro Genba met Yang Jiechi.", "genba-koichiro;yang-jiechi", [True, True]),
    ("Genba met Yang Jiechi.", "yang-jiechi", [False, True]),
    ("Activists from Hong Kong landed.", "", []),
])
def test_officials_are_matched_by_full_name_or_a_family_name_no_one_else_has(summary, participants, expected):
    officials = [{"official_id": "genba-koichiro", "name_en": "Koichiro Genba", "country": "JP"},
                 {"official_id": "yang-jiechi", "name_en": "Yang Jiechi", "country": "CN"},
                 {"official_id": "hong-lei", "name_en": "Hong Lei", "country": "CN"}]
    event = {"event_id": "e", "title": "", "summary": summary, "participants": participants}
    assert [taking_part for _, _, taking_part in named_officials([event], officials)] == expected


def test_at_least_half_of_chinese_japanese_and_taiwanese_quotes_show_the_speakers_own_words(dataset):
    quotes = dataset.quotes_with_speakers
    own = {"CN": {"zh"}, "JP": {"ja"}, "TW": {"zh", "zh-Hant"}}
    asian = quotes[quotes["country"].isin(own)]
    in_own_words = [row.language in own[row.country] or row.original_language in own[row.country]
                    for row in asian.itertuples()]
    assert sum(in_own_words) / len(asian) >= 0.5


def test_original_wording_comes_with_its_language_and_a_source(dataset):
    quotes = dataset.quotes
    with_original = quotes[quotes["text_original"] != ""]
    assert (with_original["original_language"] != "").all()
    assert (quotes.loc[quotes["text_original"] == "", ["original_language", "original_source_id"]] == "").all().all()
    languages = dataset.sources.set_index("source_id")["language"]
    cited = with_original[with_original["original_source_id"] != ""]
    assert (languages.loc[cited["original_source_id"]].to_numpy() == cited["original_language"].to_numpy()).all()


def test_the_kishi_wei_talks_cite_japans_readout_in_japanese_and_chinas_in_chinese(dataset):
    event = dataset.events.set_index("event_id").loc[KISHI_WEI_VIDEO_TALKS]
    readouts = readouts_by_government(event["source_ids"], dataset.source_refs)
    assert readouts["JP"][0].language == "ja"
    assert readouts["CN"][0].language == "zh"


def test_readouts_are_grouped_by_government_own_language_first():
    sources = {"en": SourceRef("MOD", "Talks", "https://a", language="en", government="JP"),
               "ja": SourceRef("防衛省", "会談", "https://b", language="ja", government="JP"),
               "zh": SourceRef("国防部", "会谈", "https://c", language="zh", government="CN"),
               "news": SourceRef("Reuters", "Talks", "https://d", language="en")}
    readouts = readouts_by_government(["en", "news", "ja", "zh"], sources)
    assert list(readouts) == ["CN", "JP"]
    assert [s.language for s in readouts["JP"]] == ["ja", "en"]


QUOTE = {"kind": "quote", "text": "The islands are ours.", "language": "en", "country": "CN",
         "text_original": "", "original_language": "", "source_id": "xinhua", "original_source_id": ""}
SOURCES = {"xinhua": SourceRef("Xinhua", "Spokesperson", "https://a", language="en", kind="news"),
           "mfa": SourceRef("Ministry of Foreign Affairs of the PRC", "例行记者会", "https://b", language="zh",
                            government="CN")}


@pytest.mark.parametrize("changes, body, source_lines", [
    ({}, "“The islands are ours\\.”", ["In translation: Xinhua published these words in English"]),
    ({"text_original": "钓鱼岛是中国的。", "original_language": "zh", "original_source_id": "mfa"},
     "“钓鱼岛是中国的。”\n\n*English:* “The islands are ours\\.”", ["Original (Chinese): [Ministry", "English: [Xinhua"]),
    ({"kind": "paraphrase"}, "*Reported as:* The islands are ours\\.", ["Source: [Xinhua"]),
    ({"country": "US"}, "“The islands are ours\\.”", ["Source: [Xinhua"]),
])
def test_quote_card_shows_the_speakers_own_words_first_and_says_when_it_has_only_a_translation(changes, body, source_lines):
    quote = pd.Series(QUOTE | changes)
    assert quote_markdown(quote) == body
    lines = "\n".join(quote_source_lines(quote, SOURCES))
    for expected in source_lines:
        assert expected in lines
    if changes.get("country") == "US" or changes.get("text_original"):
        assert "In translation" not in lines
