"""The one object the rest of the app talks to for persistence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from .. import privatefiles
from ..core.models import Catalogue
from . import files
from .archive import ArchiveRepository
from .backup import before_close
from .builtins import BuiltinSync, SyncReport
from .database import connect
from .decks import DeckRepository
from .integrity import after_close
from .roles import RoleRepository
from .scenarios import ScenarioMapRepository
from .schools import SchoolRepository
from .search import SearchRepository
from .sessions import SessionRepository
from .settings import all_settings
from .themes import ThemeRepository


class Store:
    """Repositories over one SQLite file; each returns core objects, never rows."""

    def __init__(self, db: Database, path: Path | None = None, read_only: str | None = None) -> None:
        self.db = db
        self.path = path
        # Why the file cannot be written (Dutch, for the window and the command line); None when it can.
        self.read_only = read_only
        self.themes = ThemeRepository(db, path)
        self.decks = DeckRepository(db, path)
        self.scenario_maps = ScenarioMapRepository(db, path)
        self.roles = RoleRepository(db, path)
        self.schools = SchoolRepository(db, path)
        self.search = SearchRepository(db, path)
        self.sessions = SessionRepository(db, path, themes=self.themes, search=self.search)
        self.archive = ArchiveRepository(
            db, path, schools=self.schools, sessions=self.sessions, scenario_maps=self.scenario_maps
        )
        self._unprotect: Callable[[], None] = lambda: None

    @classmethod
    def open(cls, path: Path, catalogue: Catalogue | None = None) -> Store:
        """Open (create, migrate) the file and, if given, sync the built-in content."""
        opened = connect(path)
        store = cls(opened.db, path, opened.read_only)
        store.protect_own_files()
        if catalogue is not None and store.read_only is None:
            store.sync_builtins(catalogue)
        return store

    def sync_builtins(self, catalogue: Catalogue) -> SyncReport:
        return BuiltinSync(
            self.db, self.themes, self.decks, self.scenario_maps, self.roles, self.schools
        ).run(catalogue)

    def protect_own_files(self) -> None:
        """Refuse any output (``-o``, a save dialog) over this database's files and backups, as they are now.

        Called again when the backup folder changes.
        """
        self._unprotect()
        if self.path is None:
            return
        path, folders = self.path, files.backup_folders(all_settings(self))
        self._unprotect = privatefiles.protect(lambda target: files.own_file(target, path, folders))

    def close(self) -> None:
        self._unprotect()
        if self.read_only is not None:
            self.db.close()  # nothing was written, nowhere to write
            return
        before_close(self)  # rescues a file deleted while open
        self.db.close()
        after_close(self.path)  # remembers the file as we left it, so the next start can skip the check

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
