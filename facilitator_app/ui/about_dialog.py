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

        self.database_label = label(str(store.path or "—"), selectable=True, wrap=True)
        self.database_label.setObjectName("databaseLabel")
        self.open_data_button = QPushButton(self.tr("Open &data folder"))
        self.open_data_button.setObjectName("openDataFolderButton")
        self.open_data_button.clicked.connect(lambda: self._open(self.data_folder))
        self.backup_label = label(str(self.backup_folder or "—"), selectable=True, wrap=True)
        self.backup_label.setObjectName("backupFolderLabel")
        self.open_backups_button = QPushButton(self.tr("Open &backup folder"))
        self.open_backups_button.setObjectName("openBackupFolderButton")
        self.open_backups_button.clicked.connect(lambda: self._open(self.backup_folder))
        self.status = label(wrap=True)
        self.status.setObjectName("aboutStatus")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(label(self.tr("Your data"), "sectionTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Schools, card decks, sessions and notes are in one file on this computer; "
                    "the app opens no network connection."
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.database_label)
        layout.addWidget(self.open_data_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(label(self.tr("Backups"), "sectionTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "A backup is made at every start (at most once an hour) and after every finished "
                    "session. Choose another folder in Settings → Back-ups…"
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.backup_label)
        layout.addWidget(self.open_backups_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(label(self.tr("Updating"), "sectionTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Install a newer version over this one: your data stays where it is. The newer version "
                    "first saves a copy of the file, then updates it."
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(
            label(f"Python {platform.python_version()} · Qt {pyside_version} · {platform.system()}", "muted")
        )
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().height())

    def _open(self, folder: Path | None) -> None:
        if folder is None:
            return
        if not folder.is_dir() or not open_in_viewer(folder):
            self.status.setText(
                self.tr("Could not open %1. Open it yourself in the file manager.").replace("%1", str(folder))
            )
        else:
            self.status.clear()
