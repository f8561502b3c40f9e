"""Writing an archive: the chosen schools with their sessions, vision documents and record PDFs.

The file is created 0600 (it names people) and appears under its name only once it is complete.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..privatefiles import OwnFileError, atomic_writer, refuse_own_file
from .base import now_iso
from .damaged import damaged_sessions
from .exchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    VISION_FILES,
    ExchangeError,
    RecordRenderer,
    Refs,
    safe_file_name,
    to_portable,
)
from .tables import KINDS, Kind

if TYPE_CHECKING:
    from .store import Store


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
    refs = Refs(store)
    return {
        kind.name: [
            to_portable(kind, row, refs)
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
                        f"{VISION_FILES}/{school['id']}/{safe_file_name(document.name)}", document.data
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
