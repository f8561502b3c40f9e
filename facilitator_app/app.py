"""The desktop app: ``run_gui(db_path)`` sets Qt up and shows the main window.

Start-up problems the user can act on (another window already has the
database open, a locked or damaged database, a broken content file) end in a
Dutch message box and exit status 1 — never a traceback. A damaged or missing
database offers the newest good backup (:mod:`.ui.recovery`); the start-up
backup runs once the window is up, and a failing one is a status-bar warning;
a session left running (crash, power loss) is offered again
(:mod:`.ui.resume_dialog`).
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

# The store and the content loader (with sqlite-utils, click, dateutil) before
# PySide6: once PySide6 is loaded it reads the source of every module imported
# after it (its __feature__ hook), ~0.1 s over these ~150 modules at start-up.
from . import PRODUCT_NAME, paths, resources
from .core.cardfiles import ContentError, load_catalogue
from .store import Store, StoreError, files
from .store import backup as backups
from .store.damaged import damaged_sessions

# isort: split
from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from .ui import i18n, icons, recovery, settings, style
from .ui.first_paint import after_first_paint
from .ui.main_window import MainWindow

EXIT_REFUSED = 1
# How often a running app checks that its database file is still there.
RESCUE_CHECK_MS = 60_000


def lock_path(db_path: Path) -> Path:
    return files.lock_file(db_path)


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
    app.setDesktopFileName("facilitator-app")  # the .desktop file's name: its icon in the task bar
    app.setWindowIcon(icons.app_icon())
    i18n.install(app, settings.language())
    style.apply(app)
    return app


def run_gui(db_path: Path) -> int:
    app = prepare_application()
    lock = acquire_instance_lock(db_path)
    if lock is None:
        QMessageBox.warning(
            None,
            PRODUCT_NAME,
            QCoreApplication.translate(
                "App", "The app is already open with this database.\n\n%1\n\nSwitch to the open window."
            ).replace("%1", str(db_path)),
        )
        return EXIT_REFUSED
    try:
        try:
            catalogue = load_catalogue(resources.cards_dir())
        except ContentError as error:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "%1 cannot start").replace("%1", PRODUCT_NAME),
                str(error),
            )
            return EXIT_REFUSED
        # A damaged or missing file is refused by the store as it is (never
        # replaced by an empty database); recovery offers the newest good backup.
        store = recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue))
        if store is None:
            return EXIT_REFUSED
        workspace = Workspace(lambda: Store.open(db_path, catalogue))
        try:
            window = workspace.show(store, start_page_later=True)
            resumed: list[QMainWindow] = []  # keeps the session window referenced until the end

            def offer() -> None:
                from .ui import resume_dialog  # loads session mode: not before the window is up

                report_damaged(store, window)  # named, and never in the way of a genuine session
                session_window = resume_dialog.offer_resume(window, store)
                if session_window is not None:
                    resumed.append(session_window)

            # The window is on screen first: the Schools page, the backup (up to a second
            # on a large archive) and the offer of a session left running come after its first paint.
            # A read-only database is not backed up: nothing changes, and the folder beside it is read-only too.
            backup_due = not store.read_only
            deferred = after_first_paint(
                window, window.build_start_page, lambda: backup_due and startup_backup(store, window), offer
            )
            status = app.exec()
            if (
                backup_due and not deferred.done
            ):  # closed before its first paint: still keep the hour's backup
                with contextlib.suppress(StoreError):
                    backups.make_startup_backup(store)
            return status
        finally:
            workspace.close()
    finally:
        lock.unlock()


class Workspace:
    """The open store and its main window; restoring a backup replaces both.

    Settings > Back-ups… ends with ``restore_requested`` (:mod:`.ui.backups_dialog`);
    the store must be closed before its file is replaced, and every page holds
    the store, so the window is rebuilt on the reopened one.
    """

    def __init__(self, open_store: Callable[[], Store]) -> None:
        self.open_store = open_store
        self.store: Store | None = None
        self.window: MainWindow | None = None

    def show(self, store: Store, *, start_page_later: bool = False) -> MainWindow:
        self.store = store
        window = MainWindow(store, start_page_later=start_page_later)
        window.data_actions.restore_requested.connect(self.restore)
        rescue = QTimer(window)
        rescue.setInterval(RESCUE_CHECK_MS)
        rescue.timeout.connect(lambda: rescue_deleted_file(store, window))
        rescue.start()
        window.show()
        self.window = window
        return window

    def restore(self, backup: Path) -> MainWindow | None:
        """Close the window and the store, put ``backup`` in place, open both again.

        Returns the new window; None when nothing changed (a window that would
        lose its store is open, or the user kept the window open) or the
        reopened database cannot be used (the app then quits, as at start-up).
        """
        window, store = self.window, self.store
        if window is None or store is None or store.path is None:
            return None
        others = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMainWindow) and w.isVisible() and w is not window
        ]
        title = QCoreApplication.translate("App", "Restore backup")
        if others:
            QMessageBox.information(
                window,
                title,
                QCoreApplication.translate("App", "Close the session window first, then restore the backup."),
            )
            return None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows none is shown
        try:
            if not window.close():
                return None
            window.deleteLater()
            self.window = None
            store.close()
            self.store = None
            kept: Path | None = None
            failure: StoreError | None = None
            try:
                kept = backups.restore_backup(backup, store.path)
            except StoreError as error:
                failure = error  # nothing was replaced: reopen the current file
            reopened = recovery.open_with_recovery(store.path, self.open_store)
            if reopened is None:
                app.quit()
                return None
            new_window = self.show(reopened)
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if failure is not None:
            QMessageBox.warning(new_window, title, str(failure))
        else:
            done = QCoreApplication.translate("App", "The backup has been restored.")
            if kept is not None:
                done += " " + QCoreApplication.translate("App", "The previous file was kept as %1.").replace(
                    "%1", str(kept)
                )
            new_window.statusBar().showMessage(done)
        return new_window

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


def startup_backup(store: Store, window: QMainWindow) -> Path | None:
    """The start-up backup; a failure is a warning in the status bar, never a reason to stop."""
    try:
        return backups.make_startup_backup(store)
    except StoreError as error:
        warning = QLabel(QCoreApplication.translate("App", "No backup at start-up"))
        warning.setObjectName("backupWarning")
        warning.setToolTip(str(error))
        warning.setStyleSheet("QLabel { font-weight: 700; }")
        window.statusBar().addWidget(warning)
        window.statusBar().showMessage(str(error))
        return None


def report_damaged(store: Store, window: QMainWindow) -> list[str]:
    """Name the sessions stored with values that break the rules (they are left out), in the status bar."""
    try:
        # Only what start-up reads: the running sessions (the others are named when they are opened).
        running = [
            str(r["id"]) for r in store.sessions.rows("SELECT id FROM sessions WHERE status = 'running'")
        ]
        damaged = [d.describe() for d in damaged_sessions(store.sessions, running)]
    except (StoreError, sqlite3.Error):
        return []  # the check itself must never stop the start
    if damaged:
        warning = QLabel(
            QCoreApplication.translate("App", "Damaged sessions skipped: %1").replace("%1", str(len(damaged)))
        )
        warning.setObjectName("damagedSessions")
        warning.setToolTip("\n".join(damaged))
        warning.setStyleSheet("QLabel { font-weight: 700; }")
        window.statusBar().addWidget(warning)
        window.statusBar().showMessage(damaged[0])
    return damaged


def rescue_deleted_file(store: Store, window: QMainWindow) -> Path | None:
    """If the database file was deleted (a sync client, a clean-up tool), save a rescue copy now.

    The open connection still holds everything on POSIX; ``Store.close`` would
    rescue it too, but not after a crash.
    """
    try:
        rescued = backups.rescue_if_deleted(store)
    except StoreError as error:
        window.statusBar().showMessage(str(error))
        return None
    if rescued is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "App",
                "The database file was deleted while the app was open. A copy was saved with the backups: %1",
            ).replace("%1", str(rescued))
        )
    return rescued


def main() -> int:
    """Entry point of the ``facilitator-app-gui`` script (data location as in :mod:`.paths`)."""
    return run_gui(paths.resolve_db_path())


if __name__ == "__main__":
    sys.exit(main())
