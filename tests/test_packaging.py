"""A wheel carries cards/ and assets/, and works when installed non-editable."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("facilitator_app-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_content_and_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped_cards = {p.name for p in (ROOT / "cards").glob("*.toml")}
    assert shipped_cards
    assert {f"facilitator_app/_data/cards/{name}" for name in shipped_cards} <= names
    assets = {str(p.relative_to(ROOT)) for p in (ROOT / "assets").rglob("*") if p.is_file()}
    assert {f"facilitator_app/_data/{a}" for a in assets} <= names
    assert not any(name.startswith(("tests/", "cards/", "assets/")) for name in names)


@pytest.mark.slow
def test_installed_wheel_runs_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    """Unpacking a wheel is what pip does; run it from elsewhere with the checkout out of reach."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    code = (
        "import facilitator_app, facilitator_app.resources as r, sys;"
        "print(facilitator_app.__file__); print(r.cards_dir()); print(r.assets_dir());"
        "from facilitator_app.cli import main; sys.exit(main(['--db', 'x.sqlite3', 'themes', 'list']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    module_file, cards, assets, listing = result.stdout.splitlines()[:4]
    assert module_file.startswith(str(site))
    assert cards == str(site / "facilitator_app" / "_data" / "cards")
    assert assets == str(site / "facilitator_app" / "_data" / "assets")
    assert "Professionaliseren" in listing
