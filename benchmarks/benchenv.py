"""The environment the benchmarks' timed child processes run in.

A user's app loads its modules from compiled bytecode (written at install or at
the first start). A shell that sets ``PYTHONDONTWRITEBYTECODE`` (as some
containers do) would make every timed child recompile every app module, about
0.1–0.4 s that no user pays; so the children write and read their bytecode in a
folder of the benchmark's own, filled by an untimed warm-up round.
"""

from __future__ import annotations

import os
from pathlib import Path


def cached_bytecode_env(folder: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ if base is None else base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env
