"""Dutch words that need nothing but the models: dates, counts and work forms.

:mod:`.dutch` re-exports them beside the wording of the domain's codes. The
printing layer imports them from here: ``dutch`` loads the session,
lifecycle, planning and runner modules whose codes it words (~30 ms), which
a print set never uses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .models import Mode

# The work form of a time box.
MODE_LABELS: Mapping[Mode, str] = {
    Mode.INDIVIDUAL: "individueel op het werkblad",
    Mode.COLLECTIVE: "collectief",
}


def mode_label(mode: Mode) -> str:
    """``"individueel op het werkblad"`` or ``"collectief"``."""
    return MODE_LABELS[mode]


def count(number: int, one: str, many: str) -> str:
    """``"1 notitie"``, ``"3 notities"``: a count with the Dutch singular or plural (never "1 notities")."""
    return f"{number} {one if number == 1 else many}"


MONTHS = (
    *("januari", "februari", "maart", "april", "mei", "juni"),
    *("juli", "augustus", "september", "oktober", "november", "december"),
)


def dutch_date(day: dt.date) -> str:
    """``12 maart 2025`` (a datetime gives its date), for the PDFs, backups and the command line."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
