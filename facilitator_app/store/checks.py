"""Typed input checked by the rules an imported archive is checked by (core/validation.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

from ..core.dutch import invalid_text
from ..core.validation import Invalid, Problem, field_problem, printable
from .errors import InvalidInputError


def check_field(kind: str, field: str, value: object, messages: Mapping[Problem, str] | None = None) -> None:
    """InvalidInputError (Dutch) when ``value`` breaks the rule of ``field``; ``messages`` words some problems."""
    invalid = field_problem(kind, field, value)
    if invalid is not None:
        raise_invalid(invalid, (messages or {}).get(invalid.problem))


def raise_invalid(invalid: Invalid, message: str | None = None) -> NoReturn:
    """InvalidInputError for a broken rule: ``message``, else the general Dutch wording of the problem."""
    if message is None:
        text = invalid_text(invalid)
        message = printable(text[0].upper() + text[1:] + ".")
    # The Dutch sentence for the command line; the broken rule itself for the interface to word.
    raise InvalidInputError(message, invalid=invalid)
