"""The record of a session: the part-3 outcome, locked at finishing, corrected by dated amendments; and the
follow-up answer about the previous session's first step.

When each may change is ``core/lifecycle.py``; what must be filled before finishing is
``core/sessions.missing_fields``.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any

from ..core.lifecycle import amendment_value, check_amendment, check_can_finish, check_outcome_editable
from ..core.models import FollowUp, FollowUpStatus
from ..core.problems import ErrorCode
from ..core.sessions import (
    AMENDABLE_FIELDS,
    Amendment,
    Outcome,
    OutcomeValue,
    Session,
    SessionStatus,
    check_outcome_value,
    clean_outcome_value,
    missing_fields,
    outcome_value_from_json,
    outcome_value_to_json,
)
from ..core.validation import Problem
from .base import dumps, new_id, now_iso
from .checks import check_field
from .errors import InvalidInputError
from .session_base import (
    MAX_NOTE_LENGTH,
    OutcomeIncompleteError,
    SessionBase,
    column_value,
    follow_up_from_row,
    lifecycle_refusals,
    outcome_from_row,
)


class SessionOutcomes(SessionBase):
    """The outcome part of :class:`~.sessions.SessionRepository`."""

    def save_outcome(self, session_id: str, outcome: Outcome) -> Outcome:
        """Save the part-3 record while it is still open (before :meth:`finish`)."""
        with self.atomic() as db:
            with lifecycle_refusals():
                check_outcome_editable(self._status(session_id), self._locked(session_id))
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
        return None if row is None else outcome_from_row(row)

    def finish(self, session_id: str) -> Session:
        """Lock the outcome and mark the session finished.

        Refuses with :class:`OutcomeIncompleteError` (the codes of what is
        missing) while a required part of the record is empty.
        """
        with self.atomic() as db:
            with lifecycle_refusals():
                check_can_finish(self._status(session_id))
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
        value = amendment_value(field, new_value)
        why = " ".join(reason.split())
        check_field("amendment", "reason", why, {Problem.MISSING: "Geef bij een correctie kort de reden op."})
        if isinstance(value, str):
            check_field("outcome", field, value)
        amendment_id = new_id()
        with self.atomic() as db:
            current = self.outcome(session_id)
            if current is None:
                self._session_row(session_id)  # NotFoundError for an unknown session
            with lifecycle_refusals():
                old = check_amendment(current, field, value)
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
            updates: dict[str, Any] = {field: column_value(field, value), "updated_at": now}
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
            raise InvalidInputError(code=ErrorCode.INSPIRATION_CARD_GONE)
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
        return None if row is None else outcome_from_row(row)

    # ------------------------------------------------------------ follow-up

    def save_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """Keep how the previous first step went, for ``follow_up.session_id`` (one answer per session).

        Asked when the session opens, so it can be given or changed until the
        session is finished. A status or some words are needed.
        """
        status = FollowUpStatus(follow_up.status)
        text = unicodedata.normalize("NFC", follow_up.text).strip()
        if status is FollowUpStatus.OTHER and not text:
            raise InvalidInputError(code=ErrorCode.FOLLOW_UP_EMPTY)
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

    # -------------------------------------------------------------- helpers

    def _outcome_columns(self, outcome: Outcome) -> dict[str, Any]:
        columns: dict[str, Any] = {}
        for field in AMENDABLE_FIELDS:
            value = clean_outcome_value(field, check_outcome_value(field, getattr(outcome, field)))
            if isinstance(value, str):
                check_field("outcome", field, value)
            columns[field] = column_value(field, value)
        if columns["scenario_id"]:
            columns["scenario_name"] = self._scenario_name(columns["scenario_id"]) or columns["scenario_name"]
        return columns

    def _scenario_name(self, scenario_id: str) -> str:
        row = self.row("SELECT name FROM scenarios WHERE id = ?", (scenario_id,))
        return "" if row is None else str(row["name"])
