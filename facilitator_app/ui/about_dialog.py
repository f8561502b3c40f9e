"""Help → About facilitator-app: the version, where the data lives and where backups go.

The first thing a facilitator who installed the bundle wants to know is where
their schools and notes are kept; each folder has a button that opens it in
the file manager (through Qt, see :mod:`.desktop`).
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import PRODUCT_NAME, __version__
from ..store import Store
from ..store import backup as backups
from .desktop import open_in_viewer
from .icons import app_icon
from .widgets import label


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", PRODUCT_NAME))
        # An in-memory store (tests, never the app) has neither folder.
        self.data_folder = store.path.parent if store.path else None
        self.backup_folder = backups.backup_dir(store) if store.path else None

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = label(f"{PRODUCT_NAME} {__version__}", "pageTitle")
        title.setObjectName("aboutTitle")
        summary = label(
            self.tr("Prepare, lead and record reflection sessions at teacher-training schools."), wrap=True
        )
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QGridLayout()
        top.addWidget(logo, 0, 0)
        top.addLayout(heading, 0, 1)
        top.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.database_label, self.open_data_button = self._section(
            layout,
            self.tr("Your data"),
            self.tr(
                "Schools, card decks, sessions and notes are in one file on this computer; "
                "the app opens no network connection."
            ),
            store.path,
            self.data_folder,
            self.tr("Open &data folder"),
        )
        self.backup_label, self.open_backups_button = self._section(
            layout,
            self.tr("Backups"),
            self.tr(
                "A backup is made at every start (at most once an hour) and after every finished "
                "session. Choose another folder in Settings → Back-ups…"
            ),
            self.backup_folder,
            self.backup_folder,
            self.tr("Open &backup folder"),
        )
        self._section(
            layout,
            self.tr("Updating"),
            self.tr(
                "Install a newer version over this one: your data stays where it is. The newer version "
                "first saves a copy of the file, then updates it."
            ),
        )
        self.status = label(wrap=True)
        self.status.setObjectName("aboutStatus")
        self.status.hide()  # shown only when a folder could not be opened
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.status)
        layout.addWidget(
            label(f"Python {platform.python_version()} · Qt {pyside_version} · {platform.system()}", "muted")
        )
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def _section(
        self,
        layout: QVBoxLayout,
        title: str,
        text: str,
        shown: Path | None = None,
        folder: Path | None = None,
        button_text: str = "",
    ) -> tuple[QLabel, QPushButton]:
        """A titled paragraph; with ``button_text`` also the path and a button that opens ``folder``."""
        layout.addSpacing(8)
        layout.addWidget(label(title, "sectionTitle"))
        layout.addWidget(label(text, wrap=True))
        path_label = label(str(shown or "—"), selectable=True, wrap=True)
        button = QPushButton(button_text)
        if button_text:
            layout.addWidget(path_label)
            button.clicked.connect(lambda: self._open(folder))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return path_label, button

    def _open(self, folder: Path | None) -> None:
        if folder is None:
            return
        if not folder.is_dir() or not open_in_viewer(folder):
            self.status.setText(
                self.tr("Could not open %1. Open it yourself in the file manager.").replace("%1", str(folder))
            )
            self.status.show()
        else:
            self.status.clear()
            self.status.hide()
