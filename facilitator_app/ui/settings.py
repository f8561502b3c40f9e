"""Per-user preferences kept in QSettings: language, window geometry, splitters.

One place names the keys so the language dialog, the main window and the tests
agree on them.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

ORGANIZATION = "facilitator-app"
APPLICATION = "facilitator-app"
LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")
APPEARANCE_KEY = "ui/appearance"
# "system" follows the desktop's light or dark scheme; the others force one.
APPEARANCES = ("system", "light", "dark")


def settings() -> QSettings:
    # Explicit names: tests build windows without a QApplication that has them set.
    return QSettings(ORGANIZATION, APPLICATION)


def language() -> str:
    value = str(settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    settings().setValue(LANGUAGE_KEY, code)


def appearance() -> str:
    value = str(settings().value(APPEARANCE_KEY, "system"))
    return value if value in APPEARANCES else "system"


def set_appearance(value: str) -> None:
    if value not in APPEARANCES:
        raise ValueError(value)
    settings().setValue(APPEARANCE_KEY, value)


def save_geometry(name: str, widget: QWidget) -> None:
    settings().setValue(f"{name}/geometry", widget.saveGeometry())


def restore_geometry(name: str, widget: QWidget) -> bool:
    value = settings().value(f"{name}/geometry")
    return isinstance(value, QByteArray) and widget.restoreGeometry(value)


def save_splitter(name: str, splitter: QSplitter) -> None:
    settings().setValue(f"splitters/{name}", splitter.saveState())


def restore_splitter(name: str, splitter: QSplitter) -> bool:
    value = settings().value(f"splitters/{name}")
    return isinstance(value, QByteArray) and splitter.restoreState(value)


FACILITATOR_KEY = "planning/facilitator"
PRINT_FOLDER_KEY = "print/folder"


def text_value(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def set_text_value(key: str, value: str) -> None:
    settings().setValue(key, value)
