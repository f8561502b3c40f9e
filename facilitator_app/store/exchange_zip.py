"""Reading an archive without trusting it: zip safety (bombs, path tricks, links, encryption), the
manifest, and every record checked by the rules typed input follows (``core/validation.py``).

Anything wrong refuses the whole file with a Dutch :class:`~.exchange_format.ExchangeError`.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..core.dutch import invalid_text
from ..core.models import VisionFile
from ..core.validation import record_problems
from .exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    READABLE_VERSIONS,
    VISION_FILES,
    ExchangeError,
    labeller,
    refuse,
    safe_file_name,
)
from .tables import JSON, KINDS, Kind

# Limits against hostile archives (zip bombs, path tricks). Real archives of a
# whole partnership stay far below: 100 schools x 20 sessions x 60 notes with
# their record PDFs is about 150 MB uncompressed.
MAX_MEMBERS = 50_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_VISION_FILE_BYTES = 20 * 1024 * 1024  # as for an imported vision document


@dataclass(frozen=True)
class ArchiveContent:
    """A validated archive: its manifest and records per kind."""

    path: Path
    manifest: dict[str, Any]
    data: dict[str, list[dict[str, Any]]]
    vision_files: dict[str, VisionFile] = field(default_factory=dict)  # school id -> original document


_DRIVE = re.compile(r"^[A-Za-z]:")


def _check_member(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    pure = PurePosixPath(name)
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or _DRIVE.match(name)
        or ".." in pure.parts
        or "\x00" in name
    ):
        raise refuse(path, f"het bevat een onveilige bestandsnaam ('{name[:80]}').")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise refuse(path, f"het bevat een snelkoppeling ('{name[:80]}').")
    if info.flag_bits & 0x1:
        raise refuse(path, "het is versleuteld.")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise refuse(path, "het is verdacht sterk ingepakt (een zogenaamde zip-bom).")


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """Read at most ``limit`` bytes, whatever the header claims."""
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(1024 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise refuse(path, "het is groter dan toegestaan (een zogenaamde zip-bom).")
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(path: Path) -> ArchiveContent:
    """Open and validate an archive; :class:`ExchangeError` (Dutch) for anything wrong with it."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ExchangeError(f"Het bestand '{path}' bestaat niet of is geen bestand.")
    try:
        if not zipfile.is_zipfile(path):
            raise refuse(path, "het is geen archief van deze app (geen zip-bestand).")
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise refuse(path, "het bevat te veel bestanden.")
            names = [info.filename for info in infos]
            if len(set(names)) != len(names):
                raise refuse(path, "het bevat bestanden met dezelfde naam.")
            total = 0
            for info in infos:
                _check_member(path, info)
                total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise refuse(path, "het is uitgepakt groter dan toegestaan (een zogenaamde zip-bom).")
            by_name = {info.filename: info for info in infos}
            if "manifest.json" not in by_name:
                raise refuse(path, "het is geen archief van deze app (manifest.json ontbreekt).")
            budget = MAX_JSON_BYTES
            manifest_raw = _read_member(path, archive, by_name["manifest.json"], budget)
            manifest = _parse_json(path, "manifest.json", manifest_raw)
            _check_manifest(path, manifest)
            data: dict[str, list[dict[str, Any]]] = {}
            for kind in KINDS:
                member = f"data/{kind.table}.json"
                if member not in by_name and manifest["format_version"] < kind.since:
                    data[kind.name] = []  # an older format: this table did not exist yet
                    continue
                if member not in by_name:
                    raise refuse(path, f"{member} ontbreekt.")
                raw = _read_member(path, archive, by_name[member], budget)
                budget -= len(raw)
                data[kind.name] = _validate_records(path, member, kind, _parse_json(path, member, raw))
            vision_files = _read_vision_files(path, archive, infos, {s["id"] for s in data["school"]})
    except zipfile.BadZipFile:
        raise refuse(path, "het zip-bestand is beschadigd.") from None
    except (OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise refuse(path, f"het kan niet worden gelezen ({error}).") from None
    _check_references(path, data)
    _check_values(path, data)
    assert isinstance(manifest, dict)
    return ArchiveContent(path, manifest, data, vision_files)


def _read_vision_files(
    path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], schools: set[str]
) -> dict[str, VisionFile]:
    files: dict[str, VisionFile] = {}
    for info in infos:
        parts = PurePosixPath(info.filename).parts
        if not parts or parts[0] != VISION_FILES or info.is_dir():
            continue
        if len(parts) != 3 or parts[1] not in schools or parts[1] in files:
            raise refuse(path, f"'{info.filename[:80]}' hoort bij geen school in het archief.")
        data = _read_member(path, archive, info, MAX_VISION_FILE_BYTES)
        files[parts[1]] = VisionFile(name=safe_file_name(parts[2]), data=data)
    return files


def _parse_json(path: Path, member: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        where = f" (regel {line})" if line else ""
        raise refuse(path, f"{member} is geen geldige JSON{where}.") from None


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise refuse(path, "het is geen archief van deze app (onbekend formaat).")
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise refuse(path, "de formaatversie ontbreekt of is ongeldig.")
    if version > FORMAT_VERSION:
        raise refuse(
            path,
            f"het is gemaakt met een nieuwere versie van de app (formaat {version}); werk de app bij.",
        )
    if version not in READABLE_VERSIONS:
        raise refuse(path, f"formaatversie {version} wordt niet ondersteund.")


_UUIDISH = re.compile(r"^[0-9A-Za-z-]{1,64}$")


def _validate_records(path: Path, member: str, kind: Kind, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise refuse(path, f"{member} moet een lijst zijn.")
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, item in enumerate(value, start=1):
        where = f"{member}, record {number}"
        if not isinstance(item, dict):
            raise refuse(path, f"{where} is geen object.")
        record: dict[str, Any] = {}
        for column, kind_type in kind.columns.items():
            if column not in item:
                raise refuse(path, f"{where}: het veld '{column}' ontbreekt.")
            field_value = item[column]
            if not _type_ok(kind_type, field_value):
                raise refuse(path, f"{where}: het veld '{column}' heeft een ongeldige waarde.")
            record[column] = field_value
        for column in kind.key:
            if column.endswith("id") and not _UUIDISH.match(str(record[column])):
                raise refuse(path, f"{where}: ongeldig nummer in '{column}'.")
        key = kind.key_of(record)
        if key in seen:
            raise refuse(path, f"{where}: dubbel record ({key}).")
        seen.add(key)
        records.append(record)
    return records


def _type_ok(kind_type: str, value: Any) -> bool:
    nullable = kind_type.endswith("?")
    base = kind_type.rstrip("?")
    if value is None:
        return nullable or base == JSON
    if base == "str":
        return isinstance(value, str)
    if base == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if base == "num":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True  # json: any JSON value


def _check_references(path: Path, data: Mapping[str, list[dict[str, Any]]]) -> None:
    """Every record must point at a school/session in the archive (imports never attach to strangers)."""
    schools = {s["id"] for s in data["school"]}
    sessions = {s["id"] for s in data["session"]}
    for session in data["session"]:
        if session["school_id"] not in schools:
            raise refuse(path, f"sessie {session['id']} hoort bij een school die niet in het archief staat.")
    for kind in KINDS[2:]:
        for record in data[kind.name]:
            if record["session_id"] not in sessions:
                raise refuse(path, f"een {kind.label} hoort bij een sessie die niet in het archief staat.")


def _check_values(path: Path, data: Mapping[str, list[dict[str, Any]]]) -> None:
    """Every value by the rules typed input follows (core/validation.py); the first bad record is named."""
    label = labeller(data)
    bad = [
        (kind, record, problems)
        for kind in KINDS
        for record in data[kind.name]
        if (problems := record_problems(kind.name, record))
    ]
    if not bad:
        return
    kind, record, problems = bad[0]
    what = "; ".join(invalid_text(p) for p in problems[:3])
    more = f" Nog {len(bad) - 1} andere record(s) hebben ongeldige waarden." if len(bad) > 1 else ""
    raise refuse(path, f"{label(kind.name, record)}: {what}.{more}")
