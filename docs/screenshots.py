"""Screenshots of the main screens for docs/img, taken from a real window on a virtual screen.

    make screenshots          # xvfb-run -a -s '-screen 0 1600x1000x24' .venv/bin/python docs/screenshots.py

Builds a throw-away database with the built-in content and a school with three
finished sessions and a planned one, opens each screen, lets Qt paint it on the
X server and grabs the pixels from the screen (not ``QWidget.grab``), so what is
saved is what a facilitator sees. Dutch UI; ``--dark`` and ``--scale`` for
checking the dark palette and high-DPI layouts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def grab(app: QApplication, widget: QWidget, target: Path) -> None:
    widget.raise_()
    widget.activateWindow()
    settle(app)
    frame = widget.frameGeometry()
    screen = widget.screen()
    pixels = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    pixels.save(str(target))
    print(f"{target.name}: {pixels.width()}×{pixels.height()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=ROOT / "docs" / "img")
    parser.add_argument("--dark", action="store_true", help="the dark palette")
    parser.add_argument("--only", nargs="*", default=None, help="names (without .png) to take")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("Run under a virtual screen: make screenshots (needs xvfb-run)")
    args.folder.mkdir(parents=True, exist_ok=True)

    temp = Path(tempfile.mkdtemp(prefix="facilitator-shots-"))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(temp / "settings"))

    from facilitator_app import resources
    from facilitator_app.core.cardfiles import load_catalogue
    from facilitator_app.core.models import FollowUpStatus, Participant
    from facilitator_app.core.sessions import NoteCategory, Session
    from facilitator_app.store import Store
    from facilitator_app.ui import i18n, settings, style
    from facilitator_app.ui.backups_dialog import BackupsDialog
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.plan_dialog import PlanDialog
    from facilitator_app.ui.print_dialog import PrintDialog
    from facilitator_app.ui.privacy_dialog import PrivacyDialog
    from facilitator_app.ui.session import SessionWindow
    from tests.archive import factory

    app = QApplication(sys.argv[:1])
    settings.set_appearance("dark" if args.dark else "light")
    i18n.install(app, "nl")
    style.apply(app)

    store = Store.open(temp / "facilitator.sqlite3", load_catalogue(resources.cards_dir()))
    school = next(s for s in store.schools.all() if "Voorbeeldschool" in s.name)
    held = [
        factory.finished_session(store, school.id, "2024-03-12", 0),
        factory.finished_session(store, school.id, "2024-10-08", 1, follow_up=(FollowUpStatus.DONE, "")),
        factory.finished_session(
            store,
            school.id,
            "2025-03-11",
            1,
            follow_up=(FollowUpStatus.PARTLY, "Twee secties voeren het gesprek, de andere twee na de zomer."),
        ),
    ]
    planned = store.sessions.plan(
        Session(
            school_id=school.id,
            title="Professionaliseren met het team",
            date="2025-11-18",
            planned_start="13:30",
            theme_id="professionaliseren",
            facilitator="Ingrid Bakker",
            participants=(
                Participant("Anna de Vries", "schoolopleider"),
                Participant("Bram Jansen", "werkplekbegeleider"),
                Participant("Chantal Öztürk", "instituutsopleider"),
                Participant("Dirk-Jan Smit", "schoolleider"),
            ),
            included_optional_parts=frozenset({2}),
        )
    )

    def wanted(name: str) -> bool:
        return args.only is None or name in args.only

    shots: list[tuple[str, Callable[[], QWidget]]] = []
    window = MainWindow(store)
    window.resize(1400, 880)
    window.move(0, 0)
    window.show()
    settle(app, 1.0)

    def page(index: int, prepare: Callable[[], None] | None = None) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.show_page(index)
            settle(app, 0.3)
            if prepare is not None:
                prepare()
            return window

        return show

    def school_tab(tab: int) -> Callable[[], None]:
        def prepare() -> None:
            window.schools.reload(select_id=school.id)
            window.schools.detail.tabs.setCurrentIndex(tab)

        return prepare

    def own_theme() -> None:
        window.theme.copy_button.click()
        settle(app, 0.5)
        window.theme.script_tabs.setCurrentIndex(1)

    def own_map() -> None:
        window.scenarios.copy_button.click()
        settle(app, 0.5)
        window.scenarios.tabs.setCurrentIndex(1)

    def own_deck() -> None:
        window.decks.copy_button.click()
        settle(app, 1.5)  # the preview renders off the GUI thread

    shots += [
        ("app-schools", page(0, school_tab(0))),
        ("app-school-sessions", page(0, school_tab(1))),
        ("app-history", page(0, school_tab(2))),
        ("app-sessions", page(1)),
        ("app-theme", page(2)),
        ("app-script-editor", page(2, own_theme)),
        ("app-decks", page(3)),
        ("app-card-editor", page(3, own_deck)),
        ("app-scenarios", page(4)),
        ("app-scenario-editor", page(4, own_map)),
    ]
    for name, show in shots:
        if wanted(name):
            grab(app, show(), args.folder / f"{name}.png")

    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("app-plan", lambda: PlanDialog(store, store.sessions.get(planned.id), parent=window)),
        ("app-print", lambda: PrintDialog(store, planned.id, parent=window)),
        ("app-backups", lambda: BackupsDialog(store, parent=window)),
        ("app-privacy", lambda: PrivacyDialog(store, parent=window)),
    ]
    for name, make in dialogs:
        if wanted(name):
            dialog = make()
            dialog.move(60, 40)
            dialog.show()
            grab(app, dialog, args.folder / f"{name}.png")
            dialog.reject()
            dialog.deleteLater()

    if any(
        wanted(n)
        for n in (
            "session-window",
            "session-presenter",
            "session-presenter-board",
            "session-part3",
            "session-finished",
        )
    ):
        session_window = SessionWindow(store, planned.id)
        session_window.resize(1400, 880)
        session_window.move(0, 0)
        session_window.show()
        settle(app, 0.8)
        runner = session_window.runner
        runner.toggle_running()
        for box, category, text in (
            (1, NoteCategory.STRENGTH, "Iedere rol kent een eigen aanbod, de basistraining is bekend"),
            (1, NoteCategory.DEVELOPMENT, "Het aanbod sluit niet aan bij de visie op samen opleiden"),
            (1, NoteCategory.INSIGHT, "Coördinator en schoolleider zien elkaar te weinig"),
            (3, NoteCategory.STRENGTH, "Werkplekbegeleiders volgen de basistraining"),
            (3, NoteCategory.DEVELOPMENT, "Intervisie gebeurt alleen als iemand het regelt"),
        ):
            while runner.current().clock_index < box:
                runner.next_box()
            session_window.choose_category(category)
            session_window.notes.entry.insert(text)
            QTest.keyClick(session_window.notes.entry, Qt.Key.Key_Return)
        QTest.keyClicks(session_window.notes.entry, "Schoolleider wil meedenken over")
        session_window.refresh()
        settle(app, 1.5)
        if wanted("session-window"):
            grab(app, session_window, args.folder / "session-window.png")
        session_window.presenters.toggle()
        # One display here: the presenter went beside the console, which gave up width; the
        # pictures show the console at its own size again.
        session_window.resize(1400, 880)
        session_window.move(0, 0)
        presenter = session_window.presenter
        if presenter is not None and wanted("session-presenter"):
            presenter.showNormal()
            presenter.resize(1280, 720)
            presenter.move(0, 0)
            grab(app, presenter, args.folder / "session-presenter.png")
        # Part 3: the board comes up by itself; the group picks a scenario and writes why.
        runner.jump_to(len(runner.boxes) - 1)
        session_window.tick()
        board = session_window.board
        settle(app, 0.3)
        board.picker.buttons[list(board.picker.buttons)[2]].click()
        board.rationale.setFocus()
        board.rationale.insertPlainText(
            "Per rol is duidelijk welk aanbod er is en de leerteams lopen, maar de evaluatie ontbreekt nog."
        )
        board.first_step.insertPlainText(
            "Elk leerteam evalueert zijn aanbod voor de zomer met de schoolopleider"
        )
        settle(app, 0.5)
        # "Sessie afronden…" before the development points are ticked: what is missing, beside the button.
        board.finish_session()
        settle(app, 0.3)
        if wanted("session-part3"):
            grab(app, session_window, args.folder / "session-part3.png")
        if presenter is not None and wanted("session-presenter-board"):
            session_window.presenters.set_board(True)
            presenter.showNormal()
            presenter.resize(1280, 720)
            presenter.move(0, 0)
            grab(app, presenter, args.folder / "session-presenter-board.png")
            presenter.hide()
        if wanted("session-finished"):
            # Tick the development point and finish (the confirmation answered yes).
            points = board.lists["development_points"]
            points.item(0).setCheckState(Qt.CheckState.Checked)
            board.confirm_finish = lambda: True  # type: ignore[method-assign]
            board.finish_session()
            settle(app, 0.8)
            grab(app, session_window, args.folder / "session-finished.png")
            session_window.show_board(False)
            settle(app, 0.3)
            grab(app, session_window, args.folder / "session-finished-page.png")
        session_window.close()

    window.close()
    if wanted("pdf-record"):
        from facilitator_app import pdf

        record = temp / "verslag.pdf"
        record.write_bytes(pdf.render_record_data(store.archive.record_data(held[-1].session.id)))
        subprocess.run(
            ["pdftoppm", "-r", "80", "-f", "1", "-l", "2", "-png", str(record), str(temp / "record")],
            check=True,
        )
        for page, name in ((1, "pdf-record.png"), (2, "pdf-record-2.png")):
            shutil.move(str(temp / f"record-{page}.png"), args.folder / name)
            print(f"{name}: page {page} of the record, pdftoppm at 80 dpi")
    printed_pages(store, planned, args.folder, temp, wanted)
    store.close()
    return 0


def printed_pages(store: Any, session: Any, folder: Path, temp: Path, wanted: Callable[[str], bool]) -> None:
    """The card sheets and the part-3 form as printed, rendered with pdftoppm."""
    import datetime as dt

    from facilitator_app import pdf

    decks = {deck.key: deck for deck in store.decks.all()}
    maps = store.scenario_maps.all()
    school = store.schools.get(session.school_id)
    day = dt.date.fromisoformat(session.date)
    pages: list[tuple[str, Callable[[], bytes], int, int]] = [
        (
            "pdf-office-sheet",
            lambda: pdf.render_cards(decks["reflectiekaarten"], pdf.CardOptions(footer_date=day)),
            1,
            60,
        ),
        (
            "pdf-card-front",
            lambda: pdf.render_cards(
                decks["reflectiekaarten"], pdf.CardOptions(layout="shop", crop_marks=False, footer_date=day)
            ),
            1,
            100,
        ),
        (
            "pdf-recipe-card",
            lambda: pdf.render_cards(
                decks["inspiratie"], pdf.CardOptions(layout="shop", crop_marks=False, footer_date=day)
            ),
            1,
            80,
        ),
        (
            "pdf-part3-form",
            lambda: pdf.render_part3_form(
                "Professionaliseren", maps[0] if maps else None, school, day, session.participants
            ),
            1,
            80,
        ),
    ]
    for name, render, page, dpi in pages:
        if not wanted(name):
            continue
        source = temp / f"{name}.pdf"
        source.write_bytes(render())
        options = ["-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile"]
        subprocess.run(["pdftoppm", *options, str(source), str(temp / name)], check=True)
        shutil.move(str(temp / f"{name}.png"), folder / f"{name}.png")
        print(f"{name}.png: page {page}, pdftoppm at {dpi} dpi")


if __name__ == "__main__":
    raise SystemExit(main())
