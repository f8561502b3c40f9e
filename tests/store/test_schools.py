from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator_app.core.models import School, VisionFile
from facilitator_app.store import Store
from facilitator_app.store.errors import DuplicateError, InvalidInputError, NotFoundError


def test_add_find_update_and_delete(store: Store) -> None:
    school = store.schools.add(School(name="  De   Kempen ", vision="Samen opleiden ë’–"))
    assert school.name == "De Kempen"
    assert len(school.id) == 36
    assert store.schools.find("de kempen").vision == "Samen opleiden ë’–"
    assert store.schools.find("Kemp").id == school.id
    updated = store.schools.update(replace(school, archived=True, contact="Anna"))
    assert updated.archived and updated.contact == "Anna"
    assert school.id not in {s.id for s in store.schools.all(include_archived=False)}
    store.schools.delete(school.id)
    with pytest.raises(NotFoundError, match="Kempen"):
        store.schools.find("De Kempen")


def test_names_are_unique_regardless_of_case(store: Store) -> None:
    store.schools.add(School(name="Het Baken"))
    with pytest.raises(DuplicateError, match="al een school"):
        store.schools.add(School(name="het baken"))


def test_empty_name_is_refused(store: Store) -> None:
    with pytest.raises(InvalidInputError):
        store.schools.add(School(name="   "))


def test_search_matches_name_and_vision(store: Store) -> None:
    store.schools.add(School(name="Alfa", vision="schaakclub"))
    store.schools.add(School(name="Beta", vision="zwemles"))
    assert [s.name for s in store.schools.all(search="schaakclub")] == ["Alfa"]
    assert [s.name for s in store.schools.all(search="Beta")] == ["Beta"]


def test_ambiguous_part_of_a_name_lists_the_candidates(store: Store) -> None:
    store.schools.add(School(name="College Noord"))
    store.schools.add(School(name="College Zuid"))
    with pytest.raises(NotFoundError, match="College Noord, College Zuid"):
        store.schools.find("College")


def test_the_original_vision_document_is_kept_replaced_and_erased_with_the_school(store: Store) -> None:
    original = VisionFile(name="visie 2025.docx", data=b"PK\x03\x04 any bytes \x00\xff")
    school = store.schools.add(School(name="De Horizon", vision="Leren doen we samen."), original)
    kept = store.schools.vision_file(school.id)
    assert kept is not None and (kept.name, kept.data) == (original.name, original.data) and kept.added_at
    newer = store.schools.keep_vision_file(school.id, VisionFile(name="visie 2026.pdf", data=b"%PDF-1.7"))
    assert (newer.name, newer.data) == ("visie 2026.pdf", b"%PDF-1.7")
    store.schools.forget_vision_file(school.id)
    assert store.schools.vision_file(school.id) is None
    store.schools.keep_vision_file(school.id, original)
    store.schools.delete(school.id)
    assert store.db.execute("SELECT count(*) FROM school_files").fetchone()[0] == 0
    with pytest.raises(NotFoundError):
        store.schools.keep_vision_file(school.id, original)
