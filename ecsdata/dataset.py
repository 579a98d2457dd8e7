"""Load and validate every file in data/ into typed frames: ids as strings, dates as
datetime64, ';' lists as tuples. One loader per file; load_dataset runs them all, checks
references between files and raises DataError listing every problem."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import geopandas as gpd
import pandas as pd

from ecsdata import schema
from ecsdata.export import display_frame
from ecsdata.geometry import adiz_overlaps, computed_zones, outline_xy
from ecsdata.i18n import N_, _, current
from ecsdata.distances import distances_km, reference_coasts
from ecsdata.median_line import computed_median_line
from ecsdata.problems import DataError, Problem
from ecsdata.queries import feature_labels, latest_offices, official_labels, quotes_with_speakers
from ecsdata.readers import read_csv_rows, read_geojson_rows
from ecsdata.schema import DATE, LIST, NUMBER, FileSpec
from ecsdata.validation import check_references, check_rows, split_list
from ecsdata.view import KnownIds

CRS = "EPSG:4326"


SOURCE_KIND_LABELS = {"official": N_("official page"), "news": N_("news report"), "reference": N_("reference page"),
                      "law": N_("legal text"), "dataset": N_("data set")}


class SourceRef(NamedTuple):
    """What a citation shows of a sources.csv row."""
    publisher: str
    title: str
    url: str
    title_en: str = ""
    language: str = ""
    date_published: str = ""  # YYYY-MM-DD or blank
    kind: str = ""
    government: str = ""

    @property
    def label(self) -> str:
        """Publisher and the page's own title (with its English gloss); a page whose title
        could not be read is named by publisher, kind and date instead, never a placeholder."""
        if self.title:
            gloss = f" ({self.title_en})" if self.title_en and self.title_en != self.title else ""
            return f"{self.publisher}: {self.title}{gloss}"
        when = current().date(pd.Timestamp(self.date_published)) if self.date_published else _("undated")
        return f"{self.publisher}, {_(SOURCE_KIND_LABELS.get(self.kind, self.kind))}, {when}"


@dataclass(frozen=True)
class Dataset:
    sources: pd.DataFrame
    countries: pd.DataFrame
    topics: pd.DataFrame
    features: gpd.GeoDataFrame
    zones: gpd.GeoDataFrame
    structures: pd.DataFrame
    officials: pd.DataFrame
    offices: pd.DataFrame
    events: pd.DataFrame
    quotes: pd.DataFrame
    mechanisms: pd.DataFrame
    activity: pd.DataFrame
    land: gpd.GeoDataFrame
    version: str

    # Lookups every page needs, built once per loaded data set (the dataset is shared and read-only).
    # Vocabulary labels in the interface language of the current run (ecsdata/i18n.py).
    @property
    def country_names(self) -> dict[str, str]:
        return self._vocabulary_labels[current().lang][0]

    @property
    def topic_labels(self) -> dict[str, str]:
        return self._vocabulary_labels[current().lang][1]

    @cached_property
    def _vocabulary_labels(self) -> dict[str, tuple[dict[str, str], dict[str, str]]]:
        """Country names and topic labels by language, from the columns the files hold for each."""
        suffix = {"en": "", "ja": "_ja", "zh-Hans": "_zh_hans", "zh-Hant": "_zh_hant"}
        return {lang: (dict(zip(self.countries["country_id"], self.countries["name" + end])),
                       dict(zip(self.topics["topic_id"], self.topics["label" + end])))
                for lang, end in suffix.items()}

    @cached_property
    def source_refs(self) -> dict[str, SourceRef]:
        """Publisher, title and url by source_id, for the many per-card citations."""
        return {row.source_id: SourceRef(row.publisher, row.title, row.url, row.title_en, row.language,
                                         "" if pd.isna(row.date_published) else row.date_published.strftime("%Y-%m-%d"),
                                         row.kind, row.government)
                for row in self.sources.itertuples(index=False)}

    @cached_property
    def quotes_with_speakers(self) -> pd.DataFrame:
        """quotes.csv joined with each speaker's names and country (what every quote view shows)."""
        return quotes_with_speakers(self.quotes, self.officials)

    @cached_property
    def known_ids(self) -> KnownIds:
        """Every id a link may name (the URL contract's vocabularies)."""
        return KnownIds(
            countries=frozenset(self.countries["country_id"]),
            topics=frozenset(self.topics["topic_id"]),
            features=frozenset(self.features["feature_id"]),
            events=frozenset(self.events["event_id"]),
            officials=frozenset(self.officials["official_id"]),
            quotes=frozenset(self.quotes["quote_id"]),
        )

    @cached_property
    def _quote_groups(self) -> dict[str, dict[str, pd.DataFrame]]:
        quotes = self.quotes_with_speakers
        return {column: dict(tuple(quotes.groupby(column, sort=False))) for column in ("event_id", "official_id")}

    def quotes_of(self, column: str, key: str) -> pd.DataFrame:
        """The quotes (with speakers) whose `column` ("event_id" or "official_id") is `key`,
        split once per data set, so an open event or official filters a handful of rows."""
        return self._quote_groups[column].get(key, self.quotes_with_speakers.iloc[:0])

    @cached_property
    def events_newest_first(self) -> pd.DataFrame:
        """events.csv in the order every list shows it (filters keep the order)."""
        return self.events.sort_values(["date", "event_id"], ascending=[False, True])

    @cached_property
    def latest_offices(self) -> dict[str, str]:
        return latest_offices(self.offices)

    @cached_property
    def official_labels(self) -> dict[str, str]:
        return official_labels(self.officials)

    @cached_property
    def official_names(self) -> dict[str, str]:
        """English name by official id."""
        return dict(zip(self.officials["official_id"], self.officials["name_en"]))

    @cached_property
    def _feature_labels(self) -> dict[str, dict[str, str]]:
        return {}

    def feature_labels(self, names: str) -> dict[str, str]:
        """Each feature's label in a naming convention (queries.feature_label) by id, in the
        features' order, built once per convention."""
        if names not in self._feature_labels:
            self._feature_labels[names] = dict(zip(self.features["feature_id"], feature_labels(self.features, names)))
        return self._feature_labels[names]

    @cached_property
    def event_dates(self) -> dict[str, pd.Timestamp]:
        return dict(zip(self.events["event_id"], self.events["date"]))

    @cached_property
    def event_titles(self) -> dict[str, str]:
        return dict(zip(self.events["event_id"], self.events["title"]))

    @cached_property
    def computed_zones(self) -> gpd.GeoDataFrame:
        """The 12 and 24 nautical-mile rings around the Senkaku features."""
        return computed_zones(self.features)

    @cached_property
    def disputed_islets(self) -> gpd.GeoSeries:
        """The points of the Senkaku / Diaoyu / Tiaoyutai features."""
        return self.features.loc[self.features["group"] == "senkaku", "geometry"]

    @cached_property
    def drawn_zones(self) -> gpd.GeoDataFrame:
        """zones.geojson with what is computed from it (the median line Japan claims, where ADIZs
        overlap), drawn alike."""
        computed = [computed_median_line(self.land, self.disputed_islets, self.zones),
                    adiz_overlaps(self.zones, schema.REGION_BOUNDS)]
        return gpd.GeoDataFrame(pd.concat([self.zones, *computed], ignore_index=True), geometry="geometry", crs=CRS)

    @cached_property
    def islet_distances(self) -> dict[str, dict[str, float]]:
        """Kilometres from each disputed islet to the nearest coast of Taiwan, Ishigaki,
        Okinawa Island and the Chinese mainland, by feature id."""
        table = distances_km(self.disputed_islets, reference_coasts(self.land))
        ids = self.features.loc[self.disputed_islets.index, "feature_id"]
        return {feature_id: {place: float(km[i]) for place, km in table.items()} for i, feature_id in enumerate(ids)}

    @cached_property
    def outlines(self) -> dict[str, tuple]:
        """x/y paths of the land ("land") and of every drawn and computed zone (by zone_id),
        built once: the map draws them at every rerun."""
        paths = {"land": outline_xy(self.land.geometry)}
        for frame in (self.drawn_zones, self.computed_zones):
            paths.update((zone_id, outline_xy([geometry])) for zone_id, geometry in zip(frame["zone_id"], frame.geometry))
        return paths

    @cached_property
    def _text_tables(self) -> dict[str, pd.DataFrame]:
        return {}

    def text_table(self, file: str) -> pd.DataFrame:
        """A whole file as the text it holds, built once, for on-screen tables."""
        if file not in self._text_tables:
            self._text_tables[file] = display_frame(self.table(file), schema.SPECS_BY_FILE[file])
        return self._text_tables[file]

    def table(self, file: str) -> pd.DataFrame:
        """The frame loaded from a data file name such as 'events.csv'."""
        return getattr(self, file.split("/")[-1].split(".")[0])


def files_fingerprint(data_dir: Path) -> str:
    """A digest of the name, size and modification time of every file under data/: a cheap key
    that changes when a file is edited (hashing the contents at every rerun costs too much at
    scale), short so the cache that holds the data set looks it up quickly."""
    digest = hashlib.blake2b(digest_size=16)
    folders = [str(data_dir)]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir():
                    folders.append(entry.path)
                elif entry.is_file():
                    stat = entry.stat()
                    digest.update(f"{entry.path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def data_version(data_dir: Path) -> str:
    """A short hash of every file under data/, so a citation can name the data it used."""
    digest = hashlib.sha256()
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(data_dir).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def typed_frame(rows: list[dict[str, str]], spec: FileSpec) -> pd.DataFrame:
    """Rows of strings as a frame with the spec's types; blank optional cells become NaT/NaN/()."""
    frame = pd.DataFrame([{c: row.get(c, "") for c in spec.column_names} for row in rows],
                         columns=list(spec.column_names), dtype=object)
    for column in spec.columns:
        values = frame[column.name]
        if column.kind == DATE:
            frame[column.name] = pd.to_datetime(values.replace("", None), format="%Y-%m-%d")
        elif column.kind == NUMBER:
            frame[column.name] = pd.to_numeric(values.replace("", None)).astype(float)
        elif column.kind == LIST:
            frame[column.name] = values.map(lambda v: tuple(split_list(v)))
        else:
            frame[column.name] = values.astype(str)
    return frame


def _vocabularies(raw: dict[str, list[dict[str, str]]]) -> dict[str, set[str]]:
    return {
        "countries": {r["country_id"] for r in raw.get("countries.csv", [])},
        "topics": {r["topic_id"] for r in raw.get("topics.csv", [])},
    }


def _ids(raw: dict[str, list[dict[str, str]]]) -> dict[str, set[str]]:
    return {
        f"{spec.file}.{spec.key}": {r.get(spec.key, "") for r in raw.get(spec.file, [])}
        for spec in schema.ALL_SPECS if spec.key
    }


def read_all(data_dir: Path) -> tuple[dict, dict, list[Problem]]:
    """Raw rows and geometries of every file, with every problem found in them."""
    raw: dict[str, list[dict[str, str]]] = {}
    geometries: dict[str, list] = {}
    problems: list[Problem] = []
    for spec in schema.ALL_SPECS:
        path = data_dir / spec.file
        if spec.geometry:
            rows, geoms, found = read_geojson_rows(path, spec)
            geometries[spec.file] = geoms
        else:
            rows, found = read_csv_rows(path, spec)
        raw[spec.file] = rows
        problems += found
    land_rows, land_geoms, found = read_geojson_rows(data_dir / schema.LAND.file, schema.LAND, check_region=False)
    geometries[schema.LAND.file] = land_geoms
    problems += found
    vocabularies = _vocabularies(raw)
    ids = _ids(raw)
    for spec in schema.ALL_SPECS:
        problems += check_rows(raw[spec.file], spec, vocabularies)
        problems += check_references(raw[spec.file], spec, ids)
    return raw, geometries, problems


def load_dataset(data_dir: Path) -> Dataset:
    """Every data file, typed and validated; raises DataError with all problems found."""
    raw, geometries, problems = read_all(data_dir)
    if problems:
        raise DataError(problems)
    frames = {}
    for spec in schema.ALL_SPECS:
        frame = typed_frame(raw[spec.file], spec)
        if spec.geometry:
            frame = gpd.GeoDataFrame(frame, geometry=geometries[spec.file], crs=CRS)
        frames[spec.file.split(".")[0]] = frame
    land = gpd.GeoDataFrame(geometry=geometries[schema.LAND.file], crs=CRS)
    return Dataset(**frames, land=land, version=data_version(data_dir))


def validate_data_dir(data_dir: Path) -> list[Problem]:
    """Every problem in data/, for the curator command and tests."""
    return read_all(data_dir)[2]
