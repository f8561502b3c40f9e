"""Privacy erase reaches every file the app wrote (issue 12, item 12), each shown with real files.

The list of those files lives in one place (store/files.py); privacy find and
erase both walk it: the kept original vision document (in the database and in
every copy), the file a restore put aside, the copy made before a migration,
an interrupted backup or restore, and backups in the folder used before.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlite_utils import Database

from facilitator_app.core.models import Catalogue, VisionFile
from facilitator_app.store import Store, privacy, privacy_copies
from facilitator_app.store import backup as backups
from facilitator_app.store.exchange import export_archive
from facilitator_app.store.files import FileKind, files_written_for

from .conftest import fill

PERSON = "Annelies van Dijk"
DATA = Path(__file__).resolve().parents[1] / "data"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def holds(path: Path, text: str = PERSON) -> bool:
    return text.encode() in path.read_bytes()


def docx_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'
            f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>",
        )
    return buffer.getvalue()


def pdf_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)  # compressed: the name is not in the bytes as text
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


ORIGINALS = {
    "visie.txt": b"Onze visie, opgesteld met Annelies van Dijk.",
    "visie.docx": docx_bytes("Opgesteld door Annelies van Dijk en het team."),
    "visie.pdf": pdf_bytes("Opgesteld door Annelies  van Dijk en het team."),
}


@pytest.fixture
def people(db_path: Path, catalogue: Catalogue) -> Store:
    store = Store.open(db_path, catalogue)
    fill(store)
    return store


def copies_found(store: Store, name: str = PERSON) -> set[tuple[Path, FileKind, bool]]:
    """(file, kind, searched as a database) for every copy that holds ``name``."""
    report = privacy_copies.find_everywhere(store, name)
    return {(copy.path, copy.kind, copy.places > 0) for copy in report.copies}


def erase_in_copy(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    try:
        privacy.erase_person(Store(Database(conn), path), name)
    finally:
        conn.close()


def document_in_copy(path: Path, school_id: str) -> VisionFile | None:
    conn = sqlite3.connect(path)
    try:
        return Store(Database(conn), path).schools.vision_file(school_id)
    finally:
        conn.close()


@pytest.mark.fault
@pytest.mark.parametrize("name", sorted(ORIGINALS))
def test_a_kept_original_naming_the_person_is_found_and_dropped(
    people: Store, name: str, tmp_path: Path
) -> None:
    school = people.schools.find("De Vlinderhof")
    people.schools.keep_vision_file(school.id, VisionFile(name, ORIGINALS[name]))
    made = backups.make_backup(people, "start")
    if name != "visie.txt":
        assert b"Dijk" not in ORIGINALS[name]  # compressed: only reading the document finds the name

    report = privacy_copies.find_everywhere(people, PERSON)
    [document] = [hit for hit in report.hits if hit.table == "school_files"]
    assert document.where == privacy.DOCUMENT and document.school == "De Vlinderhof"
    assert "Dijk" in document.excerpt
    privacy.erase_person(people, "Bram Bos")  # another name leaves the document alone
    assert people.schools.vision_file(school.id) is not None

    erased, changes = privacy_copies.erase_everywhere(people, PERSON)
    assert erased.dropped_documents == [f"{name} (De Vlinderhof)"]
    assert people.schools.vision_file(school.id) is None
    assert [(c.path, c.deleted) for c in changes] == [(made, False)]
    assert document_in_copy(made, school.id) is None
    export = export_archive(people, tmp_path / "later.fapp")
    with zipfile.ZipFile(export.path) as archive:
        assert not [n for n in archive.namelist() if n.startswith("vision-files/")]
    after = privacy_copies.find_everywhere(people, PERSON)
    assert not after.found and "nergens" in after.summary()


@pytest.mark.fault
def test_an_unreadable_original_is_named_not_silently_skipped(people: Store) -> None:
    school = people.schools.find("De Vlinderhof")
    people.schools.keep_vision_file(school.id, VisionFile("visie.pdf", b"%PDF-1.4 kapot"))
    report = privacy_copies.find_everywhere(people, PERSON)
    assert report.unreadable_documents == ["visie.pdf (De Vlinderhof)"]


@pytest.mark.fault
def test_the_file_a_restore_put_aside(people: Store, db_path: Path, catalogue: Catalogue) -> None:
    clean = backups.make_backup(people, "start")
    erase_in_copy(clean, PERSON)
    people.close()
    aside = backups.restore_backup(clean, db_path)
    assert aside is not None and holds(aside)
    store = Store.open(db_path, catalogue)
    try:
        assert copies_found(store) == {(aside, FileKind.REPLACED, True)}
        _, changes = privacy_copies.erase_everywhere(store, PERSON)
        assert [(c.kind, c.deleted) for c in changes] == [(FileKind.REPLACED, False)]
        assert not holds(aside)
        assert "Bram Bos" in aside.read_bytes().decode("utf-8", "ignore")  # others stay
    finally:
        store.close()


@pytest.mark.fault
def test_the_copy_made_before_a_migration(db_path: Path, catalogue: Catalogue) -> None:
    db_path.parent.mkdir(parents=True)
    shutil.copy(DATA / "schema-0002_sessions.sqlite3", db_path)
    store = Store.open(db_path, catalogue)  # migrates, keeping a copy of the old file first
    try:
        [before] = [f.path for f in files_written_for(db_path, {}) if f.kind is FileKind.BEFORE_MIGRATION]
        assert holds(before, "Piet Jansen")
        report = privacy_copies.find_everywhere(store, "Piet Jansen")
        assert report.hits and [c.kind for c in report.copies] == [FileKind.BEFORE_MIGRATION]
        privacy_copies.erase_everywhere(store, "Piet Jansen")
        assert not holds(before, "Piet Jansen")
        assert not privacy_copies.find_everywhere(store, "Piet Jansen").found
    finally:
        store.close()


@pytest.mark.fault
def test_an_interrupted_backup_is_found_and_deleted(people: Store) -> None:
    made = backups.make_backup(people, "start")
    whole = made.with_name(f".{made.name.replace('start', 'sessie-afgerond')}.partial")
    cut = made.with_name(f".{made.name.replace('start', 'redding')}.partial")
    shutil.copy(made, whole)
    data = made.read_bytes()
    cut.write_bytes(data[: len(data) // 2 + 4096])  # cut off mid-write
    assert holds(cut)
    assert copies_found(people) == {
        (made, FileKind.BACKUP, True),
        (whole, FileKind.PARTIAL, True),
        (cut, FileKind.PARTIAL, False),  # SQLite refuses it: searched as raw text
    }
    _, changes = privacy_copies.erase_everywhere(people, PERSON)
    assert {(c.path, c.deleted) for c in changes} == {(made, False), (whole, True), (cut, True)}
    assert not whole.exists() and not cut.exists() and not holds(made)


@pytest.mark.fault
def test_backups_in_the_folder_used_before(people: Store, tmp_path: Path) -> None:
    backups.set_backup_folder(people, tmp_path / "oud")
    old = backups.make_backup(people, "start")
    backups.set_backup_folder(people, tmp_path / "nieuw")
    new = backups.make_backup(people, "start")
    assert {c.path for c in privacy_copies.find_everywhere(people, PERSON).copies} == {old, new}
    privacy_copies.erase_everywhere(people, PERSON)
    assert not holds(old) and not holds(new)


@pytest.mark.fault
def test_a_damaged_copy_holding_the_name_is_deleted(people: Store, db_path: Path) -> None:
    made = backups.make_backup(people, "start")
    aside = db_path.with_name(f"{db_path.stem}.replaced-20250101-120000{db_path.suffix}")
    data = bytearray(made.read_bytes())
    data[:100] = b"\x00" * 100  # no longer a database SQLite will open
    aside.write_bytes(bytes(data))
    assert copies_found(people) == {(made, FileKind.BACKUP, True), (aside, FileKind.REPLACED, False)}
    _, changes = privacy_copies.erase_everywhere(people, PERSON)
    assert (aside, True) in {(c.path, c.deleted) for c in changes}
    assert not aside.exists()


@pytest.mark.fault
def test_erasing_a_school_reaches_the_same_files(people: Store, db_path: Path) -> None:
    school = people.schools.find("De Vlinderhof")
    made = backups.make_backup(people, "start")
    partial = made.with_name(f".{made.name.replace('start', 'redding')}.partial")
    shutil.copy(made, partial)
    privacy.erase_school(people, school.id)
    changes = privacy_copies.erase_from_copies(people, school_id=school.id)
    assert {(c.kind, c.deleted) for c in changes} == {(FileKind.BACKUP, False), (FileKind.PARTIAL, True)}
    assert not holds(made, "Vlinderhof") and not partial.exists()
