"""One form of address and real Dutch plurals, in the translation file and in every Dutch literal."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator_app import resources

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator_app"
TS = resources.translations_dir() / "facilitator_nl.ts"

# "u" or "uw" as a word, not inside "\u…", "%u", a file name or an abbreviation ("u." for uur).
ADDRESS = re.compile(r"(?<![\w%&.\\/-])([Uu]w?)(?![\w'’./-])")
# Nouns the app counts. After a number they must come from a numerus form or a singular/plural choice.
PLURALS = [
    "notities",
    "sessies",
    "scholen",
    "kaarten",
    "stappen",
    "deelnemers",
    "posities",
    "resultaten",
    "verslagen",
    "tijdvakken",
    "minuten",
    "delen",
    "rollen",
    "bestanden",
    "kopieën",
    "reservekopieën",
    "dagen",
    "weken",
    "correcties",
    "inzichten",
    "ontwikkelpunten",
    "punten",
    "kaartensets",
    "sets",
]
# Dutch that calls the draaiboek a "script" or "sessiescript" (code names such as "script" stay English).
SCRIPT_IN_DUTCH = re.compile(r"(?i)sessiescript|\b(?:het|dit|deze|een|geen|geldig|eigen)\s+scripts?\b")
AFTER_COUNT = re.compile(r"(%(?:\d+|n)) (" + "|".join(PLURALS) + r")\b")


def translations() -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translated forms) for every message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", message.get("numerus") == "yes", forms))
    return found


def literals() -> list[tuple[Path, int, ast.AST]]:
    """Every string literal and f-string in the package, with where it is."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr) or (
                isinstance(node, ast.Constant) and isinstance(node.value, str)
            ):
                found.append((path, getattr(node, "lineno", 0), node))
    return found


def test_the_translation_addresses_the_user_as_je() -> None:
    wrong = [
        (context, form)
        for context, _source, _numerus, forms in translations()
        for form in forms
        if ADDRESS.search(form)
    ]
    assert wrong == []


def test_dutch_literals_address_the_user_as_je() -> None:
    wrong = []
    for path, line, node in literals():
        if isinstance(node, ast.Constant) and ADDRESS.search(node.value):
            wrong.append(f"{path.relative_to(PACKAGE)}:{line}: {node.value[:80]!r}")
    assert wrong == []


def test_counts_in_the_translation_use_numerus_forms() -> None:
    wrong = []
    for context, source, numerus, forms in translations():
        if numerus:
            one = forms[0]
            # The singular form must not carry the plural noun ("%n notities" as the form for one).
            if AFTER_COUNT.search(one):
                wrong.append((context, source, one))
            continue
        for form in forms:
            if AFTER_COUNT.search(form):
                wrong.append((context, source, form))
    assert wrong == []


def test_counts_in_dutch_literals_choose_singular_or_plural() -> None:
    """``f"{n} notities"`` prints "1 notities"; use core.dutch.count or a numerus form."""
    wrong = []
    for path, line, node in literals():
        if not isinstance(node, ast.JoinedStr):
            continue
        for value, following in zip(node.values, node.values[1:], strict=False):
            if not isinstance(value, ast.FormattedValue) or not isinstance(following, ast.Constant):
                continue
            # A constant above one (a limit such as MAX_MINUTES) is always plural.
            if isinstance(value.value, ast.Name) and value.value.id.isupper():
                continue
            match = re.match(r" (" + "|".join(PLURALS) + r")\b", str(following.value))
            if match:
                wrong.append(f"{path.relative_to(PACKAGE)}:{line}: …}}{following.value[:40]!r}")
    assert wrong == []


def test_the_draaiboek_is_called_draaiboek_in_dutch() -> None:
    wrong = [form for _context, _source, _numerus, forms in translations() for form in forms]
    wrong = [form for form in wrong if re.search(r"(?i)\bscripts?\b|sessiescript", form)]
    for path, line, node in literals():
        if isinstance(node, ast.Constant) and SCRIPT_IN_DUTCH.search(node.value):
            wrong.append(f"{path.relative_to(PACKAGE)}:{line}: {node.value[:80]!r}")
    assert wrong == []


def test_the_check_catches_what_it_looks_for() -> None:
    assert AFTER_COUNT.search("%1 notities opgeslagen")
    assert not AFTER_COUNT.search("Stap %1 is verwijderd")
    assert ADDRESS.search("Uw gegevens zijn veilig") and ADDRESS.search("U hebt dit plan gewijzigd")
    assert not ADDRESS.search("\\u00e9 nu-u 13 u. menu")
    assert SCRIPT_IN_DUTCH.search("Dit is het laatste tijdvak van het script") and SCRIPT_IN_DUTCH.search(
        "sessiescripts"
    )
    assert not SCRIPT_IN_DUTCH.search("script") and not SCRIPT_IN_DUTCH.search("render_script")
