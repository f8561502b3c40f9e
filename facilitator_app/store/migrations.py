"""The schema as named, ordered, append-only migrations.

Never edit or reorder a migration that has shipped: add a new one. The names
double as the schema version: a database that has applied a migration this
app does not know was written by a newer version and is refused.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from sqlite_utils import Database, Migrations

migrations = Migrations("facilitator_app")

_BUILTIN_COLUMNS = """
    builtin_key TEXT,
    builtin_version INTEGER,
    builtin_hash TEXT,
"""


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            goals TEXT NOT NULL DEFAULT '[]',
            preparation TEXT NOT NULL DEFAULT '',
            materials TEXT NOT NULL DEFAULT '[]',
            {_BUILTIN_COLUMNS}
            updated_at TEXT NOT NULL
        );
        CREATE TABLE theme_parts (
            id TEXT PRIMARY KEY,
            theme_id TEXT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            optional INTEGER NOT NULL DEFAULT 0,
            intro TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_theme_parts_theme ON theme_parts(theme_id, position);
        CREATE TABLE timeboxes (
            id TEXT PRIMARY KEY,
            part_id TEXT NOT NULL REFERENCES theme_parts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mode TEXT NOT NULL CHECK (mode IN ('individual', 'collective')),
            minutes INTEGER NOT NULL CHECK (minutes > 0)
        );
        CREATE INDEX idx_timeboxes_part ON timeboxes(part_id, position);
        CREATE TABLE steps (
            id TEXT PRIMARY KEY,
            timebox_id TEXT NOT NULL REFERENCES timeboxes(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number INTEGER,
            text TEXT NOT NULL,
            cards TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX idx_steps_timebox ON steps(timebox_id, position);

        CREATE TABLE decks (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'text',
            description TEXT NOT NULL DEFAULT '',
            back_style TEXT NOT NULL DEFAULT 'title',
            card_size TEXT NOT NULL DEFAULT 'A6',
            version INTEGER NOT NULL DEFAULT 1,
            {_BUILTIN_COLUMNS}
            updated_at TEXT NOT NULL
        );
        CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            deck_id TEXT NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'text',
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            back TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            UNIQUE (deck_id, key)
        );
        CREATE INDEX idx_cards_deck ON cards(deck_id, position);

        CREATE TABLE scenario_maps (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            intro TEXT NOT NULL DEFAULT '',
            axis_from TEXT NOT NULL DEFAULT '',
            axis_to TEXT NOT NULL DEFAULT '',
            replaceable INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1,
            {_BUILTIN_COLUMNS}
            updated_at TEXT NOT NULL
        );
        CREATE TABLE scenarios (
            id TEXT PRIMARY KEY,
            map_id TEXT NOT NULL REFERENCES scenario_maps(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            signs TEXT NOT NULL DEFAULT '[]',
            UNIQUE (map_id, key)
        );

        CREATE TABLE roles (
            key TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE schools (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            vision TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            partnership TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            is_example INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX idx_schools_name ON schools(name COLLATE NOCASE);

        -- What built-in content was ever loaded, so a built-in the user
        -- deleted (the demo school) is not brought back on the next start.
        CREATE TABLE builtin_loads (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            loaded_at TEXT NOT NULL,
            PRIMARY KEY (kind, key)
        );
        """
    )


# The tokenizer of both search indexes: Unicode-aware and blind to diacritics,
# so "coordinator" finds "coördinator" and "ideeën" finds "ideeen".
SEARCH_TOKENIZE = "unicode61 remove_diacritics 2"


@migrations(name="0002_sessions")
def _sessions(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            school_id TEXT NOT NULL REFERENCES schools(id) ON DELETE CASCADE,
            -- The script itself is copied into 'script'; the theme may go.
            theme_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            planned_start TEXT NOT NULL,
            facilitator TEXT NOT NULL DEFAULT '',
            included_optional_parts TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'running', 'finished')),
            script TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            started_at TEXT NOT NULL DEFAULT '',
            finished_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_sessions_school ON sessions(school_id, date);
        CREATE INDEX idx_sessions_theme ON sessions(theme_id);
        CREATE INDEX idx_sessions_status ON sessions(status);

        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX idx_participants_session ON participants(session_id, position);

        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            timebox_index INTEGER,
            category TEXT NOT NULL
                CHECK (category IN ('strength', 'development', 'insight', 'question', 'other')),
            text TEXT NOT NULL,
            participant TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_notes_session ON notes(session_id, timebox_index, position);

        -- The note being typed, one per session, for crash recovery.
        CREATE TABLE drafts (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            category TEXT NOT NULL,
            timebox_index INTEGER,
            updated_at TEXT NOT NULL
        );

        -- SessionClock.to_state() as JSON, for "resume where you were".
        CREATE TABLE clock_state (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            state TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );

        -- Offsets in seconds from the session start.
        CREATE TABLE timebox_runs (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            timebox_index INTEGER NOT NULL,
            planned_minutes INTEGER NOT NULL,
            planned_start REAL NOT NULL,
            planned_end REAL NOT NULL,
            actual_start REAL,
            actual_end REAL,
            skipped INTEGER NOT NULL DEFAULT 0,
            spent_seconds REAL NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, timebox_index)
        );

        -- Part 3 of the script; lists are JSON.
        CREATE TABLE outcomes (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            scenario_id TEXT NOT NULL DEFAULT '',
            scenario_name TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            first_step TEXT NOT NULL DEFAULT '',
            first_step_owner TEXT NOT NULL DEFAULT '',
            first_step_due TEXT NOT NULL DEFAULT '',
            development_points TEXT NOT NULL DEFAULT '[]',
            strengths_used TEXT NOT NULL DEFAULT '[]',
            insights_used TEXT NOT NULL DEFAULT '[]',
            support_needed TEXT NOT NULL DEFAULT '',
            inspiration_card_ids TEXT NOT NULL DEFAULT '[]',
            locked_at TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        -- Corrections after locking; old and new are JSON of the field's value.
        CREATE TABLE amendments (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old TEXT NOT NULL,
            new TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX idx_amendments_session ON amendments(session_id, at);
        """
    )
    # External-content FTS5 indexes kept in step by triggers, which also fire
    # for rows removed by ON DELETE CASCADE: erasing a school erases its text
    # from the index too. Never write these tables with INSERT OR REPLACE
    # (sqlite-utils replace=True): the implicit delete fires no trigger.
    db.table("notes").enable_fts(["text"], tokenize=SEARCH_TOKENIZE, create_triggers=True)
    db.table("outcomes").enable_fts(
        ["rationale", "first_step"], tokenize=SEARCH_TOKENIZE, create_triggers=True
    )


@migrations(name="0004_settings")
def _settings(db: Database) -> None:
    # Small per-database preferences that must travel with the data, such as
    # the folder the user chose for backups (see store/backup.py).
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """
    )


@migrations(name="0005_school_files")
def _school_files(db: Database) -> None:
    # The original vision document (.docx, .pdf ...) kept with its school, so
    # an export carries it and erasing the school erases it.
    db.executescript(
        """
        CREATE TABLE school_files (
            school_id TEXT PRIMARY KEY REFERENCES schools(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            data BLOB NOT NULL,
            added_at TEXT NOT NULL
        );
        """
    )


@migrations(name="0006_followups")
def _followups(db: Database) -> None:
    # The answer to "how did last time's first step go?", asked when a school's
    # next session opens. Before this it was kept as an "other" note in the
    # first time box; those notes are converted below and stay as they are.
    db.executescript(
        """
        CREATE TABLE followups (
            session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
            -- No foreign key: the answer outlives the session it is about, and
            -- the copies of its date and first step keep it readable.
            previous_session_id TEXT NOT NULL,
            previous_date TEXT NOT NULL DEFAULT '',
            first_step TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'other'
                CHECK (status IN ('done', 'partly', 'not', 'other')),
            text TEXT NOT NULL DEFAULT '',
            answered_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX idx_followups_previous ON followups(previous_session_id);
        """
    )
    db.table("followups").enable_fts(["text"], tokenize=SEARCH_TOKENIZE, create_triggers=True)
    for row in _followup_notes(db):
        db.table("followups").insert(row)


@migrations(name="0007_guide_and_tags")
def _guide_and_tags(db: Database) -> None:
    # The facilitator's guide per part and step (never on the presenter screen),
    # and the sector and topic tags the inspiration deck is filtered on. A deck
    # of research-based cards asks a source of every card.
    db.executescript(
        """
        ALTER TABLE theme_parts ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE steps ADD COLUMN note TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE cards ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE decks ADD COLUMN requires_sources INTEGER NOT NULL DEFAULT 0;
        """
    )


# The demo school's vision as the first versions seeded it (cards/demo-school.toml, version 1):
# it quoted a real person by name and said "vind je hier" of a link that is not there.
_SEEDED_DEMO_VISION_SHA256 = "645ac9ce460bdfca9a94608927f308906edceadf2a63824a73570c52db39cab8"
_DEAD_LINK = " Een overzicht van alle afspraken rond professionalisering vind je hier."
_QUOTE_AUTHOR = re.compile(
    r"(\*“We verwachten dat iedere school blijft groeien, ongeacht waar deze staat\.”\*\n\n)[^\n]+"
)
_ANONYMOUS_AUTHOR = "– de programmaleider van het partnerschap"


@migrations(name="0008_demo_school_vision")
def _demo_school_vision(db: Database) -> None:
    # Schools are seeded once and never refreshed, so the corrected demo text
    # (version 2) reaches existing databases only here. A vision that differs
    # from the seeded text by one character is the user's and stays as it is.
    rows = db.execute("SELECT id, vision FROM schools WHERE is_example = 1").fetchall()
    for school_id, vision in rows:
        if hashlib.sha256(vision.encode("utf-8")).hexdigest() != _SEEDED_DEMO_VISION_SHA256:
            continue
        fixed = _QUOTE_AUTHOR.sub(lambda m: m.group(1) + _ANONYMOUS_AUTHOR, vision.replace(_DEAD_LINK, ""))
        db.execute(
            "UPDATE schools SET vision = ?, updated_at = ? WHERE id = ?",
            [fixed, datetime.now(UTC).isoformat(timespec="seconds"), school_id],
        )


def _followup_notes(db: Database) -> list[dict[str, object]]:
    """The follow-up notes as ``followups`` rows (the rule the app used to find them)."""
    rows: list[dict[str, object]] = []
    sessions = db.execute("SELECT id, school_id, date FROM sessions ORDER BY date, id").fetchall()
    for session_id, school_id, date in sessions:
        # The first step of the school's latest finished session before this one.
        previous = db.execute(
            """SELECT s.id, s.date, o.first_step FROM sessions s JOIN outcomes o ON o.session_id = s.id
               WHERE s.school_id = ? AND s.date < ? AND o.locked_at != '' AND trim(o.first_step) != ''
               ORDER BY s.date DESC, s.id DESC LIMIT 1""",
            [school_id, date],
        ).fetchone()
        if previous is None:
            continue
        previous_id, previous_date, first_step = previous
        notes = db.execute(
            "SELECT text, created_at, updated_at FROM notes WHERE session_id = ? "
            "ORDER BY timebox_index IS NOT NULL, timebox_index, position",
            [session_id],
        ).fetchall()
        found = next((n for n in notes if first_step in n[0] and previous_date in n[0]), None)
        if found is None:
            continue
        text, created_at, updated_at = found
        # "Opvolging van de eerste stap van <date> (“<step>”): <answer>", in either language.
        marker = f"(“{first_step}”): "
        answer = text.split(marker, 1)[1] if marker in text else text
        rows.append(
            {
                "session_id": session_id,
                "previous_session_id": previous_id,
                "previous_date": previous_date,
                "first_step": first_step,
                "status": "other",
                "text": answer.strip(),
                "answered_at": created_at,
                "updated_at": updated_at,
            }
        )
    return rows
