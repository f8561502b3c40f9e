"""Time a search at partnership scale, in-process, against raw FTS5 in the same run.

Builds (or reuses, with ``--keep``) archives of N schools x 20 finished
sessions x 60 notes with ``bench_archive.build`` and times
``store.search.page()`` for a word that matches most notes, for a word that
matches a few, and with a school filter. The baseline, measured in the same
run on the same file, is the least any search must do: SQLite's FTS5 index
returning the first 200 matching rows (``SELECT rowid … MATCH … LIMIT 200``),
no join, no rank, no snippet.

    python benchmarks/bench_search.py [--schools 100,1000] [--runs 15] [--keep DIR]

Goals (issue 17): <= 50 ms at 100 schools and <= 150 ms at 1000 schools for a
word that matches most notes.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_archive import build  # noqa: E402

from facilitator_app.store import Store  # noqa: E402


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    call()  # warm the page cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples), statistics.median(samples)


def measure(db: Path, runs: int) -> None:
    store = Store.open(db)
    school = store.schools.all()[42].id
    conn = store.db.conn

    def raw(word: str) -> Callable[[], object]:
        sql = "SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? LIMIT 200"
        return lambda: conn.execute(sql, (f'"{word}"*',)).fetchall()

    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("common word (`visie`, most notes)", lambda: store.search.page("visie"), raw("visie")),
        ("two words (`samen opleiden`)", lambda: store.search.page("samen opleiden"), raw("samen")),
        ("one school, common word", lambda: store.search.page("visie", school_id=school), raw("visie")),
        ("no match (`zzz`)", lambda: store.search.page("zzz"), raw("zzz")),
    ]
    for label, search, baseline in cases:
        s_min, s_med = timed(search, runs)
        b_min, b_med = timed(baseline, runs)
        print(
            f"  {label:<36} {s_min:6.1f} / {s_med:6.1f} ms   raw FTS5 {b_min:5.1f} / {b_med:5.1f} ms"
            f"   {s_med / max(b_med, 0.01):5.1f}x"
        )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--schools", default="100,1000", help="comma-separated archive sizes")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", metavar="DIR", help="build the archives in DIR and reuse them next time")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-search-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"in-process search, min / median of {args.runs} runs; baseline in the same run")
    for schools in (int(n) for n in args.schools.split(",")):
        db = folder / f"archief-{schools}.sqlite3"
        if not db.exists():
            build(db, schools, 20, 60)
        print(f"{schools} schools x 20 sessions x 60 notes ({schools * 1200:,} notes):")
        measure(db, args.runs)


if __name__ == "__main__":
    main()
