"""The archive in the desktop app: a school's sessions and records, its history, search, export and import."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.core.models import Catalogue, FollowUp, FollowUpStatus, Participant, School
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session
from facilitator_app.store import Store
from facilitator_app.store.exchange import export_archive
from facilitator_app.ui.exchange_dialogs import ImportDialog, OverviewDialog, import_archive_dialog
from facilitator_app.ui.main_window import MainWindow
from facilitator_app.ui.record_view import RecordView
from facilitator_app.ui.school_detail import SchoolDetail
from facilitator_app.ui.search_dialog import SearchDialog
from tests.archive.factory import finished_session
from tests.archive.factory import school as factory_school
from tests.archive.test_import_values import BAD, tampered

from .helpers import answer_message_box

# The offscreen platform cannot raise windows; that notice comes from Qt's plugin, not from the app.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)", r"This plugin does not support raise\(\)"
)

PERSON = "Annelies Verhoeven"
TABLES = ("schools", "sessions", "participants", "notes", "outcomes", "amendments", "followups")


def hold_session(
    store: Store,
    school_id: str,
    day: str,
    scenario: int,
    step: str,
    notes: list[tuple[NoteCategory, str]],
    follow_up: tuple[str, FollowUpStatus, str] | None = None,
) -> str:
    session = store.sessions.plan(
        Session(
            school_id=school_id,
            title="Professionaliseren met het team",
            date=day,
            planned_start="13:30",
            theme_id="professionaliseren",
            facilitator="Procesbegeleider Jansen",
            participants=(Participant(PERSON, "schoolopleider"), Participant("Bram Kok", "docent")),
        )
    )
    store.sessions.start(session.id)
    if follow_up is not None:  # (previous session, status, text): what the banner stores at the start
        store.sessions.save_follow_up(FollowUp(session.id, *follow_up))
    stored = [store.sessions.add_note(session.id, 0, c, t, PERSON) for c, t in notes]
    development = next(n for n in stored if n.category is NoteCategory.DEVELOPMENT)
    store.sessions.save_outcome(
        session.id,
        Outcome(
            scenario_id=store.scenario_maps.all()[0].scenarios[scenario].id,
            rationale=f"{PERSON} zegt: we leren vooral ieder voor zich",
            first_step=step,
            first_step_owner=PERSON,
            development_points=(OutcomeItem(development.text, development.id),),
            support_needed="Tijd van de directie",
        ),
    )
    store.sessions.finish(session.id)
    return session.id


@pytest.fixture
def archive(store: Store) -> dict[str, str]:
    kempen = store.schools.add(School(name="De Kempen")).id
    other = store.schools.add(School(name="Het Baken")).id
    first = hold_session(
        store,
        kempen,
        "2024-10-01",
        0,
        "Een leerteam per sectie",
        [
            (NoteCategory.STRENGTH, "Iedere rol heeft een scholingsbudget"),
            (NoteCategory.DEVELOPMENT, "Weinig samenhang in het leerteam"),
        ],
    )
    second = hold_session(
        store,
        kempen,
        "2025-03-14",
        2,
        "Leerteams delen hun opbrengst",
        [(NoteCategory.DEVELOPMENT, "Het leerteam mist een vaste tijd")],
        follow_up=(first, FollowUpStatus.PARTLY, "Twee secties gestart"),
    )
    baken = hold_session(
        store,
        other,
        "2025-02-01",
        1,
        "Intervisie per bouw",
        [(NoteCategory.DEVELOPMENT, "Het leerteam komt zelden bijeen")],
    )
    planned = store.sessions.plan(
        Session(
            school_id=kempen,
            title="Vervolgsessie",
            date="2025-09-01",
            planned_start="14:00",
            theme_id="professionaliseren",
        )
    )
    return {
        "kempen": kempen,
        "other": other,
        "first": first,
        "second": second,
        "baken": baken,
        "planned": planned.id,
    }


@pytest.fixture
def detail(store: Store, qtbot: QtBot, dutch: QApplication) -> SchoolDetail:
    widget = SchoolDetail(store)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def counts(store: Store, school_id: str) -> dict[str, int]:
    query = {
        "schools": "SELECT count(*) FROM schools WHERE id = ?",
        "sessions": "SELECT count(*) FROM sessions WHERE school_id = ?",
    }
    result = {}
    for table in TABLES:
        sql = query.get(table) or (
            f"SELECT count(*) FROM {table} t JOIN sessions s ON s.id = t.session_id WHERE s.school_id = ?"
        )
        result[table] = next(iter(store.db.execute(sql, [school_id]).fetchall()))[0]
    return result


# ----------------------------------------------------------- sessions and record


def test_sessions_tab_lists_the_school_sessions_and_opens_the_record(
    detail: SchoolDetail, store: Store, archive: dict[str, str], qtbot: QtBot, tmp_path: Path
) -> None:
    detail.show_school(store.schools.get(archive["kempen"]))
    detail.tabs.setCurrentWidget(detail.sessions_view)
    sessions = detail.sessions_view
    # Newest first; planned and held sessions of this school only.
    assert sessions.session_ids() == [archive["planned"], archive["second"], archive["first"]]
    held = sessions.list.topLevelItem(1)
    assert held is not None
    assert held.text(0) == "14-03-2025"
    assert held.text(4) == store.scenario_maps.all()[0].scenarios[2].name

    sessions.list.setCurrentItem(held)
    qtbot.mouseClick(sessions.open_button, Qt.MouseButton.LeftButton)
    view = detail.record_view
    assert isinstance(view, RecordView)
    assert view.session_id == archive["second"]
    text = view.browser.toPlainText()
    for expected in (
        "Leerteams delen hun opbrengst",
        "we leren vooral ieder voor zich",
        "Tijd van de directie",
        "Het leerteam mist een vaste tijd",
        store.scenario_maps.all()[0].scenarios[2].name,
        "01-10-2024: Een leerteam per sectie",  # the follow-up it opened with
        "Twee secties gestart",
    ):
        assert expected in text

    # Print anonymised: the PDF holds the decision and no participant name at all.
    target = tmp_path / "verslag.pdf"
    view.ask_path = lambda _suggestion: target
    qtbot.mouseClick(view.anonymised, Qt.MouseButton.LeftButton)
    assert view.anonymised.isChecked()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pdf_text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Leerteams delen hun opbrengst" in " ".join(pdf_text.split())
    assert "Opvolging van de vorige stap" in pdf_text and "Twee secties gestart" in pdf_text
    for name in (PERSON, "Annelies", "Verhoeven", "Bram Kok"):
        assert name not in pdf_text
    assert str(target) in view.state.text()
    view.close()


def test_history_tab_draws_the_positions_and_the_follow_up(
    detail: SchoolDetail, store: Store, archive: dict[str, str]
) -> None:
    detail.show_school(store.schools.get(archive["kempen"]))
    detail.tabs.setCurrentWidget(detail.history_view)
    history = detail.history_view
    assert history.track.positions() == [("2024-10-01", 0), ("2025-03-14", 2)]
    image = history.track.grab()
    assert not image.isNull() and image.height() >= history.track.sizeHint().height() - 1
    timeline = history.timeline
    assert timeline.topLevelItemCount() == 2
    first, second = timeline.topLevelItem(0), timeline.topLevelItem(1)
    assert first is not None and second is not None
    assert first.text(0) == "01-10-2024" and "Een leerteam per sectie" in first.text(3)
    assert "14-03-2025" in first.text(4) and "Twee secties gestart" in first.text(4)  # from the field
    entries = store.archive.school_history(archive["kempen"])
    assert history.follow_up_state(entries[0], entries[1:]).done
    assert not history.follow_up_state(entries[1], entries[2:]).done  # the planned session has not run


# -------------------------------------------------------------------- search


def test_search_finds_a_note_filters_by_school_and_opens_the_record(
    store: Store, archive: dict[str, str], qtbot: QtBot, dutch: QApplication
) -> None:
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.query, "leerteam")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    # Enter searched: it did not close the dialog nor open a record yet.
    assert dialog.isVisible() and dialog.record_view is None
    assert dialog.focusWidget() is dialog.results
    sessions = {hit.session_id for hit in dialog.hits}
    assert {archive["first"], archive["second"], archive["baken"]} <= sessions
    assert dialog.results.topLevelItemCount() == len(dialog.hits)
    snippets = [dialog.results.topLevelItem(i).text(3) for i in range(dialog.results.topLevelItemCount())]  # type: ignore[union-attr]
    assert any("«leerteam»" in s.lower() or "«leerteam" in s.lower() for s in snippets)

    dialog.school.setCurrentIndex(dialog.school.findData(archive["other"]))
    assert {hit.session_id for hit in dialog.hits} == {archive["baken"]}
    assert dialog.results.topLevelItemCount() == 1

    # A period that ends before the session finds nothing.
    dialog.use_to.setChecked(True)
    dialog.date_to.setDate(dialog.date_to.date().fromString("2025-01-31", "yyyy-MM-dd"))
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == 0, timeout=2000)
    dialog.use_to.setChecked(False)
    assert dialog.results.topLevelItemCount() == 1

    dialog.results.setFocus()
    dialog.results.setCurrentItem(dialog.results.topLevelItem(0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert isinstance(dialog.record_view, RecordView)
    assert dialog.record_view.session_id == archive["baken"]
    dialog.record_view.close()


def test_more_results_appends_the_next_page(
    store: Store, archive: dict[str, str], qtbot: QtBot, dutch: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_app.ui import search_dialog

    monkeypatch.setattr(search_dialog, "PAGE_SIZE", 1)
    dialog = SearchDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query, "leerteam")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.results.topLevelItemCount() == 1
    assert dialog.more.isVisible() and dialog.count.text().startswith("Eerste resultaat getoond")
    while dialog.more.isVisible():
        qtbot.mouseClick(dialog.more, Qt.MouseButton.LeftButton)
    shown = [
        dialog.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(dialog.results.topLevelItemCount())
    ]  # type: ignore[union-attr]
    assert len(shown) == len(dialog.hits) >= 3
    assert {archive["first"], archive["second"], archive["baken"]} <= set(shown)
    assert "resultaten" in dialog.count.text()


# ----------------------------------------------------------- export / import


@pytest.fixture
def empty_store(tmp_path: Path, catalogue: Catalogue) -> Iterator[Store]:
    opened = Store.open(tmp_path / "elders" / "leeg.sqlite3", catalogue)
    yield opened
    opened.close()


def apply_with(choose: Callable[[ImportDialog], None]) -> Callable[[ImportDialog], int]:
    def run(dialog: ImportDialog) -> int:
        choose(dialog)
        dialog.apply_button.click()
        return 1

    return run


def test_export_a_school_and_import_it_elsewhere_round_trips_then_a_conflict_is_chosen(
    detail: SchoolDetail,
    store: Store,
    empty_store: Store,
    archive: dict[str, str],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    detail.show_school(store.schools.get(archive["kempen"]))
    detail.tabs.setCurrentWidget(detail.sessions_view)
    target = tmp_path / "kempen.fapp"
    detail.ask_export_path = lambda _suggestion: target
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    qtbot.mouseClick(detail.sessions_view.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and seen and str(target) in seen[0]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    shown: list[ImportDialog] = []

    def look(dialog: ImportDialog) -> None:
        shown.append(dialog)
        assert not dialog.conflicts_box.isVisible() and not dialog.choices
        assert dialog.apply_button.isEnabled()

    report = import_archive_dialog(detail, empty_store, path=target, run=apply_with(look))
    assert report is not None and report.added > 0
    assert counts(empty_store, archive["kempen"]) == counts(store, archive["kempen"])
    assert counts(empty_store, archive["kempen"])["notes"] == 3
    assert counts(empty_store, archive["kempen"])["followups"] == 1  # the answer travels as a field

    # Importing the same file again changes nothing: all "already here".
    again = import_archive_dialog(detail, empty_store, path=target, run=lambda d: 0)
    assert again is None

    # Change the school here; the file now conflicts with it and the user chooses.
    school = empty_store.schools.get(archive["kempen"])
    empty_store.schools.update(replace(school, contact="nieuw@elders.nl"))

    def take_theirs(dialog: ImportDialog) -> None:
        assert len(dialog.choices) == 1
        assert not dialog.apply_button.isEnabled()  # a conflict without a choice blocks Apply
        [combo] = dialog.choices.values()
        combo.setCurrentIndex(combo.findData("take_theirs"))
        assert dialog.apply_button.isEnabled()

    report = import_archive_dialog(detail, empty_store, path=target, run=apply_with(take_theirs))
    assert report is not None and report.updated == 1
    assert empty_store.schools.get(archive["kempen"]).contact == school.contact

    empty_store.schools.update(replace(school, contact="weer anders"))
    report = import_archive_dialog(
        detail, empty_store, path=target, run=apply_with(lambda d: d.keep_all.click())
    )
    assert report is not None and report.kept_mine == 1
    assert empty_store.schools.get(archive["kempen"]).contact == "weer anders"


def test_a_broken_file_is_refused_calmly_and_changes_nothing(
    detail: SchoolDetail, empty_store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.fapp"
    broken.write_bytes(b"PK\x03\x04 dit is geen archief")
    before = counts(empty_store, "x"), [s.id for s in empty_store.schools.all()]
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    assert import_archive_dialog(detail, empty_store, path=broken, run=lambda d: 0) is None
    assert seen and "kapot.fapp" in seen[0]
    assert (counts(empty_store, "x"), [s.id for s in empty_store.schools.all()]) == before


@pytest.mark.parametrize(("name", "table", "field", "value", "says"), BAD, ids=[b[0] for b in BAD])
def test_an_archive_with_a_bad_value_is_refused_in_the_import_dialog(
    detail: SchoolDetail,
    empty_store: Store,
    qtbot: QtBot,
    tmp_path: Path,
    name: str,
    table: str,
    field: str,
    value: object,
    says: str,
) -> None:
    """Issue 12, item 5: the same check as the command line, a Dutch message naming the field."""
    finished_session(detail.store, factory_school(detail.store).id, "2024-03-12", 0)  # with time box runs
    good = export_archive(detail.store, tmp_path / "goed.fapp").path
    bad = tampered(good, tmp_path / f"{name}.fapp", table, field, value)
    before = counts(empty_store, "x"), [s.id for s in empty_store.schools.all()]
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    assert import_archive_dialog(detail, empty_store, path=bad, run=lambda d: 0) is None
    assert seen and f"{name}.fapp" in seen[0] and says in seen[0] and "Er is niets gewijzigd." in seen[0]
    assert (counts(empty_store, "x"), [s.id for s in empty_store.schools.all()]) == before


def test_overview_lists_schools_and_prints(
    store: Store, archive: dict[str, str], qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    target = tmp_path / "overzicht.pdf"
    dialog = OverviewDialog(store, ask_path=lambda _s: target)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert "De Kempen" in names and "Het Baken" in names
    row = names.index("De Kempen")
    assert dialog.table.item(row, 4).text() == "2 stappen verder"  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "De Kempen" in text and "Het Baken" in text


def test_a_pdf_that_cannot_be_written_is_explained_and_leaves_nothing(
    store: Store, archive: dict[str, str], qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    """The record and the overview save through one helper (widgets.save_private_file)."""
    blocked = tmp_path / "geen-map"
    blocked.write_text("een bestand, geen map")
    dialog = OverviewDialog(store, ask_path=lambda _s: blocked / "overzicht.pdf")
    qtbot.addWidget(dialog)
    seen: list[str] = []
    answer_message_box(qtbot, seen)
    assert dialog.print_overview() is None
    view = RecordView(store, archive["first"], ask_path=lambda _s: blocked / "verslag.pdf")
    qtbot.addWidget(view)
    answer_message_box(qtbot, seen)
    assert view.print_record() is None
    assert len(seen) == 2
    for text in seen:
        assert text.startswith("Het bestand kon niet worden geschreven (") and "Kies een andere map." in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["geen-map"]


def test_file_menu_has_the_archive_actions(make_window: Callable[[Store], MainWindow], store: Store) -> None:
    window = make_window(store)
    actions = window.archive_actions
    assert actions.search_action.shortcut().toString() == "Ctrl+Shift+F"
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    names = {a.objectName() for a in file_menu.actions()}  # type: ignore[union-attr]
    assert {"exportAllAction", "importArchiveAction", "searchNotesAction", "overviewAction"} <= names
    actions.search_action.trigger()
    assert actions.search_dialog is not None and actions.search_dialog.isVisible()
    actions.search_dialog.close()
