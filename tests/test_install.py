"""Setting up and installing without a developer at hand: the venv lock, install.sh, the release archive."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import release  # noqa: E402

# --- make: two set-ups at once ---------------------------------------------------------

FAKE_PYTHON = textwrap.dedent(
    """\
    #!/bin/sh
    # Stands in for python3: `-m venv DIR` is slow and logs; pip logs; -c passes.
    log="$FAKE_LOG"
    case "$1 $2" in
      "-m venv")
        echo "venv start $$" >>"$log"
        mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
        sleep 1
        echo "venv end $$" >>"$log" ;;
      "-m pip") echo "pip $*" >>"$log" ;;
    esac
    exit 0
    """
)


def path_without_flock(tmp_path: Path) -> str:
    """A PATH with the tools the script uses but no flock, as on macOS."""
    bindir = tmp_path / "no-flock-bin"
    bindir.mkdir()
    for tool in ("sh", "mkdir", "cp", "cat", "rm", "sleep", "touch"):
        found = shutil.which(tool)
        assert found
        (bindir / tool).symlink_to(found)
    return str(bindir)


@pytest.mark.parametrize("lock", ["flock", "mkdir"])
def test_two_setups_started_together_build_the_venv_once(tmp_path: Path, lock: str) -> None:
    if lock == "flock" and not shutil.which("flock"):
        pytest.skip("no flock(1) on this system; the mkdir case covers it")
    clone = tmp_path / "fresh clone"
    clone.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", clone)
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    log = tmp_path / "log"
    env = {
        "FAKE_LOG": str(log),
        "PATH": os.environ["PATH"] if lock == "flock" else path_without_flock(tmp_path),
    }
    script = str(ROOT / "tools" / "setup-venv.sh")
    args = ["sh", script, str(fake), ".venv", "dev", ".venv/.installed"]
    runs = [subprocess.Popen(args, cwd=clone, env=env, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=60), run.stderr.read() if run.stderr else "") for run in runs]
    for run in runs:
        if run.stderr:
            run.stderr.close()
    assert results == [(0, ""), (0, "")]
    lines = log.read_text().splitlines()
    assert [line.split()[:2] for line in lines if line.startswith("venv")] == [
        ["venv", "start"],
        ["venv", "end"],
    ]
    assert sum(line.startswith("pip") for line in lines) == 2  # pip itself, then the app: once
    assert (clone / ".venv" / ".installed").is_file()
    assert not (clone / ".venv.lock.d").exists()


# --- install.sh: the user's own account ------------------------------------------------


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """An unpacked release: install.sh and share/ from the repo, a stand-in executable."""
    folder = tmp_path / "Downloads" / "facilitator-app"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "facilitator-app"
    exe.write_text('#!/bin/sh\necho "started $*"\n')
    exe.chmod(0o755)
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", folder)
    shutil.copytree(ROOT / "packaging" / "linux" / "share", folder / "share")
    return folder


def test_install_sh_installs_for_a_user_with_an_odd_name_and_uninstalls(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home" / 'Joëlle "Jo" de Vries $HOME 100%'
    data = home / ".local" / "share" / "facilitator-app"
    data.mkdir(parents=True)
    (data / "facilitator.sqlite3").write_bytes(b"the user's data")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}

    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Start het vanuit het menu" in done.stdout
    target = home / ".local" / "opt" / "facilitator-app"
    started = subprocess.run(
        [str(home / ".local" / "bin" / "facilitator-app"), "--version"], capture_output=True, text=True
    )
    assert started.stdout == "started --version\n"
    assert (target / "_internal").is_dir()
    desktop = (home / ".local" / "share" / "applications" / "facilitator-app.desktop").read_text()
    # Desktop Entry quoting: ", ` and $ escaped in the quoted argument, the backslash doubled
    # again as a string escape; % doubled.
    quoted = str(target / "facilitator-app").replace('"', '\\\\"').replace("$", "\\\\$").replace("%", "%%")
    assert f'Exec="{quoted}"\n' in desktop
    assert "Icon=facilitator-app\n" in desktop
    for size in (16, 32, 48, 256):
        assert (home / ".local/share/icons/hicolor" / f"{size}x{size}" / "apps/facilitator-app.png").is_file()

    # A newer version installed over it replaces the program, not the data.
    (unpacked / "_internal" / "new-file").write_text("v2")
    assert subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True).returncode == 0
    assert (target / "_internal" / "new-file").is_file()

    gone = subprocess.run(
        ["sh", str(target / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert gone.returncode == 0, gone.stderr
    assert not target.exists()
    assert not (home / ".local" / "bin" / "facilitator-app").exists()
    assert not (home / ".local" / "share" / "applications" / "facilitator-app.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob("facilitator-app.*"))
    assert (data / "facilitator.sqlite3").read_bytes() == b"the user's data"
    assert str(data) in gone.stdout


def test_install_sh_refuses_outside_an_unpacked_folder(tmp_path: Path) -> None:
    lone = tmp_path / "install.sh"
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", lone)
    result = subprocess.run(
        ["sh", str(lone)],
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "uitgepakte map" in result.stderr


def test_desktop_file_and_icons_are_complete() -> None:
    desktop = (ROOT / "packaging/linux/share/applications/facilitator-app.desktop").read_text()
    entries = dict(line.split("=", 1) for line in desktop.splitlines()[1:] if "=" in line)
    assert desktop.startswith("[Desktop Entry]\n")
    assert entries["Type"] == "Application"
    assert entries["Name"] == "facilitator-app"
    assert entries["Icon"] == "facilitator-app"
    assert entries["Terminal"] == "false"
    assert entries["Categories"].endswith(";")
    hicolor = ROOT / "packaging/linux/share/icons/hicolor"
    from PySide6.QtGui import QImage

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / "facilitator-app.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (hicolor / "scalable/apps/facilitator-app.svg").read_bytes() == (
        ROOT / "assets/icons/facilitator-app.svg"
    ).read_bytes()


# --- make release -----------------------------------------------------------------------


def test_release_is_one_folder_in_a_tar_gz_with_its_checksum(unpacked: Path) -> None:
    archive, sums = release.make_release(unpacked)
    assert archive.parent == unpacked.parent
    assert archive.name.startswith(f"facilitator-app-{release.__version__}-")
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert {name.split("/")[0] for name in members} == {"facilitator-app"}
    assert members["facilitator-app/facilitator-app"].mode & 0o111
    assert members["facilitator-app/install.sh"].mode & 0o111
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    assert sums.read_text() == f"{digest}  {archive.name}\n"
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=archive.parent, check=True, capture_output=True)


def test_release_refuses_a_folder_that_is_not_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make bundle"):
        release.make_release(tmp_path)
