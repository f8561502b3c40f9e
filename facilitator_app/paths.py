"""Where the user's data lives; one place decides, and it can be overridden.

Order of precedence: ``--db PATH`` on the command line, then the
``FACILITATOR_APP_DB`` environment variable, then the platform's per-user
data directory (``~/.local/share/facilitator-app`` on Linux).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "facilitator-app"
DB_ENV = "FACILITATOR_APP_DB"
DB_FILENAME = "facilitator.sqlite3"


def data_dir() -> Path:
    import platformdirs  # only when no --db names the file: not on every start

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()
