"""Time the archive in a big database: a school's history, a search, printing a record.

Builds an archive of 100 schools x 20 finished sessions x 60 notes (120,000
notes) through direct ``executemany`` into a database created by the app (so
the schema, triggers and search indexes are the real ones), then measures
whole processes the way a user runs them (``python -m facilitator_app …``):
interpreter start, imports, opening and checking the database, the query,
the output. A baseline measured in the same run is a process that opens the
database and runs ``SELECT 1``.

    python benchmarks/bench_archive.py [--runs 7] [--schools 100] [--sessions 20] [--notes 60] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchenv import cached_bytecode_env  # noqa: E402

from facilitator_app import resources  # noqa: E402
from facilitator_app.core.cardfiles import load_catalogue  # noqa: E402
from facilitator_app.core.sessions import theme_to_dict  # noqa: E402
from facilitator_app.store import Store  # noqa: E402

WORDS = [
    "aanbod",
    "visie",
    "rol",
    "werkplekbegeleider",
    "schoolopleider",
    "intervisie",
    "coördinator",
    "leerteam",
    "professionalisering",
    "competenties",
    "samen",
    "opleiden",
    "inductie",
    "starter",
    "feedback",
    "onderzoek",
    "schoolleider",
    "tijd",
    "faciliteiten",
    "cultuur",
    "eigenaarschap",
    "evaluatie",
    "netwerk",
    "basistraining",
]
CATEGORIES = ("strength", "development", "insight", "question", "other")
ROLES = ("schoolopleider", "werkplekbegeleider", "instituutsopleider", "schoolleider")


def build(db: Path, schools: int, sessions: int, notes: int) -> dict[str, str]:
    """Fill ``db``; returns a school name, a session id and a search word to measure with."""
    rng = random.Random(7)
    store = Store.open(db, load_catalogue(resources.cards_dir()))
    theme = store.themes.get("professionaliseren")
    script = json.dumps(theme_to_dict(theme), ensure_ascii=False)
    scenario_ids = [s.id for s in store.scenario_maps.all()[0].scenarios]
    names = [s.name for s in store.scenario_maps.all()[0].scenarios]
    now = "2025-06-01T12:00:00+00:00"
    school_rows, session_rows, participant_rows, note_rows, outcome_rows, run_rows = [], [], [], [], [], []
    for s in range(schools):
        school_id = str(uuid.UUID(int=rng.getrandbits(128)))
        school_rows.append((school_id, f"School {s:03d}", "Wij zijn een lerende organisatie.", now, now))
        position = rng.randrange(2)
        for n in range(sessions):
            session_id = str(uuid.UUID(int=rng.getrandbits(128)))
            day = f"{2016 + n // 2}-{3 if n % 2 == 0 else 10:02d}-{1 + s % 27:02d}"
            session_rows.append(
                (
                    session_id,
                    school_id,
                    theme.id,
                    "Professionaliseren",
                    day,
                    "13:30",
                    "Ingrid",
                    "[2]",
                    "finished",
                    script,
                    now,
                    now,
                    now,
                    now,
                )
            )
            for p in range(4):
                participant_rows.append((str(uuid.uuid4()), session_id, p, f"Deelnemer {p}", ROLES[p]))
            for k in range(notes):
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18)))
                note_rows.append(
                    (
                        str(uuid.uuid4()),
                        session_id,
                        k % 7,
                        CATEGORIES[k % 5],
                        text,
                        f"Deelnemer {k % 4}",
                        k // 7,
                        now,
                        now,
                    )
                )
            position = max(0, min(3, position + rng.choice((0, 0, 1, -1))))
            outcome_rows.append(
                (
                    session_id,
                    scenario_ids[position],
                    names[position],
                    "Onderbouwing: " + " ".join(rng.choice(WORDS) for _ in range(30)),
                    "Eerste stap: " + " ".join(rng.choice(WORDS) for _ in range(8)),
                    "Anna",
                    "2025-09-01",
                    json.dumps([{"text": "Samenhang", "note_id": ""}]),
                    "[]",
                    "[]",
                    "Tijd",
                    "[]",
                    now,
                    now,
                )
            )
            offset = 0.0
            for index, minutes in enumerate((5, 5, 5, 10, 5, 10, 20)):
                spent = minutes * 60 + rng.randint(-60, 120)
                run_rows.append(
                    (
                        session_id,
                        index,
                        minutes,
                        offset,
                        offset + minutes * 60,
                        offset,
                        offset + spent,
                        0,
                        spent,
                    )
                )
                offset += minutes * 60
    with store.db.atomic():
        c = store.db.conn
        c.executemany(
            "INSERT INTO schools (id, name, vision, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            school_rows,
        )
        c.executemany(
            "INSERT INTO sessions (id, school_id, theme_id, title, date, planned_start, facilitator, included_optional_parts, "
            "status, script, created_at, updated_at, started_at, finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            session_rows,
        )
        c.executemany(
            "INSERT INTO participants (id, session_id, position, name, role) VALUES (?,?,?,?,?)",
            participant_rows,
        )
        c.executemany(
            "INSERT INTO notes (id, session_id, timebox_index, category, text, participant, position, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            note_rows,
        )
        c.executemany(
            "INSERT INTO outcomes (session_id, scenario_id, scenario_name, rationale, first_step, first_step_owner, "
            "first_step_due, development_points, strengths_used, insights_used, support_needed, inspiration_card_ids, "
            "locked_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            outcome_rows,
        )
        c.executemany(
            "INSERT INTO timebox_runs (session_id, timebox_index, planned_minutes, planned_start, planned_end, "
            "actual_start, actual_end, skipped, spent_seconds) VALUES (?,?,?,?,?,?,?,?,?)",
            run_rows,
        )
    store.close()
    probe = min(42, schools - 1)  # a school in the middle of the list, also in a small archive
    return {
        "school": f"School {probe:03d}",
        "session": session_rows[probe * sessions + sessions - 1][0],
        "word": "intervisie",
    }


def timed(command: list[str], runs: int, env: dict[str, str]) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--schools", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--notes", type=int, default=60)
    parser.add_argument("--keep", metavar="DIR", help="build the database in DIR and keep it")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-archive-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "archief.sqlite3"
    for stale in folder.glob("archief.sqlite3*"):
        stale.unlink()
    start = time.perf_counter()
    probe = build(db, args.schools, args.sessions, args.notes)
    built = time.perf_counter() - start
    size = db.stat().st_size / 1e6
    py = sys.executable
    app = [py, "-m", "facilitator_app", "--db", str(db)]
    cases = {
        "baseline: open the database, SELECT 1": [
            py,
            "-c",
            f"import sqlite3; c = sqlite3.connect({str(db)!r}); c.execute('SELECT 1').fetchone(); c.close()",
        ],
        "app floor: open the store, list the schools (`schools list`)": [*app, "schools", "list"],
        "a school's history (`overview --school … --json`)": [
            *app,
            "overview",
            "--school",
            probe["school"],
            "--json",
        ],
        "search all notes and outcomes (`search intervisie --json`)": [
            *app,
            "search",
            probe["word"],
            "--json",
        ],
        "print a record (`print record ID -o …`)": [
            *app,
            "print",
            "record",
            probe["session"],
            "-o",
            str(folder / "verslag.pdf"),
        ],
    }
    env = cached_bytecode_env(folder)
    # Warm the file and bytecode caches and the integrity-check fast path, as any earlier start would.
    for command in cases.values():
        subprocess.run(command, check=True, capture_output=True, env=env)
    notes = args.schools * args.sessions * args.notes
    print(
        f"archive: {args.schools} schools x {args.sessions} sessions x {args.notes} notes = {notes:,} notes, "
        f"{size:.0f} MB, built in {built:.1f} s; median of {args.runs} runs"
    )
    baseline = 0.0
    for label, command in cases.items():
        median = timed(command, args.runs, env)
        if not baseline:
            baseline = median
        print(f"{label:<62} {median * 1000:7.0f} ms  {median / baseline:5.1f}x baseline")


if __name__ == "__main__":
    main()
