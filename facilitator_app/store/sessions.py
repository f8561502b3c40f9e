"""Sessions: planning, the notes taken while running, the locked record afterwards.

Every note is written the moment it is taken, each write in its own
transaction, so a crash loses at most the note still being typed -- and that
one is kept as a draft. The clock's state is saved alongside, so the app can
resume a running session after a restart (:meth:`SessionRepository.unfinished`).

Full-text search over the notes, outcomes and follow-ups lives in
``store/search.py``; its FTS5 indexes are kept in step by triggers, including
for rows erased by ``ON DELETE CASCADE``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from typing import Any

from sqlite_utils import Database

from ..core.dutch import missing_names
from ..core.models import FollowUp, FollowUpStatus, Participant
from ..core.sessions import (
    AMENDABLE_FIELDS,
    ITEM_FIELDS,
    Amendment,
    Draft,
    Note,
    NoteCategory,
    Outcome,
    OutcomeItem,
    OutcomeValue,
    RequiredField,
    SearchHit,
    Session,
    SessionStatus,
    TimeboxRun,
    check_outcome_value,
    items_from_json,
    missing_fields,
    outcome_value_from_json,
    outcome_value_to_json,
    parse_clock_time,
    parse_iso_date,
    theme_from_dict,
    theme_to_dict,
)
from ..core.validation import NAME_LENGTH, NOTE_LENGTH, Problem, record_problems
from .base import Repository, dumps, loads_list, new_id
from .checks import check_field
from .damaged import damaged_ids, refuse_damaged
from .database import now_iso
from .errors import InvalidInputError, NotFoundError, StoreError
from .search import SearchRepository
from .themes import ThemeRepository

MAX_TITLE_LENGTH = NAME_LENGTH
MAX_NOTE_LENGTH = NOTE_LENGTH


class SessionStateError(StoreError):
    """The session is not in a state that allows this (planned, running, finished)."""


class OutcomeIncompleteError(StoreError):
    """Finishing was refused; ``missing`` holds the codes of the empty fields."""

    def __init__(self, missing: Sequence[RequiredField]) -> None:
        self.missing = list(missing)
        super().__init__(
            "De sessie kan nog niet worden afgerond. Vul eerst in: " + missing_names(self.missing) + "."
        )


class OutcomeLockedError(StoreError):
    """The outcome is locked; corrections go through :meth:`SessionRepository.amend`."""


class SessionRepository(Repository):
    @property
    def _search(self) -> SearchRepository:
        return SearchRepository(self.db, self.path)

    # ------------------------------------------------------------- planning

    def plan(self, session: Session) -> Session:
        """Store a new session with its participants and a copy of its script.

        When ``session.script`` is None and ``theme_id`` is set, the theme is
        copied from the store now; later edits to the theme leave it alone.
        """
        session_id = session.id or new_id()
        now = now_iso()
        with self.atomic() as db:
            self._require_school(session.school_id)
            cleaned = self._clean_plan(session)
            db.table("sessions").insert(
                {
                    **self._plan_columns(cleaned),
                    "id": session_id,
                    "status": SessionStatus.PLANNED.value,
                    "created_at": now,
                    "updated_at": now,
                    "started_at": "",
                    "finished_at": "",
                }
            )
            self._write_participants(db, session_id, cleaned.participants)
        return self.get(session_id)

    def get(self, session_id: str) -> Session:
        row = self._session_row(session_id)
        try:
            return self._build(row)
        except (ValueError, TypeError, KeyError):
            refuse_damaged(self, session_id)  # names what is wrong
            raise

    def for_school(self, school_id: str) -> list[Session]:
        """The school's sessions, newest first."""
        rows = self.rows(
            "SELECT * FROM sessions WHERE school_id = ? "
            "ORDER BY date DESC, planned_start DESC, created_at DESC",
            (school_id,),
        )
        return [self._build(row) for row in rows]

    def last_participants(self, school_id: str) -> tuple[Participant, ...]:
        """Who took part in the school's latest session that had participants: offered again when planning.

        Returned without ids, so planning them again makes new participant rows.
        """
        row = self.row(
            "SELECT s.id FROM sessions s WHERE s.school_id = ? "
            "AND EXISTS (SELECT 1 FROM participants p WHERE p.session_id = s.id) "
            "ORDER BY s.date DESC, s.planned_start DESC, s.created_at DESC LIMIT 1",
            (school_id,),
        )
        if row is None:
            return ()
        return tuple(
            Participant(name=p["name"], role=p["role"])
            for p in self.rows(
                "SELECT * FROM participants WHERE session_id = ? ORDER BY position", (row["id"],)
            )
        )

    def unfinished(self) -> list[Session]:
        """Running sessions, most recently started first: offer to resume them at start-up."""
        rows = self.rows(
            "SELECT * FROM sessions WHERE status = 'running' ORDER BY started_at DESC, date DESC"
        )
        damaged = damaged_ids(self, [row["id"] for row in rows])  # never in the way of a genuine one
        return [self._build(row) for row in rows if row["id"] not in damaged]

    def update_plan(self, session: Session) -> Session:
        """Save the plan fields of ``session`` (title, date, start, facilitator, participants, parts, theme).

        Pass ``script=None`` with a new ``theme_id`` to copy the new theme.
        Once running, only title, date, start, facilitator and participants
        can change (the clock is built from the parts); once finished,
        nothing can.
        """
        with self.atomic() as db:
            row = self._session_row(session.id)
            current = self._build(row)
            status = current.status
            if status is SessionStatus.FINISHED:
                raise SessionStateError(
                    "Deze sessie is afgerond; het plan ligt vast. Corrigeer de opbrengst met een correctie."
                )
            if session.theme_id != current.theme_id and session.script == current.script:
                # A new theme with the old script: copy the new theme's script.
                session = replace(session, script=None)
            elif session.script is None and session.theme_id == current.theme_id:
                session = replace(session, script=current.script)
            cleaned = self._clean_plan(session)
            if status is SessionStatus.RUNNING and (
                cleaned.theme_id != current.theme_id
                or cleaned.included_optional_parts != current.included_optional_parts
                or cleaned.script != current.script
            ):
                raise SessionStateError(
                    "Deze sessie loopt al; het thema en de delen kunnen niet meer worden gewijzigd."
                )
            columns = self._plan_columns(cleaned)
            columns["school_id"] = current.school_id
            db.table("sessions").update(session.id, {**columns, "updated_at": now_iso()})
            self._write_participants(db, session.id, cleaned.participants)
        return self.get(session.id)

    def delete(self, session_id: str) -> None:
        """Erase the session with its notes, draft, clock, record and search entries."""
        with self.atomic() as db:
            db.execute("DELETE FROM sessions WHERE id = ?", [session_id])

    def start(self, session_id: str) -> Session:
        """Mark the session running; starting a running session again is harmless."""
        with self.atomic() as db:
            status = self._status(session_id)
            if status is SessionStatus.FINISHED:
                raise SessionStateError("Deze sessie is al afgerond en kan niet opnieuw starten.")
            if status is SessionStatus.PLANNED:
                now = now_iso()
                db.table("sessions").update(
                    session_id,
                    {"status": SessionStatus.RUNNING.value, "started_at": now, "updated_at": now},
                )
        return self.get(session_id)

    # ---------------------------------------------------------------- notes

    def add_note(
        self,
        session_id: str,
        timebox_index: int | None,
        category: NoteCategory,
        text: str,
        participant: str = "",
    ) -> Note:
        """Write a note at the end of its time box, immediately and in one transaction."""
        note_id = new_id()
        cleaned = _clean_note_text(text)
        category = NoteCategory(category)
        now = now_iso()
        with self.atomic() as db:
            self._require_open(session_id)
            db.table("notes").insert(
                {
                    "id": note_id,
                    "session_id": session_id,
                    "timebox_index": timebox_index,
                    "category": category.value,
                    "text": cleaned,
                    "participant": _clean_author(participant),
                    "position": self._next_position(session_id, timebox_index),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        return self.note(note_id)

    def note(self, note_id: str) -> Note:
        row = self.row("SELECT * FROM notes WHERE id = ?", (note_id,))
        if row is None:
            raise NotFoundError("Deze notitie bestaat niet (meer).")
        return _note_from_row(row)

    def notes(self, session_id: str) -> list[Note]:
        """All notes of the session in script order (session-wide notes first)."""
        rows = self.rows(
            "SELECT * FROM notes WHERE session_id = ? "
            "ORDER BY timebox_index IS NOT NULL, timebox_index, position",
            (session_id,),
        )
        return [_note_from_row(row) for row in rows]

    def update_note(self, note: Note) -> Note:
        """Save the text, category and participant of ``note`` (use move_note to move it)."""
        cleaned = _clean_note_text(note.text)
        category = NoteCategory(note.category)
        with self.atomic() as db:
            current = self.note(note.id)
            self._require_open(current.session_id)
            db.table("notes").update(
                note.id,
                {
                    "text": cleaned,
                    "category": category.value,
                    "participant": _clean_author(note.participant),
                    "updated_at": now_iso(),
                },
            )
        return self.note(note.id)

    def move_note(self, note_id: str, timebox_index: int | None, position: int | None = None) -> Note:
        """Move a note to another time box and/or place; ``position=None`` puts it last."""
        with self.atomic() as db:
            note = self.note(note_id)
            self._require_open(note.session_id)
            self._close_gap(db, note)
            target = self._next_position(note.session_id, timebox_index, exclude=note_id)
            if position is not None and 0 <= position < target:
                target = position
                self._open_gap(db, note.session_id, timebox_index, target)
            db.table("notes").update(
                note_id,
                {"timebox_index": timebox_index, "position": target, "updated_at": now_iso()},
            )
        return self.note(note_id)

    def delete_note(self, note_id: str) -> Note:
        """Delete a note and return it, so the caller can undo with :meth:`restore_note`."""
        with self.atomic() as db:
            note = self.note(note_id)
            self._require_open(note.session_id)
            db.execute("DELETE FROM notes WHERE id = ?", [note_id])
            self._close_gap(db, note)
        return note

    def restore_note(self, note: Note) -> Note:
        """Put a deleted note back where it was, with its id and timestamps."""
        with self.atomic() as db:
            self._require_open(note.session_id)
            if self.row("SELECT 1 AS x FROM notes WHERE id = ?", (note.id,)):
                return self.note(note.id)
            end = self._next_position(note.session_id, note.timebox_index)
            position = min(max(note.position, 0), end)
            self._open_gap(db, note.session_id, note.timebox_index, position)
            db.table("notes").insert(
                {
                    "id": note.id,
                    "session_id": note.session_id,
                    "timebox_index": note.timebox_index,
                    "category": NoteCategory(note.category).value,
                    "text": note.text,
                    "participant": note.participant,
                    "position": position,
                    "created_at": note.created_at or now_iso(),
                    "updated_at": note.updated_at or now_iso(),
                }
            )
        return self.note(note.id)

    # --------------------------------------------------------------- drafts

    def save_draft(
        self, session_id: str, text: str, category: NoteCategory, timebox_index: int | None
    ) -> None:
        """Keep the note being typed; an empty text clears the draft."""
        if not text.strip():
            self.clear_draft(session_id)
            return
        with self.atomic() as db:
            self._session_row(session_id)
            db.table("drafts").upsert(
                {
                    "session_id": session_id,
                    "text": text,
                    "category": NoteCategory(category).value,
                    "timebox_index": timebox_index,
                    "updated_at": now_iso(),
                },
                pk="session_id",
            )

    def draft(self, session_id: str) -> Draft | None:
        row = self.row("SELECT * FROM drafts WHERE session_id = ?", (session_id,))
        if row is None:
            return None
        return Draft(
            session_id=row["session_id"],
            text=row["text"],
            category=NoteCategory(row["category"]),
            timebox_index=row["timebox_index"],
            updated_at=row["updated_at"],
        )

    def clear_draft(self, session_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM drafts WHERE session_id = ?", [session_id])

    # ---------------------------------------------------------------- clock

    def save_clock_state(self, session_id: str, state: Mapping[str, object]) -> None:
        """Keep ``SessionClock.to_state()`` for resuming after a crash or restart."""
        text = json.dumps(dict(state), ensure_ascii=False, allow_nan=False)
        with self.atomic() as db:
            self._session_row(session_id)
            db.table("clock_state").upsert(
                {"session_id": session_id, "state": text, "saved_at": now_iso()}, pk="session_id"
            )

    def clock_state(self, session_id: str) -> dict[str, object] | None:
        """The saved clock state for ``SessionClock.from_state``, or None."""
        row = self.row("SELECT state FROM clock_state WHERE session_id = ?", (session_id,))
        if row is None:
            return None
        value = json.loads(row["state"])
        if not isinstance(value, dict):
            return None
        return {str(k): v for k, v in value.items()}

    def record_timebox_runs(self, session_id: str, runs: Sequence[TimeboxRun]) -> None:
        """Replace the planned-versus-actual record of the session's time boxes."""
        for run in runs:  # from the clock, not typed: a bad number here is a bug, kept out all the same
            problems = record_problems("timebox_run", {**asdict(run), "skipped": int(run.skipped)})
            if problems:
                raise ValueError(f"time box run {run.timebox_index}: {problems}")
        with self.atomic() as db:
            self._session_row(session_id)
            db.execute("DELETE FROM timebox_runs WHERE session_id = ?", [session_id])
            db.table("timebox_runs").insert_all(
                {
                    "session_id": session_id,
                    "timebox_index": run.timebox_index,
                    "planned_minutes": run.planned_minutes,
                    "planned_start": run.planned_start,
                    "planned_end": run.planned_end,
                    "actual_start": run.actual_start,
                    "actual_end": run.actual_end,
                    "skipped": int(run.skipped),
                    "spent_seconds": run.spent_seconds,
                }
                for run in runs
            )

    def timebox_runs(self, session_id: str) -> list[TimeboxRun]:
        rows = self.rows(
            "SELECT * FROM timebox_runs WHERE session_id = ? ORDER BY planned_start, timebox_index",
            (session_id,),
        )
        return [
            TimeboxRun(
                timebox_index=row["timebox_index"],
                planned_minutes=row["planned_minutes"],
                planned_start=row["planned_start"],
                planned_end=row["planned_end"],
                actual_start=row["actual_start"],
                actual_end=row["actual_end"],
                skipped=bool(row["skipped"]),
                spent_seconds=row["spent_seconds"],
            )
            for row in rows
        ]

    # -------------------------------------------------------------- outcome

    def save_outcome(self, session_id: str, outcome: Outcome) -> Outcome:
        """Save the part-3 record while it is still open (before :meth:`finish`)."""
        with self.atomic() as db:
            if self._status(session_id) is SessionStatus.FINISHED or self._locked(session_id):
                raise OutcomeLockedError(
                    "De opbrengst van deze sessie is vastgelegd. Leg een wijziging vast als correctie."
                )
            columns = self._outcome_columns(outcome)
            columns["updated_at"] = now_iso()
            if self.row("SELECT 1 AS x FROM outcomes WHERE session_id = ?", (session_id,)):
                db.table("outcomes").update(session_id, columns)
            else:
                db.table("outcomes").insert({"session_id": session_id, **columns, "locked_at": ""})
        found = self.outcome(session_id)
        assert found is not None
        return found

    def outcome(self, session_id: str) -> Outcome | None:
        row = self.row("SELECT * FROM outcomes WHERE session_id = ?", (session_id,))
        return None if row is None else _outcome_from_row(row)

    def finish(self, session_id: str) -> Session:
        """Lock the outcome and mark the session finished.

        Refuses with :class:`OutcomeIncompleteError` (listing the Dutch labels
        of what is missing) while a required part of the record is empty.
        """
        with self.atomic() as db:
            if self._status(session_id) is SessionStatus.FINISHED:
                raise SessionStateError("Deze sessie is al afgerond.")
            missing = missing_fields(self.outcome(session_id))
            if missing:
                raise OutcomeIncompleteError(missing)
            now = now_iso()
            db.table("outcomes").update(session_id, {"locked_at": now, "updated_at": now})
            db.table("sessions").update(
                session_id,
                {"status": SessionStatus.FINISHED.value, "finished_at": now, "updated_at": now},
            )
        return self.get(session_id)

    def amend(self, session_id: str, field: str, new_value: OutcomeValue, reason: str) -> Amendment:
        """Correct one field of a locked outcome; the old value stays in :meth:`amendments`.

        ``field`` is one of ``AMENDABLE_FIELDS`` (an Outcome field name);
        ``new_value`` has that field's type. ValueError for an unknown field
        or a value of the wrong type (a programming error).
        """
        if field not in AMENDABLE_FIELDS:
            raise ValueError(f"{field!r} cannot be amended")
        value = _clean_outcome_value(field, check_outcome_value(field, new_value))
        why = " ".join(reason.split())
        check_field("amendment", "reason", why, {Problem.MISSING: "Geef bij een correctie kort de reden op."})
        if isinstance(value, str):
            check_field("outcome", field, value)
        amendment_id = new_id()
        with self.atomic() as db:
            current = self.outcome(session_id)
            if current is None or not current.locked:
                self._session_row(session_id)
                raise SessionStateError(
                    "De opbrengst is nog niet vastgelegd; pas haar gewoon aan in plaats van een correctie."
                )
            old = check_outcome_value(field, getattr(current, field))
            if old == value:
                raise InvalidInputError(
                    "De nieuwe waarde is gelijk aan de huidige; er is niets gecorrigeerd."
                )
            now = now_iso()
            db.table("amendments").insert(
                {
                    "id": amendment_id,
                    "session_id": session_id,
                    "field": field,
                    "old": dumps(outcome_value_to_json(field, old)),
                    "new": dumps(outcome_value_to_json(field, value)),
                    "reason": why,
                    "at": now,
                }
            )
            updates: dict[str, Any] = {field: _column_value(field, value), "updated_at": now}
            if field == "scenario_id":
                updates["scenario_name"] = self._scenario_name(str(value))
            db.table("outcomes").update(session_id, updates)
        return next(a for a in self.amendments(session_id) if a.id == amendment_id)

    def amendments(self, session_id: str) -> list[Amendment]:
        """The corrections of the session's outcome, oldest first."""
        rows = self.rows("SELECT * FROM amendments WHERE session_id = ? ORDER BY at, rowid", (session_id,))
        return [
            Amendment(
                session_id=row["session_id"],
                field=row["field"],
                old=outcome_value_from_json(row["field"], json.loads(row["old"])),
                new=outcome_value_from_json(row["field"], json.loads(row["new"])),
                reason=row["reason"],
                at=row["at"],
                id=row["id"],
            )
            for row in rows
        ]

    def amend_inspiration_cards(self, session_id: str, card_ids: Sequence[str], reason: str) -> Amendment:
        """Correct the inspiration cards of a locked outcome (old and new kept as lists of card ids).

        Repeats are dropped; an id that is no card (any more) is refused, so the
        record never names a card it cannot show.
        """
        chosen = tuple(dict.fromkeys(str(card_id) for card_id in card_ids if str(card_id).strip()))
        unknown = [card_id for card_id in chosen if card_id not in self.card_titles(chosen)]
        if unknown:
            raise InvalidInputError(
                "Een van de gekozen inspiratiekaarten bestaat niet meer. "
                "Sluit het venster en probeer het opnieuw."
            )
        return self.amend(session_id, "inspiration_card_ids", chosen, reason)

    def card_titles(self, card_ids: Sequence[str]) -> dict[str, str]:
        """``{card id: title}`` of the cards that exist among ``card_ids``."""
        wanted = list(dict.fromkeys(card_ids))
        titles: dict[str, str] = {}
        for start in range(0, len(wanted), 500):  # within SQLite's parameter limit
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.rows(f"SELECT id, title FROM cards WHERE id IN ({marks})", tuple(chunk)):
                titles[str(row["id"])] = str(row["title"])
        return titles

    def previous_outcome(self, school_id: str, before_date: str) -> Outcome | None:
        """The locked outcome of the school's latest finished session before ``before_date``."""
        row = self.row(
            """SELECT outcomes.* FROM outcomes JOIN sessions ON sessions.id = outcomes.session_id
               WHERE sessions.school_id = ? AND sessions.date < ? AND outcomes.locked_at != ''
               ORDER BY sessions.date DESC, sessions.planned_start DESC, sessions.created_at DESC
               LIMIT 1""",
            (school_id, before_date),
        )
        return None if row is None else _outcome_from_row(row)

    # ------------------------------------------------------------ follow-up

    def save_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Keep how the previous first step went, for ``follow_up.session_id`` (one answer per session).

        Asked when the session opens, so it can be given or changed until the
        session is finished. A status or some words are needed.
        """
        status = FollowUpStatus(follow_up.status)
        text = unicodedata.normalize("NFC", follow_up.text).strip()
        if status is FollowUpStatus.OTHER and not text:
            raise InvalidInputError("Kies hoe het ging of schrijf in een paar woorden op wat er gebeurde.")
        check_field(
            "follow_up",
            "text",
            text,
            {Problem.TOO_LONG: f"Een antwoord mag hoogstens {MAX_NOTE_LENGTH} tekens lang zijn."},
        )
        if not follow_up.previous_session_id.strip():
            raise ValueError("a follow-up answers a previous session")
        now = now_iso()
        with self.atomic() as db:
            self._require_open(follow_up.session_id)
            first_step, previous_date = follow_up.first_step, follow_up.previous_date
            previous = self.row(
                "SELECT s.date, coalesce(o.first_step, '') AS first_step FROM sessions s "
                "LEFT JOIN outcomes o ON o.session_id = s.id WHERE s.id = ?",
                (follow_up.previous_session_id,),
            )
            if previous is not None:  # the copies are of what was asked
                first_step = first_step or previous["first_step"]
                previous_date = previous_date or previous["date"]
            columns = {
                "previous_session_id": follow_up.previous_session_id,
                "previous_date": previous_date,
                "first_step": unicodedata.normalize("NFC", first_step).strip(),
                "status": status.value,
                "text": text,
                "updated_at": now,
            }
            # Update or insert, never INSERT OR REPLACE: the search index's triggers must fire.
            if self.row("SELECT 1 AS x FROM followups WHERE session_id = ?", (follow_up.session_id,)):
                db.table("followups").update(follow_up.session_id, columns)
            else:
                db.table("followups").insert(
                    {"session_id": follow_up.session_id, **columns, "answered_at": now}
                )
        found = self.follow_up(follow_up.session_id)
        assert found is not None
        return found

    def follow_up(self, session_id: str) -> FollowUp | None:
        """The answer given at this session about the previous session's first step, if any."""
        row = self.row("SELECT * FROM followups WHERE session_id = ?", (session_id,))
        return None if row is None else follow_up_from_row(row)

    # --------------------------------------------------------------- search

    def search(
        self,
        query: str,
        school_id: str | None = None,
        theme_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        *,
        limit: int = 200,
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """The first page of :meth:`SearchRepository.page` (store/search.py says how it ranks)."""
        return self._search.page(
            query, school_id, theme_id, date_from, date_to, limit=limit, marks=marks
        ).hits

    def rebuild_search_index(self) -> None:
        self._search.rebuild()

    def search_indexes(self) -> list[str]:
        return self._search.indexes()

    # -------------------------------------------------------------- helpers

    def _session_row(self, session_id: str) -> dict[str, Any]:
        row = self.row("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            raise NotFoundError("Deze sessie bestaat niet (meer).")
        return row

    def _status(self, session_id: str) -> SessionStatus:
        return SessionStatus(self._session_row(session_id)["status"])

    def _require_open(self, session_id: str) -> None:
        if self._status(session_id) is SessionStatus.FINISHED:
            raise SessionStateError(
                "Deze sessie is afgerond; de notities liggen vast. "
                "Leg een wijziging vast als correctie op de opbrengst."
            )

    def _locked(self, session_id: str) -> bool:
        return bool(
            self.row("SELECT 1 AS x FROM outcomes WHERE session_id = ? AND locked_at != ''", (session_id,))
        )

    def _require_school(self, school_id: str) -> None:
        if not self.row("SELECT 1 AS x FROM schools WHERE id = ?", (school_id,)):
            raise NotFoundError("Deze school bestaat niet (meer).")

    def _clean_plan(self, session: Session) -> Session:
        script = session.script
        theme_id = session.theme_id or None
        if theme_id is not None and script is None:
            script = ThemeRepository(self.db, self.path).get(theme_id)
            theme_id = script.id
        elif theme_id is not None:
            found = self.row("SELECT id FROM themes WHERE id = ? OR key = ?", (theme_id, theme_id))
            if found is None:
                raise NotFoundError(f"Thema '{theme_id}' bestaat niet. Bekijk de thema's met 'themes list'.")
            theme_id = str(found["id"])
        title = " ".join(session.title.split()) or (script.title if script else "")
        # The rules an imported session is checked by (core/validation.py), in this form's words.
        check_field("session", "title", title, _TITLE_MESSAGES)
        check_field("session", "date", session.date, {Problem.NOT_DATE: _NOT_A_DATE.format(session.date)})
        check_field(
            "session",
            "planned_start",
            session.planned_start,
            {Problem.NOT_TIME: _NOT_A_TIME.format(session.planned_start)},
        )
        check_field("session", "facilitator", session.facilitator)
        for person in session.participants:
            check_field("participant", "name", person.name or "-")  # a blank name is left out below
            check_field("participant", "role", person.role)
        day = parse_iso_date(session.date.strip()).isoformat()
        hours, minutes = parse_clock_time(session.planned_start)
        optional = {part.number for part in script.parts if part.optional} if script else set()
        wrong = sorted(set(session.included_optional_parts) - optional)
        if wrong:
            raise InvalidInputError(
                "Deel " + ", ".join(str(n) for n in wrong) + " is geen optioneel deel van dit script."
            )
        participants = tuple(
            Participant(name=_clean_line(p.name), role=_clean_line(p.role), id=p.id)
            for p in session.participants
            if p.name.strip()
        )
        return replace(
            session,
            title=title,
            date=day,
            planned_start=f"{hours:02d}:{minutes:02d}",
            theme_id=theme_id,
            facilitator=_clean_line(session.facilitator),
            participants=participants,
            included_optional_parts=frozenset(session.included_optional_parts),
            script=script,
        )

    @staticmethod
    def _plan_columns(session: Session) -> dict[str, Any]:
        return {
            "school_id": session.school_id,
            "theme_id": session.theme_id,
            "title": session.title,
            "date": session.date,
            "planned_start": session.planned_start,
            "facilitator": session.facilitator,
            "included_optional_parts": dumps(sorted(session.included_optional_parts)),
            "script": None if session.script is None else dumps(theme_to_dict(session.script)),
        }

    @staticmethod
    def _write_participants(db: Database, session_id: str, participants: Sequence[Participant]) -> None:
        db.execute("DELETE FROM participants WHERE session_id = ?", [session_id])
        db.table("participants").insert_all(
            {
                "id": p.id or new_id(),
                "session_id": session_id,
                "position": position,
                "name": p.name,
                "role": p.role,
            }
            for position, p in enumerate(participants)
        )

    def _build(self, row: dict[str, Any]) -> Session:
        participants = tuple(
            Participant(name=p["name"], role=p["role"], id=p["id"])
            for p in self.rows(
                "SELECT * FROM participants WHERE session_id = ? ORDER BY position", (row["id"],)
            )
        )
        script = None if row["script"] is None else theme_from_dict(json.loads(row["script"]))
        return Session(
            school_id=row["school_id"],
            title=row["title"],
            date=row["date"],
            planned_start=row["planned_start"],
            theme_id=row["theme_id"],
            facilitator=row["facilitator"],
            participants=participants,
            included_optional_parts=frozenset(int(n) for n in json.loads(row["included_optional_parts"])),
            status=SessionStatus(row["status"]),
            script=script,
            id=row["id"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            started_at=row["started_at"],
            finished_at=row["finished_at"],
        )

    def _next_position(self, session_id: str, timebox_index: int | None, exclude: str = "") -> int:
        row = self.row(
            "SELECT coalesce(max(position) + 1, 0) AS next FROM notes "
            "WHERE session_id = ? AND timebox_index IS ? AND id != ?",
            (session_id, timebox_index, exclude),
        )
        assert row is not None
        return int(row["next"])

    @staticmethod
    def _close_gap(db: Database, note: Note) -> None:
        db.execute(
            "UPDATE notes SET position = position - 1 "
            "WHERE session_id = ? AND timebox_index IS ? AND position > ? AND id != ?",
            [note.session_id, note.timebox_index, note.position, note.id],
        )

    @staticmethod
    def _open_gap(db: Database, session_id: str, timebox_index: int | None, position: int) -> None:
        db.execute(
            "UPDATE notes SET position = position + 1 "
            "WHERE session_id = ? AND timebox_index IS ? AND position >= ?",
            [session_id, timebox_index, position],
        )

    def _outcome_columns(self, outcome: Outcome) -> dict[str, Any]:
        columns: dict[str, Any] = {}
        for field in AMENDABLE_FIELDS:
            value = _clean_outcome_value(field, check_outcome_value(field, getattr(outcome, field)))
            if isinstance(value, str):
                check_field("outcome", field, value)
            columns[field] = _column_value(field, value)
        if columns["scenario_id"]:
            columns["scenario_name"] = self._scenario_name(columns["scenario_id"]) or columns["scenario_name"]
        return columns

    def _scenario_name(self, scenario_id: str) -> str:
        row = self.row("SELECT name FROM scenarios WHERE id = ?", (scenario_id,))
        return "" if row is None else str(row["name"])


# ------------------------------------------------------------------ helpers


_TITLE_MESSAGES = {
    Problem.MISSING: "Een sessie heeft een titel nodig.",
    Problem.TOO_LONG: f"Een sessietitel mag hoogstens {MAX_TITLE_LENGTH} tekens lang zijn.",
}
_NOT_A_DATE = "'{}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-14."
_NOT_A_TIME = "'{}' is geen tijd. Schrijf de begintijd als UU:MM, bijvoorbeeld 13:30."
_NOTE_MESSAGES = {
    Problem.MISSING: "Een lege notitie wordt niet bewaard.",
    Problem.TOO_LONG: f"Een notitie mag hoogstens {MAX_NOTE_LENGTH} tekens lang zijn.",
}


def _clean_note_text(text: str) -> str:
    cleaned = unicodedata.normalize("NFC", text).strip()
    check_field("note", "text", cleaned, _NOTE_MESSAGES)
    return cleaned


def _clean_author(text: str) -> str:
    cleaned = _clean_line(text)
    check_field("note", "participant", cleaned)
    return cleaned


def _clean_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _clean_outcome_value(field: str, value: OutcomeValue) -> OutcomeValue:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    if field in ITEM_FIELDS:
        return tuple(
            OutcomeItem(unicodedata.normalize("NFC", item.text).strip(), item.note_id)
            for item in value
            if isinstance(item, OutcomeItem) and item.text.strip()
        )
    return tuple(str(item) for item in value if str(item).strip())


def _column_value(field: str, value: OutcomeValue) -> str:
    if isinstance(value, str):
        return value
    return dumps(outcome_value_to_json(field, value))


def _note_from_row(row: dict[str, Any]) -> Note:
    return Note(
        session_id=row["session_id"],
        category=NoteCategory(row["category"]),
        text=row["text"],
        timebox_index=row["timebox_index"],
        participant=row["participant"],
        position=row["position"],
        id=row["id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def follow_up_from_row(row: dict[str, Any], prefix: str = "") -> FollowUp:
    """A ``followups`` row as a FollowUp; ``prefix`` is how a join named its columns (``f_status``)."""
    return FollowUp(
        session_id=row["session_id"],
        previous_session_id=row[f"{prefix}previous_session_id"],
        status=FollowUpStatus(row[f"{prefix}status"]),
        text=row[f"{prefix}text"],
        first_step=row[f"{prefix}first_step"],
        previous_date=row[f"{prefix}previous_date"],
        answered_at=row[f"{prefix}answered_at"],
        updated_at=row[f"{prefix}updated_at"],
    )


def _outcome_from_row(row: dict[str, Any]) -> Outcome:
    return Outcome(
        scenario_id=row["scenario_id"],
        scenario_name=row["scenario_name"],
        rationale=row["rationale"],
        first_step=row["first_step"],
        first_step_owner=row["first_step_owner"],
        first_step_due=row["first_step_due"],
        development_points=items_from_json(json.loads(row["development_points"])),
        strengths_used=items_from_json(json.loads(row["strengths_used"])),
        insights_used=items_from_json(json.loads(row["insights_used"])),
        support_needed=row["support_needed"],
        inspiration_card_ids=loads_list(row["inspiration_card_ids"]),
        session_id=row["session_id"],
        locked_at=row["locked_at"],
        updated_at=row["updated_at"],
    )
