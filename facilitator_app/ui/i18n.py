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

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import resources

TS_NAME = "facilitator_nl"
_installed: list[QTranslator] = []


def qm_path() -> str:
    return str(resources.translations_dir() / f"{TS_NAME}.qm")


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
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    ours = QTranslator(app)
    if not ours.load(qm_path()):
        return False
    _installed.append(ours)
    # Qt's own strings (Yes/No, Cancel, file dialog) in Dutch too, where Qt ships them.
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    return True
