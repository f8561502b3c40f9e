"""Participant lines as people type, paste or list them in a file: one rule for every way in.

A line is ``naam; rol``, ``naam: rol`` or ``naam<TAB>rol`` (a spreadsheet's
copied rows); the first separator splits, so a role may itself hold one.
Blank lines are skipped, a byte-order mark (a file saved by Excel or Notepad)
is dropped and runs of spaces inside a name or role become one space, so
"Anna  de Vries" is the same person as "Anna de Vries" everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Participant

__all__ = ["SEPARATORS", "clean", "parse_line", "parse_lines"]

#: What may stand between a name and a role.
SEPARATORS = ";:\t"
_SEPARATOR = re.compile(f"[{re.escape(SEPARATORS)}]")
_BOM = "\ufeff"


def clean(text: str) -> str:
    """``text`` without a byte-order mark, outer spaces or runs of inner spaces."""
    return " ".join(text.replace(_BOM, "").split())


def parse_line(line: str) -> Participant | None:
    """The participant a line names, or None for a line without a name."""
    found = _SEPARATOR.search(line)
    name, role = (line[: found.start()], line[found.end() :]) if found else (line, "")
    name = clean(name)
    return Participant(name=name, role=clean(role)) if name else None


def parse_lines(lines: str | Iterable[str]) -> tuple[Participant, ...]:
    """One participant per line that names one; ``lines`` is a text or its lines."""
    if isinstance(lines, str):
        lines = lines.splitlines()
    return tuple(person for line in lines if (person := parse_line(line)) is not None)
