"""Finishing part 3: the question before the record is locked, and what is still missing beside the button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMessageBox, QWidget

from ...core.sessions import RequiredField
from ..labels import field_label
from ..widgets import label


def finish_confirmation(window: QWidget) -> QMessageBox:
    """The question before a session is locked, with buttons that say what they do.

    Its parent is the top-level session window: a message box parented to a
    widget deep in a stack takes that widget's style and palette chain, and
    the window manager places a transient box by its top-level anyway.
    """
    translate = QCoreApplication.translate
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Part3Board", "Finish session"),
        translate(
            "Part3Board",
            "Finish the session and lock its record?\n\nLater changes remain possible, "
            "but each is kept as a dated correction.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.setObjectName("finishConfirmation")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Part3Board", "Finish and lock"))
    box.button(QMessageBox.StandardButton.No).setText(translate("Part3Board", "Not yet"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


class MissingNotice(QFrame):
    """Framed in red beside the finish button: which required fields are still empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missingFrame")
        self.setStyleSheet(
            "#missingFrame { border: 2px solid #C62828; border-radius: 6px; background: rgba(198,40,40,0.07); }"
            "#missingFrame QLabel { background: transparent; }"
        )
        self.label = label("", wrap=True)
        self.label.setObjectName("missingLabel")
        self.label.setStyleSheet("font-weight: 700;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_missing(self, missing: list[RequiredField]) -> None:
        self.label.setText(
            QCoreApplication.translate(
                "Part3Board", "Before the session can be finished, fill in: %1."
            ).replace("%1", ", ".join(field_label(field.value).lower() for field in missing))
        )
        self.show()
