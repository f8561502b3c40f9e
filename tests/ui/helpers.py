"""Helpers that act like a user on modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Participant, School
from facilitator_app.core.sessions import Outcome, OutcomeItem, Session
from facilitator_app.store import Store
from facilitator_app.ui.dialogs import NameDialog


def answer_name_dialog(qtbot: QtBot, text: str) -> None:
    """When the name dialog opens, type ``text`` into it like a user and press OK."""

    def try_answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, try_answer)
            return
        dialog = dialogs[0]
        dialog.edit.selectAll()
        qtbot.keyClicks(dialog.edit, text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, try_answer)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one: keyboard shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def run_queued(qtbot: QtBot) -> None:
    """Let what is already queued run: a zero-delay refit after a resize, a worker's queued result.

    A zero-delay timer is a queued call in Qt 6, run after those queued before it: waiting for one
    started now waits exactly long enough, where a fixed ``qtbot.wait`` guesses.
    """
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)


def answer_message_box(
    qtbot: QtBot, seen: list[str], button: QMessageBox.StandardButton | None = None
) -> None:
    """When a message box opens, remember its text and press ``button`` (default: its default button)."""

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, answer)
            return
        seen.append(boxes[0].text())
        if button is None:
            boxes[0].accept()
        else:
            boxes[0].button(button).click()

    QTimer.singleShot(0, answer)


def plan_print_session(store: Store, **changes: Any) -> str:
    """A planned session of "De Kempen" (with a vision) and two participants, as the print tests use."""
    school = store.schools.add(School(name="De Kempen", vision="Wij leren samen, elke dag."))
    fields: dict[str, Any] = {
        "school_id": school.id,
        "title": "Professionaliseren met het team",
        "date": "2026-03-12",
        "planned_start": "13:30",
        "theme_id": "professionaliseren",
        "facilitator": "Marieke Jansen",
        "participants": (
            Participant("Anna de Vries", "Schoolopleider"),
            Participant("Joost Bakker", "Werkplekbegeleider"),
        ),
    }
    return store.sessions.plan(Session(**{**fields, **changes})).id


def decide(store: Store, session_id: str) -> None:
    """Fill in everything finishing needs: a scenario, a rationale, a first step, a development point."""
    store.sessions.save_outcome(
        session_id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[1].id,
            rationale="We leren vooral ieder voor zich",
            first_step="Een leerteam per sectie",
            development_points=(OutcomeItem("Samenhang"),),
        ),
    )


def answer_file_dialog(path: Path) -> None:
    """When the save dialog opens, choose ``path`` in it like a user and press Save."""

    def attempt() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, attempt)
            return
        # Typed into the name field: selectFile() leaves that field alone once it has the focus.
        name = found[0].findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(str(path))
        found[0].accept()

    QTimer.singleShot(0, attempt)


def colours_in(image: QImage, widget: QWidget, box: QWidget) -> int:
    """How many colours ``image`` (a picture of ``box``) shows where ``widget`` sits: 1 for a blank area."""
    corner = widget.mapTo(box, QPoint(0, 0))
    return len(
        {
            image.pixel(x, y)
            for x in range(max(0, corner.x()), min(image.width(), corner.x() + widget.width()), 2)
            for y in range(max(0, corner.y()), min(image.height(), corner.y() + widget.height()), 2)
        }
    )


def message_box_paint(box: QMessageBox, image: QImage) -> dict[str, Any]:
    """What a reader of ``box`` sees in ``image`` (its pixels): the share of black, colours per part."""
    black = sum(
        image.pixel(x, y) & 0xFFFFFF == 0
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )
    label = box.findChild(QWidget, "qt_msgbox_label")
    assert label is not None
    return {
        "black_share": black / max(1, len(range(0, image.width(), 2)) * len(range(0, image.height(), 2))),
        "text": box.text(),
        "label_colours": colours_in(image, label, box),
        "buttons": [
            (button.text(), button.isVisible(), colours_in(image, button, box)) for button in box.buttons()
        ],
    }


def show_alone(qtbot: QtBot, page: QWidget) -> QWidget:
    """``page`` on its own in a shown, active window (an editor without the whole main window)."""
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    activate(qtbot, page)
    return page


def read_back(db_path: Path, read: Callable[[Store], Any]) -> Any:
    """What ``read`` finds through a second connection to the file: only what was committed."""
    reopened = Store.open(db_path)
    try:
        return read(reopened)
    finally:
        reopened.close()
