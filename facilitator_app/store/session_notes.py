"""The notes taken while a session runs, and the draft of the one being typed.

Every note is written the moment it is taken, each write in its own transaction, so a crash loses at most
the note still being typed -- and that one is kept as a draft. Notes are fixed once the session is finished
(``core/lifecycle.py``).
"""

from __future__ import annotations

import unicodedata

from sqlite_utils import Database

from ..core.planning import one_line
from ..core.problems import ErrorCode
from ..core.sessions import Draft, Note, NoteCategory
from ..core.validation import Problem
from .base import new_id, now_iso
from .checks import check_field
from .errors import NotFoundError
from .session_base import MAX_NOTE_LENGTH, SessionBase, note_from_row

_NOTE_MESSAGES = {
    Problem.MISSING: "Een lege notitie wordt niet bewaard.",
    Problem.TOO_LONG: f"Een notitie mag hoogstens {MAX_NOTE_LENGTH} tekens lang zijn.",
}


class SessionNotes(SessionBase):
    """The notes part of :class:`~.sessions.SessionRepository`."""

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
            raise NotFoundError(code=ErrorCode.NOTE_GONE)
        return note_from_row(row)

    def notes(self, session_id: str) -> list[Note]:
        """All notes of the session in script order (session-wide notes first)."""
        rows = self.rows(
            "SELECT * FROM notes WHERE session_id = ? "
            "ORDER BY timebox_index IS NOT NULL, timebox_index, position",
            (session_id,),
        )
        return [note_from_row(row) for row in rows]

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

    # -------------------------------------------------------------- helpers

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


def _clean_note_text(text: str) -> str:
    cleaned = unicodedata.normalize("NFC", text).strip()
    check_field("note", "text", cleaned, _NOTE_MESSAGES)
    return cleaned


def _clean_author(text: str) -> str:
    cleaned = one_line(text)
    check_field("note", "participant", cleaned)
    return cleaned
