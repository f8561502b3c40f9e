"""Dates are shown as the user's locale writes them, with a four-digit year."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from facilitator_app.ui import i18n
from facilitator_app.ui.dates import display_date


def test_dates_follow_the_language_of_the_app(qapp: QApplication) -> None:
    try:
        i18n.install(qapp, "nl")
        assert display_date("2025-11-18") == "18-11-2025"
        i18n.install(qapp, "en")
        assert display_date("2025-11-18") == "18/11/2025"
    finally:
        i18n.install(qapp, "nl")
    assert display_date("") == ""
    assert display_date("binnenkort") == "binnenkort", "text that is no date is shown as it is"
