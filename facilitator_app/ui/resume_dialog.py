"""At start-up: a session that was still running (the app or the laptop died) is offered again.

"Resume session" opens the session window on it: notes, the draft, the
current time box and the clock come back from the store (the time the app
was gone counts as session time: a crash is not a pause). "Later" leaves it
running in the store; the next start offers it again.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.clock import SessionClock
from ..core.sessions import Session
from ..store import Store, StoreError
from .dates import session_caption
from .labels import step_label
from .session.session_window import SessionWindow
from .widgets import show_error


class ResumeSessionDialog(QDialog):
    """ "A session was still running: resume it?" with where it was."""

    def __init__(
        self, store: Store, session: Session, others: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resumeSessionDialog")
        self.setWindowTitle(self.tr("Resume session"))
        self.session = session

        heading = QLabel(self.tr("A session is still running"))
        heading.setObjectName("resumeHeading")
        heading.setStyleSheet("font-size: 13pt; font-weight: 700;")
        intro = QLabel(
            self.tr(
                "This session was still running when the app last closed. "
                "Its notes, the note being typed and the clock have been kept."
            )
        )
        intro.setWordWrap(True)
        details = QLabel(self._details(store, session, others))
        details.setObjectName("resumeDetails")
        details.setTextFormat(Qt.TextFormat.RichText)
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.resume_button = QPushButton(self.tr("Resume session"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setDefault(True)
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("laterButton")
        self.later_button.setToolTip(self.tr("The session stays open; the next start offers it again."))
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.resume_button.setFocus()

    def _details(self, store: Store, session: Session, others: int) -> str:
        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        try:
            school = store.schools.get(session.school_id).name
        except StoreError:
            school = ""
        lines = [
            f"<b>{esc(session_caption(school, session.date, session.planned_start))}</b> — {esc(session.title)}"
        ]
        started = _local_time(session.started_at)
        if started:
            lines.append(self.tr("Started at %1").replace("%1", started))
        where = _current_box_label(store, session)
        if where:
            lines.append(self.tr("Current time box: %1").replace("%1", esc(where)))
        count = len(store.sessions.notes(session.id))
        lines.append(self.tr("Notes stored: %1").replace("%1", str(count)))
        if store.sessions.draft(session.id) is not None:
            lines.append(self.tr("A note that was still being typed is kept as well."))
        if others:
            lines.append(
                "<small>"
                + self.tr("Other sessions still running: %1").replace("%1", str(others))
                + "</small>"
            )
        return "<br>".join(lines)


def _local_time(stamp: str) -> str:
    """ "13:31" from an ISO timestamp in UTC; "" when unreadable."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


def _current_box_label(store: Store, session: Session) -> str:
    """Where the clock was ("Step 4"), read from the saved clock state; "" when unknown."""
    if session.script is None:
        return ""
    state = store.sessions.clock_state(session.id)
    planned = session.clock_boxes()
    if state is None or not planned:
        return ""
    with contextlib.suppress(ValueError, KeyError, TypeError):
        clock = SessionClock.from_state(state, planned, time.monotonic)
        part, box = session.script.timeboxes()[int(planned[clock.current_index].key)]
        return step_label(part, box)
    return ""


def _title() -> str:
    return QCoreApplication.translate("ResumeSessionDialog", "Resume session")


def offer_resume(
    parent: QWidget | None,
    store: Store,
    ask: Callable[[ResumeSessionDialog], bool] | None = None,
    open_window: Callable[[Store, str], SessionWindow] | None = None,
) -> SessionWindow | None:
    """Offer the most recently started running session; return its shown window when resumed.

    ``ask`` runs the dialog (default: modal ``exec``); ``open_window`` builds
    the session window (default: real time). None when there is nothing to
    resume, the user chose "Later", or the session could not be opened (the
    user has seen why).
    """
    try:
        running = store.sessions.unfinished()
    except StoreError as error:
        show_error(parent, _title(), error)
        return None
    if not running:
        return None
    dialog = ResumeSessionDialog(store, running[0], len(running) - 1, parent)
    try:
        chosen = ask(dialog) if ask else dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if not chosen:
        return None
    try:
        window = (open_window or SessionWindow)(store, running[0].id)
    except StoreError as error:
        show_error(parent, _title(), error)
        return None
    window.show()
    window.raise_()
    window.activateWindow()
    return window
