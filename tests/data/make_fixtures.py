"""Write a database file for every earlier schema version: ``schema-<last migration>.sqlite3``.

Run from the repository root after appending a migration::

    .venv/bin/python tests/data/make_fixtures.py

It writes only the files that are missing (``--force`` rewrites them all), so
the committed files stay the ones an older app really made. Content is added
with plain SQL, table by table as the schema at that version has them, with
fixed ids and dates, so it never depends on today's repositories.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sqlite_utils import Database  # noqa: E402

from facilitator_app.store.migrations import migrations  # noqa: E402

SCHOOL = {
    "id": "school-oud",
    "name": "Basisschool De Oude Eik",
    "vision": "Wij leren samen — ook de coördinator. Ideeën welkom: één team, één visie.",
    "contact": "Mevr. J. de Vries",
    "partnership": "Samen Opleiden Oost",
    "notes": "Parkeren achter de school.",
    "is_example": 0,
    "archived": 0,
    "created_at": "2024-09-02T08:00:00+00:00",
    "updated_at": "2024-09-02T08:00:00+00:00",
}
THEME = {
    "id": "theme-oud",
    "key": "oud-thema",
    "title": "Professionaliseren (oude versie)",
    "summary": "",
    "goals": json.dumps(["Doel één"]),
    "preparation": "Lees de visie.",
    "materials": json.dumps(["Pennen"]),
    "updated_at": "2024-09-01T08:00:00+00:00",
}
SESSION = {
    "id": "session-oud",
    "school_id": "school-oud",
    "theme_id": "theme-oud",
    "title": "Reflectiesessie najaar",
    "date": "2024-10-15",
    "planned_start": "13:30",
    "facilitator": "Piet Jansen",
    "included_optional_parts": "[]",
    "status": "finished",
    "script": None,
    "created_at": "2024-10-01T08:00:00+00:00",
    "updated_at": "2024-10-15T16:00:00+00:00",
    "started_at": "2024-10-15T13:31:00+00:00",
    "finished_at": "2024-10-15T16:00:00+00:00",
}
NOTES = [
    ("note-1", 0, "strength", "Sterk: het team deelt ideeën over coördinatie."),
    ("note-2", 1, "development", "Ontwikkelpunt: feedback op elkaars lessen."),
    ("note-3", None, "question", "Vraag van Annelies: hoe borgen we dit?"),
]
# The school's next session, still running: it opened with the follow-up of the
# first step above, which the app then kept as an "other" note (until 0006).
NEXT_SESSION = {
    **SESSION,
    "id": "session-vervolg",
    "title": "Reflectiesessie voorjaar",
    "date": "2025-03-10",
    "status": "running",
    "created_at": "2025-03-01T08:00:00+00:00",
    "updated_at": "2025-03-10T13:35:00+00:00",
    "started_at": "2025-03-10T13:31:00+00:00",
    "finished_at": "",
}
NOTE_TIMES = {"session-oud": "2024-10-15T14:00:00+00:00", "session-vervolg": "2025-03-10T13:40:00+00:00"}
FOLLOW_UP_ANSWER = "Twee intervisiegroepen draaien; de derde start na de meivakantie."
NEXT_NOTES = [
    (
        "note-vervolg-1",
        0,
        "other",
        f"Opvolging van de eerste stap van 2024-10-15 (“Intervisie plannen”): {FOLLOW_UP_ANSWER}",
    ),
    ("note-vervolg-2", 0, "strength", "Intervisie helpt de beginnende leraren."),
]


def versions() -> list[list[str]]:
    """Every strict prefix of the migration list: one earlier schema version each."""
    names = [m.name for m in migrations._migrations]
    return [names[:n] for n in range(1, len(names))]


def fixture_path(applied: list[str]) -> Path:
    return HERE / f"schema-{applied[-1]}.sqlite3"


def make(applied: list[str], target: Path) -> None:
    target.unlink(missing_ok=True)
    db = Database(target)
    later = [m.name for m in migrations._migrations if m.name not in applied]
    migrations.apply(db, stop_before=later or None)
    tables = set(db.table_names())
    db.table("schools").insert(SCHOOL)
    db.table("themes").insert(THEME)
    if "sessions" in tables:
        db.table("sessions").insert(SESSION)
        db.table("participants").insert_all(
            [
                {
                    "id": "p-1",
                    "session_id": "session-oud",
                    "position": 0,
                    "name": "Annelies",
                    "role": "mentor",
                },
                {"id": "p-2", "session_id": "session-oud", "position": 1, "name": "Bram", "role": "student"},
            ]
        )
        db.table("sessions").insert(NEXT_SESSION)
        notes = [("session-oud", *note) for note in NOTES] + [("session-vervolg", *n) for n in NEXT_NOTES]
        for position, (session_id, note_id, box, category, text) in enumerate(notes):
            db.table("notes").insert(
                {
                    "id": note_id,
                    "session_id": session_id,
                    "timebox_index": box,
                    "category": category,
                    "text": text,
                    "participant": "",
                    "position": position,
                    "created_at": NOTE_TIMES[session_id],
                    "updated_at": NOTE_TIMES[session_id],
                }
            )
        db.table("outcomes").insert(
            {
                "session_id": "session-oud",
                "scenario_name": "Lerende school",
                "rationale": "Omdat het team al veel deelt.",
                "first_step": "Intervisie plannen",
                "first_step_owner": "Annelies",
                "development_points": json.dumps([{"text": "Feedback geven", "note_id": "note-2"}]),
                "locked_at": "2024-10-15T16:00:00+00:00",
                "updated_at": "2024-10-15T16:00:00+00:00",
            }
        )
    if "settings" in tables:
        db.table("settings").insert(
            {"key": "voorbeeld", "value": "1", "updated_at": "2024-10-15T16:00:00+00:00"}
        )
    db.close()
    # A closed, self-contained file: no -wal beside it.
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def main(argv: list[str]) -> int:
    force = "--force" in argv
    for applied in versions():
        target = fixture_path(applied)
        if force or not target.exists():
            make(applied, target)
            print(f"geschreven: {target.relative_to(HERE.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
