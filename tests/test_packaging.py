"""What a user installs: the wheel (cards/ and assets/ inside, works non-editable), the sdist, and
the one-folder desktop bundle, each run the way a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

import facilitator_app

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(built: tuple[Path, Path]) -> Path:
    """The wheel `python -m build` makes from the sdist: what a user installs."""
    return built[1]


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


# --- wheel and sdist through the standard build front end ----------------------------


def card_pdf_is_right(pdf: Path) -> None:
    """A printed card deck as a reader sees it: pages, the deck's text, only embedded fonts."""
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 2
    assert "REFLECTIEKAART A" in (reader.pages[0].extract_text() or "")
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert fonts
    assert all("+" in name for name in fonts), fonts  # subset-embedded, never a base-14 font


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: hatchling from this environment, no download in the build.
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (sdist,) = out.glob("facilitator_app-*.tar.gz")
    (wheel_file,) = out.glob("facilitator_app-*.whl")
    return sdist, wheel_file


@pytest.mark.slow
def test_build_makes_an_sdist_and_a_wheel_that_twine_accepts(built: tuple[Path, Path]) -> None:
    sdist, wheel_file = built
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel_file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("PASSED") == 2
    with tarfile.open(sdist) as tar:
        names = tar.getnames()
    top = names[0].split("/")[0]
    # Everything `make run`, `make test` and `make bundle` need, from the sdist alone.
    for needed in (
        "pyproject.toml",
        "README.md",
        "Makefile",
        "tools/setup-venv.sh",
        "packaging/facilitator-app.spec",
        "assets/i18n/facilitator_nl.qm",
        "facilitator_app/cli.py",
    ):
        assert f"{top}/{needed}" in names
    shipped = {p.name for p in (ROOT / "cards").glob("*.toml")}
    assert {n.rsplit("/", 1)[1] for n in names if n.startswith(f"{top}/cards/")} == shipped


def wheel_requirements(wheel_file: Path) -> list[str]:
    """The wheel's own Requires-Dist without extras, read from its METADATA."""
    with zipfile.ZipFile(wheel_file) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(metadata).decode().splitlines()
    return [
        line.split(":", 1)[1].strip()
        for line in lines
        if line.startswith("Requires-Dist:") and "extra" not in line
    ]


@pytest.mark.slow
def test_the_wheel_in_a_fresh_venv_prints_cards(built: tuple[Path, Path], tmp_path: Path) -> None:
    """A clean environment with nothing but the wheel and its requirements.

    Qt is left out on purpose: it is ~600 MB to install, and the command line
    must not need it (only the desktop app imports Qt), which this also checks.
    """
    _, wheel_file = built
    requirements = wheel_requirements(wheel_file)
    assert any(r.lower().startswith("pyside6") for r in requirements)
    without_qt = [r for r in requirements if not r.lower().startswith("pyside6")]
    venv = tmp_path / "fresh venv"
    # Without pip of its own: this venv's pip installs into it (--python), ~4 s less than ensurepip.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = [sys.executable, "-m", "pip", "--python", str(bindir / "python"), "install", "--quiet"]
    subprocess.run([*pip, "--no-deps", str(wheel_file)], check=True, timeout=300)
    subprocess.run([*pip, *without_qt], check=True, timeout=300)
    command = str(bindir / "facilitator-app")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FACILITATOR_APP_DB")}
    version = subprocess.run([command, "--version"], capture_output=True, text=True, env=env, check=True)
    assert version.stdout.strip() == f"facilitator-app {facilitator_app.__version__}"
    pdf = tmp_path / "kaarten.pdf"
    db = tmp_path / "db" / "facilitator.sqlite3"
    subprocess.run(
        [command, "--db", str(db), "print", "cards", "-o", str(pdf)], cwd=tmp_path, env=env, check=True
    )
    card_pdf_is_right(pdf)
    shared = tmp_path / "gedeeld.toml"  # decks export needs tomli-w: a declared requirement
    subprocess.run(
        [command, "--db", str(db), "decks", "export", "reflectiekaarten", "-o", str(shared)],
        env=env,
        check=True,
    )
    assert 'kind = "deck"' in shared.read_text(encoding="utf-8")


# --- the one-folder bundle (PyInstaller) ------------------------------------------------


def test_bundle_rules_drop_the_same_things_in_every_platforms_layout() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import bundle_config

    dropped = [
        "PySide6/Qt/plugins/platforms/libqvnc.so",  # Linux
        "PySide6/plugins/platforms/qvnc.dll",  # Windows
        "PySide6/Qt/plugins/platforms/libqvnc.dylib",  # macOS
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/plugins/generic/qtuiotouchplugin.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_fr.qm",
        "pyphen/dictionaries/hyph_de_DE.dic",
    ]
    kept = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/translations/qtbase_nl.qm",
        "pyphen/dictionaries/hyph_nl_NL.dic",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
    ]
    entries = [(dest, dest, "BINARY") for dest in dropped + kept]
    assert [dest for dest, _, _ in bundle_config.keep(entries)] == kept


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make bundle`'s command, into a temporary folder."""
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "facilitator-app.spec"),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return work / "dist" / "facilitator-app"


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What `env -i HOME=…` leaves: no PATH, no PYTHONPATH, no locale, no XDG variables."""
    return {"HOME": str(home), **extra}


@pytest.mark.slow
def test_bundle_runs_the_cli_in_an_empty_environment(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home" / "Joëlle de Vries"  # a user name with an accent and a space
    home.mkdir(parents=True)
    exe = bundle / "facilitator-app"
    env = bare_env(home, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run([str(exe), "--version"], env=env, capture_output=True, text=True, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"facilitator-app {facilitator_app.__version__}"

    pdf = home / "Mijn kaarten" / "reflectie é.pdf"
    pdf.parent.mkdir()
    printed = subprocess.run(
        [str(exe), "print", "cards", "-o", str(pdf)],
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert printed.returncode == 0, printed.stderr
    assert "Traceback" not in printed.stderr
    card_pdf_is_right(pdf)
    # The database went where platformdirs puts it on Linux, inside the odd home.
    assert (home / ".local" / "share" / "facilitator-app" / "facilitator.sqlite3").is_file()

    # A deck file is written by tomli-w: the bundle must carry it.
    shared = home / "gedeeld.toml"
    exported = subprocess.run(
        [str(exe), "decks", "export", "reflectiekaarten", "-o", str(shared)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert exported.returncode == 0, exported.stderr
    assert 'kind = "deck"' in shared.read_text(encoding="utf-8")

    mistake = subprocess.run(
        [str(exe), "decks", "show", "bestaat-niet"], env=env, capture_output=True, text=True
    )
    assert mistake.returncode == 1
    assert mistake.stderr.startswith("facilitator-app: ")
    assert "Traceback" not in mistake.stderr


@pytest.mark.slow
def test_bundle_holds_content_where_resources_looks_and_leaves_unused_qt_out(bundle: Path) -> None:
    internal = bundle / "_internal"
    data = internal / "facilitator_app" / "_data"
    shipped = {p.name for p in (ROOT / "cards").glob("*.toml")}
    assert {p.name for p in (data / "cards").glob("*.toml")} == shipped
    assert (data / "assets" / "i18n" / "facilitator_nl.qm").is_file()
    assert not list((data / "assets" / "i18n").glob("*.ts"))
    assert {p.name for p in (data / "assets" / "fonts").iterdir()} == {
        p.name for p in (ROOT / "assets" / "fonts").iterdir()
    }
    names = {p.name for p in internal.rglob("*")}
    assert any("Qt6Pdf" in name for name in names)
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Multimedia", "gtk-3", "libqtvirtualkeyboard"):
        assert not any(unused in name for name in names), unused
    assert {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()} == {"qtbase_nl.qm"}
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    # Desktop integration beside the executable.
    assert os.access(bundle / "install.sh", os.X_OK)
    assert (bundle / "share" / "applications" / "facilitator-app.desktop").is_file()
    assert (bundle / "share" / "icons" / "hicolor" / "256x256" / "apps" / "facilitator-app.png").is_file()


@pytest.mark.slow
def test_bundle_starts_the_desktop_app_without_arguments(bundle: Path, tmp_path: Path) -> None:
    """No arguments: the window comes up (offscreen), creates the database and keeps running."""
    home = tmp_path / "home"
    home.mkdir()
    db = home / ".local" / "share" / "facilitator-app" / "facilitator.sqlite3"
    process = subprocess.Popen(
        [str(bundle / "facilitator-app")],
        env=bare_env(home, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not db.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # the window is built after the database is open
        assert process.poll() is None, process.communicate()
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert db.is_file()
    assert "Traceback" not in stderr
