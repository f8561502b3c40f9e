"""A command's floor: the same CLI command at 10 and at 1000 schools, against a ``SELECT 1`` process.

Each run is a whole process as a user runs it (``python -m facilitator_app
--db FILE COMMAND``) on an archive of N schools x 20 finished sessions x 60
notes (``bench_archive.build``). The baseline, in the same round, is a process
that opens the same database with ``sqlite3`` and runs ``SELECT 1``. The rounds
take every case in turn, so a busy machine slows all of them alike; wall time
and the child's CPU time (user + system, ``os.wait4``) are both reported, the
CPU time being the steadier of the two on a shared machine.

    python benchmarks/bench_cli_floor.py [--runs 7] [--keep DIR]

``--keep DIR`` reuses ``DIR/archief-10.sqlite3`` and ``DIR/archief-1000.sqlite3``
(as ``bench_search.py --keep DIR`` leaves them; they are copied, never
changed); a missing one is built (1000 schools: several minutes).

Goal (issue 17): each command at 1000 schools within 3x of the same command
at 10 schools.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_archive import build  # noqa: E402
from benchenv import cached_bytecode_env  # noqa: E402

SIZES = (10, 1000)
COMMANDS = {
    "themes list": ["themes", "list"],
    "schools list": ["schools", "list"],
    "overview --school 'School 005' --json": ["overview", "--school", "School 005", "--json"],
}


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        assert process.stderr is not None
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    return wall, usage.ru_utime + usage.ru_stime


def archive(folder: Path, keep: Path | None, schools: int) -> Path:
    target = folder / f"archief-{schools}.sqlite3"
    kept = keep / f"archief-{schools}.sqlite3" if keep else None
    if kept is not None and kept.exists():
        shutil.copyfile(kept, target)
    else:
        build(target, schools, 20, 60)
        if kept is not None:
            shutil.copyfile(target, kept)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="reuse (or leave) the archives in DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dbs = {n: archive(folder, args.keep, n) for n in SIZES}
        env = cached_bytecode_env(folder)
        py = sys.executable
        cases: dict[str, list[str]] = {}
        for n, db in dbs.items():
            cases[f"SELECT 1 process, {n} schools"] = [
                py,
                "-c",
                f"import sqlite3; c = sqlite3.connect({str(db)!r}); c.execute('SELECT 1').fetchone(); c.close()",
            ]
            for label, words in COMMANDS.items():
                cases[f"{label}, {n} schools"] = [py, "-m", "facilitator_app", "--db", str(db), *words]
        samples: dict[str, list[tuple[float, float]]] = {label: [] for label in cases}
        for round_ in range(-1, args.runs):  # round -1: bytecode, file caches, the integrity fingerprint
            for label, command in cases.items():
                measured = run(command, env)
                if round_ >= 0:
                    samples[label].append(measured)

        def med(label: str, index: int) -> float:
            return statistics.median(s[index] for s in samples[label])

        print(f"median of {args.runs} rounds (wall / CPU); every case in each round")
        for label in cases:
            print(f"  {label:<50}{med(label, 0) * 1000:7.0f} ms {med(label, 1) * 1000:7.0f} ms CPU")
        print("ratios, 1000 vs 10 schools (wall / CPU), and vs the SELECT 1 process at 1000 (wall / CPU):")
        big, small = SIZES[-1], SIZES[0]
        base = f"SELECT 1 process, {big} schools"
        for label in COMMANDS:
            at_big, at_small = f"{label}, {big} schools", f"{label}, {small} schools"
            print(
                f"  {label:<40}{med(at_big, 0) / med(at_small, 0):6.2f}x {med(at_big, 1) / med(at_small, 1):6.2f}x"
                f"   {med(at_big, 0) / med(base, 0):6.1f}x {med(at_big, 1) / med(base, 1):6.1f}x"
            )


if __name__ == "__main__":
    main()
