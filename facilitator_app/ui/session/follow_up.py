"""The question a session opens with: how did the previous session's first step go?

:class:`FollowUpBanner` sits at the top of the session page while the answer
is missing; the answer is kept with this session (through the runner), not as
a note. :func:`follow_up_summary` words an answer for the record and history.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QFrame, QHBoxLayout, QLineEdit, QPushButton

from ...core.history import FirstStepFollowUp
from ...core.models import FollowUp, FollowUpStatus
from ..dates import display_date
from ..widgets import label
from .adapter import RunnerSignals


def follow_up_status_name(status: FollowUpStatus) -> str:
    """The status as the UI shows it (translated); empty for OTHER, where the words say it."""
    names = {
        FollowUpStatus.DONE: QCoreApplication.translate("FollowUpBanner", "done"),
        FollowUpStatus.PARTLY: QCoreApplication.translate("FollowUpBanner", "partly done"),
        FollowUpStatus.NOT_DONE: QCoreApplication.translate("FollowUpBanner", "not done"),
    }
    return names.get(status, "")


def follow_up_summary(answer: FollowUp) -> str:
    """``"partly done – two sections started"``: the status and the words, whichever are there."""
    return " – ".join(part for part in (follow_up_status_name(answer.status), answer.text.strip()) if part)


class FollowUpBanner(QFrame):
    """“Last time the first step was …; how did it go?”: done, partly, not, and a few words."""

    def __init__(self, session: RunnerSignals, follow: FirstStepFollowUp) -> None:
        super().__init__()
        self.setObjectName("followUpBanner")
        self.setProperty("role", "card")
        self.session = session
        self.follow = follow
        who = f" ({follow.owner})" if follow.owner else ""
        self.text = label(
            self.tr("Last session (%1) the first step was: %2%3. How did it go?")
            .replace("%1", display_date(follow.date))
            .replace("%2", follow.first_step)
            .replace("%3", who),
            wrap=True,
            selectable=True,
        )
        self.text.setObjectName("followUpText")
        self.text.setStyleSheet("font-weight: 700;")
        self.status_buttons: dict[FollowUpStatus, QPushButton] = {}
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        for status, object_name, text in (
            (FollowUpStatus.DONE, "followUpDone", self.tr("Done")),
            (FollowUpStatus.PARTLY, "followUpPartly", self.tr("Partly")),
            (FollowUpStatus.NOT_DONE, "followUpNotDone", self.tr("Not done")),
        ):
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.setCheckable(True)
            # The native checked look is too faint to read from a step back.
            button.setStyleSheet(
                "QPushButton { padding: 4px 12px; }"
                "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " border: 1px solid palette(highlight); border-radius: 4px; font-weight: 700; }"
            )
            self.status_group.addButton(button)
            self.status_buttons[status] = button
        self.answer = QLineEdit()
        self.answer.setObjectName("followUpAnswer")
        self.answer.setPlaceholderText(self.tr("In a few words (optional); Enter saves"))
        self.answer.setAccessibleName(self.tr("How did the first step go?"))
        self.answer.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("followUpSave")
        self.save_button.clicked.connect(self.save)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.setObjectName("followUpLater")
        self.later_button.clicked.connect(self.hide)
        row = QHBoxLayout()
        for button in self.status_buttons.values():
            row.addWidget(button)
        row.addWidget(self.answer, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.later_button)
        layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def status(self) -> FollowUpStatus:
        """The chosen status; OTHER while none is chosen (then the words are the answer)."""
        return next(
            (status for status, button in self.status_buttons.items() if button.isChecked()),
            FollowUpStatus.OTHER,
        )

    def save(self) -> None:
        """Keep the answer in the session's follow-up field (not as a note)."""
        status, text = self.status(), self.answer.text().strip()
        if status is FollowUpStatus.OTHER and not text:
            self.answer.setFocus()
            return
        runner = self.session.runner
        if self.session.command(lambda: runner.answer_follow_up(status, text)) is None:
            return  # refused or not stored: the window says why
        self.hide()
