"""The release artefact: the bundle folder as a .tar.gz, with a SHA256SUMS file beside it.

    python packaging/release.py dist/facilitator-app        (make release)

writes dist/facilitator-app-<version>-<system>-<machine>.tar.gz, which unpacks
to one folder facilitator-app/, and dist/SHA256SUMS in the format that
`sha256sum -c SHA256SUMS` (and `shasum -a 256 -c` on macOS) checks.
"""

from __future__ import annotations

import hashlib
import platform
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from facilitator_app import __version__  # noqa: E402


def archive_name(version: str = __version__) -> str:
    system = platform.system().lower()  # linux, darwin, windows
    machine = platform.machine().lower() or "unknown"
    return f"facilitator-app-{version}-{system}-{machine}.tar.gz"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def make_release(folder: Path) -> tuple[Path, Path]:
    if not (folder / "_internal").is_dir():
        raise SystemExit(f"release.py: {folder} is not a built bundle (run `make bundle` first)")
    out = folder.parent / archive_name()
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    sums = folder.parent / "SHA256SUMS"
    sums.write_text(f"{sha256(out)}  {out.name}\n", encoding="utf-8")
    return out, sums


if __name__ == "__main__":
    archive, checksums = make_release(Path(sys.argv[1]))
    print(archive)
    print(checksums)
