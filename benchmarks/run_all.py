"""Run every benchmark in this folder, each as a whole process, and print its table.

    python benchmarks/run_all.py [--only startup,note_save]

``make bench`` runs this. Each ``bench_*.py`` is started with the same
interpreter (the project's venv) from the repository root, on the offscreen
Qt platform, with its default options; its own output is its table. The exit
status is non-zero when any benchmark failed. ``bench_bundle.py`` is left out
(it needs a built bundle and an X display; its docstring has the command).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEPARATE = {"bundle"}  # run by hand: needs `make bundle` and xvfb-run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated names, e.g. startup,note_save")
    args = parser.parse_args()
    wanted = {name.strip() for name in args.only.split(",") if name.strip()}
    scripts = sorted(HERE.glob("bench_*.py"))
    if not wanted & SEPARATE:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") not in SEPARATE]
    if wanted:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in wanted]
        if not scripts:
            parser.error(f"no benchmark named {args.only}")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    failed = []
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, check=False)
        print(f"--- {script.name}: {time.perf_counter() - start:.0f} s, exit {done.returncode}", flush=True)
        if done.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
