"""Start-up recovery dialogs: a damaged or missing database, and other store problems.

The store decides what is wrong (:mod:`facilitator_app.store.errors`, a
code with its parameters); these dialogs word it in the user's language
(:func:`.labels.error_text`) and, where a good backup exists, offer it with
its date and contents. The translator is installed before the store opens,
so English mode shows English here too.

Wiring (``app.run_gui``)::

    store = recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue))
    if store is None:
        return EXIT_REFUSED
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import PRODUCT_NAME
from ..store import Store, StoreError
from ..store import backup as backups
from ..store.errors import (
    BackupError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DiskFullError,
)
from .labels import backup_contents, backup_date, error_text


def title() -> str:
    return QCoreApplication.translate("Recovery", "%1 cannot start").replace("%1", PRODUCT_NAME)


def advice(error: StoreError) -> str:
    """What to do next for an environment problem; empty for the rest."""
    translate = QCoreApplication.translate
    texts: dict[type[StoreError], str] = {
        DatabaseLockedError: translate(
            "Recovery", "Wait until the other program is done, or close it, and start the app again."
        ),
        DatabaseReadOnlyError: translate(
            "Recovery",
            "Give the file its write permission back (Properties of the file) or start the app "
            "with a database in another folder: facilitator-app --db PATH.",
        ),
        DiskFullError: translate(
            "Recovery",
            "Free some space on the disk (empty the wastebasket, for example) and start the app again.",
        ),
    }
    return next((text for kind, text in texts.items() if isinstance(error, kind)), "")


class RestoreBackupDialog(QDialog):
    """ "Your database is damaged or missing; restore the backup of <date>?" with its contents."""

    def __init__(self, message: str, offered: backups.BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        self.offered = offered
        intro = QLabel(message)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = self.tr("Newest good backup")
        details = QLabel(
            f"<b>{escape(heading)}</b><br>{escape(backup_date(offered))}<br>"
            f"{escape(backup_contents(offered))}<br><small>{escape(str(offered.path))}</small>"
        )
        details.setObjectName("backupDetails")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(
            self.tr(
                "What you entered after this backup is not in it. The current file is not deleted: "
                "it is kept beside the database as “…replaced-….sqlite3”."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore backup"))
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, details, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)


def problem_text(error: StoreError) -> str:
    """The store's message plus, for an environment problem, what to do next."""
    next_step = advice(error)
    return f"{error_text(error)}\n\n{next_step}" if next_step else error_text(error)


def show_problem(parent: QWidget | None, error: StoreError) -> None:
    QMessageBox.critical(parent, title(), problem_text(error))


def offer_backup(
    parent: QWidget | None,
    error: StoreError,
    db_path: Path,
    ask: Callable[[RestoreBackupDialog], bool] | None = None,
) -> bool:
    """For a damaged or missing database: offer the newest good backup; True once restored.

    ``ask`` runs the dialog (tests pass their own); without a good backup the
    message alone is shown.
    """
    offered = backups.newest_good_backup(db_path)
    if offered is None:
        show_problem(parent, error)
        return False
    dialog = RestoreBackupDialog(error_text(error), offered, parent)
    try:
        chosen = ask(dialog) if ask else dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if not chosen:
        return False
    try:
        backups.restore_backup(offered.path, db_path)
    except BackupError as failure:
        show_problem(parent, failure)
        return False
    return True


def open_with_recovery(
    db_path: Path,
    open_store: Callable[[], Store],
    parent: QWidget | None = None,
    ask: Callable[[RestoreBackupDialog], bool] | None = None,
) -> Store | None:
    """Open the store; on a damaged or missing file offer a backup and try once more.

    Returns None when the app should not start (the user has seen why).
    """
    for _ in range(2):
        try:
            return open_store()
        except (DatabaseCorruptError, DatabaseMissingError) as error:
            if not offer_backup(parent, error, db_path, ask):
                return None
        except StoreError as error:
            show_problem(parent, error)
            return None
    return None
