"""What every data file must contain: one spec per file, read by the loaders, the
validator and the data-dictionary test, so the three can never disagree."""

from __future__ import annotations

from dataclasses import dataclass, field

# Closed vocabularies that belong to the code (the open ones, countries and topics,
# live in data/countries.csv and data/topics.csv).
EVENT_TYPES = ("meeting", "call", "agreement", "incident", "law_policy", "statement", "report")
DATE_PRECISIONS = ("day", "month", "year")
CERTAINTIES = ("confirmed", "uncertain")
QUOTE_KINDS = ("quote", "paraphrase")
SOURCE_KINDS = ("official", "news", "reference", "law", "dataset")
FEATURE_KINDS = ("islet", "rock", "gas_field", "reference_place")
ZONE_KINDS = ("adiz", "joint_development_zone", "median_line", "claim_line", "baseline")
MECHANISM_STATES = (
    "proposed", "agreed", "signed", "established", "first_used", "meeting", "suspended", "resumed",
)
PERIOD_KINDS = ("calendar_year", "fiscal_year", "month", "four_months", "partial_year")
ACTIVITY_UNITS = ("days", "ships", "cases", "scrambles")
NAME_CONVENTIONS = ("en", "ja", "zh", "tw")
MEDIAN_LINE_SIDES = ("china_side", "japan_side", "straddles")

# Column kinds understood by the validator.
ID, TEXT, DATE, LIST, ENUM, NUMBER, URL = "id", "text", "date", "list", "enum", "number", "url"


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = TEXT
    required: bool = True
    # ENUM/LIST: a tuple of allowed values, or "countries"/"topics" for a data vocabulary.
    allowed: tuple[str, ...] | str | None = None
    # A reference "file.column" the value (or each list item) must resolve to.
    ref: str | None = None
    # NUMBER: inclusive range.
    minimum: float | None = None
    maximum: float | None = None


# Remarks for curators (how a row was checked, what is still to do); never shown in the UI.
CURATOR_NOTES = Column("curator_notes", required=False)


@dataclass(frozen=True)
class FileSpec:
    file: str
    columns: tuple[Column, ...]
    key: str | None = None  # column whose values must be unique
    geometry: tuple[str, ...] = field(default=())  # GeoJSON geometry types allowed

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


SOURCES = FileSpec("sources.csv", (
    Column("source_id", ID),
    Column("publisher"),
    Column("title", required=False),
    Column("title_en", required=False),
    Column("url", URL),
    Column("language"),
    Column("date_published", DATE, required=False),
    Column("date_accessed", DATE),
    Column("kind", ENUM, allowed=SOURCE_KINDS),
    Column("government", ENUM, required=False, allowed="countries"),
    CURATOR_NOTES,
), key="source_id")

COUNTRIES = FileSpec("countries.csv", (
    Column("country_id", ID),
    Column("name"),
    Column("name_ja"),
    Column("name_zh_hans"),
    Column("name_zh_hant"),
    Column("note", required=False),
), key="country_id")

TOPICS = FileSpec("topics.csv", (
    Column("topic_id", ID),
    Column("label"),
    Column("label_ja"),
    Column("label_zh_hans"),
    Column("label_zh_hant"),
    Column("description"),
), key="topic_id")

EVENTS = FileSpec("events.csv", (
    Column("event_id", ID),
    Column("date", DATE),
    Column("end_date", DATE, required=False),
    Column("date_precision", ENUM, allowed=DATE_PRECISIONS),
    Column("type", ENUM, allowed=EVENT_TYPES),
    Column("title"),
    Column("summary"),
    Column("countries", LIST, allowed="countries"),
    Column("topics", LIST, allowed="topics"),
    Column("features", LIST, required=False, ref="features.geojson.feature_id"),
    Column("participants", LIST, required=False, ref="officials.csv.official_id"),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    Column("certainty", ENUM, allowed=CERTAINTIES),
    Column("notes", required=False),
    CURATOR_NOTES,
), key="event_id")

OFFICIALS = FileSpec("officials.csv", (
    Column("official_id", ID),
    Column("name_en"),
    Column("name_native", required=False),
    Column("country", ENUM, allowed="countries"),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
), key="official_id")

OFFICES = FileSpec("offices.csv", (
    Column("official_id", ID, ref="officials.csv.official_id"),
    Column("office"),
    Column("start_date", DATE),
    Column("end_date", DATE, required=False),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    Column("notes", required=False),
    CURATOR_NOTES,
))

QUOTES = FileSpec("quotes.csv", (
    Column("quote_id", ID),
    Column("official_id", ID, ref="officials.csv.official_id"),
    Column("date", DATE),
    Column("event_id", ID, required=False, ref="events.csv.event_id"),
    Column("kind", ENUM, allowed=QUOTE_KINDS),
    Column("text"),
    Column("language"),
    Column("text_original", required=False),
    Column("original_language", required=False),
    Column("topics", LIST, allowed="topics"),
    Column("features", LIST, required=False, ref="features.geojson.feature_id"),
    Column("source_id", ID, ref="sources.csv.source_id"),
    Column("original_source_id", ID, required=False, ref="sources.csv.source_id"),
    Column("notes", required=False),
    CURATOR_NOTES,
), key="quote_id")

MECHANISMS = FileSpec("mechanisms.csv", (
    Column("mechanism_id", ID),
    Column("mechanism_name"),
    Column("state", ENUM, allowed=MECHANISM_STATES),
    Column("date", DATE),
    Column("event_id", ID, required=False, ref="events.csv.event_id"),
    Column("note", required=False),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    CURATOR_NOTES,
))

ACTIVITY = FileSpec("activity.csv", (
    Column("series_id", ID),
    Column("series_label"),
    Column("period_start", DATE),
    Column("period_end", DATE),
    Column("period_kind", ENUM, allowed=PERIOD_KINDS),
    Column("value", NUMBER, minimum=0),
    Column("unit", ENUM, allowed=ACTIVITY_UNITS),
    Column("counted_by"),
    Column("as_of", DATE),
    Column("source_id", ID, ref="sources.csv.source_id"),
    Column("certainty", ENUM, allowed=CERTAINTIES),
    Column("notes", required=False),
    CURATOR_NOTES,
))

FEATURES = FileSpec("features.geojson", (
    Column("feature_id", ID),
    Column("kind", ENUM, allowed=FEATURE_KINDS),
    Column("group"),
    Column("name_en"),
    Column("name_ja", required=False),
    Column("name_ja_romaji", required=False),
    Column("name_zh", required=False),
    Column("name_zh_tw", required=False),
    Column("area_km2", NUMBER, required=False, minimum=0),
    Column("elevation_m", NUMBER, required=False),
    Column("administered_by", ENUM, required=False, allowed="countries"),
    Column("claimed_by", LIST, required=False, allowed="countries"),
    Column("description"),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    Column("certainty", ENUM, allowed=CERTAINTIES),
    Column("notes", required=False),
    CURATOR_NOTES,
), key="feature_id", geometry=("Point",))

ZONES = FileSpec("zones.geojson", (
    Column("zone_id", ID),
    Column("name"),
    Column("kind", ENUM, allowed=ZONE_KINDS),
    Column("owner", LIST, allowed="countries"),
    Column("description"),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    Column("certainty", ENUM, allowed=CERTAINTIES),
    Column("notes", required=False),
    CURATOR_NOTES,
), key="zone_id", geometry=("Polygon", "LineString"))

STRUCTURES = FileSpec("structures.csv", (
    Column("structure_id", ID),
    Column("name_en"),
    Column("name_ja", required=False),
    Column("name_zh", required=False),
    Column("side", ENUM, allowed=MEDIAN_LINE_SIDES),
    Column("distance_km", NUMBER, required=False, minimum=0),
    Column("position"),
    Column("source_ids", LIST, ref="sources.csv.source_id"),
    Column("certainty", ENUM, allowed=CERTAINTIES),
    Column("notes", required=False),
    CURATOR_NOTES,
), key="structure_id")

LAND = FileSpec("basemap/land.geojson", (), geometry=("Polygon", "MultiPolygon"))

# Load order matters: vocabularies and sources before the files that refer to them.
ALL_SPECS = (COUNTRIES, TOPICS, SOURCES, FEATURES, ZONES, STRUCTURES, OFFICIALS, OFFICES, EVENTS,
             QUOTES, MECHANISMS, ACTIVITY)
SPECS_BY_FILE = {spec.file: spec for spec in ALL_SPECS}

# The East China Sea box every feature and zone vertex must fall in (lon, lat).
REGION_BOUNDS = (117.0, 22.0, 132.0, 35.0)
