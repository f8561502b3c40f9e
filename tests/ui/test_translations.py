"""Every visible string has a Dutch translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import ast
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from facilitator_app import resources
from facilitator_app.ui import i18n_update
from facilitator_app.ui.main_window import MainWindow

TS = resources.translations_dir() / "facilitator_nl.ts"
QM = resources.translations_dir() / "facilitator_nl.qm"


def unfinished(ts: Path) -> list[str]:
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            problems.append(source)
    return problems


def english_only_sources() -> set[str]:
    """Source strings whose Dutch differs: seeing one of these in Dutch mode means it is untranslated."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        if source != message.findtext("translation", "") and message.get("numerus") != "yes":
            sources.add(source)
    return sources


def test_the_ts_file_has_no_unfinished_entries() -> None:
    assert unfinished(TS) == []


def test_every_string_in_the_code_is_in_the_ts_and_translated(tmp_path: Path) -> None:
    """lupdate over today's sources adds nothing untranslated: a new tr() string fails here."""
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    i18n_update.update(ts, tmp_path / QM.name)
    assert unfinished(ts) == [], (
        "run `python -m facilitator_app.ui.i18n_update` and translate the new entries"
    )
    assert (tmp_path / QM.name).read_bytes() == QM.read_bytes(), "the committed .qm is stale: run i18n_update"
    english = resources.translations_dir() / "facilitator_en.qm"
    assert (tmp_path / english.name).read_bytes() == english.read_bytes(), "the English plurals are stale"


def shown_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QLineEdit | QPlainTextEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
        if isinstance(child, QTabWidget):
            texts.extend(child.tabText(index) for index in range(child.count()))
        if isinstance(child, QMenu):
            texts.append(child.title())
            texts.extend(action.text() for action in child.actions())
        texts.append(child.toolTip())
        texts.append(child.accessibleName())
    return [text for text in texts if text]


def test_no_english_source_text_is_shown_in_dutch_mode(window: MainWindow) -> None:
    english = english_only_sources()
    for index in range(window.pages.count()):
        window.show_page(index)
    texts = shown_texts(window)
    texts += [window.navigation.item(row).text() for row in range(window.navigation.count())]
    texts += [action.text() for action in window.menuBar().actions()]
    assert len(texts) > 60
    assert sorted({text for text in texts if text in english}) == []


def _translate_wrappers(tree: ast.Module) -> set[str]:
    """Functions like ``def _tr(text): return QCoreApplication.translate("Ctx", text)``."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.body and isinstance(node.body[-1], ast.Return):
            value = node.body[-1].value
            if (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and value.func.attr == "translate"
                and len(value.args) >= 2
                and isinstance(value.args[1], ast.Name)
            ):
                names.add(node.name)
    return names


def test_no_literal_goes_through_a_translate_wrapper_that_lupdate_cannot_see() -> None:
    """lupdate only knows tr() and translate(): a literal passed to a helper never reaches the .ts."""
    hidden = []
    for source in i18n_update.sources():
        tree = ast.parse(source.read_text(encoding="utf-8"))
        wrappers = _translate_wrappers(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in wrappers
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                hidden.append(f"{source.name}:{node.lineno} {node.args[0].value!r}")
    assert hidden == [], "call QCoreApplication.translate(context, '...') directly"


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there stays English in the Dutch UI."""
    hidden = []
    for source in i18n_update.sources():
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in {"tr", "translate"}:
                        hidden.append(f"{source.name}:{inner.lineno}")
    assert hidden == [], "move the tr()/translate() call out of the f-string"
