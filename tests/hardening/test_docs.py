"""docs/reliability.md and the fault tests cannot drift apart.

Every test the page names must exist (hardening, archive and GUI tests alike);
every hardening test marked ``fault`` must be in its table, and every
hardening test in the table must carry the mark. Tests elsewhere in the suite
(the crash test, the start-up tests) are listed too but carry no mark: the
``fault`` marker is registered by this folder's conftest only.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "reliability.md"
HERE = Path(__file__).resolve().parent
NODE = re.compile(r"`(tests/(?:\w+/)*(test_\w+)\.py::(test_\w+))`")


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
    in_table = {match[0] for match in NODE.findall(table) if match[0].startswith("tests/hardening/")}
    assert in_table - fault_tests() == set()


def test_the_page_names_tests_outside_this_folder_too() -> None:
    # The check above must not silently narrow back to tests/hardening only.
    assert any(not node.startswith("tests/hardening/") for node in listed())
