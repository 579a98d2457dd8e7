"""Curator command: `python -m ecsdata [DATA_DIR]` validates data/ and exits 1 on problems."""

import sys
from pathlib import Path

from ecsdata.dataset import data_version, validate_data_dir
from ecsdata.paths import DATA_DIR


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else DATA_DIR
    problems = validate_data_dir(data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    print(f"{data_dir}: all files valid (data version {data_version(data_dir)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
