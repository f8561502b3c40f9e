"""The one-folder bundle against a venv install: size on disk, command-line and window start-up.

    xvfb-run -a -s '-screen 0 1400x900x24' python benchmarks/bench_bundle.py \\
        dist/facilitator-app/facilitator-app .venv/bin/facilitator-app --runs 5

Each run is a whole process in an empty environment (`env -i HOME=… DISPLAY=… XAUTHORITY=…`,
as a desktop launcher starts it) on a fresh home: `--version`, `print cards`,
and the desktop app from launch until its main window is mapped on the X
display (found with xdotool; needs DISPLAY). An untimed warm-up run first, so
both read their files from the page cache and the venv has its bytecode.
Not part of run_all.py: it needs a built bundle and a display.
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

WINDOW_TITLE = "facilitator-app — "


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def window_seconds(exe: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen([exe], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", WINDOW_TITLE],
                check=False,
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - start
            if process.poll() is not None or time.perf_counter() - start > 60:
                raise RuntimeError(f"{exe}: no window")
            time.sleep(0.02)
    finally:
        process.terminate()
        process.wait(timeout=30)


def measure(exe: str, runs: int) -> dict[str, float]:
    results: dict[str, list[float]] = {"version": [], "print cards": [], "window": []}
    for run in range(runs + 1):
        with tempfile.TemporaryDirectory() as home:
            env = {"HOME": home}
            # What a desktop session gives every program: the display and its key (xvfb-run sets one).
            env.update({k: os.environ[k] for k in ("DISPLAY", "XAUTHORITY") if k in os.environ})
            cli_env = {**env, "QT_QPA_PLATFORM": "offscreen"}
            samples = {
                "version": timed([exe, "--version"], cli_env),
                "print cards": timed([exe, "print", "cards", "-o", f"{home}/c.pdf"], cli_env),
            }
            if "DISPLAY" in env and shutil.which("xdotool"):
                samples["window"] = window_seconds(exe, env)
        if run:  # run 0 warms the caches
            for key, value in samples.items():
                results[key].append(value)
    return {key: statistics.median(values) for key, values in results.items() if values}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executables", nargs="+")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for exe in args.executables:
        exe_path = Path(exe).resolve()
        # The bundle is its folder; a venv is everything under its root (bin/.. of the script).
        root = exe_path.parent if (exe_path.parent / "_internal").is_dir() else exe_path.parent.parent
        medians = measure(str(Path(exe).absolute()), args.runs)
        figures = ", ".join(f"{key} {value * 1000:,.0f} ms" for key, value in medians.items())
        print(f"{exe}: {folder_size(root) / 1e6:,.0f} MB on disk; median of {args.runs}: {figures}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
