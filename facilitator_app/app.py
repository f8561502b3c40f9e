"""The desktop app: ``run_gui(db_path)`` sets Qt up and shows the main window.

The window is on screen first, as a frame (title, navigation, menu titles):
the content files, the store (with sqlite-utils) and the Schools page load
after its first paint (:class:`Startup`), so the window appears about as fast
as a bare Qt window (``benchmarks/bench_startup.py``).

Start-up problems the user can act on (another window already has the
database open, a locked or damaged database, a broken content file) end in a
Dutch message box and exit status 1 — never a traceback. A damaged or missing
database offers the newest good backup (:mod:`.ui.recovery`); the start-up
backup runs once the filled window has painted, and a failing one is a
status-bar warning; a session left running (crash, power loss) is offered
again (:mod:`.ui.resume_dialog`).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

# Only what the frame needs: the store (sqlite-utils, click, dateutil, pluggy),
# the content loader and the pages are imported after its first paint.
from . import PRODUCT_NAME, paths, resources
from .store import files
from .ui import i18n, icons, settings, style
from .ui.first_paint import Deferred, after_first_paint
from .ui.main_window import MainWindow

if TYPE_CHECKING:
    from .store import Store

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
    startup: Startup | None = None
    try:
        window = MainWindow(None, db_path=db_path)  # the frame: no store yet
        window.show()
        startup = Startup(app, window, db_path)
        after_first_paint(window, startup.open)
        status = app.exec()
        return startup.finish(status)
    finally:
        if startup is not None:
            startup.close()
        lock.unlock()


class Startup:
    """What follows the frame's first paint: content, store (with recovery), pages, then backup and resume."""

    def __init__(self, app: QApplication, window: MainWindow, db_path: Path) -> None:
        self.app = app
        self.window = window
        self.db_path = db_path
        self.workspace: Workspace | None = None
        self.refused = False
        self.ended = False  # the event loop is over: nothing deferred may start any more
        self.after_fill: Deferred | None = None
        self.backup_due = False
        self.resumed: list[QMainWindow] = []  # keeps the session window referenced until the end

    def open(self) -> None:
        if self.ended or not self.window.isVisible():
            return  # closed before its first paint: nothing was opened, nothing to keep
        from .core.cardfiles import ContentError, load_catalogue
        from .store import Store
        from .ui import recovery

        try:
            catalogue = load_catalogue(resources.cards_dir())
        except ContentError as error:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("App", "%1 cannot start").replace("%1", PRODUCT_NAME),
                str(error),
            )
            self.refuse()
            return

        def open_store() -> Store:
            return Store.open(self.db_path, catalogue)

        # A damaged or missing file is refused by the store as it is (never
        # replaced by an empty database); recovery offers the newest good backup.
        store = recovery.open_with_recovery(self.db_path, open_store, self.window)
        if store is None:
            self.refuse()
            return
        self.workspace = Workspace(open_store)
        self.workspace.take(self.window, store)
        self.window.build_start_page()
        # The backup (up to a second on a large archive) and the offer of a session left
        # running come after the filled window has painted. A read-only database is not
        # backed up: nothing changes, and the folder beside it is read-only too.
        self.backup_due = not store.read_only
        self.after_fill = after_first_paint(
            self.window, lambda: self.backup_due and startup_backup(store, self.window), self.offer
        )

    def offer(self) -> None:
        from .ui import resume_dialog  # loads session mode: not before the window is up

        if self.workspace is None or self.workspace.store is None:
            return
        store = self.workspace.store
        report_damaged(store, self.window)  # named, and never in the way of a genuine session
        session_window = resume_dialog.offer_resume(self.window, store)
        if session_window is not None:
            self.resumed.append(session_window)

    def refuse(self) -> None:
        """The user has seen why the app cannot start: end with status 1."""
        self.refused = True
        self.window.hide()  # hidden, not closed: closing the last window would quit with status 0
        self.app.exit(EXIT_REFUSED)

    def finish(self, status: int) -> int:
        self.ended = True
        if self.refused:
            self.window.deleteLater()
            return EXIT_REFUSED
        store = self.workspace.store if self.workspace is not None else None
        if store is not None and self.backup_due and self.after_fill is not None and not self.after_fill.done:
            # Closed before the filled window painted: still keep the hour's backup.
            from .store import StoreError
            from .store import backup as backups

            with contextlib.suppress(StoreError):
                backups.make_startup_backup(store)
        return status

    def close(self) -> None:
        self.ended = True
        if self.workspace is not None:
            self.workspace.close()


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

    def show(self, store: Store) -> MainWindow:
        window = self.take(MainWindow(store), store)
        window.show()
        return window

    def take(self, window: MainWindow, store: Store) -> MainWindow:
        """Make ``window`` (maybe a frame shown before the store opened) this workspace's window over ``store``."""
        if not window.attached:
            window.attach(store)
        self.store = store
        window.data_actions.restore_requested.connect(self.restore)
        rescue = QTimer(window)
        rescue.setInterval(RESCUE_CHECK_MS)
        rescue.timeout.connect(lambda: rescue_deleted_file(store, window))
        rescue.start()
        self.window = window
        return window

    def restore(self, backup: Path) -> MainWindow | None:
        """Close the window and the store, put ``backup`` in place, open both again.

        Returns the new window; None when nothing changed (a window that would
        lose its store is open, or the user kept the window open) or the
        reopened database cannot be used (the app then quits, as at start-up).
        """
        from .store import StoreError
        from .store import backup as backups
        from .ui import recovery

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
    from .store import StoreError
    from .store import backup as backups

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
    import sqlite3

    from .store import StoreError
    from .store.damaged import damaged_sessions

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
    from .store import StoreError
    from .store import backup as backups

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
