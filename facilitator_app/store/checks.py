"""Typed input checked by the rules an imported archive is checked by (core/validation.py)."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.dutch import invalid_text
from ..core.validation import Problem, field_problem, printable
from .errors import InvalidInputError


def check_field(kind: str, field: str, value: object, messages: Mapping[Problem, str] | None = None) -> None:
    """InvalidInputError (Dutch) when ``value`` breaks the rule of ``field``; ``messages`` words some problems."""
    invalid = field_problem(kind, field, value)
    if invalid is None:
        return
    if messages and invalid.problem in messages:
        raise InvalidInputError(messages[invalid.problem])
    text = invalid_text(invalid)
    raise InvalidInputError(printable(text[0].upper() + text[1:] + "."))
