"""The desktop app: ``run_gui(db_path)`` sets Qt up and shows the main window.

Start-up problems the user can act on (another window already has the
database open, a locked or damaged database, a broken content file) end in a
Dutch message box and exit status 1 — never a traceback.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from . import paths, resources
from .core.cardfiles import ContentError, load_catalogue
from .store import Store, StoreError
from .ui import i18n, settings, style
from .ui.main_window import MainWindow

EXIT_REFUSED = 1


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """The lock that keeps a second window off the same database; None if it is taken."""
    # An unreachable folder is reported by Store.open, in calm Dutch.
    with contextlib.suppress(OSError):
        db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    # 0: never treat a live app's lock as stale, however long it has been open.
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    return lock  # could not even write a lock file: let Store.open explain the folder problem


def prepare_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANIZATION)
    app.setDesktopFileName("facilitator-app")
    i18n.install(app, settings.language())
    style.apply(app)
    return app


def run_gui(db_path: Path) -> int:
    app = prepare_application()
    lock = acquire_instance_lock(db_path)
    if lock is None:
        QMessageBox.warning(
            None,
            "Facilitator",
            QCoreApplication.translate(
                "App", "The app is already open with this database.\n\n%1\n\nSwitch to the open window."
            ).replace("%1", str(db_path)),
        )
        return EXIT_REFUSED
    try:
        try:
            store = Store.open(db_path, load_catalogue(resources.cards_dir()))
        except (StoreError, ContentError) as error:
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Facilitator cannot start"), str(error)
            )
            return EXIT_REFUSED
        try:
            window = MainWindow(store)
            window.show()
            return app.exec()
        finally:
            store.close()
    finally:
        lock.unlock()


def main() -> int:
    """Entry point of the ``facilitator-app-gui`` script (data location as in :mod:`.paths`)."""
    return run_gui(paths.resolve_db_path())


if __name__ == "__main__":
    sys.exit(main())
