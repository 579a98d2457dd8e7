"""Where the shipped data lives; every loader takes a directory so tests can pass another.
ECS_DATA_DIR points the app at another folder (used by tests of broken data)."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("ECS_DATA_DIR") or PROJECT_ROOT / "data")
