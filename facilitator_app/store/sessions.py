"""Sessions: the plan, its lifecycle (planned → running → finished) and the clock kept while running.

One repository over the session tables, built from parts with one job each: this module (plan, lifecycle,
clock), ``session_notes.py`` (notes and drafts), ``outcomes.py`` (the locked record, corrections,
follow-ups), on ``session_base.py``. The rules are pure functions in core: plan checks in
``core/planning.py``, the lifecycle in ``core/lifecycle.py``. Each write loads, asks the rule, and saves in
one ``atomic()``.

The clock's state is saved alongside, so the app can resume a running session after a restart
(:meth:`SessionRepository.unfinished`). Full-text search lives in ``store/search.py`` (its FTS5 indexes
are kept in step by triggers, including for rows erased by ``ON DELETE CASCADE``); the Store hands it in
for the ``search`` shortcuts here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from ..core.lifecycle import check_plan_change, check_plan_editable, started, with_script_to_copy
from ..core.models import Participant, Theme
from ..core.planning import clean_plan, plan_problems
from ..core.problems import ErrorCode
from ..core.sessions import SearchHit, Session, SessionStatus, TimeboxRun, theme_to_dict
from ..core.validation import Invalid, Problem, record_problems
from .base import dumps, new_id, now_iso
from .checks import raise_invalid
from .damaged import damaged_ids
from .errors import NotFoundError
from .outcomes import SessionOutcomes
from .session_base import (
    MAX_NOTE_LENGTH,
    MAX_TITLE_LENGTH,
    OutcomeIncompleteError,
    OutcomeLockedError,
    SessionStateError,
    lifecycle_refusals,
)
from .session_notes import SessionNotes

__all__ = [  # what callers import from here
    "MAX_NOTE_LENGTH",
    "MAX_TITLE_LENGTH",
    "OutcomeIncompleteError",
    "OutcomeLockedError",
    "SessionRepository",
    "SessionStateError",
]


class ThemeSource(Protocol):
    """Where a plan's theme is copied from (the Store's theme repository)."""

    def get(self, id_or_key: str) -> Theme: ...


class _Hits(Protocol):
    @property
    def hits(self) -> list[SearchHit]: ...


class SearchSource(Protocol):
    """The search behind :meth:`SessionRepository.search` (the Store's search repository)."""

    def page(
        self,
        query: str,
        school_id: str | None = ...,
        theme_id: str | None = ...,
        date_from: str | None = ...,
        date_to: str | None = ...,
        *,
        limit: int = ...,
        marks: tuple[str, str] = ...,
    ) -> _Hits: ...

    def rebuild(self) -> None: ...

    def indexes(self) -> list[str]: ...


class SessionRepository(SessionNotes, SessionOutcomes):
    def __init__(self, db: Database, path: Path | None, *, themes: ThemeSource, search: SearchSource) -> None:
        super().__init__(db, path)
        self._themes = themes
        self._search = search

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

        Pass ``script=None`` with a new ``theme_id`` to copy the new theme. What may change in which
        state is :func:`~facilitator_app.core.lifecycle.check_plan_change`.
        """
        with self.atomic() as db:
            current = self._build(self._session_row(session.id))
            with lifecycle_refusals():
                check_plan_editable(current.status)
            cleaned = self._clean_plan(with_script_to_copy(current, session))
            with lifecycle_refusals():
                check_plan_change(current, cleaned)
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
            with lifecycle_refusals():
                new_status = started(status)
            if new_status is not status:
                now = now_iso()
                db.table("sessions").update(
                    session_id, {"status": new_status.value, "started_at": now, "updated_at": now}
                )
        return self.get(session_id)

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

    def _require_school(self, school_id: str) -> None:
        if not self.row("SELECT 1 AS x FROM schools WHERE id = ?", (school_id,)):
            raise NotFoundError(code=ErrorCode.SCHOOL_GONE)

    def _clean_plan(self, session: Session) -> Session:
        """The plan's script copied or its theme found, checked (core/planning.py) and cleaned."""
        script = session.script
        theme_id = session.theme_id or None
        if theme_id is not None and script is None:
            script = self._themes.get(theme_id)
            theme_id = script.id
        elif theme_id is not None:
            found = self.row("SELECT id FROM themes WHERE id = ? OR key = ?", (theme_id, theme_id))
            if found is None:
                raise NotFoundError(f"Thema '{theme_id}' bestaat niet. Bekijk de thema's met 'themes list'.")
            theme_id = str(found["id"])
        problems = plan_problems(session, script)
        if problems:
            raise_invalid(problems[0], _plan_message(problems[0]))
        return clean_plan(replace(session, theme_id=theme_id), script)

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


def _plan_message(invalid: Invalid) -> str | None:
    """The plan form's own words for some problems; None: the general wording of ``store/checks.py``."""
    if invalid.field == "title":
        return {
            Problem.MISSING: "Een sessie heeft een titel nodig.",
            Problem.TOO_LONG: f"Een sessietitel mag hoogstens {MAX_TITLE_LENGTH} tekens lang zijn.",
        }.get(invalid.problem)
    if invalid.field == "date" and invalid.problem is Problem.NOT_DATE:
        return f"'{invalid.value}' is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-14."
    if invalid.field == "planned_start" and invalid.problem is Problem.NOT_TIME:
        return f"'{invalid.value}' is geen tijd. Schrijf de begintijd als UU:MM, bijvoorbeeld 13:30."
    if invalid.field == "included_optional_parts" and isinstance(invalid.value, list):
        return (
            "Deel " + ", ".join(str(n) for n in invalid.value) + " is geen optioneel deel van dit draaiboek."
        )
    return None
