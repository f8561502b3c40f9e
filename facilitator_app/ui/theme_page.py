"""The theme page: goals, preparation and materials beside the session script.

The built-in theme is read-only; "Make your own copy" gives a theme that can
be edited on the Edit tab, saved as you go: its summary, goals, preparation
and materials, and its whole script (parts, time boxes and steps added, moved
and deleted; titles, optional parts, work forms, minutes, step numbers, texts
and the cards a step uses).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QSplitter,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Theme
from ..store import Store
from .editor_shell import ComboChooser, EditorShell, ShellNames, ShellTexts
from .script_editor import ScriptEditor
from .script_view import PartView, TimeBoxView, card_title, overview_card
from .widgets import chip, content, label, scroll_area

DEFAULT_START = QTime(13, 0)


class ThemePage(QWidget):
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.theme: Theme | None = None
        self.part_views: list[PartView] = []

        self.title = content(label("", "pageTitle", wrap=True))
        self.title.setObjectName("themeTitle")
        self.total_chip = chip("")
        self.total_chip.setObjectName("totalChip")
        self.clock_check = QCheckBox(self.tr("Show &clock times from"))
        self.clock_check.setObjectName("clockCheck")
        self.start_edit = QTimeEdit(DEFAULT_START)
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Start time"))
        self.start_edit.setEnabled(False)
        self.clock_check.toggled.connect(self.start_edit.setEnabled)
        self.clock_check.toggled.connect(lambda _on: self._update_clock())
        self.start_edit.timeChanged.connect(lambda _time: self._update_clock())
        self.editor = ScriptEditor(store)
        self.editor.saved.connect(self._saved)
        self.editor.edited.connect(self._show_total)
        self.editor.message.connect(self.message)
        self.script_tabs = QTabWidget()
        self.shell: EditorShell[Theme] = EditorShell(
            self,
            store,
            store.themes,
            ComboChooser(),
            self.script_tabs,
            ShellTexts(
                title=self.tr("Themes"),
                chooser=self.tr("Theme"),
                own=self.tr("own copy · editable"),
                copy_tip=self.tr("The built-in script cannot be changed; a copy of your own can."),
                copied=self.tr("“%1” is ready: you can edit its script."),
            ),
            ShellNames(
                chooser="themeChooser", status="themeStatus", copy="copyThemeButton", changes="themes"
            ),
            show=self.show_theme,
            flush=self.editor.flush,
            redraw=self._draw,
        )
        self.shell.message.connect(self.message)
        self.chooser, self.status_chip, self.copy_button = (
            self.shell.chooser,
            self.shell.status_chip,
            self.shell.copy_button,
        )

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.total_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(12)
        header.addWidget(self.copy_button)
        header.addWidget(self.chooser)
        clock_row = QHBoxLayout()
        clock_row.addWidget(label(self.tr("Session script"), "sectionTitle"))
        clock_row.addStretch(1)
        clock_row.addWidget(self.clock_check)
        clock_row.addWidget(self.start_edit)

        self.overview = QWidget()
        self.overview_layout = QVBoxLayout(self.overview)
        self.overview_layout.setContentsMargins(0, 0, 8, 0)
        self.script = QWidget()
        self.script_layout = QVBoxLayout(self.script)
        self.script_layout.setContentsMargins(0, 0, 8, 0)
        self.script_layout.setSpacing(12)
        script_page = QWidget()
        script_page_layout = QVBoxLayout(script_page)
        script_page_layout.setContentsMargins(0, 6, 0, 0)
        script_page_layout.addLayout(clock_row)
        script_page_layout.addWidget(scroll_area(self.script), 1)
        self.script_tabs.setObjectName("scriptTabs")
        self.script_tabs.setDocumentMode(True)
        self.script_tabs.addTab(script_page, self.tr("Script"))
        self.script_tabs.addTab(self.editor, self.tr("Edit"))
        script_side = QWidget()
        script_side_layout = QVBoxLayout(script_side)
        script_side_layout.setContentsMargins(8, 0, 0, 0)
        script_side_layout.addWidget(self.script_tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("themeSplitter")
        self.splitter.addWidget(scroll_area(self.overview))
        self.splitter.addWidget(script_side)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([380, 760])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        self.shell.reload(select_id)

    def show_theme(self, theme: Theme | None) -> None:
        editable = self.shell.present(theme)
        self.editor.set_theme(theme if editable else None)
        self._draw(theme)

    def _draw(self, theme: Theme | None) -> None:
        self.theme = theme
        self._clear(self.script_layout)
        self.part_views = []
        self._draw_overview(theme)
        if theme is None:
            self.title.setText(self.tr("No themes yet"))
            self.total_chip.hide()
            return
        self.title.setText(theme.title)
        self._show_total(theme)
        self.total_chip.show()
        for part in theme.parts:
            view = PartView(part, self._card_title)
            self.part_views.append(view)
            self.script_layout.addWidget(view)
        self.script_layout.addStretch(1)
        self._update_clock()

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_total(self, theme: Theme) -> None:
        self.total_chip.setText(self.tr("%n minute(s) in total", "", theme.minutes))

    def _draw_overview(self, theme: Theme | None) -> None:
        self._clear(self.overview_layout)
        if theme is None:
            return
        goals = "".join(f"<li>{escape(goal)}</li>" for goal in theme.goals)
        materials = "".join(f"<li>{escape(item)}</li>" for item in theme.materials)
        if theme.summary:
            self.overview_layout.addWidget(
                overview_card(self.tr("In short"), f"<p>{escape(theme.summary)}</p>")
            )
        self.overview_layout.addWidget(overview_card(self.tr("Goals"), f"<ol>{goals}</ol>"))
        if theme.preparation:
            self.overview_layout.addWidget(
                overview_card(self.tr("Preparation"), f"<p>{escape(theme.preparation)}</p>")
            )
        self.overview_layout.addWidget(overview_card(self.tr("Materials"), f"<ul>{materials}</ul>"))
        self.overview_layout.addStretch(1)

    def timebox_views(self) -> list[TimeBoxView]:
        return [box for part in self.part_views for box in part.boxes]

    def _update_clock(self) -> None:
        start: QTime | None = self.start_edit.time() if self.clock_check.isChecked() else None
        for box in self.timebox_views():
            box.set_clock(start)
            if start is not None:
                start = start.addSecs(box.box.minutes * 60)

    def _card_title(self, ref_text: str) -> str:
        return card_title(self.store, ref_text)

    # --- editing ------------------------------------------------------------

    def _saved(self, theme: Theme) -> None:
        self.theme = theme
        self.title.setText(theme.title)
        self._show_total(theme)
        self._draw_overview(theme)  # goals and materials beside the editor show the edit
        self.shell.renamed(theme)

    def flush(self) -> None:
        self.editor.flush()
