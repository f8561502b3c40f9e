"""The archive: finished sessions read back across schools.

Read-only queries for the history of one school, the partnership overview,
the session list and everything the post-session record needs. Each is one
or two indexed queries, so opening a school's history stays fast in an
archive of thousands of sessions (see ``benchmarks/bench_archive.py``).

The Store hands in the repositories a record is read from (schools, sessions,
scenario maps); this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database

from ..core.history import (
    FirstStepFollowUp,
    HistoryEntry,
    OverviewRow,
    RecordData,
    earlier_positions,
    first_step_follow_up,
    overview_rows,
    scenario_history,
)
from ..core.models import FollowUp, ScenarioMap, School
from ..core.sessions import Amendment, Note, Outcome, Session, SessionStatus, TimeboxRun
from .base import Repository, like_pattern
from .damaged import HISTORY_FIELDS, damaged_ids, refuse_damaged
from .errors import InvalidInputError, NotFoundError
from .session_base import follow_up_from_row

# A session id typed on the command line may be shortened to this many characters.
MIN_ID_PREFIX = 4

_HISTORY_SQL = """
    SELECT s.id AS session_id, s.school_id, s.date, s.title, s.status,
           coalesce(t.key, iif(json_valid(s.script), json_extract(s.script, '$.key'), NULL), '') AS theme_key,
           coalesce(t.title, iif(json_valid(s.script), json_extract(s.script, '$.title'), NULL), '') AS theme_title,
           coalesce(o.scenario_id, '') AS scenario_id,
           coalesce(o.scenario_name, '') AS scenario_name,
           coalesce(o.first_step, '') AS first_step,
           coalesce(o.first_step_owner, '') AS first_step_owner,
           coalesce(o.first_step_due, '') AS first_step_due,
           coalesce(o.locked_at, '') AS locked_at,
           sc.key AS scenario_key, sc.position AS scenario_index,
           (SELECT count(*) FROM scenarios x WHERE x.map_id = sc.map_id) AS scenario_count,
           f.previous_session_id AS f_previous_session_id, f.previous_date AS f_previous_date,
           f.first_step AS f_first_step, f.status AS f_status, f.text AS f_text,
           f.answered_at AS f_answered_at, f.updated_at AS f_updated_at
    FROM sessions s
    LEFT JOIN outcomes o ON o.session_id = s.id
    LEFT JOIN followups f ON f.session_id = s.id
    LEFT JOIN themes t ON t.id = s.theme_id
    LEFT JOIN scenarios sc ON sc.id = o.scenario_id
"""


@dataclass(frozen=True)
class SessionSummary:
    """A line of the session list."""

    id: str
    school_id: str
    school_name: str
    title: str
    date: str
    planned_start: str
    status: SessionStatus
    theme_key: str
    scenario_name: str
    note_count: int
    participant_count: int


_STATUSES = {status.value for status in SessionStatus}


class SchoolSource(Protocol):
    def get(self, school_id: str) -> School: ...
    def all(self) -> list[School]: ...


class SessionSource(Protocol):
    def get(self, session_id: str) -> Session: ...
    def outcome(self, session_id: str) -> Outcome | None: ...
    def amendments(self, session_id: str) -> list[Amendment]: ...
    def notes(self, session_id: str) -> list[Note]: ...
    def timebox_runs(self, session_id: str) -> list[TimeboxRun]: ...
    def card_titles(self, card_ids: Sequence[str]) -> dict[str, str]: ...
    def follow_up(self, session_id: str) -> FollowUp | None: ...


class ScenarioMapSource(Protocol):
    def get(self, map_id: str) -> ScenarioMap: ...


class ArchiveRepository(Repository):
    def __init__(
        self,
        db: Database,
        path: Path | None,
        *,
        schools: SchoolSource,
        sessions: SessionSource,
        scenario_maps: ScenarioMapSource,
    ) -> None:
        super().__init__(db, path)
        self._schools = schools
        self._sessions = sessions
        self._maps = scenario_maps

    # ------------------------------------------------------------- history

    def school_history(self, school_id: str) -> list[HistoryEntry]:
        """Every session of the school, oldest first, with its placement and first step.

        Unfinished sessions are included with ``finished=False``; pass the
        result through :func:`~facilitator_app.core.history.scenario_history`
        for the placements only.
        """
        rows = self.rows(
            _HISTORY_SQL + " WHERE s.school_id = ? ORDER BY s.date, s.planned_start, s.created_at",
            (school_id,),
        )
        if not rows:
            self._schools.get(school_id)  # NotFoundError for an unknown school
        return [_entry(row) for row in self._sound(rows)]

    def scenario_history(self, school_id: str) -> list[HistoryEntry]:
        """Only the placements of finished sessions, oldest first."""
        return scenario_history(self.school_history(school_id))

    def follow_up(self, school_id: str, before_date: str) -> FirstStepFollowUp | None:
        """The first step agreed at the school's latest finished session before ``before_date``."""
        return first_step_follow_up(self.school_history(school_id), before_date)

    def overview(self, school_ids: Sequence[str] | None = None) -> list[OverviewRow]:
        """The partnership overview: per school and theme, every placement, oldest first.

        ``school_ids`` limits it to a selection; by default every school that
        is not archived and not the example school.
        """
        schools = self._schools.all()
        if school_ids is None:
            chosen = [s for s in schools if not s.archived and not s.is_example]
        else:
            wanted = set(school_ids)
            chosen = [s for s in schools if s.id in wanted]
            if len(chosen) != len(wanted):
                raise NotFoundError("Een van de gekozen scholen bestaat niet (meer).")
        ids = [s.id for s in chosen]
        entries: list[HistoryEntry] = []
        # Chunked, so a selection never exceeds SQLite's parameter limit.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self.rows(
                _HISTORY_SQL + f" WHERE s.school_id IN ({marks}) AND o.locked_at != ''", tuple(chunk)
            )
            entries.extend(_entry(row) for row in self._sound(rows))
        return overview_rows(chosen, entries)

    def _sound(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """History rows without the damaged sessions (:func:`damaged_sessions` names them)."""
        damaged = damaged_ids(self, [row["session_id"] for row in rows], HISTORY_FIELDS)
        return [row for row in rows if row["session_id"] not in damaged]

    # ------------------------------------------------------------ sessions

    def sessions(self, school_id: str | None = None) -> list[SessionSummary]:
        """The session list, newest first, optionally for one school."""
        where = "WHERE s.school_id = ?" if school_id else ""
        params: tuple[Any, ...] = (school_id,) if school_id else ()
        rows = self.rows(
            f"""SELECT s.id, s.school_id, sch.name AS school_name, s.title, s.date, s.planned_start,
                       s.status, coalesce(t.key, iif(json_valid(s.script), json_extract(s.script, '$.key'), NULL), '') AS theme_key,
                       coalesce(o.scenario_name, '') AS scenario_name,
                       (SELECT count(*) FROM notes n WHERE n.session_id = s.id) AS note_count,
                       (SELECT count(*) FROM participants p WHERE p.session_id = s.id)
                           AS participant_count
                FROM sessions s
                JOIN schools sch ON sch.id = s.school_id
                LEFT JOIN outcomes o ON o.session_id = s.id
                LEFT JOIN themes t ON t.id = s.theme_id
                {where}
                ORDER BY s.date DESC, s.planned_start DESC, sch.name COLLATE NOCASE, s.created_at DESC""",
            params,
        )
        return [
            SessionSummary(
                id=row["id"],
                school_id=row["school_id"],
                school_name=row["school_name"],
                title=row["title"],
                date=row["date"],
                planned_start=row["planned_start"],
                # A damaged row may hold any status; it is marked, not read.
                status=SessionStatus(row["status"]) if row["status"] in _STATUSES else SessionStatus.PLANNED,
                theme_key=row["theme_key"],
                scenario_name=row["scenario_name"],
                note_count=int(row["note_count"]),
                participant_count=int(row["participant_count"]),
            )
            for row in rows
        ]

    def find_session(self, text: str) -> str:
        """The id of the session ``text`` names: its full id or a unique start of it."""
        wanted = text.strip().lower()
        if len(wanted) < MIN_ID_PREFIX:
            raise InvalidInputError(
                f"Geef minstens {MIN_ID_PREFIX} tekens van het sessienummer; "
                "zie 'sessions list' voor de nummers."
            )
        rows = self.rows(
            "SELECT id FROM sessions WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 2",
            (wanted, like_pattern(wanted, prefix=True)),
        )
        exact = [row for row in rows if row["id"] == wanted]
        if exact:
            return str(exact[0]["id"])
        if not rows:
            raise NotFoundError(f"Er is geen sessie met nummer '{text}'. Zie 'sessions list'.")
        if len(rows) > 1:
            raise InvalidInputError(f"'{text}' past bij meer dan één sessie; geef meer tekens.")
        return str(rows[0]["id"])

    # -------------------------------------------------------------- record

    def scenario_map_for(self, scenario_id: str) -> ScenarioMap | None:
        """The map that holds ``scenario_id``, else the first map (or None if there is none)."""
        maps = self._maps
        if scenario_id:
            row = self.row("SELECT map_id FROM scenarios WHERE id = ?", (scenario_id,))
            if row is not None:
                return maps.get(str(row["map_id"]))
        first = self.row("SELECT id FROM scenario_maps ORDER BY title COLLATE NOCASE LIMIT 1")
        return None if first is None else maps.get(str(first["id"]))

    def record_data(self, session_id: str) -> RecordData:
        """Everything :func:`facilitator_app.pdf.render_record` needs for one session.

        DamagedSessionError (Dutch) for a session whose stored values break the rules.
        """
        refuse_damaged(self, session_id)
        sessions = self._sessions
        session = sessions.get(session_id)
        outcome = sessions.outcome(session_id)
        school = self._schools.get(session.school_id)
        history = self.school_history(session.school_id)
        theme_key = next((e.theme_key for e in history if e.session_id == session_id), None)
        amendments = tuple(sessions.amendments(session_id))
        card_ids = list(outcome.inspiration_card_ids if outcome else ())
        for amendment in amendments:
            if amendment.field == "inspiration_card_ids":
                card_ids += [str(v) for v in (*amendment.old, *amendment.new)]
        return RecordData(
            session=session,
            outcome=outcome,
            notes=tuple(sessions.notes(session_id)),
            runs=tuple(sessions.timebox_runs(session_id)),
            scenario_map=self.scenario_map_for(outcome.scenario_id if outcome else ""),
            school=school,
            earlier=tuple(earlier_positions(history, session_id, session.date, theme_key)),
            amendments=amendments,
            card_titles=tuple(sessions.card_titles(card_ids).items()),
            follow_up=sessions.follow_up(session_id),
        )


def _entry(row: dict[str, Any]) -> HistoryEntry:
    index = row["scenario_index"]
    return HistoryEntry(
        date=row["date"],
        session_id=row["session_id"],
        school_id=row["school_id"],
        session_title=row["title"],
        theme_key=row["theme_key"] or "",
        theme_title=row["theme_title"] or "",
        scenario_id=row["scenario_id"],
        scenario_key=row["scenario_key"] or "",
        scenario_name=row["scenario_name"],
        scenario_index=None if index is None else int(index),
        scenario_count=int(row["scenario_count"] or 0),
        first_step=row["first_step"],
        first_step_owner=row["first_step_owner"],
        first_step_due=row["first_step_due"],
        finished=bool(row["locked_at"]),
        follow_up=_follow_up(row),
    )


def _follow_up(row: dict[str, Any]) -> FollowUp | None:
    return None if row["f_previous_session_id"] is None else follow_up_from_row(row, "f_")
