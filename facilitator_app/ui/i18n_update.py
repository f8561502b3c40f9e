"""Regenerate the Dutch translation files: ``python -m facilitator_app.ui.i18n_update``.

Runs pyside6-lupdate over app.py and the ui package (new strings become
unfinished entries in the .ts), then pyside6-lrelease to compile the .qm.

English is the source language, so it needs no translation, except for plurals:
``tr("%n school(s)", "", n)`` shows "2 school(s)" without one. The English
file holds only those (``-pluralonly``), and its forms are written here from
the source ("%n school", "%n schools"): nothing to translate by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from .. import resources
from .i18n import EN_TS_NAME, TS_NAME

_PACKAGE = Path(__file__).resolve().parent.parent


def sources() -> list[Path]:
    return [_PACKAGE / "app.py", *sorted((_PACKAGE / "ui").rglob("*.py"))]


def tool(name: str) -> str:
    # The tools sit next to the interpreter in a virtualenv.
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def update(ts_file: Path | None = None, qm_file: Path | None = None) -> None:
    ts = ts_file or resources.translations_dir() / f"{TS_NAME}.ts"
    qm = qm_file or ts.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts), "-no-obsolete", "-locations", "none"],
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    english = ts.with_name(f"{EN_TS_NAME}.ts")
    subprocess.run(
        [
            *(tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(english), "-pluralonly"),
            *("-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", "en"),
        ],
        check=True,
    )
    english.write_text(english_plurals(english.read_text(encoding="utf-8")), encoding="utf-8")
    subprocess.run(
        [tool("pyside6-lrelease"), str(english), "-qm", str(english.with_suffix(".qm"))], check=True
    )


def english_plurals(ts_text: str) -> str:
    """Every plural entry of the English .ts filled from its source: "(s)" dropped, then as "s"."""

    def fill(match: re.Match[str]) -> str:
        source = match.group("source")
        forms = (source.replace("(s)", ""), source.replace("(s)", "s"))
        body = "".join(f"\n            <numerusform>{form}</numerusform>" for form in forms)
        return f"{match.group('head')}<translation>{body}\n        </translation>"

    return _PLURAL.sub(fill, ts_text)


_PLURAL = re.compile(
    r"(?P<head><message numerus=\"yes\">\s*<source>(?P<source>.*?)</source>\s*)<translation[^>]*>.*?</translation>",
    re.DOTALL,
)


if __name__ == "__main__":
    update()
