"""Dates as the user's locale writes them (Dutch: 18-11-2025); the store keeps ISO dates."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale

ISO_DATE = "yyyy-MM-dd"


def locale_date_format() -> str:
    """The locale's short date format, always with a four-digit year."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else re.sub(r"y+", "yyyy", text)


def display_date(iso: str) -> str:
    """``2025-11-18`` as the locale writes it; anything that is no ISO date is shown as it is."""
    day = QDate.fromString(iso, ISO_DATE)
    return day.toString(locale_date_format()) if day.isValid() else iso


def session_caption(school_name: str, iso: str, start: str = "") -> str:
    """A session as lists and window titles name it: ``De Kempen · 18-11-2025 13:30``.

    School and date tell sessions apart; the theme's title alone does not (every
    session of a year may share it).
    """
    when = f"{display_date(iso)} {start}".strip()
    return " · ".join(part for part in (school_name, when) if part)
