"""A data problem names the file, row and column, so a curator can fix it at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # CSV: spreadsheet row (header is row 1); GeoJSON: feature number from 1
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"data/{self.file}"]
        if self.row is not None:
            where.append(f"feature {self.row}" if self.file.endswith(".geojson") else f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return ", ".join(where) + ": " + self.message


class DataError(Exception):
    """Raised when data/ does not pass validation; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
