"""Pure checks of rows against a FileSpec and of references between files. Each returns
the list of problems found; an empty list means the rows are good."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from ecsdata.problems import Problem
from ecsdata.schema import DATE, ENUM, ID, LIST, NUMBER, URL, FileSpec

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
URL_PATTERN = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
Row = Mapping[str, str]

# Pairs of (start, end) date columns that must be in order, per file.
DATE_ORDER = {
    "events.csv": ("date", "end_date"),
    "offices.csv": ("start_date", "end_date"),
    "activity.csv": ("period_start", "period_end"),
}


def split_list(value: str) -> list[str]:
    """A ';'-separated cell as its items (blank items dropped)."""
    return [item.strip() for item in value.split(";") if item.strip()]


def parse_date(value: str) -> dt.date | None:
    """A strict YYYY-MM-DD date, or None."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def parse_number(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _row_number(row: Row, index: int) -> int:
    return int(row.get("_row") or index + 2)


def check_rows(rows: Iterable[Row], spec: FileSpec, vocabularies: Mapping[str, set[str]]) -> list[Problem]:
    """Required cells, ids, dates, numbers, URLs, allowed values and unique keys."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        number = _row_number(row, index)

        def report(column: str, message: str) -> None:
            problems.append(Problem(spec.file, number, column, message))

        for column in spec.columns:
            value = row.get(column.name, "")
            if not value:
                if column.required:
                    report(column.name, "is empty but required")
                continue
            allowed = column.allowed
            if isinstance(allowed, str):
                allowed = tuple(sorted(vocabularies.get(allowed, set())))
            if column.kind == ID and not ID_PATTERN.match(value):
                report(column.name, f"{value!r} is not a valid id (letters, digits, '.', '_', '-')")
            elif column.kind == DATE and parse_date(value) is None:
                report(column.name, f"{value!r} is not a date in the form YYYY-MM-DD")
            elif column.kind == URL and not URL_PATTERN.match(value):
                report(column.name, f"{value!r} is not an http(s) URL")
            elif column.kind == NUMBER:
                number_value = parse_number(value)
                if number_value is None:
                    report(column.name, f"{value!r} is not a number")
                elif column.minimum is not None and number_value < column.minimum:
                    report(column.name, f"{value} is below the minimum {column.minimum:g}")
            elif column.kind == ENUM and allowed and value not in allowed:
                report(column.name, f"{value!r} is not one of: {', '.join(allowed)}")
            elif column.kind == LIST:
                items = split_list(value)
                if not items and column.required:
                    report(column.name, "is empty but required")
                for item in items:
                    if allowed and item not in allowed:
                        report(column.name, f"{item!r} is not one of: {', '.join(allowed)}")
                    elif not allowed and not ID_PATTERN.match(item):
                        report(column.name, f"{item!r} is not a valid id")
                if len(items) != len(set(items)):
                    report(column.name, "repeats an item")
        order = DATE_ORDER.get(spec.file)
        if order:
            start, end = (parse_date(row.get(name, "")) for name in order)
            if start and end and end < start:
                report(order[1], f"{row[order[1]]} is before {order[0]} {row[order[0]]}")
        if spec.key:
            key = row.get(spec.key, "")
            if key and key in seen:
                report(spec.key, f"duplicate id {key!r} (first at row {seen[key]})")
            elif key:
                seen[key] = number
    return problems


def check_references(rows: Iterable[Row], spec: FileSpec, ids: Mapping[str, set[str]]) -> list[Problem]:
    """Every reference column resolves to an id in the file it names."""
    problems: list[Problem] = []
    for index, row in enumerate(rows):
        for column in spec.columns:
            if not column.ref:
                continue
            value = row.get(column.name, "")
            items = split_list(value) if column.kind == LIST else [value] if value else []
            known = ids.get(column.ref, set())
            for item in items:
                if item not in known:
                    target = column.ref.rsplit(".", 1)[0]
                    problems.append(Problem(spec.file, _row_number(row, index), column.name, f"{item!r} is not an id in data/{target}"))
    return problems
