"""Correcting a locked record: one field, its new value and the reason, kept as a dated amendment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.models import ScenarioMap
from ...core.record import DECISION_FIELDS
from ...core.session_runner import RunnerError
from ...core.sessions import ITEM_FIELDS, OutcomeItem, OutcomeValue
from ...store import Store, StoreError
from ..labels import error_text, field_label
from ..widgets import label
from .adapter import RunnerSignals

_CARD_ID = Qt.ItemDataRole.UserRole


class AmendDialog(QDialog):
    """Pick a field, give the new value and the reason; OK stores the amendment."""

    def __init__(
        self,
        session: RunnerSignals,
        store: Store,
        scenario_map: ScenarioMap | None,
        parent: QWidget | None = None,
    ) -> None:
        """The amendment goes through ``session``'s runner; ``store`` supplies the inspiration deck."""
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Amend the record"))
        self.runner = session.runner
        self.store = store
        self.session_id = self.runner.session_id
        self.outcome = self.runner.outcome

        self.field = QComboBox()
        self.field.setObjectName("amendField")
        for name in DECISION_FIELDS:  # every field of the decision can be corrected
            self.field.addItem(field_label(name), name)
        self.scenario = QComboBox()
        self.scenario.setObjectName("amendScenario")
        for scenario in scenario_map.scenarios if scenario_map else ():
            self.scenario.addItem(scenario.name, scenario.id)
        self.value = QPlainTextEdit()
        self.value.setObjectName("amendValue")
        self.value.setTabChangesFocus(True)
        self.hint = label("", "muted", wrap=True)
        self.cards = QListWidget()
        self.cards.setObjectName("amendCards")
        self.cards.setAccessibleName(self.tr("Inspiration cards that fit the first step"))
        self._fill_cards()
        self.editors = QStackedWidget()
        self.editors.addWidget(self.value)
        self.editors.addWidget(self.scenario)
        self.editors.addWidget(self.cards)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendReason")
        self.reason.setPlaceholderText(self.tr("Why is this corrected? (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("amendButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Field:"), self.field)
        form.addRow(self.tr("&New value:"), self.editors)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr("The original stays visible in the record, with the date of this correction."),
                "muted",
                wrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()
        self.resize(520, 360)

    def current_field(self) -> str:
        return str(self.field.currentData())

    def select_field(self, name: str) -> None:
        self.field.setCurrentIndex(self.field.findData(name))

    def _fill_cards(self) -> None:
        """The inspiration deck's cards to tick, and any card the record names that is not in it."""
        try:
            cards = [(card.id, card.title) for card in self.store.decks.get("inspiratie").cards]
            known = {card_id for card_id, _ in cards}
            others = [i for i in self.outcome.inspiration_card_ids if i not in known]
            titles = self.store.sessions.card_titles(others) if others else {}
        except StoreError:
            cards, others, titles = [], list(self.outcome.inspiration_card_ids), {}
        for card_id in others:
            cards.append((card_id, titles.get(card_id, card_id)))
        for card_id, title in cards:
            item = QListWidgetItem(title)
            item.setData(_CARD_ID, card_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.cards.addItem(item)

    def checked_cards(self) -> tuple[str, ...]:
        items = (self.cards.item(row) for row in range(self.cards.count()))
        return tuple(str(i.data(_CARD_ID)) for i in items if i.checkState() is Qt.CheckState.Checked)

    def _field_changed(self) -> None:
        name = self.current_field()
        current = getattr(self.outcome, name)
        if name == "scenario_id":
            self.editors.setCurrentWidget(self.scenario)
            index = self.scenario.findData(current)
            self.scenario.setCurrentIndex(max(index, 0))
            self.hint.hide()
            return
        if name == "inspiration_card_ids":
            self.editors.setCurrentWidget(self.cards)
            for row in range(self.cards.count()):
                item = self.cards.item(row)
                on = item.data(_CARD_ID) in current
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.hint.setText(self.tr("Tick the cards that fit the first step."))
            self.hint.show()
            return
        self.editors.setCurrentWidget(self.value)
        if name in ITEM_FIELDS:
            self.value.setPlainText("\n".join(item.text for item in current))
            self.hint.setText(self.tr("One per line."))
            self.hint.show()
        else:
            self.value.setPlainText(str(current))
            self.hint.hide()

    def new_value(self) -> OutcomeValue:
        name = self.current_field()
        if name == "scenario_id":
            return str(self.scenario.currentData() or "")
        if name == "inspiration_card_ids":
            return self.checked_cards()
        text = self.value.toPlainText()
        if name in ITEM_FIELDS:
            # A line that is unchanged keeps its link to the note it came from.
            by_text = {item.text: item.note_id for item in getattr(self.outcome, name)}
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            return tuple(OutcomeItem(line, by_text.get(line, "")) for line in lines)
        return text

    def accept(self) -> None:
        field = self.current_field()
        value = self.checked_cards() if field == "inspiration_card_ids" else self.new_value()
        try:
            self.runner.amend(field, value, self.reason.text())
        except (StoreError, RunnerError) as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()
