"""docs/reliability.md and the fault tests cannot drift apart."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"
HERE = Path(__file__).resolve().parent
NODE = re.compile(r"`(tests/hardening/(test_\w+)\.py::(test_\w+))`")


def listed() -> set[str]:
    return {match[0] for match in NODE.findall(DOC.read_text(encoding="utf-8"))}


def fault_tests() -> set[str]:
    found = set()
    for path in sorted(HERE.glob("test_*.py")):
        module = importlib.import_module(f"tests.hardening.{path.stem}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            marks = getattr(function, "pytestmark", [])
            if name.startswith("test_") and any(mark.name == "fault" for mark in marks):
                found.add(f"tests/hardening/{path.name}::{name}")
    return found


def test_every_listed_test_exists() -> None:
    missing = []
    for node in listed():
        file_part, name = node.split("::")
        module = importlib.import_module(file_part.removesuffix(".py").replace("/", "."))
        if not inspect.isfunction(getattr(module, name, None)):
            missing.append(node)
    assert missing == []


def test_every_fault_test_is_listed() -> None:
    assert fault_tests() - listed() == set(), "add these to the table in docs/reliability.md"


def test_every_listed_test_is_marked_as_a_fault() -> None:
    table = DOC.read_text(encoding="utf-8").split("## Faults", 1)[1].split("\n## ", 1)[0]
    in_table = {match[0] for match in NODE.findall(table)}
    assert in_table - fault_tests() == set()
