"""The session script drawn as cards (one per part, a row per time box, its steps inside), read-only.

The editor of an own theme is :class:`facilitator_app.ui.script_editor.ScriptEditor`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core.models import CardRef, Mode, Part, Step, TimeBox
from ..store import Store, StoreError
from .labels import mode_label
from .markup_html import body_html
from .widgets import card_frame, chip, content, label

EDIT_DELAY_MS = 600

CardTitle = Callable[[str], str]  # "deck/card" -> a title to show


def _rich(html: str) -> QLabel:
    """The draaiboek's own text (a step, a part's introduction, the goals): content."""
    widget = content(QLabel(html))
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def card_chip(title: str, context: QWidget, *, elide: bool = True) -> QLabel:
    """A card used in a step. A long title never widens the script: the editor shortens it (the
    tooltip has all of it), the read-only script wraps it."""
    metrics = context.fontMetrics()
    text = (
        metrics.elidedText(title, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * 44)
        if elide
        else title
    )
    tag = content(chip(text, quiet=True))
    tag.setObjectName("cardRef")
    if not elide:
        tag.setWordWrap(True)
        tag.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    used = QCoreApplication.translate("Script", "Card used in this step")
    tag.setToolTip(f"{title}\n{used}")
    return tag


class StepView(QWidget):
    def __init__(self, step: Step, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(10)
        marker = (
            QCoreApplication.translate("Script", "Step %1").replace("%1", str(step.number))
            if step.number is not None
            else "•"
        )
        number = label(marker)
        number.setStyleSheet("font-weight: 700;")
        layout.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(_rich(body_html(step.text)), 0, 1)
        layout.setColumnStretch(1, 1)
        if step.cards:
            cards = QHBoxLayout()
            cards.setSpacing(6)
            for ref in step.cards:
                cards.addWidget(card_chip(card_title(str(ref)), self, elide=False))
            cards.addStretch(1)
            layout.addLayout(cards, 1, 1)


class TimeBoxView(QFrame):
    """One time box: minutes (and clock times) on the left, work form and steps on the right."""

    def __init__(self, box: TimeBox, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setObjectName("timeBox")
        self.setProperty("role", "box")
        self.setProperty("mode", box.mode.value)
        self.minutes_label = label(
            QCoreApplication.translate("Script", "%1 min").replace("%1", str(box.minutes)), "minutes"
        )
        self.clock_label = label("", "muted")
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.minutes_label)
        left.addWidget(self.clock_label)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setFixedWidth(int(self.fontMetrics().horizontalAdvance("00:00–00:00") * 1.25) + 8)

        self.mode_chip = chip(mode_label(box.mode), quiet=box.mode is Mode.INDIVIDUAL)
        self.mode_chip.setObjectName("modeChip")
        right = QVBoxLayout()
        right.setSpacing(4)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode_chip)
        mode_row.addStretch(1)
        right.addLayout(mode_row)
        for step in box.steps:
            right.addWidget(StepView(step, card_title))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 4, 6)
        layout.addWidget(left_widget)
        layout.addLayout(right, 1)

    def set_clock(self, start: QTime | None) -> None:
        if start is None:
            self.clock_label.setText("")
            return
        end = start.addSecs(self.box.minutes * 60)
        self.clock_label.setText(f"{start.toString('HH:mm')}–{end.toString('HH:mm')}")


class PartView(QFrame):
    def __init__(self, part: Part, card_title: CardTitle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.setObjectName("part")
        self.setProperty("role", "card")
        header = QHBoxLayout()
        header.addWidget(
            label(QCoreApplication.translate("Script", "Part %1").replace("%1", str(part.number)), "muted")
        )
        title = content(label(part.title, "sectionTitle", wrap=True))
        header.addWidget(title, 1)
        self.optional_chip: QLabel | None = None
        if part.optional:
            self.optional_chip = chip(QCoreApplication.translate("Script", "optional"))
            self.optional_chip.setObjectName("optionalChip")
            self.optional_chip.setToolTip(
                QCoreApplication.translate("Script", "Only if there is enough time")
            )
            header.addWidget(self.optional_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(
            label(QCoreApplication.translate("Script", "%1 min").replace("%1", str(part.minutes)), "muted")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        if part.intro:
            layout.addWidget(_rich(body_html(part.intro)))
        self.boxes = [TimeBoxView(box, card_title) for box in part.timeboxes]
        for box_view in self.boxes:
            layout.addWidget(box_view)


def overview_card(title: str, html: str) -> QFrame:
    frame = card_frame()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(label(title, "sectionTitle"))
    layout.addWidget(_rich(html))
    return frame


def card_title(store: Store, ref_text: str) -> str:
    """The title a step's card reference shows; a dangling one still shows where it pointed."""
    ref = CardRef.parse(ref_text)
    try:
        card = store.decks.get(ref.deck_key).card(ref.card_key)
    except (StoreError, KeyError):
        return ref_text
    return f"{card.subtitle}: {card.title}" if card.subtitle else card.title
