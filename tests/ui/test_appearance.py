"""Light, dark or the system's scheme: chosen in the menu, applied at once, remembered, readable."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from facilitator_app.core.sessions import NoteCategory
from facilitator_app.store import Store
from facilitator_app.ui import settings, style
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.session.notes_panel import category_colour

Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(autouse=True)
def back_to_light(qapp: QApplication) -> object:
    yield None
    style.apply_appearance(qapp, "light")


def test_choosing_dark_in_the_menu_restyles_the_open_window_and_is_remembered(
    window: MainWindow, qapp: QApplication
) -> None:
    assert not style.is_dark(qapp.palette())
    window.appearance_menu.actions["dark"].trigger()

    assert settings.appearance() == "dark"
    assert style.is_dark(qapp.palette())
    assert style.is_dark(window.palette()), "the open window follows at once, no restart"
    assert "rgba(236, 234, 230" in qapp.styleSheet(), "the stylesheet is derived from the new palette"
    assert window.appearance_menu.actions["dark"].isChecked()
    assert not window.appearance_menu.actions["system"].isChecked()

    window.appearance_menu.actions["light"].trigger()
    assert settings.appearance() == "light"
    assert not style.is_dark(window.palette())


def test_the_stored_choice_is_applied_at_start(
    make_window: Callable[[Store], MainWindow], store: Store, qapp: QApplication
) -> None:
    settings.set_appearance("dark")
    style.apply(qapp)
    window = make_window(store)
    assert style.is_dark(window.palette())
    assert window.appearance_menu.actions["dark"].isChecked()


@pytest.mark.parametrize("palette", [style.dark_palette(), style.light_palette()], ids=["dark", "light"])
def test_text_is_readable_on_both_palettes(palette: QPalette) -> None:
    assert contrast(palette.color(Role.WindowText), palette.color(Role.Window)) >= 7
    assert contrast(palette.color(Role.Text), palette.color(Role.Base)) >= 7
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= 3
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert disabled != palette.color(Role.Text), "disabled text looks different"


@pytest.mark.parametrize("appearance", ["dark", "light"])
def test_note_category_colours_are_readable_as_text(qapp: QApplication, appearance: str) -> None:
    style.apply_appearance(qapp, appearance)
    base = qapp.palette().color(Role.Base)
    for category in NoteCategory:
        assert contrast(category_colour(category), base) >= 3, category


def test_an_unknown_stored_value_falls_back_to_the_system(qtbot: QtBot) -> None:
    settings.settings().setValue(settings.APPEARANCE_KEY, "purple")
    assert settings.appearance() == "system"
    with pytest.raises(ValueError):
        settings.set_appearance("purple")


def test_check_boxes_stand_out_on_the_dark_palette(qapp: QApplication, qtbot: QtBot) -> None:
    """Fusion outlines indicators in near-black; on the dark palette the sheet draws them visibly."""
    style.apply_appearance(qapp, "dark")
    box = QCheckBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    window = qapp.palette().color(Role.Window)
    strongest = max(
        contrast(image.pixelColor(x, y), window) for x in range(image.width()) for y in range(image.height())
    )
    assert strongest >= 3, "the empty check box is invisible"
