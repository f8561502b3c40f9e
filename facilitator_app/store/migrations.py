"""The schema as named, ordered, append-only migrations.

Never edit or reorder a migration that has shipped: add a new one. The names
double as the schema version: a database that has applied a migration this
app does not know was written by a newer version and is refused.
"""

from __future__ import annotations

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
