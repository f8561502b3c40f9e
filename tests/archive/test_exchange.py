"""Export and import of archives: lossless, merging by UUID, conflicts, hostile files."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from facilitator_app import pdf
from facilitator_app.core.models import Catalogue, VisionFile
from facilitator_app.core.sessions import NoteCategory
from facilitator_app.store import Store, exchange, exchange_zip
from facilitator_app.store.exchange import ExchangeError

from .conftest import FOLLOW_UP, Archive
from .factory import finished_session, school


@pytest.fixture
def other(tmp_path: Path, catalogue: Catalogue) -> Any:
    opened = Store.open(tmp_path / "other" / "other.sqlite3", catalogue)
    yield opened
    opened.close()


def data_of(path: Path) -> dict[str, Any]:
    with zipfile.ZipFile(path) as archive:
        return {n: json.loads(archive.read(n)) for n in archive.namelist() if n.startswith("data/")}


def test_export_import_export_is_lossless(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    first = tmp_path / "eerste.fapp"
    report = exchange.export_archive(store, first, record_renderer=pdf.render_record_data)
    assert report.records == 3 and report.counts["notes"] == 18 and report.counts["followups"] == 1
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with zipfile.ZipFile(first) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert {f"records/{f.session.id}.pdf" for f in archive.sessions} <= names
    assert f"visions/{archive.school.id}.txt" in names
    assert manifest["format_version"] == exchange.FORMAT_VERSION and manifest["app_version"]
    plan = exchange.plan_import(other, first)
    assert not plan.conflicts and not plan.same and len(plan.new) == 60
    assert plan.counts()["follow_up"] == {"new": 1, "same": 0, "conflicts": 0}
    result = exchange.apply_import(other, plan)
    assert result.added == 60
    second = tmp_path / "tweede.zip"
    exchange.export_archive(other, second)
    assert data_of(first) == data_of(second)
    [answer] = data_of(second)["data/followups.json"]
    assert (answer["status"], answer["text"]) == (FOLLOW_UP[0].value, FOLLOW_UP[1])
    assert answer["previous_session_id"] == archive.sessions[1].session.id
    # The answer is a field over there too: the history, search and the record read it.
    third = archive.sessions[2].session.id
    assert other.sessions.follow_up(third) == store.sessions.follow_up(third)
    [hit] = other.sessions.search("zomer")
    assert (hit.kind, hit.session_id) == ("followup", third)
    # The imported data works like local data: history, search, records.
    history = other.archive.scenario_history(archive.school.id)
    assert [e.scenario_key for e in history] == ["ieder-voor-zich", "afspraken-en-aanbod", "samen-leren"]
    assert other.sessions.search("basistraining")
    outcome = other.sessions.outcome(archive.sessions[-1].session.id)
    assert outcome is not None and outcome.scenario_id in {
        s.id for s in other.scenario_maps.all()[0].scenarios
    }


def test_importing_twice_duplicates_nothing(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    exchange.apply_import(other, exchange.plan_import(other, path))
    again = exchange.plan_import(other, path)
    assert not again.new and not again.conflicts and len(again.same) == 60
    assert exchange.apply_import(other, again).added == 0
    assert len(other.archive.sessions()) == 3


def test_one_school_only(store: Store, archive: Archive, tmp_path: Path) -> None:
    extra = school(store, "Het Baken")
    finished_session(store, extra.id, "2025-01-01", 1)
    path = tmp_path / "baken.fapp"
    exchange.export_archive(store, path, [extra.id])
    data = data_of(path)
    assert [s["name"] for s in data["data/schools.json"]] == ["Het Baken"]
    assert len(data["data/sessions.json"]) == 1


def conflicting(store: Store, archive: Archive, other: Store, tmp_path: Path) -> exchange.ImportPlan:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    exchange.apply_import(other, exchange.plan_import(other, path))
    # Both sides go on: they change the same note and the same school differently.
    note = store.sessions.notes(archive.sessions[0].session.id)[0]
    other.db.execute("UPDATE notes SET text = 'Hun versie' WHERE id = ?", [note.id])
    other.db.execute("UPDATE schools SET contact = 'Piet' WHERE id = ?", [archive.school.id])
    other.db.conn.commit()
    later = school(store, "Nieuw bij mij")
    finished_session(store, later.id, "2025-06-01", 3)
    exchange.export_archive(other, tmp_path / "b.fapp")
    return exchange.plan_import(store, tmp_path / "b.fapp")


def test_conflicts_are_reported_and_applied_per_choice(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    plan = conflicting(store, archive, other, tmp_path)
    kinds = sorted((c.kind, c.fields) for c in plan.conflicts)
    assert kinds == [("note", ("text",)), ("school", ("contact",))]
    note_conflict = next(c for c in plan.conflicts if c.kind == "note")
    assert note_conflict.theirs["text"] == "Hun versie" and note_conflict.mine["text"] != "Hun versie"
    assert "notitie" in note_conflict.label
    with pytest.raises(ExchangeError, match="zonder keuze"):
        exchange.apply_import(store, plan)
    report = exchange.apply_import(store, plan, {note_conflict.id: "take_theirs"}, default="keep_mine")
    assert (report.updated, report.kept_mine, report.added) == (1, 1, 0)
    assert store.sessions.note(note_conflict.key).text == "Hun versie"
    assert store.schools.get(archive.school.id).contact == "Ingrid"


def test_take_theirs_for_all(store: Store, archive: Archive, other: Store, tmp_path: Path) -> None:
    plan = conflicting(store, archive, other, tmp_path)
    exchange.apply_import(store, plan, default="take_theirs")
    assert store.schools.get(archive.school.id).contact == "Piet"
    assert not exchange.plan_import(store, tmp_path / "b.fapp").conflicts


def test_new_school_with_a_taken_name_is_renamed(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    school(other, "De Kempen")  # their own, different school with the same name
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    plan = exchange.plan_import(other, path)
    assert plan.renamed == [("De Kempen", "De Kempen (geïmporteerd)")]
    exchange.apply_import(other, plan)
    assert {s.name for s in other.schools.all()} >= {"De Kempen", "De Kempen (geïmporteerd)"}


# ------------------------------------------------------------ hostile archives


def snapshot(store: Store) -> dict[str, Any]:
    return exchange.collect(store)


def write_zip(path: Path, members: dict[str, bytes], manifest: dict[str, Any] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if manifest is not None:
            zf.writestr("manifest.json", json.dumps(manifest))
        for name, content in members.items():
            zf.writestr(name, content)
    return path


GOOD_MANIFEST = {"format": exchange.FORMAT_NAME, "format_version": 1, "app_version": "0.1.0", "created": "x"}


def empty_tables(**overrides: bytes) -> dict[str, bytes]:
    members = {f"data/{kind.table}.json": b"[]" for kind in exchange.KINDS}
    members.update(overrides)
    return members


@pytest.mark.parametrize(
    ("members", "manifest", "message"),
    [
        (empty_tables(**{"../evil.txt": b"x"}), GOOD_MANIFEST, "onveilige bestandsnaam"),
        (empty_tables(**{"/etc/evil": b"x"}), GOOD_MANIFEST, "onveilige bestandsnaam"),
        (empty_tables(**{"records/..\\..\\evil": b"x"}), GOOD_MANIFEST, "onveilige bestandsnaam"),
        (empty_tables(**{"records/big.pdf": b"\0" * (3 * 1024 * 1024)}), GOOD_MANIFEST, "zip-bom"),
        (empty_tables(), {**GOOD_MANIFEST, "format_version": 99}, "nieuwere versie"),
        (empty_tables(), {**GOOD_MANIFEST, "format_version": "1"}, "formaatversie"),
        (empty_tables(), {"format": "iets anders", "format_version": 1}, "geen archief van deze app"),
        (empty_tables(), None, "manifest.json ontbreekt"),
        (empty_tables(**{"data/notes.json": b"[{"}), GOOD_MANIFEST, "geen geldige JSON"),
        (empty_tables(**{"data/notes.json": b'{"a": 1}'}), GOOD_MANIFEST, "moet een lijst zijn"),
        (empty_tables(**{"data/schools.json": b'[{"id": "x"}]'}), GOOD_MANIFEST, "ontbreekt"),
    ],
)
def test_hostile_archives_are_refused_and_change_nothing(
    store: Store, archive: Archive, tmp_path: Path, members: dict[str, bytes], manifest: Any, message: str
) -> None:
    before = snapshot(store)
    path = write_zip(tmp_path / "vijandig.fapp", members, manifest)
    with pytest.raises(ExchangeError, match=message) as caught:
        exchange.plan_import(store, path)
    assert "Er is niets gewijzigd." in str(caught.value)
    assert snapshot(store) == before


def test_not_a_zip_and_total_size_cap(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tekst.fapp"
    path.write_text("dit is geen zip")
    with pytest.raises(ExchangeError, match="geen zip-bestand"):
        exchange.plan_import(store, path)
    monkeypatch.setattr(exchange_zip, "MAX_TOTAL_BYTES", 100)
    big = write_zip(tmp_path / "groot.fapp", empty_tables(**{"visions/a.txt": b"a" * 200}), GOOD_MANIFEST)
    with pytest.raises(ExchangeError, match="groter dan toegestaan"):
        exchange.plan_import(store, big)
    with pytest.raises(ExchangeError, match="bestaat niet"):
        exchange.plan_import(store, tmp_path / "weg.fapp")


def test_broken_record_rolls_back_everything(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    data = data_of(path)
    data["data/notes.json"][-1]["category"] = "onzin"
    bad = write_zip(tmp_path / "b.fapp", {k: json.dumps(v).encode() for k, v in data.items()}, GOOD_MANIFEST)
    with pytest.raises(ExchangeError, match=r"het veld 'soort' \('onzin'\) heeft een onbekende waarde"):
        exchange.plan_import(other, bad)
    # A record pointing outside the archive is refused too.
    data = data_of(path)
    data["data/notes.json"][0]["session_id"] = "00000000-0000-0000-0000-000000000000"
    bad = write_zip(tmp_path / "c.fapp", {k: json.dumps(v).encode() for k, v in data.items()}, GOOD_MANIFEST)
    with pytest.raises(ExchangeError, match="niet in het archief"):
        exchange.plan_import(other, bad)
    # A constraint the database enforces fails the whole transaction.
    data = data_of(path)
    data["data/timebox_runs.json"][-1]["planned_minutes"] = None
    data["data/notes.json"][-1]["position"] = 3
    data["data/participants.json"][-1]["name"] = None
    bad = write_zip(tmp_path / "d.fapp", {k: json.dumps(v).encode() for k, v in data.items()}, GOOD_MANIFEST)
    before = snapshot(other)
    with pytest.raises(ExchangeError):
        exchange.apply_import(other, exchange.plan_import(other, bad))
    assert snapshot(other) == before


def test_failed_insert_leaves_database_untouched(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    plan = exchange.plan_import(other, path)
    assert plan.content is not None
    plan.content.data["note"][-1]["category"] = (
        NoteCategory.OTHER.value + "x"
    )  # bypasses validation: CHECK fails
    before = snapshot(other)
    with pytest.raises(ExchangeError, match="passen niet"):
        exchange.apply_import(other, plan)
    assert snapshot(other) == before


def test_the_vision_document_travels_with_its_school(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    document = VisionFile(name="../visie.docx", data=b"PK\x03\x04" + bytes(range(256)) * 40)
    store.schools.keep_vision_file(archive.school.id, document)
    path = tmp_path / "met-visie.fapp"
    exchange.export_archive(store, path)
    with zipfile.ZipFile(path) as zf:
        assert f"vision-files/{archive.school.id}/visie.docx" in zf.namelist()  # no folder climbing
    exchange.apply_import(other, exchange.plan_import(other, path))
    arrived = other.schools.vision_file(archive.school.id)
    assert arrived is not None and arrived.name == "visie.docx" and arrived.data == document.data


def test_a_vision_document_for_a_school_not_in_the_archive_is_refused(store: Store, tmp_path: Path) -> None:
    before = snapshot(store)
    path = write_zip(
        tmp_path / "vreemd.fapp",
        empty_tables(**{"vision-files/iemand-anders/visie.pdf": b"%PDF"}),
        GOOD_MANIFEST,
    )
    with pytest.raises(ExchangeError, match="hoort bij geen school"):
        exchange.plan_import(store, path)
    assert snapshot(store) == before


def test_a_changed_follow_up_is_a_conflict_resolved_by_choice(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    exchange.apply_import(other, exchange.plan_import(other, path))
    third = archive.sessions[2].session.id
    other.db.execute(
        "UPDATE followups SET status = 'done', text = 'Alles klaar' WHERE session_id = ?", [third]
    )
    other.db.conn.commit()
    exchange.export_archive(other, tmp_path / "b.fapp")
    plan = exchange.plan_import(store, tmp_path / "b.fapp")
    [conflict] = plan.conflicts
    assert (conflict.kind, conflict.key, conflict.fields) == ("follow_up", third, ("status", "text"))
    assert "opvolging" in conflict.label
    exchange.apply_import(store, plan, default="take_theirs")
    answer = store.sessions.follow_up(third)
    assert answer is not None and answer.text == "Alles klaar" and answer.summary == "gedaan – Alles klaar"
    assert [h.session_id for h in store.sessions.search("klaar")] == [third]  # the index followed


def test_an_archive_of_format_1_has_no_follow_ups_and_still_imports(
    store: Store, archive: Archive, other: Store, tmp_path: Path
) -> None:
    path = tmp_path / "a.fapp"
    exchange.export_archive(store, path)
    data = data_of(path)
    del data["data/followups.json"]
    members = {k: json.dumps(v).encode() for k, v in data.items()}
    old = write_zip(tmp_path / "oud.fapp", members, GOOD_MANIFEST)
    plan = exchange.plan_import(other, old)
    assert len(plan.new) == 59 and plan.counts()["follow_up"]["new"] == 0
    exchange.apply_import(other, plan)
    assert other.sessions.follow_up(archive.sessions[2].session.id) is None
    # Format 2 must carry the table, and its values are checked like any other.
    with pytest.raises(ExchangeError, match=r"followups\.json ontbreekt"):
        exchange.plan_import(
            other, write_zip(tmp_path / "b.fapp", members, {**GOOD_MANIFEST, "format_version": 2})
        )
    data = data_of(path)
    data["data/followups.json"][0]["status"] = "misschien"
    bad = write_zip(
        tmp_path / "c.fapp",
        {k: json.dumps(v).encode() for k, v in data.items()},
        {**GOOD_MANIFEST, "format_version": 2},
    )
    with pytest.raises(
        ExchangeError, match=r"opvolging .*het veld 'status' \('misschien'\) heeft een onbekende"
    ):
        exchange.plan_import(other, bad)
