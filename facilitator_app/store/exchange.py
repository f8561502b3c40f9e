"""Moving data between installations: one portable archive file, and deck files.

Archive (``.fapp`` or ``.zip``)
    A zip with ``manifest.json`` (format, format version, app version,
    created), ``data/<table>.json`` for schools, sessions, participants,
    notes, outcomes, amendments, timebox runs and follow-ups (since format
    version 2; an archive of version 1 has none), ``records/<session>.pdf``
    (the record of every finished session, when a renderer is passed),
    ``visions/<school>.txt`` and ``vision-files/<school>/<name>`` (the
    document the vision was imported from, restored on import). Records are keyed by UUID; references to
    content that every installation has under its own ids (themes, scenarios,
    inspiration cards) travel as stable keys (``"map-key/scenario-key"``).
    The file is created 0600: it names people.

    :func:`export_archive` writes one; :func:`plan_import` reads one,
    refusing hostile or broken files with a Dutch :class:`ExchangeError`,
    and compares it with the database: an :class:`ImportPlan` lists what is
    ``new``, the ``same``, and the ``conflicts`` (same UUID, other content).
    :func:`apply_import` applies the plan in one transaction, each conflict
    as the user chose (``"keep_mine"`` or ``"take_theirs"``).

Deck files
    :func:`import_deck_file` reads a deck in the ``cards/`` TOML format
    (see :mod:`facilitator_app.core.deckfile` for writing one) and stores it
    as a new editable deck, under a fresh key when its key is taken.
"""

from __future__ import annotations

import json
import re
import sqlite3
import stat
import zipfile
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from .. import __version__
from ..core.dutch import invalid_text
from ..core.history import RecordData
from ..core.models import Deck, VisionFile
from ..core.validation import printable, record_problems
from ..privatefiles import OwnFileError, atomic_writer, refuse_own_file
from .base import write_transaction
from .damaged import damaged_sessions
from .database import now_iso
from .errors import StoreError, classify
from .tables import JSON, KIND_BY_NAME, KINDS, Kind

if TYPE_CHECKING:  # the Store imports this package's repositories; no cycle at run time
    from .store import Store

__all__ = [
    "ARCHIVE_SUFFIXES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Conflict",
    "ExchangeError",
    "ExportReport",
    "ImportPlan",
    "ImportReport",
    "RecordRef",
    "Resolution",
    "apply_import",
    "export_archive",
    "import_deck_file",
    "plan_import",
    "read_archive",
]

FORMAT_NAME = "facilitator-app-archief"
FORMAT_VERSION = 2
# Version 2 added data/followups.json; a version-1 archive still imports (without it).
READABLE_VERSIONS = frozenset({1, 2})
ARCHIVE_SUFFIXES = (".fapp", ".zip")

# Limits against hostile archives (zip bombs, path tricks). Real archives of a
# whole partnership stay far below: 100 schools x 20 sessions x 60 notes with
# their record PDFs is about 150 MB uncompressed.
MAX_MEMBERS = 50_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_JSON_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024

VISION_FILES = "vision-files"
MAX_VISION_FILE_BYTES = 20 * 1024 * 1024  # as for an imported vision document

Resolution = Literal["keep_mine", "take_theirs"]
RESOLUTIONS: tuple[Resolution, ...] = ("keep_mine", "take_theirs")
RecordRenderer = Callable[[RecordData], bytes]


class ExchangeError(StoreError):
    """An archive or deck file that cannot be used; ``str()`` is the Dutch message. Nothing was changed."""


# The tables and their column types: store/tables.py.
# Left out when deciding whether two records are "the same".
_IGNORED_IN_COMPARISON = frozenset({"updated_at"})


# ─────────────────────────────────────────────────── portable references


class _Refs:
    """Translate local ids of shared content to stable keys and back."""

    def __init__(self, store: Store) -> None:
        rows = store.db.query(
            "SELECT s.id, m.key AS map_key, s.key FROM scenarios s JOIN scenario_maps m ON m.id = s.map_id"
        )
        self.scenario_out: dict[str, str] = {}
        self.scenario_in: dict[str, str] = {}
        for row in rows:
            ref = f"{row['map_key']}/{row['key']}"
            self.scenario_out[row["id"]] = ref
            self.scenario_in[ref] = row["id"]
        self.card_out: dict[str, str] = {}
        self.card_in: dict[str, str] = {}
        for row in store.db.query(
            "SELECT c.id, d.key AS deck_key, c.key FROM cards c JOIN decks d ON d.id = c.deck_id"
        ):
            ref = f"{row['deck_key']}/{row['key']}"
            self.card_out[row["id"]] = ref
            self.card_in[ref] = row["id"]
        self.theme_out = {row["id"]: row["key"] for row in store.db.query("SELECT id, key FROM themes")}
        self.theme_in = {v: k for k, v in self.theme_out.items()}

    def scenario(self, value: object, *, out: bool) -> object:
        if not isinstance(value, str) or not value:
            return value
        table = self.scenario_out if out else self.scenario_in
        return table.get(value, value)

    def cards(self, value: object, *, out: bool) -> object:
        if not isinstance(value, list):
            return value
        table = self.card_out if out else self.card_in
        return [table.get(item, item) if isinstance(item, str) else item for item in value]

    def amendment_value(self, field_name: str, value: object, *, out: bool) -> object:
        if field_name == "scenario_id":
            return self.scenario(value, out=out)
        if field_name == "inspiration_card_ids":
            return self.cards(value, out=out)
        return value


def _to_portable(kind: Kind, row: Mapping[str, Any], refs: _Refs) -> dict[str, Any]:
    """A database row as an archive record."""
    record: dict[str, Any] = {}
    for column, kind_type in kind.columns.items():
        if column == "theme_key":
            theme_id = row.get("theme_id")
            record[column] = refs.theme_out.get(theme_id) if theme_id else None
            continue
        value = row[column]
        if kind_type == JSON:
            value = None if value is None else json.loads(value)
        if kind.name == "outcome" and column == "scenario_id":
            value = refs.scenario(value, out=True)
        elif kind.name == "outcome" and column == "inspiration_card_ids":
            value = refs.cards(value, out=True)
        elif kind.name == "amendment" and column in ("old", "new"):
            value = refs.amendment_value(str(row["field"]), value, out=True)
        record[column] = value
    return record


def _to_row(kind: Kind, record: Mapping[str, Any], refs: _Refs) -> dict[str, Any]:
    """An archive record as a row for this database."""
    row: dict[str, Any] = {}
    for column, kind_type in kind.columns.items():
        value = record[column]
        if column == "theme_key":
            row["theme_id"] = refs.theme_in.get(value) if value else None
            continue
        if kind.name == "outcome" and column == "scenario_id":
            value = refs.scenario(value, out=False)
        elif kind.name == "outcome" and column == "inspiration_card_ids":
            value = refs.cards(value, out=False)
        elif kind.name == "amendment" and column in ("old", "new"):
            value = refs.amendment_value(str(record["field"]), value, out=False)
        if kind_type == JSON:
            value = None if value is None else json.dumps(value, ensure_ascii=False)
        row[column] = value
    return row


def _comparable(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _IGNORED_IN_COMPARISON}


# ──────────────────────────────────────────────────────────────── export


@dataclass(frozen=True)
class ExportReport:
    path: Path
    counts: dict[str, int]
    records: int  # record PDFs included
    skipped: tuple[str, ...] = ()  # damaged sessions left out (Dutch descriptions)


def _select(store: Store, kind: Kind, school_ids: set[str] | None) -> list[dict[str, Any]]:
    order = ", ".join(kind.key)
    if kind.name == "school":
        rows = list(store.db.query(f"SELECT * FROM schools ORDER BY {order}"))
        return [r for r in rows if school_ids is None or r["id"] in school_ids]
    if kind.name == "session":
        rows = list(store.db.query(f"SELECT * FROM sessions ORDER BY {order}"))
        return [r for r in rows if school_ids is None or r["school_id"] in school_ids]
    rows = list(
        store.db.query(
            f"SELECT t.*, s.school_id AS _school FROM {kind.table} t "
            f"JOIN sessions s ON s.id = t.session_id ORDER BY {', '.join('t.' + k for k in kind.key)}"
        )
    )
    return [r for r in rows if school_ids is None or r["_school"] in school_ids]


def _default_schools(store: Store) -> set[str]:
    """Everything, except an example school nobody held a session with (every installation has it)."""
    return {
        row["id"]
        for row in store.db.query(
            "SELECT id FROM schools WHERE is_example = 0 "
            "OR EXISTS (SELECT 1 FROM sessions WHERE sessions.school_id = schools.id)"
        )
    }


def collect(
    store: Store, school_ids: Iterable[str] | None = None, leave_out: Collection[str] = ()
) -> dict[str, list[dict[str, Any]]]:
    """The archive records of the chosen schools (default: all), per kind, in a stable order.

    ``leave_out``: sessions (damaged ones) left out with everything that belongs to them.
    """
    chosen = set(school_ids) if school_ids is not None else _default_schools(store)
    refs = _Refs(store)
    return {
        kind.name: [
            _to_portable(kind, row, refs)
            for row in _select(store, kind, chosen)
            if row.get("session_id" if kind.name != "session" else "id") not in leave_out
        ]
        for kind in KINDS
    }


def export_archive(
    store: Store,
    target: Path,
    school_ids: Sequence[str] | None = None,
    *,
    record_renderer: RecordRenderer | None = None,
    created: str | None = None,
) -> ExportReport:
    """Write the chosen schools (default: all) to one archive file at ``target`` (0600).

    ``record_renderer`` (``facilitator_app.pdf.render_record_data``) adds the
    record PDF of every finished session. The file appears under its name
    only once it is complete.
    """
    if school_ids is not None:
        for school_id in school_ids:
            store.schools.get(school_id)  # NotFoundError for an unknown school
    # A session whose stored values break the rules would break the archive (and its import): left out, named.
    damaged = damaged_sessions(store.sessions)
    data = collect(store, school_ids, {d.id for d in damaged})
    chosen_schools = {s["id"] for s in data["school"]}
    skipped = tuple(d.describe() for d in damaged if d.school_id in chosen_schools)
    counts = {kind.table: len(data[kind.name]) for kind in KINDS}
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "created": created or now_iso(),
        "schools": [s["name"] for s in data["school"]],
        "counts": counts,
    }
    target = target.expanduser()
    try:
        refuse_own_file(target)
    except OwnFileError as error:
        raise ExchangeError(str(error)) from None
    records = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            atomic_writer(target) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr("manifest.json", _json_bytes(manifest))
            for kind in KINDS:
                archive.writestr(f"data/{kind.table}.json", _json_bytes(data[kind.name]))
            for school in data["school"]:
                if school["vision"].strip():
                    archive.writestr(f"visions/{school['id']}.txt", school["vision"].encode("utf-8"))
                document = store.schools.vision_file(school["id"])
                if document is not None:
                    archive.writestr(
                        f"{VISION_FILES}/{school['id']}/{_safe_file_name(document.name)}", document.data
                    )
            if record_renderer is not None:
                for session in data["session"]:
                    if session["status"] == "finished":
                        pdf = record_renderer(store.archive.record_data(session["id"]))
                        archive.writestr(f"records/{session['id']}.pdf", pdf, zipfile.ZIP_STORED)
                        records += 1
    except OSError as error:
        raise ExchangeError(
            f"'{target}' kan niet worden geschreven: {error.strerror}. Kies een andere plek."
        ) from None
    return ExportReport(target, counts, records, skipped)


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


# ──────────────────────────────────────────────────────── reading safely


@dataclass(frozen=True)
class ArchiveContent:
    """A validated archive: its manifest and records per kind."""

    path: Path
    manifest: dict[str, Any]
    data: dict[str, list[dict[str, Any]]]
    vision_files: dict[str, VisionFile] = field(default_factory=dict)  # school id -> original document


def _refuse(path: Path, problem: str) -> ExchangeError:
    message = f"'{path.name}' kan niet worden geïmporteerd: {problem} Er is niets gewijzigd."
    return ExchangeError(printable(message))


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
        raise _refuse(path, f"het bevat een onveilige bestandsnaam ('{name[:80]}').")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise _refuse(path, f"het bevat een snelkoppeling ('{name[:80]}').")
    if info.flag_bits & 0x1:
        raise _refuse(path, "het is versleuteld.")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(path, "het is verdacht sterk ingepakt (een zogenaamde zip-bom).")


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
                raise _refuse(path, "het is groter dan toegestaan (een zogenaamde zip-bom).")
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(path: Path) -> ArchiveContent:
    """Open and validate an archive; :class:`ExchangeError` (Dutch) for anything wrong with it."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ExchangeError(f"Het bestand '{path}' bestaat niet of is geen bestand.")
    try:
        if not zipfile.is_zipfile(path):
            raise _refuse(path, "het is geen archief van deze app (geen zip-bestand).")
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _refuse(path, "het bevat te veel bestanden.")
            names = [info.filename for info in infos]
            if len(set(names)) != len(names):
                raise _refuse(path, "het bevat bestanden met dezelfde naam.")
            total = 0
            for info in infos:
                _check_member(path, info)
                total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _refuse(path, "het is uitgepakt groter dan toegestaan (een zogenaamde zip-bom).")
            by_name = {info.filename: info for info in infos}
            if "manifest.json" not in by_name:
                raise _refuse(path, "het is geen archief van deze app (manifest.json ontbreekt).")
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
                    raise _refuse(path, f"{member} ontbreekt.")
                raw = _read_member(path, archive, by_name[member], budget)
                budget -= len(raw)
                data[kind.name] = _validate_records(path, member, kind, _parse_json(path, member, raw))
            vision_files = _read_vision_files(path, archive, infos, {s["id"] for s in data["school"]})
    except zipfile.BadZipFile:
        raise _refuse(path, "het zip-bestand is beschadigd.") from None
    except (OSError, EOFError, NotImplementedError, RuntimeError) as error:
        raise _refuse(path, f"het kan niet worden gelezen ({error}).") from None
    _check_references(path, data)
    _check_values(path, data)
    assert isinstance(manifest, dict)
    return ArchiveContent(path, manifest, data, vision_files)


def _safe_file_name(name: str) -> str:
    """Just a file name: no folders, nothing a zip tool could misread."""
    cleaned = re.sub(r"[\\/:\x00-\x1f]+", "_", PurePosixPath(name.replace("\\", "/")).name).strip(". ")
    return cleaned[:120] or "visie"


def _read_vision_files(
    path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], schools: set[str]
) -> dict[str, VisionFile]:
    files: dict[str, VisionFile] = {}
    for info in infos:
        parts = PurePosixPath(info.filename).parts
        if not parts or parts[0] != VISION_FILES or info.is_dir():
            continue
        if len(parts) != 3 or parts[1] not in schools or parts[1] in files:
            raise _refuse(path, f"'{info.filename[:80]}' hoort bij geen school in het archief.")
        data = _read_member(path, archive, info, MAX_VISION_FILE_BYTES)
        files[parts[1]] = VisionFile(name=_safe_file_name(parts[2]), data=data)
    return files


def _parse_json(path: Path, member: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        line = getattr(error, "lineno", None)
        where = f" (regel {line})" if line else ""
        raise _refuse(path, f"{member} is geen geldige JSON{where}.") from None


def _check_manifest(path: Path, manifest: Any) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise _refuse(path, "het is geen archief van deze app (onbekend formaat).")
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _refuse(path, "de formaatversie ontbreekt of is ongeldig.")
    if version > FORMAT_VERSION:
        raise _refuse(
            path,
            f"het is gemaakt met een nieuwere versie van de app (formaat {version}); werk de app bij.",
        )
    if version not in READABLE_VERSIONS:
        raise _refuse(path, f"formaatversie {version} wordt niet ondersteund.")


_UUIDISH = re.compile(r"^[0-9A-Za-z-]{1,64}$")


def _validate_records(path: Path, member: str, kind: Kind, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        raise _refuse(path, f"{member} moet een lijst zijn.")
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, item in enumerate(value, start=1):
        where = f"{member}, record {number}"
        if not isinstance(item, dict):
            raise _refuse(path, f"{where} is geen object.")
        record: dict[str, Any] = {}
        for column, kind_type in kind.columns.items():
            if column not in item:
                raise _refuse(path, f"{where}: het veld '{column}' ontbreekt.")
            field_value = item[column]
            if not _type_ok(kind_type, field_value):
                raise _refuse(path, f"{where}: het veld '{column}' heeft een ongeldige waarde.")
            record[column] = field_value
        for column in kind.key:
            if column.endswith("id") and not _UUIDISH.match(str(record[column])):
                raise _refuse(path, f"{where}: ongeldig nummer in '{column}'.")
        key = kind.key_of(record)
        if key in seen:
            raise _refuse(path, f"{where}: dubbel record ({key}).")
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
            raise _refuse(path, f"sessie {session['id']} hoort bij een school die niet in het archief staat.")
    for kind in KINDS[2:]:
        for record in data[kind.name]:
            if record["session_id"] not in sessions:
                raise _refuse(path, f"een {kind.label} hoort bij een sessie die niet in het archief staat.")


def _check_values(path: Path, data: Mapping[str, list[dict[str, Any]]]) -> None:
    """Every value by the rules typed input follows (core/validation.py); the first bad record is named."""
    label = _labeller(data)
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
    raise _refuse(path, f"{label(kind.name, record)}: {what}.{more}")


# ──────────────────────────────────────────────────────────────── import


@dataclass(frozen=True)
class RecordRef:
    kind: str
    key: str
    label: str

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.key}"


@dataclass(frozen=True)
class Conflict:
    """A record with the same UUID here and in the archive, but other content."""

    kind: str
    key: str
    label: str
    fields: tuple[str, ...]
    mine: dict[str, Any]
    theirs: dict[str, Any]

    @property
    def id(self) -> str:
        """What :func:`apply_import` takes in ``choices``: ``"note:<uuid>"``."""
        return f"{self.kind}:{self.key}"


@dataclass
class ImportPlan:
    """What an import would do; nothing is changed until :func:`apply_import`."""

    source: Path
    manifest: dict[str, Any]
    new: list[RecordRef] = field(default_factory=list)
    same: list[RecordRef] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (school name, name it gets here)
    content: ArchiveContent | None = None

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind: how many new, same and conflicting records."""
        result = {kind.name: {"new": 0, "same": 0, "conflicts": 0} for kind in KINDS}
        for ref in self.new:
            result[ref.kind]["new"] += 1
        for ref in self.same:
            result[ref.kind]["same"] += 1
        for conflict in self.conflicts:
            result[conflict.kind]["conflicts"] += 1
        return result

    def summary(self) -> str:
        """One Dutch sentence for a dialog or the CLI."""
        return (
            f"{len(self.new)} nieuw, {len(self.same)} al aanwezig, "
            f"{len(self.conflicts)} conflict{'en' if len(self.conflicts) != 1 else ''}."
        )


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    skipped: int
    kept_mine: int
    renamed: list[tuple[str, str]]


def _labeller(data: Mapping[str, list[dict[str, Any]]]) -> Callable[[str, dict[str, Any]], str]:
    # Shortened: a label names a record in a message, whatever its fields hold.
    schools = {s["id"]: _short(s["name"], 60) for s in data["school"]}
    sessions = {
        s["id"]: (_short(s["title"], 60), _short(s["date"], 20), schools.get(s["school_id"], ""))
        for s in data["session"]
    }

    def label(kind_name: str, record: dict[str, Any]) -> str:
        kind = KIND_BY_NAME[kind_name]
        if kind_name == "school":
            return f"school '{schools.get(record['id'], '')}'"
        if kind_name == "session":
            title, date, school = sessions.get(record["id"], ("?", "?", "?"))
            return f"sessie '{title}' van {date} ({school})"
        title, date, school = sessions.get(record["session_id"], ("?", "?", "?"))
        detail = ""
        if kind_name == "note":
            detail = f" '{_short(record['text'])}'"
        elif kind_name == "amendment":
            detail = f" van {record['at'][:10]}"
        elif kind_name == "timebox_run":
            detail = f" {record['timebox_index'] + 1}"
        return f"{kind.label}{detail} in sessie '{title}' van {date} ({school})"

    return label


def _short(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def plan_import(store: Store, path: Path) -> ImportPlan:
    """Read ``path`` and compare it with the database; changes nothing."""
    content = read_archive(path)
    refs = _Refs(store)
    plan = ImportPlan(source=content.path, manifest=content.manifest, content=content)
    label = _labeller(content.data)
    for kind in KINDS:
        incoming = content.data[kind.name]
        if not incoming:
            continue
        where = " AND ".join(f"{k} = ?" for k in kind.key)
        for record in incoming:
            params = [record[k] for k in kind.key]
            row = next(iter(store.db.query(f"SELECT * FROM {kind.table} WHERE {where}", params)), None)
            ref = RecordRef(kind.name, kind.key_of(record), label(kind.name, record))
            if row is None:
                plan.new.append(ref)
                continue
            mine = _to_portable(kind, row, refs)
            a, b = _comparable(mine), _comparable(record)
            if a == b:
                plan.same.append(ref)
            else:
                differing = tuple(sorted(k for k in a if a.get(k) != b.get(k)))
                plan.conflicts.append(Conflict(kind.name, ref.key, ref.label, differing, mine, dict(record)))
    plan.renamed = _renames(store, content, {r.key for r in plan.new if r.kind == "school"})
    return plan


def _renames(store: Store, content: ArchiveContent, new_ids: set[str]) -> list[tuple[str, str]]:
    """New schools whose name is taken here by another school get "(geïmporteerd)" added."""
    taken = {row["name"].casefold() for row in store.db.query("SELECT name FROM schools")}
    result: list[tuple[str, str]] = []
    for school in content.data["school"]:
        if school["id"] not in new_ids or school["name"].casefold() not in taken:
            continue
        base = f"{school['name']} (geïmporteerd)"
        name, counter = base, 2
        while name.casefold() in taken:
            name, counter = f"{base[:-1]} {counter})", counter + 1
        taken.add(name.casefold())
        result.append((school["name"], name))
    return result


def apply_import(
    store: Store,
    plan: ImportPlan,
    choices: Mapping[str, Resolution] | None = None,
    *,
    default: Resolution | None = None,
) -> ImportReport:
    """Apply ``plan`` in one transaction: add new records, skip identical ones, resolve conflicts.

    ``choices`` maps :attr:`Conflict.id` to ``"keep_mine"`` or
    ``"take_theirs"``; ``default`` answers the conflicts not in it. A
    conflict without an answer refuses the whole import (nothing changed).
    """
    if plan.content is None:
        raise ValueError("plan has no content; use plan_import()")
    choices = dict(choices or {})
    for key, value in choices.items():
        if value not in RESOLUTIONS:
            raise ValueError(f"unknown resolution {value!r} for {key}")
    unanswered = [c for c in plan.conflicts if c.id not in choices and default is None]
    if unanswered:
        raise ExchangeError(
            f"Er {'is' if len(unanswered) == 1 else 'zijn'} {len(unanswered)} "
            f"conflict{'en' if len(unanswered) != 1 else ''} zonder keuze (bijvoorbeeld {unanswered[0].label}). "
            "Kies per conflict 'mijn versie houden' of 'hun versie nemen'. Er is niets gewijzigd."
        )
    take = {c.id for c in plan.conflicts if choices.get(c.id, default) == "take_theirs"}
    new = {ref.id for ref in plan.new}
    renames = dict(plan.renamed)
    refs = _Refs(store)
    added = updated = 0
    try:
        with write_transaction(store.db):
            for kind in KINDS:
                for record in plan.content.data[kind.name]:
                    record_id = f"{kind.name}:{kind.key_of(record)}"
                    if record_id not in new and record_id not in take:
                        continue
                    row = _to_row(kind, record, refs)
                    if kind.name == "school" and record_id in new and row["name"] in renames:
                        row["name"] = renames[row["name"]]
                    if record_id in new:
                        columns = list(row)
                        store.db.execute(
                            f"INSERT INTO {kind.table} ({', '.join(columns)}) "
                            f"VALUES ({', '.join('?' for _ in columns)})",
                            [row[c] for c in columns],
                        )
                        added += 1
                    else:
                        assignments = ", ".join(f"{c} = ?" for c in row if c not in kind.key)
                        where = " AND ".join(f"{k} = ?" for k in kind.key)
                        store.db.execute(
                            f"UPDATE {kind.table} SET {assignments} WHERE {where}",
                            [row[c] for c in row if c not in kind.key] + [row[k] for k in kind.key],
                        )
                        updated += 1
            for school_id, document in plan.content.vision_files.items():
                record_id = f"school:{school_id}"
                # With the school's record; never over a document kept here for a school we keep.
                mine_missing = store.schools.vision_file(school_id) is None
                if record_id in new or record_id in take or mine_missing:
                    store.schools.keep_vision_file(school_id, document)
    except sqlite3.IntegrityError as error:
        text = str(error)
        if "schools.name" in text or "idx_schools_name" in text:
            problem = "een school krijgt dan dezelfde naam als een andere school hier."
        else:
            problem = f"de gegevens passen niet in deze database ({text})."
        raise _refuse(plan.source, problem) from None
    except sqlite3.Error as error:
        known = classify(error, store.path)
        if known is None:
            raise
        raise known from error
    return ImportReport(
        added=added,
        updated=updated,
        skipped=len(plan.same),
        kept_mine=len(plan.conflicts) - len(take),
        renamed=list(plan.renamed),
    )


# ───────────────────────────────────────────────────────────────── decks


def import_deck_file(store: Store, path: Path) -> Deck:
    """Store the deck in a ``cards/``-format TOML file as a new, editable deck.

    Raises :class:`~facilitator_app.core.cardfiles.ContentError` (file, line,
    problem; Dutch) for a broken file; nothing is stored then. The archive
    import accepts deck files too, so it lives here as well as on the deck repository.
    """
    return store.decks.import_file(path)
