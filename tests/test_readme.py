"""The README documents every command the CLI offers (datasette-style docs test)."""

from __future__ import annotations

import argparse
from pathlib import Path

from facilitator_app.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def commands(parser: argparse.ArgumentParser, prefix: str = "facilitator-app") -> list[str]:
    found: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(commands(sub, f"{prefix} {name}"))
    return found


def test_every_command_is_in_the_readme() -> None:
    leaves = [
        c
        for c in commands(build_parser())
        if not any(o.startswith(c + " ") for o in commands(build_parser()))
    ]
    assert leaves
    missing = [c for c in leaves if f"`{c}" not in README]
    assert missing == []


def test_quick_start_commands_are_in_the_makefile() -> None:
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "`make run`" in README and "\nrun:" in makefile
    assert "`make test`" in README and "\ntest:" in makefile
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_every_session_shortcut_is_in_the_readme() -> None:
    """Issue 5: the keys are listed in the app (F1) and in the README; the two must not drift."""
    from facilitator_app.ui.session.shortcuts import SHORTCUTS

    section = README.split("### Keys in session mode", 1)[-1].split("\n## ", 1)[0]
    missing = [key for shortcut in SHORTCUTS for key in shortcut.keys if f"`{key}`" not in section]
    assert missing == []
