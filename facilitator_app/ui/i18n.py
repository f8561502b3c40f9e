"""Qt translations: Dutch by default, English (the source language) on request.

The UI strings are written in English in the code and translated in
``assets/i18n/facilitator_nl.ts``. After changing a UI string, run::

    .venv/bin/python -m facilitator_app.ui.i18n_update

which runs the two Qt tools::

    .venv/bin/pyside6-lupdate facilitator_app/app.py facilitator_app/ui/*.py facilitator_app/ui/*/*.py \\
        -ts assets/i18n/facilitator_nl.ts -no-obsolete
    .venv/bin/pyside6-lrelease assets/i18n/facilitator_nl.ts -qm assets/i18n/facilitator_nl.qm

then translate the new (unfinished) entries with ``pyside6-linguist`` and run it again.
A test fails while any entry is unfinished.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import resources

TS_NAME = "facilitator_nl"
EN_TS_NAME = "facilitator_en"  # English plural forms only (see i18n_update)

# Qt's own strings that qtbase_nl.qm leaves in English (the file dialog's labels carry
# accelerators its translation lacks). Listed here so lupdate puts them in our .ts; our
# translator answers when Qt's own has no entry.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_installed: list[QTranslator] = []


def qm_path(name: str = TS_NAME) -> str:
    return str(resources.translations_dir() / f"{name}.qm")


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations may be: Qt's configured folder, then the PySide6 wheel's own.

    A bundled or relocated app can have a ``qt.conf`` pointing elsewhere; the
    wheel always carries ``Qt/translations`` next to the PySide6 package.
    """
    wheel = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    return list(dict.fromkeys([QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(wheel)]))


def install(app: QCoreApplication, language: str) -> bool:
    """Switch the app to ``language`` ("nl" or "en"); False if the Dutch file is missing.

    Idempotent: translators installed by an earlier call are removed first, so
    tests and a second run_gui in one process do not stack them.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        # The source is English; this file only says "1 school", "2 schools" instead of "2 school(s)".
        plurals = QTranslator(app)
        if plurals.load(qm_path(EN_TS_NAME)):
            _installed.append(plurals)
            app.installTranslator(plurals)
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if not ours.load(qm_path()):
        return False
    _installed.append(ours)
    # Qt's own strings (Yes/No, Cancel, the file dialog's "Look in") in Dutch too.
    qt_own = QTranslator(app)
    if any(qt_own.load("qtbase_nl", folder) for folder in qt_translation_dirs()):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    return True
