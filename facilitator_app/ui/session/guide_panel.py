"""The facilitator's guide beside the steps in session mode: the notes of the current steps and part.

Self-contained: :meth:`GuidePanel.beside` puts it next to any widget in a
splitter and keeps it following the session's current time box. The notes are for the
facilitator only, so nothing here is ever handed to the presenter screen.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...core.models import Part, TimeBox
from ...core.session_runner import RunnerBox
from ..markup_html import body_html


class GuidePanel(QFrame):
    """The notes of the time box's steps, then the note of its part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        title = QLabel(self.tr("Facilitator's guide"))
        title.setStyleSheet("font-weight: 700;")
        hint = QLabel(self.tr("Only on your screen, never on the presenter screen."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)

    def show_for(self, part: Part, box: TimeBox) -> None:
        blocks: list[str] = []
        step_heading = self.tr("Step %1")
        for step in box.steps:
            if not step.note:
                continue
            if step.number is not None:
                blocks.append(f"<h3>{escape(step_heading.replace('%1', str(step.number)))}</h3>")
            blocks.append(body_html(step.note))
        if part.note:
            heading = self.tr("Part %1 · %2").replace("%1", str(part.number)).replace("%2", part.title)
            blocks.append(f"<h3>{escape(heading)}</h3>{body_html(part.note)}")
        if not blocks:
            empty = self.tr("No notes for this time box.")
            blocks.append(f"<p><i>{escape(empty)}</i></p>")
        self.text.setHtml("\n".join(blocks))

    def follow(self, moved: SignalInstance, current: Callable[[], RunnerBox]) -> None:
        """Show the notes of ``current()`` now and each time ``moved`` fires."""

        def refresh() -> None:
            box = current()
            self.show_for(box.part, box.box)

        moved.connect(refresh)
        refresh()

    @classmethod
    def beside(cls, content: QWidget, moved: SignalInstance, current: Callable[[], RunnerBox]) -> QSplitter:
        """``content`` on the left and, on the right, a guide to the box ``current()`` returns."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("guideSplitter")
        splitter.setChildrenCollapsible(True)
        panel = cls()
        splitter.addWidget(content)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # The steps come first: without sizes the guide's long lines would claim nearly all the width.
        splitter.setSizes([3000, 2000])
        panel.follow(moved, current)
        return splitter
