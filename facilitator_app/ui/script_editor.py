"""The editor of an own theme: its overview (summary, goals, preparation, materials) above the whole
script, whose parts, time boxes and steps are added, moved and deleted in place, with undo and redo.

The form itself is built by :mod:`facilitator_app.ui.script_form`; the read-only views are in
:mod:`facilitator_app.ui.script_view`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Part, Step, Theme, TimeBox
from ..store import Store, StoreError
from ..store.themes import ScriptShapeError
from .card_picker import CardPickerDialog
from .icons import icon
from .labels import mode_label
from .script_form import FIRST_FIELD, Focus, PartFields, Path, ScriptForm, field_at, locate, read_parts
from .undo import EditorUndo
from .widgets import card_frame, fit_height_to_text, label, scroll_area, show_error

EDIT_DELAY_MS = 600


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class ScriptEditor(QWidget):
    """A form over an own theme: its summary, goals, preparation and materials, and its script —
    parts, time boxes and steps, each added, moved (buttons, Alt+Up/Alt+Down) and deleted in place,
    and taken back one by one with Undo. Field edits are saved after a short pause and when focus
    leaves; structural edits at once."""

    saved = Signal(object)  # the Theme as stored
    edited = Signal(object)  # the Theme as the form shows it, while typing
    message = Signal(str)  # a line for the status bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.store = store
        self.theme: Theme | None = None
        self.parts: list[PartFields] = []
        self.form = ScriptForm(self)
        self._pending = False
        # The structural changes (add, move, delete), by position: undone newest first, so positions hold.
        self.history = EditorUndo(
            self,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ("undoScriptDeleteButton", "redoScriptButton"),
        )
        self.history.done.connect(self.message)
        self.undo_button, self.redo_button = self.history.undo_button, self.history.redo_button
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("themeTitleEdit")
        self.history.let_through(self.title_edit)
        self.title_edit.textEdited.connect(self.mark_changed)
        self.title_edit.editingFinished.connect(self.flush)
        self.total = label("", "muted")
        self.total.setObjectName("scriptTotal")
        self.numbers_note = label("", "muted", wrap=True)
        self.numbers_note.setObjectName("stepNumbersNote")
        self.numbers_note.hide()
        self.renumber_button = QPushButton(QCoreApplication.translate("Script", "&Renumber steps"))
        self.renumber_button.setObjectName("renumberStepsButton")
        self.renumber_button.setToolTip(
            QCoreApplication.translate(
                "Script",
                "Number the numbered steps 1, 2, 3… in script order; steps without a number stay so.",
            )
        )
        self.renumber_button.clicked.connect(lambda _checked=False: self.renumber_steps())
        head = QFormLayout()
        head.addRow(QCoreApplication.translate("Script", "&Title:"), self.title_edit)
        total_row = QHBoxLayout()
        total_row.addWidget(self.total)
        total_row.addWidget(self.numbers_note, 1)
        total_row.addWidget(self.history.buttons())
        total_row.addWidget(self.renumber_button)
        head.addRow("", total_row)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        self.body_layout.addWidget(self._overview_form())
        self.parts_widget = QWidget()
        self.body_layout.addWidget(self.parts_widget)
        self.add_part_button = QPushButton(icon("add"), QCoreApplication.translate("Script", "Add a &part"))
        self.add_part_button.setObjectName("addPartButton")
        self.add_part_button.setToolTip(
            QCoreApplication.translate("Script", "A new part at the end of the script")
        )
        self.add_part_button.clicked.connect(lambda _checked=False: self.add_part())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_part_button)
        add_row.addStretch(1)
        self.body_layout.addLayout(add_row)
        self.body_layout.addStretch(1)
        self.scroller = scroll_area(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.scroller, 1)

        # Alt+Up/Alt+Down move the part, time box or step the keyboard is in (as in the card list).
        self.move_up_action = self._key_action(
            QCoreApplication.translate("Script", "Move up"), "Alt+Up", lambda: self.move_focused(-1)
        )
        self.move_down_action = self._key_action(
            QCoreApplication.translate("Script", "Move down"), "Alt+Down", lambda: self.move_focused(1)
        )

    def _key_action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _overview_form(self) -> QFrame:
        frame = card_frame()
        frame.setObjectName("themeOverviewEditor")
        form = QFormLayout(frame)
        form.setContentsMargins(14, 10, 14, 12)
        self.summary_edit = self._text_edit(
            "summaryEdit",
            3,
            QCoreApplication.translate("Script", "What the session is about, in a few lines"),
        )
        self.goals_edit = self._text_edit(
            "goalsEdit", 5, QCoreApplication.translate("Script", "One goal per line")
        )
        self.preparation_edit = self._text_edit(
            "preparationEdit", 2, QCoreApplication.translate("Script", "What the facilitator does beforehand")
        )
        self.materials_edit = self._text_edit(
            "materialsEdit", 5, QCoreApplication.translate("Script", "One item per line")
        )
        form.addRow(label(QCoreApplication.translate("Script", "About this theme"), "sectionTitle"))
        form.addRow(QCoreApplication.translate("Script", "In &short:"), self.summary_edit)
        form.addRow(QCoreApplication.translate("Script", "&Goals:"), self.goals_edit)
        form.addRow(QCoreApplication.translate("Script", "&Preparation:"), self.preparation_edit)
        form.addRow(QCoreApplication.translate("Script", "&Materials:"), self.materials_edit)
        return frame

    def _text_edit(self, name: str, lines: int, placeholder: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        fit_height_to_text(edit, lines)
        edit.textChanged.connect(self.mark_changed)
        edit.installEventFilter(self)
        self.history.let_through(edit)
        return edit

    # --- building the form ------------------------------------------------------

    def set_theme(self, theme: Theme | None) -> None:
        self._timer.stop()
        self._pending = False
        other = theme is None or self.theme is None or theme.id != self.theme.id
        self.history.follow(theme.id if theme else "")
        self.theme = theme
        self.setEnabled(theme is not None)
        overview = (
            (self.title_edit, theme.title if theme else ""),
            (self.summary_edit, theme.summary if theme else ""),
            (self.goals_edit, "\n".join(theme.goals) if theme else ""),
            (self.preparation_edit, theme.preparation if theme else ""),
            (self.materials_edit, "\n".join(theme.materials) if theme else ""),
        )
        for edit, text in overview:
            edit.blockSignals(True)
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
            edit.blockSignals(False)
        self._build_parts(theme, None)
        if other:
            self.scroller.verticalScrollBar().setValue(0)
        self._update_total()

    def _build_parts(self, theme: Theme | None, focus: Focus | None) -> None:
        scrolled = self.scroller.verticalScrollBar().value()
        old = self.parts_widget
        self.parts_widget = QWidget()
        parts_layout = QVBoxLayout(self.parts_widget)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        parts_layout.setSpacing(12)
        self.parts = []
        for index, part in enumerate(theme.parts if theme else ()):
            fields = self.form.part_form(index, part)
            parts_layout.addWidget(fields.frame)
            self.parts.append(fields)
        self.body_layout.replaceWidget(old, self.parts_widget)
        old.hide()
        old.deleteLater()
        self.scroller.verticalScrollBar().setValue(scrolled)
        target = field_at(self.parts, focus) if focus else None
        if target is not None:
            target.setFocus()
            if focus is not None and focus.select and isinstance(target, QPlainTextEdit | QLineEdit):
                target.selectAll()
            # Once the new form is laid out, keep the place and show the item the keyboard is in.
            QTimer.singleShot(0, self, lambda: self._show(scrolled, target))

    def _show(self, scrolled: int, target: QWidget) -> None:
        self.scroller.verticalScrollBar().setValue(scrolled)
        self.scroller.ensureWidgetVisible(target, 20, 40)

    # --- reading the form -------------------------------------------------------

    def _update_total(self) -> None:
        current = self.current()
        minutes = current.minutes if current else 0
        self.total.setText(self.tr("%n minute(s) in total", "", minutes))
        for fields, part in zip(self.parts, current.parts if current else (), strict=False):
            fields.minutes_label.setText(
                QCoreApplication.translate("Script", "%1 min").replace("%1", str(part.minutes))
            )
        numbers = [step.number for _, box in current.timeboxes() for step in box.steps] if current else []
        twice = sorted({n for n in numbers if n is not None and numbers.count(n) > 1})
        self.numbers_note.setVisible(bool(twice))
        if twice:
            self.numbers_note.setText(
                QCoreApplication.translate(
                    "Script", "· step %1 occurs more than once; Renumber steps puts the numbers in order."
                ).replace("%1", ", ".join(str(n) for n in twice))
            )
        if current is not None:
            self.edited.emit(current)

    def mark_changed(self) -> None:
        if self.theme is not None:
            self._pending = True
            self._timer.start()
            self._update_total()

    def flush(self) -> bool:
        """Save a pending edit now; False when it could not be saved."""
        self._timer.stop()
        edited = self.current()
        if not self._pending or edited is None:
            return True
        self._pending = False
        try:
            saved = self.store.themes.update(edited)
        except StoreError as error:
            show_error(self, QCoreApplication.translate("Script", "Script not saved"), error)
            return False
        self.theme = saved
        # Same structure: keep the widgets, point them at the stored parts, boxes and steps.
        for fields, part in zip(self.parts, saved.parts, strict=True):
            fields.part = part
            for box_fields, box in zip(fields.boxes, part.timeboxes, strict=True):
                box_fields.box = box
                for step_fields, step in zip(box_fields.steps, box.steps, strict=True):
                    step_fields.step = step
        self.saved.emit(saved)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    # --- structural edits ---------------------------------------------------------

    def current(self) -> Theme | None:
        """The theme with what the form shows right now."""
        if self.theme is None:
            return None
        parts = read_parts(self.parts)
        return replace(
            self.theme,
            title=self.title_edit.text().strip() or self.theme.title,
            summary=self.summary_edit.toPlainText().strip(),
            goals=_lines(self.goals_edit),
            preparation=self.preparation_edit.toPlainText().strip(),
            materials=_lines(self.materials_edit),
            parts=parts,
        )

    def _run(self, title: str, edit: Callable[[str], tuple[Theme, Focus | None]]) -> bool:
        """Save what is typed, make one structural edit in the store and show its result.

        ``edit`` gets the theme id and returns the stored theme and where the keyboard goes.
        """
        if self.theme is None or not self.flush():
            return False
        try:
            saved, focus = edit(self.theme.id)
        except ScriptShapeError as refused:
            QMessageBox.information(self, title, str(refused))
            return False
        except StoreError as error:
            show_error(self, title, error)
            return False
        self.theme = saved
        self._build_parts(saved, focus)
        self._update_total()
        self.saved.emit(saved)
        return True

    def add_part(self) -> None:
        def edit(theme_id: str) -> tuple[Theme, Focus]:
            theme, at = self.store.themes.add_part(theme_id)
            return theme, Focus("part", (at,), "title", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a part"), edit):
            self._remember_presence("part", (len(self.parts) - 1,), added=True)

    def add_timebox(self, p: int) -> None:
        def edit(theme_id: str) -> tuple[Theme, Focus]:
            theme, at = self.store.themes.add_timebox(theme_id, p)
            return theme, Focus("step", (p, at, 0), "text", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a time box"), edit):
            self._remember_presence("box", (p, len(self.parts[p].boxes) - 1), added=True)

    def add_step(self, p: int, b: int) -> None:
        def edit(theme_id: str) -> tuple[Theme, Focus]:
            theme, at = self.store.themes.add_step(theme_id, p, b)
            return theme, Focus("step", (p, b, at), "text", select=True)

        if self._run(QCoreApplication.translate("Script", "Add a step"), edit):
            self._remember_presence("step", (p, b, len(self.parts[p].boxes[b].steps) - 1), added=True)

    def move_focused(self, delta: int) -> None:
        """Alt+Up/Alt+Down: move the step, time box or part the keyboard is in."""
        focus = locate(self.parts, QApplication.focusWidget())
        if focus is not None:
            self.move_item(focus.kind, focus.path, delta, focus.field)

    def _move(self, theme_id: str, kind: str, path: Path, delta: int) -> tuple[Theme, int]:
        themes = self.store.themes
        if kind == "part":
            return themes.move_part(theme_id, path[0], delta)
        if kind == "box":
            return themes.move_timebox(theme_id, path[0], path[1], delta)
        return themes.move_step(theme_id, path[0], path[1], path[2], delta)

    def move_item(self, kind: str, path: Path, delta: int, field: str = "") -> None:
        field = field or FIRST_FIELD[kind]
        moved: list[Path] = []

        def edit(theme_id: str) -> tuple[Theme, Focus]:
            theme, at = self._move(theme_id, kind, path, delta)
            moved.append((*path[:-1], at))
            return theme, Focus(kind, moved[-1], field)

        if not self._run(QCoreApplication.translate("Script", "Move"), edit) or moved[-1] == path:
            return
        now = moved[-1]

        def between(start: Path, end: Path) -> Callable[[], bool]:
            # Only the item moves, from where it stands then: text typed since then stays.
            return self._structural(
                lambda theme_id: (
                    self._move(theme_id, kind, start, end[-1] - start[-1])[0],
                    Focus(kind, end, field),
                )
            )

        what = QCoreApplication.translate("Script", "move of %1").replace("%1", self._name(kind, now))
        self.history.push(what, between(path, now), between(now, path))

    def delete_item(self, kind: str, path: Path) -> None:
        """Delete at once and say what went; Undo puts back only that item, where it was."""
        current = self.current()
        if current is None:
            return
        item = _item_at(current, kind, path)
        if isinstance(item, Part):
            what = (
                QCoreApplication.translate(
                    "Script", "Part %1 “%2” deleted, with its time boxes and steps (%3 min)."
                )
                .replace("%1", str(path[0] + 1))
                .replace("%2", item.title)
                .replace("%3", str(item.minutes))
            )
        elif isinstance(item, TimeBox):
            what = (
                QCoreApplication.translate("Script", "Time box of %1 min (%2) deleted, with its steps.")
                .replace("%1", str(item.minutes))
                .replace("%2", mode_label(item.mode).lower())
            )
        else:
            assert isinstance(item, Step)
            what = (
                QCoreApplication.translate("Script", "Step %1 deleted.").replace("%1", str(item.number))
                if item.number is not None
                else QCoreApplication.translate("Script", "Step “%1” deleted.").replace(
                    "%1", _shortened(item.text)
                )
            )
        name = self._name(kind, path)
        if self._run(
            QCoreApplication.translate("Script", "Delete"),
            lambda theme_id: (self._delete(theme_id, kind, path), None),
        ):
            self._remember_presence(kind, path, added=False, item=item, name=name)
            self.message.emit(what + " " + QCoreApplication.translate("Script", "Undo with the Undo button."))
            self.undo_button.setFocus()

    def _delete(self, theme_id: str, kind: str, path: Path) -> Theme:
        themes = self.store.themes
        if kind == "part":
            return themes.delete_part(theme_id, path[0])
        if kind == "box":
            return themes.delete_timebox(theme_id, path[0], path[1])
        return themes.delete_step(theme_id, path[0], path[1], path[2])

    def _insert(self, theme_id: str, path: Path, item: Part | TimeBox | Step) -> Theme:
        themes = self.store.themes
        if isinstance(item, Part):
            return themes.insert_part(theme_id, path[0], item)
        if isinstance(item, TimeBox):
            return themes.insert_timebox(theme_id, path[0], path[1], item)
        return themes.insert_step(theme_id, path[0], path[1], path[2], item)

    # --- undo and redo ----------------------------------------------------------------

    def _name(self, kind: str, path: Path) -> str:
        """How the tooltip and the status bar name an item, as the form shows it now."""
        current = self.current()
        if current is None:
            return ""
        item = _item_at(current, kind, path)
        if isinstance(item, Part):
            return QCoreApplication.translate("Script", "part “%1”").replace("%1", item.title)
        if isinstance(item, TimeBox):
            return QCoreApplication.translate("Script", "the time box of %1 min").replace(
                "%1", str(item.minutes)
            )
        assert isinstance(item, Step)
        if item.number is not None:
            return QCoreApplication.translate("Script", "step %1").replace("%1", str(item.number))
        return QCoreApplication.translate("Script", "step “%1”").replace("%1", _shortened(item.text))

    def _structural(self, edit: Callable[[str], tuple[Theme, Focus | None]]) -> Callable[[], bool]:
        """An undo or redo of a change to the theme shown now, made like any structural edit."""
        theme_id = self.theme.id if self.theme else ""

        def run() -> bool:
            if self.theme is None or self.theme.id != theme_id:
                return False
            return self._run(QCoreApplication.translate("Script", "Undo"), edit)

        return run

    def _remember_presence(
        self, kind: str, path: Path, *, added: bool, item: Part | TimeBox | Step | None = None, name: str = ""
    ) -> None:
        """An add or a delete at ``path``: undo and redo take only that item away or put it back there.
        By position: the stack undoes newest first, so the positions of the changes before it hold."""
        kept = [item]
        field = FIRST_FIELD[kind]
        before: Focus = (
            Focus(kind, (*path[:-1], path[-1] - 1), field)
            if path[-1] > 0
            else Focus("box", path[:2], "minutes")
            if kind == "step"
            else Focus(kind, (*path[:-1], 0), field)
        )

        def take_away(theme_id: str) -> tuple[Theme, Focus]:
            if self.theme is not None:
                kept[0] = _item_at(self.theme, kind, path)  # as stored now, typed text included
            return self._delete(theme_id, kind, path), before

        def put_back(theme_id: str) -> tuple[Theme, Focus]:
            assert kept[0] is not None
            return self._insert(theme_id, path, kept[0]), Focus(kind, path, field)

        template = (
            QCoreApplication.translate("Script", "adding of %1")
            if added
            else QCoreApplication.translate("Script", "delete of %1")
        )
        what = template.replace("%1", name or self._name(kind, path))
        there, gone = self._structural(put_back), self._structural(take_away)
        self.history.push(what, there if added else gone, gone if added else there)

    def renumber_steps(self) -> None:
        if self._run(
            QCoreApplication.translate("Script", "Renumber steps"),
            lambda theme_id: (self.store.themes.renumber_steps(theme_id), None),
        ):
            self.message.emit(
                QCoreApplication.translate("Script", "The numbered steps are numbered 1, 2, 3… again.")
            )

    def choose_cards(self, p: int, b: int, s: int) -> None:
        """The card picker for one step; what is ticked is stored at once."""
        if not self.flush():
            return
        current = self.current()
        if current is None:
            return
        step = current.parts[p].timeboxes[b].steps[s]
        try:
            decks = self.store.decks.all()
        except StoreError as error:
            show_error(self, QCoreApplication.translate("Script", "Cards"), error)
            return
        name = (
            QCoreApplication.translate("Script", "step %1").replace("%1", str(step.number))
            if step.number is not None
            else _shortened(step.text)
        )
        dialog = CardPickerDialog(decks, step.cards, name, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen == step.cards:
            return
        self._run(
            QCoreApplication.translate("Script", "Cards"),
            lambda theme_id: (
                self.store.themes.set_step_cards(theme_id, p, b, s, chosen),
                Focus("step", (p, b, s), "cards"),
            ),
        )


def _item_at(theme: Theme, kind: str, path: Path) -> Part | TimeBox | Step:
    part = theme.parts[path[0]]
    if kind == "part":
        return part
    box = part.timeboxes[path[1]]
    return box if kind == "box" else box.steps[path[2]]


def _shortened(text: str, length: int = 40) -> str:
    words = " ".join(text.split())
    return words if len(words) <= length else words[: length - 1].rstrip() + "…"
