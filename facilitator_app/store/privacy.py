"""Notes name people: private files, finding a person, and erasing for good.

Files
    The database, its journals, backups and exports are the user's alone
    (0600 on POSIX): see :mod:`facilitator_app.privatefiles`, re-exported here.
Finding a person
    :func:`find_person` lists every place a name occurs in one database:
    participants, facilitators, notes (author and text), drafts, outcomes,
    follow-up answers, corrections, the school fields (contact, notes, vision,
    partnership) and the text of the kept original vision document.
Erasing
    :func:`erase_school` and :func:`erase_person` change the rows, rebuild the
    search indexes, ``VACUUM`` and truncate the WAL, so the text is gone from
    the ``.sqlite3`` and ``-wal`` files, not merely unlinked. A kept original
    vision document that names the person is dropped (a .docx or .pdf cannot
    be redacted faithfully); the editable vision text stays, with the name
    erased. The backups and other copies of the file are searched and erased
    by :mod:`.privacy_copies`.

Matching is by whole words, case-insensitive and after NFC normalisation,
so "Jan" matches "jan" and "Jan," but not "Janssen".
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.models import VisionFile
from ..core.names import name_pattern, name_words, nfc
from ..core.problems import ErrorCode
from ..core.vision_files import document_text
from ..privatefiles import not_private, write_private_bytes  # noqa: F401 (re-exported)
from .errors import InvalidInputError, NotFoundError
from .files import KIND_LABELS, FileKind, WrittenFile, count_files, files_written_for
from .settings import all_settings

if TYPE_CHECKING:
    from .store import Store

REMOVED = "[verwijderd]"


# ----------------------------------------------------------------- matching


def person_pattern(name: str) -> re.Pattern[str]:
    if len(" ".join(name_words(name))) < 2:
        raise InvalidInputError(code=ErrorCode.PERSON_NAME_TOO_SHORT)
    return name_pattern(name)


_nfc = nfc


@dataclass(frozen=True)
class PersonHit:
    """One place a name occurs. ``where`` is Dutch ("notitie", "deelnemer", ...)."""

    where: str
    table: str
    column: str
    row_key: str
    school: str
    session: str
    excerpt: str


@dataclass(frozen=True)
class CopyHit:
    """A file the app wrote beside the database (a backup, a copy put aside) that holds the name."""

    path: Path
    kind: FileKind
    places: int  # 0 when the file could only be searched as raw bytes (damaged or unfinished)

    @property
    def label(self) -> str:
        """Dutch: "reservekopie", "kopie van vóór een update", ..."""
        return KIND_LABELS[self.kind][0]


@dataclass
class PersonReport:
    name: str
    hits: list[PersonHit] = field(default_factory=list)
    # Filled by privacy_copies.find_everywhere: the other files searched, and those holding the name.
    files_searched: int = 0
    copies: list[CopyHit] = field(default_factory=list)
    unreadable_documents: list[str] = field(default_factory=list)  # "visie.pdf (De Kempen)"
    dropped_documents: list[str] = field(default_factory=list)  # set by erase_person

    @property
    def found(self) -> bool:
        return bool(self.hits or self.copies)

    def summary(self) -> str:
        """Dutch, for a dialog or the CLI."""
        files = f"{self.files_searched} ander{'' if self.files_searched == 1 else 'e'} bestand"
        files += "" if self.files_searched == 1 else "en"
        if not self.found:
            if not self.files_searched:
                return f"'{self.name}' komt nergens in de database voor."
            return f"'{self.name}' komt nergens voor: niet in de database en niet in de {files} van de app."
        if self.hits:
            places: dict[str, int] = {}
            for hit in self.hits:
                places[hit.where] = places.get(hit.where, 0) + 1
            listed = ", ".join(f"{count}× {where}" for where, count in places.items())
            text = f"'{self.name}' komt {len(self.hits)} keer voor: {listed}."
        else:
            text = f"'{self.name}' staat niet meer in de database."
        if self.copies:
            text += f" Ook in {count_files(c.kind for c in self.copies)} (van de {files} die de app schreef)."
        return text


# (where, table, column, key column, how the column holds text)
_TEXT = "text"
_JSON = "json"
_FIELDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("deelnemer", "participants", "name", "id", _TEXT),
    ("deelnemersrol", "participants", "role", "id", _TEXT),
    ("begeleider", "sessions", "facilitator", "id", _TEXT),
    ("sessietitel", "sessions", "title", "id", _TEXT),
    ("notitie", "notes", "text", "id", _TEXT),
    ("notitie van", "notes", "participant", "id", _TEXT),
    ("concept-notitie", "drafts", "text", "session_id", _TEXT),
    ("opbrengst: onderbouwing", "outcomes", "rationale", "session_id", _TEXT),
    ("opbrengst: eerste stap", "outcomes", "first_step", "session_id", _TEXT),
    ("opbrengst: eigenaar eerste stap", "outcomes", "first_step_owner", "session_id", _TEXT),
    ("opbrengst: ondersteuning", "outcomes", "support_needed", "session_id", _TEXT),
    ("opbrengst: ontwikkelpunten", "outcomes", "development_points", "session_id", _JSON),
    ("opbrengst: sterke punten", "outcomes", "strengths_used", "session_id", _JSON),
    ("opbrengst: inzichten", "outcomes", "insights_used", "session_id", _JSON),
    ("opvolging vorige stap", "followups", "text", "session_id", _TEXT),
    ("opvolging: gevraagde stap", "followups", "first_step", "session_id", _TEXT),
    ("correctie: oude waarde", "amendments", "old", "id", _JSON),
    ("correctie: nieuwe waarde", "amendments", "new", "id", _JSON),
    ("correctie: reden", "amendments", "reason", "id", _TEXT),
    ("contactpersoon school", "schools", "contact", "id", _TEXT),
    ("notities school", "schools", "notes", "id", _TEXT),
    ("visie school", "schools", "vision", "id", _TEXT),
    ("samenwerking school", "schools", "partnership", "id", _TEXT),
)

_CONTEXT_SQL = {
    "schools": "SELECT t.*, t.name AS _school, '' AS _session FROM schools t",
    "sessions": "SELECT t.*, c.name AS _school, t.title AS _session FROM sessions t "
    "JOIN schools c ON c.id = t.school_id",
}


def _context_sql(table: str) -> str:
    if table in _CONTEXT_SQL:
        return _CONTEXT_SQL[table]
    return (
        f"SELECT t.*, c.name AS _school, s.title AS _session FROM {table} t "
        "JOIN sessions s ON s.id = t.session_id JOIN schools c ON c.id = s.school_id"
    )


def _tables(store: Store) -> set[str]:
    return {row["name"] for row in store.schools.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)


def _json_replace(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(REMOVED, _nfc(value))
    if isinstance(value, list):
        return [_json_replace(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _json_replace(item, pattern) for key, item in value.items()}
    return value


def _excerpt(text: str, match: re.Match[str], width: int = 40) -> str:
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    return ("…" if start else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")


DOCUMENT = "visiedocument (origineel)"
# Text of kept originals by their bytes: the same document sits in every backup.
DocumentTexts = dict[bytes, str | None]


def _document_text(document: VisionFile, cache: DocumentTexts) -> str | None:
    """The text of a kept original, or None when it cannot be read."""
    key = hashlib.sha256(document.data).digest() + document.name.encode("utf-8", "replace")
    if key not in cache:
        try:
            cache[key] = nfc(document.name + "\n" + document_text(document))
        except Exception:  # any reader failure (hostile or damaged file) means: not searchable
            cache[key] = None
    return cache[key]


def _find_in_documents(
    store: Store, pattern: re.Pattern[str], report: PersonReport, cache: DocumentTexts
) -> None:
    if "school_files" not in _tables(store):
        return
    for row in store.schools.rows(
        "SELECT f.school_id, f.name, f.data, c.name AS school FROM school_files f "
        "JOIN schools c ON c.id = f.school_id"
    ):
        text = _document_text(VisionFile(row["name"], bytes(row["data"])), cache)
        if text is None:
            report.unreadable_documents.append(f"{row['name']} ({row['school']})")
            continue
        match = pattern.search(text)
        if match:
            report.hits.append(
                PersonHit(
                    DOCUMENT,
                    "school_files",
                    "data",
                    row["school_id"],
                    row["school"],
                    "",
                    _excerpt(text, match),
                )
            )


def find_person(store: Store, name: str, cache: DocumentTexts | None = None) -> PersonReport:
    """Every place ``name`` occurs as a whole word in this database (see the module notes)."""
    pattern = person_pattern(name)
    report = PersonReport(" ".join(name.split()))
    present = _tables(store)
    for where, table, column, key, kind in _FIELDS:
        if table not in present:
            continue
        for row in store.schools.rows(_context_sql(table)):
            raw = row[column]
            if not raw:
                continue
            texts = [_nfc(raw)] if kind == _TEXT else [_nfc(s) for s in _json_strings(json.loads(raw))]
            for text in texts:
                match = pattern.search(text)
                if match:
                    report.hits.append(
                        PersonHit(
                            where,
                            table,
                            column,
                            str(row[key]),
                            row["_school"],
                            row["_session"],
                            _excerpt(text, match),
                        )
                    )
                    break
    _find_in_documents(store, pattern, report, {} if cache is None else cache)
    return report


def erase_person(store: Store, name: str, cache: DocumentTexts | None = None) -> PersonReport:
    """Remove ``name`` from this database; returns what was found (and is now gone).

    Participants of that name are removed from their sessions; where the name
    is the whole value (a note's author, a facilitator, a first step's owner)
    the field is emptied; inside longer text it becomes "[verwijderd]". Locked
    records are changed too: erasure for privacy overrides the lock. A kept
    original vision document naming the person is dropped
    (``report.dropped_documents``). Then the file is scrubbed (:func:`scrub`).
    """
    report = find_person(store, name, cache)
    pattern = person_pattern(name)
    store.db.execute("PRAGMA secure_delete = ON")
    with store.schools.atomic() as db:
        for hit in report.hits:
            if hit.table == "school_files":
                row = store.schools.row("SELECT name FROM school_files WHERE school_id = ?", (hit.row_key,))
                db.execute("DELETE FROM school_files WHERE school_id = ?", [hit.row_key])
                if row is not None:
                    report.dropped_documents.append(f"{row['name']} ({hit.school})")
                continue
            table, column, key = hit.table, hit.column, _key_of(hit.table)
            row = store.schools.row(f"SELECT {column} AS value FROM {table} WHERE {key} = ?", (hit.row_key,))
            if row is None:
                continue
            value = _nfc(row["value"])
            kind = next(k for _, t, c, _, k in _FIELDS if t == table and c == column)
            if table == "participants" and column == "name":
                db.execute("DELETE FROM participants WHERE id = ?", [hit.row_key])
                continue
            if kind == _JSON:
                new = json.dumps(_json_replace(json.loads(value), pattern), ensure_ascii=False)
            elif pattern.fullmatch(value.strip()):
                new = ""
            else:
                new = pattern.sub(REMOVED, value)
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [new, hit.row_key])
    scrub(store)
    return report


def _key_of(table: str) -> str:
    return next(key for _, t, _, key, _ in _FIELDS if t == table)


def erase_school(store: Store, school_id: str) -> str:
    """Erase the school and everything about it for good; returns its name.

    Sessions, participants, notes, drafts, outcomes, corrections and clock
    states go with it (foreign keys), its entries leave the search indexes,
    and the file is scrubbed so the text cannot be read back from it.
    """
    row = store.schools.row("SELECT name FROM schools WHERE id = ?", (school_id,))
    if row is None:
        raise NotFoundError(code=ErrorCode.SCHOOL_GONE)
    store.db.execute("PRAGMA secure_delete = ON")
    with store.schools.atomic() as db:
        db.execute("DELETE FROM schools WHERE id = ?", [school_id])
    scrub(store)
    return str(row["name"])


def scrub(store: Store) -> None:
    """Leave no trace of deleted text in the database files.

    Rebuilds the search indexes (FTS5 keeps deleted tokens in its segments
    until merged), ``VACUUM`` (rewrites the file without the freed pages),
    then checkpoints and truncates the WAL, which held copies of old pages.
    """
    with store.schools.translated():
        store.db.execute("PRAGMA secure_delete = ON")
        if "notes_fts" in _tables(store):
            store.sessions.rebuild_search_index()
            with store.schools.atomic() as db:
                for index in store.sessions.search_indexes():
                    db.execute(f"INSERT INTO {index}({index}) VALUES('optimize')")
        store.db.execute("VACUUM")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def copy_files(store: Store) -> list[WrittenFile]:
    """The files the app wrote that copy this database (backups, copies put aside), as they are now."""
    if store.path is None:
        return []
    try:
        return [f for f in files_written_for(store.path, all_settings(store)) if f.is_copy]
    except (OSError, sqlite3.Error):
        return []


@dataclass(frozen=True)
class SchoolFootprint:
    """What erasing a school takes with it: shown before the user confirms."""

    name: str
    sessions: int
    notes: int
    vision_document: bool
    backups: int  # every copy of the database file: backups, copies put aside, unfinished ones


def school_footprint(store: Store, school_id: str) -> SchoolFootprint:
    row = store.schools.row(
        "SELECT c.name AS name, "
        "(SELECT count(*) FROM sessions s WHERE s.school_id = c.id) AS sessions, "
        "(SELECT count(*) FROM notes n JOIN sessions s ON s.id = n.session_id WHERE s.school_id = c.id) AS notes "
        "FROM schools c WHERE c.id = ?",
        (school_id,),
    )
    if row is None:
        raise NotFoundError(code=ErrorCode.SCHOOL_GONE)
    return SchoolFootprint(
        name=str(row["name"]),
        sessions=int(row["sessions"]),
        notes=int(row["notes"]),
        vision_document=store.schools.vision_file(school_id) is not None,
        backups=len(copy_files(store)),
    )
