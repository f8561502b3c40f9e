"""Start-up recovery dialogs: a damaged or missing database, and other store problems.

The store decides what is wrong and says so in calm Dutch
(:mod:`facilitator_app.store.errors`); these dialogs show that message and,
where a good backup exists, offer it with its date and contents. The texts
here are Dutch like the store's messages they accompany (they are shown
before the main window, and match the message they frame).

Wiring (``app.run_gui``)::

    store = recovery.open_with_recovery(db_path, lambda: Store.open(db_path, catalogue))
    if store is None:
        return EXIT_REFUSED
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
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

TITLE = f"{PRODUCT_NAME} kan niet starten"

ADVICE: dict[type[StoreError], str] = {
    DatabaseLockedError: "Wacht tot het andere programma klaar is, of sluit het, en start de app opnieuw.",
    DatabaseReadOnlyError: "Zet de schrijfrechten terug (Eigenschappen van het bestand) of start de app "
    "met een database in een andere map: facilitator-app --db PAD.",
    DiskFullError: "Maak ruimte vrij op de schijf (leeg bijvoorbeeld de prullenbak) en start de app opnieuw.",
}


class RestoreBackupDialog(QDialog):
    """ "Your database is damaged or missing; restore the backup of <date>?" with its contents."""

    def __init__(self, message: str, offered: backups.BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle("Reservekopie terugzetten")
        self.offered = offered
        intro = QLabel(message)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details = QLabel(
            f"<b>Nieuwste goede reservekopie</b><br>{offered.when()}<br>"
            f"{backups._count(offered.schools, 'school', 'scholen')}, "
            f"{backups._count(offered.sessions, 'sessie', 'sessies')}, "
            f"{backups._count(offered.notes, 'notitie', 'notities')}<br>"
            f"<small>{offered.path}</small>"
        )
        details.setObjectName("backupDetails")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.RichText)
        note = QLabel(
            "Wat je na deze reservekopie hebt ingevoerd, staat er niet in. Het huidige bestand wordt niet "
            "verwijderd: het blijft naast de database bewaard als '…replaced-….sqlite3'."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("Reservekopie terugzetten")
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = buttons.addButton("Afsluiten", QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, details, note, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)


def problem_text(error: StoreError) -> str:
    """The store's message plus, for an environment problem, what to do next."""
    for kind, advice in ADVICE.items():
        if isinstance(error, kind):
            return f"{error}\n\n{advice}"
    return str(error)


def show_problem(parent: QWidget | None, error: StoreError) -> None:
    QMessageBox.critical(parent, TITLE, problem_text(error))


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
    dialog = RestoreBackupDialog(str(error), offered, parent)
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
