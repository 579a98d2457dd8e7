"""Synthetic data at k times the curated size, generated from the shipped files and the
schema at run time (never committed): each copy is a disjoint replica whose ids, and the
references between them, carry a '-xN' suffix, so it validates like the real data."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from ecsdata import schema
from ecsdata.paths import DATA_DIR

# Vocabularies and the drawn zones stay as they are; every other file is replicated.
NOT_REPLICATED = {"countries.csv", "topics.csv", "zones.geojson"}


def _renamed_columns(spec: schema.FileSpec) -> list[schema.Column]:
    """Columns holding ids of replicated rows: the key and references to replicated files."""
    return [c for c in spec.columns
            if (c.kind == schema.ID and c.ref is None and c.name == spec.key)
            or (c.ref and c.ref.rsplit(".", 1)[0] not in NOT_REPLICATED)
            or (spec.file == "activity.csv" and c.name == "series_id")]


def _suffixed(value: str, column: schema.Column, suffix: str) -> str:
    if not value:
        return value
    if column.kind == schema.LIST:
        return ";".join(item + suffix for item in value.split(";"))
    return value + suffix


def _copy_row(row: dict[str, str], columns: list[schema.Column], n: int) -> dict[str, str]:
    suffix = f"-x{n}"
    copy = dict(row)
    for column in columns:
        copy[column.name] = _suffixed(row.get(column.name, ""), column, suffix)
    return copy


def write_synthetic_data(factor: int, out_dir: Path, source: Path = DATA_DIR) -> Path:
    """Write data/ at `factor` times its size into out_dir and return out_dir."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    shutil.copytree(source, out_dir)
    for spec in schema.ALL_SPECS:
        if spec.file in NOT_REPLICATED or factor == 1:
            continue
        columns = _renamed_columns(spec)
        path = out_dir / spec.file
        if spec.file.endswith(".geojson"):
            doc = json.loads(path.read_text(encoding="utf-8"))
            originals = doc["features"]
            doc["features"] = originals + [
                {**f, "properties": _copy_row(f["properties"], columns, n)}
                for n in range(1, factor) for f in originals]
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields, rows = reader.fieldnames, list(reader)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)
            writer.writerows(_copy_row(r, columns, n) for n in range(1, factor) for r in rows)
    return out_dir


if __name__ == "__main__":
    import sys
    import tempfile

    from ecsdata.dataset import validate_data_dir

    factor = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = write_synthetic_data(factor, Path(tempfile.mkdtemp()) / f"data-x{factor}")
    problems = validate_data_dir(out)
    print(out, "problems:", len(problems), *problems[:5], sep="\n")
