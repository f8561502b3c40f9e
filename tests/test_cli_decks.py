"""`decks export` and `decks import` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from .test_cli import run


def test_export_then_import_into_another_database(tmp_path: Path) -> None:
    first, second = tmp_path / "een.sqlite3", tmp_path / "twee.sqlite3"
    target = tmp_path / "reflectie.toml"
    out = run("decks", "export", "reflectiekaarten", "-o", str(target), db=first).stdout
    assert "geschreven naar" in out and target.is_file()
    assert 'kind = "deck"' in target.read_text(encoding="utf-8")
    out = run("decks", "import", str(target), db=second).stdout
    assert "ingelezen als nieuwe, bewerkbare set" in out
    listed = json.loads(run("decks", "list", "--json", db=second).stdout)["decks"]
    own = [
        deck for deck in listed if deck["key"] != "reflectiekaarten" and deck["title"].startswith("Reflectie")
    ]
    assert len(own) == 1
    original = json.loads(run("decks", "show", "reflectiekaarten", "--json", db=first).stdout)
    imported = json.loads(run("decks", "show", own[0]["key"], "--json", db=second).stdout)
    fields = ("key", "title", "body", "source", "subtitle")
    assert [[c.get(f) for f in fields] for c in imported["cards"]] == [
        [c.get(f) for f in fields] for c in original["cards"]
    ]


def test_importing_a_broken_file_fails_calmly_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    before = run("decks", "list", db=db).stdout
    broken = tmp_path / "kapot.toml"
    broken.write_text('format = 1\nkind = "deck"\nkey = "kapot"\ntitle = "Kapot\n', encoding="utf-8")
    result = run("decks", "import", str(broken), db=db, check=False)
    assert result.returncode == 1
    assert "kapot.toml, regel 4" in result.stderr
    assert "Traceback" not in result.stderr
    assert run("decks", "list", db=db).stdout == before


def test_export_mistakes_are_dutch_messages(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    unknown = run("decks", "export", "bestaat-niet", "-o", str(tmp_path / "x.toml"), db=db, check=False)
    assert unknown.returncode == 1 and "bestaat niet" in unknown.stderr and "Traceback" not in unknown.stderr
    folder = run(
        "decks", "export", "reflectiekaarten", "-o", str(tmp_path / "geen" / "x.toml"), db=db, check=False
    )
    assert folder.returncode == 1 and "bestaat niet" in folder.stderr
    missing = run("decks", "import", str(tmp_path / "weg.toml"), db=db, check=False)
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    usage = run("decks", "export", "reflectiekaarten", db=db, check=False)
    assert usage.returncode == 2 and "-o" in usage.stderr
