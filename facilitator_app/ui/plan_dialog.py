"""Plan (or re-plan) a session: school, theme, date and time, participants, optional parts.

The timeline on the right is :func:`~facilitator_app.core.sessions.planned_timeline`
shown as it is; it follows every change of start time, theme or optional part.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Participant, Theme
from ..core.planning import PlanWarning, fit_to_slot, plan_warnings, with_box_minutes
from ..core.sessions import Session, SessionStatus, TimelineEntry, planned_timeline
from ..store import Store, StoreError
from . import settings
from .dates import ISO_DATE, locale_date_format
from .icons import icon
from .labels import mode_label
from .participants_table import ParticipantsTable
from .widgets import CONTENT_TIP, content, label, show_error

MINUTES = 3  # the timeline's minutes column


class PlanDialog(QDialog):
    """Plan a new session (``session`` None) or edit the plan of ``session``.

    After OK, :attr:`saved` holds the session as the store returned it.
    """

    def __init__(
        self,
        store: Store,
        session: Session | None = None,
        school_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self.saved: Session | None = None
        self._dirty = False
        self.planned_end = ""
        self.setObjectName("planDialog")
        self.setWindowTitle(self.tr("Edit session plan") if session else self.tr("Plan session"))
        running = session is not None and session.status is SessionStatus.RUNNING

        self.school = QComboBox()
        self.school.setObjectName("school")
        self.school.addItem(self.tr("Choose a school…"), "")
        schools = store.schools.all(include_archived=True)
        wanted = session.school_id if session else (school_id or "")
        for school in schools:
            if not school.archived or school.id == wanted:
                self.school.addItem(school.name, school.id)
        self.school.setCurrentIndex(max(0, self.school.findData(wanted)))
        # The store keeps a session with its school; a plan cannot move.
        self.school.setEnabled(session is None)

        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.themes: dict[str, Theme] = {theme.id: theme for theme in store.themes.all()}
        for theme in self.themes.values():
            self.theme.addItem(theme.title, theme.id)
        if session and session.theme_id:
            if session.theme_id not in self.themes and session.script is not None:
                self.theme.addItem(session.script.title, session.theme_id)
            self.theme.setCurrentIndex(max(0, self.theme.findData(session.theme_id)))
        self.theme.setEnabled(not running)

        self.title = QLineEdit(session.title if session else "")
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("Same as the theme"))

        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(locale_date_format())
        day = QDate.fromString(session.date, ISO_DATE) if session else QDate.currentDate()
        self.date.setDate(day if day.isValid() else QDate.currentDate())

        self.start = QTimeEdit()
        self.start.setObjectName("start")
        self.start.setDisplayFormat("HH:mm")
        start = QTime.fromString(session.planned_start, "HH:mm") if session else QTime(13, 30)
        self.start.setTime(start if start.isValid() else QTime(13, 30))

        self.facilitator = QLineEdit(
            session.facilitator if session else settings.text_value(settings.FACILITATOR_KEY)
        )
        self.facilitator.setObjectName("facilitator")
        self.facilitator.setPlaceholderText(self.tr("Your name"))

        form = QFormLayout()
        form.addRow(self.tr("&School:"), self.school)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("Planned start ti&me:"), self.start)
        form.addRow(self.tr("&Facilitator:"), self.facilitator)

        roles = [role.name for role in store.roles.all()]
        self.participants = ParticipantsTable(roles)
        for person in session.participants if session else ():
            self.participants.add_row(person.name, person.role, edit=False)
        self.add_participant = QPushButton(icon("add"), self.tr("&Add participant"))
        self.add_participant.setObjectName("addParticipant")
        self.add_participant.setToolTip(self.tr("Insert in the table; paste several names, one per line"))
        self.add_participant.clicked.connect(lambda _checked=False: self.participants.add_row())
        self.remove_participant = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_participant.setObjectName("removeParticipant")
        self.remove_participant.setToolTip(self.tr("Delete in the table"))
        self.remove_participant.clicked.connect(self.participants.remove_selected)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_participant)
        people_buttons.addWidget(self.remove_participant)
        people_buttons.addStretch(1)
        people_box = QGroupBox(self.tr("Participants"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.participants, 1)
        people_layout.addLayout(people_buttons)

        self.parts_box = QGroupBox(self.tr("Optional parts"))
        self.parts_box.setObjectName("optionalParts")
        self.parts_layout = QVBoxLayout(self.parts_box)
        self.part_checks: dict[int, QCheckBox] = {}
        self._parts_enabled = not running

        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Time"), self.tr("Part"), self.tr("Work form"), self.tr("Min.")]
        )
        self.timeline.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # This session's own minutes per time box (the theme stays as it is): edit the Min. column.
        self.box_minutes: dict[int, int] = {}
        self._minutes_editable = not running
        if self._minutes_editable:
            self.timeline.setToolTip(self.tr("Double-click the minutes to change them for this session"))
            self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.timeline.itemDoubleClicked.connect(
                lambda item, _column: self.timeline.editItem(item, MINUTES)
            )
            self.timeline.itemChanged.connect(self._minutes_edited)
        else:
            self.timeline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.end_label = label("", "sectionTitle")
        self.end_label.setObjectName("plannedEnd")
        # A school with less than the hour: which boxes to shorten (core.planning.fit_to_slot).
        self.slot = QSpinBox()
        self.slot.setObjectName("slotMinutes")
        self.slot.setRange(10, 240)
        self.slot.setSuffix(self.tr(" min"))
        self.slot.setValue(45)
        self.slot.setAccessibleName(self.tr("Time available"))
        self.fit_button = QPushButton(self.tr("Fit into"))
        self.fit_button.setObjectName("fitToSlot")
        self.fit_button.setToolTip(self.tr("Propose shorter time boxes for this session only"))
        self.fit_button.clicked.connect(self.fit_to_slot)
        self.reset_minutes = QPushButton(self.tr("Theme's minutes"))
        self.reset_minutes.setObjectName("resetMinutes")
        self.reset_minutes.clicked.connect(self.use_theme_minutes)
        self.fit_note = label("", "muted", wrap=True)
        self.fit_note.setObjectName("fitNote")
        self.fit_note.hide()
        slot_row = QHBoxLayout()
        slot_row.addWidget(self.fit_button)
        slot_row.addWidget(self.slot)
        slot_row.addStretch(1)
        slot_row.addWidget(self.reset_minutes)
        for widget in (self.fit_button, self.slot, self.reset_minutes):
            widget.setEnabled(self._minutes_editable)
        timeline_box = QGroupBox(self.tr("Timeline"))
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.addWidget(self.timeline, 1)
        timeline_layout.addWidget(self.end_label)
        timeline_layout.addLayout(slot_row)
        timeline_layout.addWidget(self.fit_note)

        # Guard rails: said while planning, never in the way of saving.
        self.warning = label("", wrap=True)
        self.warning.setObjectName("planWarning")
        self.warning.setStyleSheet("color: #B45F00; font-weight: 700;")
        self.warning.hide()
        self.previous_people: tuple[Participant, ...] = ()
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousParticipants")
        self.previous_button.clicked.connect(self.take_previous_participants)
        self.previous_button.hide()
        people_layout.insertWidget(0, self.previous_button)

        self.error = label("", wrap=True)
        self.error.setObjectName("planError")
        self.error.setStyleSheet("color: palette(highlight); font-weight: 700;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Save plan") if session else self.tr("Plan session")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(people_box, 1)
        right = QVBoxLayout()
        right.addWidget(self.parts_box)
        right.addWidget(timeline_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._fill_parts(session.included_optional_parts if session else None)
        self.theme.currentIndexChanged.connect(lambda _i: self.use_theme_minutes())
        self.theme.currentIndexChanged.connect(lambda _i: self._fill_parts(None))
        self.start.timeChanged.connect(lambda _t: self.update_timeline())
        for widget_signal in (
            self.school.currentIndexChanged,
            self.theme.currentIndexChanged,
            self.title.textEdited,
            self.date.dateChanged,
            self.start.timeChanged,
            self.facilitator.textEdited,
            self.participants.itemChanged,
            self.participants.model().rowsInserted,
            self.participants.model().rowsRemoved,
        ):
            widget_signal.connect(self._mark_dirty)

        self.school.currentIndexChanged.connect(lambda _i: self.update_guidance())
        for guidance_signal in (
            self.date.dateChanged,
            self.start.timeChanged,
            self.participants.model().rowsInserted,
            self.participants.model().rowsRemoved,
            self.participants.itemChanged,
        ):
            guidance_signal.connect(lambda *_args: self.update_guidance())
        self.update_guidance()

        remove = QAction(self)
        remove.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.addAction(remove)
        remove.triggered.connect(self.participants.remove_selected)
        self.setTabOrder(self.school, self.theme)
        self.setTabOrder(self.theme, self.title)
        self.setTabOrder(self.title, self.date)
        self.setTabOrder(self.date, self.start)
        self.setTabOrder(self.start, self.facilitator)
        self.setTabOrder(self.facilitator, self.participants)
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 36)
        (self.school if self.school.isEnabled() and not self.school.currentData() else self.theme).setFocus()
        self._dirty = False

    # ------------------------------------------------------------------ parts

    def script(self) -> Theme | None:
        """The script the plan runs: the session's copy while its theme stays, else the theme."""
        theme_id = str(self.theme.currentData() or "")
        if self.session is not None and self.session.script is not None and theme_id == self.session.theme_id:
            return self.session.script
        return self.themes.get(theme_id)

    def _fill_parts(self, included: frozenset[int] | None) -> None:
        for check in self.part_checks.values():
            self.parts_layout.removeWidget(check)
            check.deleteLater()
        self.part_checks.clear()
        script = self.script()
        optional = [part for part in script.parts if part.optional] if script else []
        for part in optional:
            check = content(  # names the part by its (Dutch) title
                QCheckBox(
                    self.tr("Part %1: %2 (%3 min)")
                    .replace("%1", str(part.number))
                    .replace("%2", part.title)
                    .replace("%3", str(part.minutes))
                )
            )
            check.setObjectName(f"part{part.number}")
            # A new plan includes every optional part; the facilitator drops what does not fit.
            check.setChecked(included is None or part.number in included)
            check.setEnabled(self._parts_enabled)
            check.toggled.connect(lambda _on: self.update_timeline())
            check.toggled.connect(self._mark_dirty)
            self.parts_layout.addWidget(check)
            self.part_checks[part.number] = check
        self.parts_box.setVisible(bool(optional))
        self.update_timeline()

    def included_parts(self) -> frozenset[int]:
        return frozenset(number for number, check in self.part_checks.items() if check.isChecked())

    # --------------------------------------------------------------- timeline

    def planned_script(self) -> Theme | None:
        """The script with this session's own minutes, if any were changed."""
        script = self.script()
        if script is None or not self.box_minutes:
            return script
        return with_box_minutes(script, self.box_minutes)

    def timeline_entries(self) -> list[TimelineEntry]:
        script = self.planned_script()
        if script is None:
            return []
        return planned_timeline(script, self.start.time().toString("HH:mm"), self.included_parts())

    def _minutes_edited(self, item: QTreeWidgetItem, column: int) -> None:
        if column != MINUTES:
            return
        index = int(item.data(0, Qt.ItemDataRole.UserRole))
        try:
            minutes = int(item.text(MINUTES).strip())
        except ValueError:
            minutes = 0
        if minutes >= 1:
            self.box_minutes[index] = minutes
            self._mark_dirty()
        # Rebuilt after the edit has finished: the item being committed must not vanish under it.
        QTimer.singleShot(0, self.update_timeline)

    def fit_to_slot(self) -> None:
        """Shorten this session's boxes (maybe leave out the optional part) to fit the time available."""
        script = self.script()
        if script is None:
            return
        self.box_minutes = {}
        proposal = fit_to_slot(script, self.included_parts(), self.slot.value())
        base = script.timeboxes()
        self.box_minutes = {i: m for i, m in proposal.minutes.items() if m != base[i][1].minutes}
        lines = [
            self.tr("Part %1 (optional) is left out.").replace("%1", str(number))
            for number in proposal.drop_parts
        ]
        lines += [
            self.tr("Time box %1 (part %2): %3 → %4 min")
            .replace("%1", str(index + 1))
            .replace("%2", str(base[index][0].number))
            .replace("%3", str(base[index][1].minutes))
            .replace("%4", str(proposal.minutes[index]))
            for index in proposal.shortened
        ]
        if not proposal.fits:
            lines.append(self.tr("Even shortened the session takes %n minute(s).", "", proposal.total))
        for number in proposal.drop_parts:
            if number in self.part_checks:
                self.part_checks[number].setChecked(False)
        self.fit_note.setText("\n".join(lines) or self.tr("It fits as planned."))
        self.fit_note.show()
        self._mark_dirty()
        self.update_timeline()

    def use_theme_minutes(self) -> None:
        self.box_minutes = {}
        self.fit_note.hide()
        self._mark_dirty()
        self.update_timeline()

    def update_timeline(self) -> None:
        entries = self.timeline_entries()
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [
                    f"{entry.start}–{entry.end}",
                    self.tr("Part %1").replace("%1", str(entry.part_number)),
                    mode_label(entry.mode),
                    str(entry.minutes),
                ]
            )
            item.setToolTip(1, entry.part_title)
            item.setData(1, CONTENT_TIP, True)
            item.setTextAlignment(MINUTES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, entry.timebox_index)
            if self._minutes_editable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if entry.timebox_index in self.box_minutes:
                font = item.font(MINUTES)
                font.setBold(True)  # changed for this session
                item.setFont(MINUTES, font)
            self.timeline.addTopLevelItem(item)
        self.timeline.blockSignals(False)
        for column in (0, 1, 3):
            self.timeline.resizeColumnToContents(column)
        end = entries[-1].end if entries else self.start.time().toString("HH:mm")
        minutes = sum(entry.minutes for entry in entries)
        self.end_label.setText(self.tr("Planned end: %1 (%n minute(s))", "", minutes).replace("%1", end))
        self.planned_end = end

    # --------------------------------------------------------------- guidance

    def update_guidance(self) -> None:
        """Offer last time's participants; warn about no participants or a start in the past."""
        school_id = str(self.school.currentData() or "")
        empty = not self.participants.participants()
        try:
            people = self.store.sessions.last_participants(school_id) if empty and school_id else ()
        except StoreError:
            people = ()
        self.previous_people = people
        if people:
            self.previous_button.setText(
                self.tr("Take the %n participant(s) of the last session", "", len(people))
            )
        self.previous_button.setVisible(bool(people))
        draft = Session(
            school_id=school_id,
            title="",
            date=self.date.date().toString(ISO_DATE),
            planned_start=self.start.time().toString("HH:mm"),
            participants=self.participants.participants(),
        )
        codes = plan_warnings(draft, datetime.now())
        if self.session is not None and self.session.status is not SessionStatus.PLANNED:
            codes = [code for code in codes if code is not PlanWarning.START_IN_PAST]  # it has started
        texts = {
            PlanWarning.NO_PARTICIPANTS: self.tr(
                "No participants yet: add them, or take those of the last session."
            ),
            PlanWarning.START_IN_PAST: self.tr("The start time is in the past: check the date and the time."),
        }
        warnings = [texts[code] for code in codes]
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def take_previous_participants(self) -> None:
        for person in self.previous_people:
            self.participants.add_row(person.name, person.role, edit=False)
        self.update_guidance()
        self.participants.setFocus()

    # ------------------------------------------------------------------- save

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def _complain(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def plan(self) -> Session | None:
        """The session as filled in, or None (with the reason shown) if something is missing."""
        school_id = str(self.school.currentData() or "")
        if not school_id:
            self._complain(self.tr("Choose a school for this session."), self.school)
            return None
        theme_id = str(self.theme.currentData() or "")
        if not theme_id:
            self._complain(self.tr("Choose a theme for this session."), self.theme)
            return None
        if self.participants.state() == QAbstractItemView.State.EditingState:
            # Moving focus off the cell editor commits what is being typed: OK must not lose it.
            self.participants.setFocus()
        fields = {
            "title": self.title.text().strip(),
            "date": self.date.date().toString(ISO_DATE),
            "planned_start": self.start.time().toString("HH:mm"),
            "theme_id": theme_id,
            "facilitator": self.facilitator.text().strip(),
            "participants": self.participants.participants(),
            "included_optional_parts": self.included_parts(),
        }
        # The session's own copy of the script carries its own minutes; the theme is never changed.
        own = self.planned_script() if self.box_minutes else None
        if self.session is not None:
            script = own or (self.session.script if theme_id == self.session.theme_id else None)
            return replace(self.session, script=script, **fields)  # type: ignore[arg-type]
        return Session(school_id=school_id, script=own, **fields)  # type: ignore[arg-type]

    def save(self) -> None:
        session = self.plan()
        if session is None:
            return
        try:
            if self.session is None:
                self.saved = self.store.sessions.plan(session)
            else:
                self.saved = self.store.sessions.update_plan(session)
        except StoreError as error:
            show_error(self, self.tr("Plan not saved"), error)
            return
        if session.facilitator:
            settings.set_text_value(settings.FACILITATOR_KEY, session.facilitator)
        self._dirty = False
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the participants table finishes the cell (the delegate commits it);
        # it must not also press OK and close the dialog half-way through typing names.
        focus = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and focus is not None
            and (focus is self.participants or self.participants.isAncestorOf(focus))
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Discard plan?"),
                self.tr("You have changed this plan. Close without saving?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
