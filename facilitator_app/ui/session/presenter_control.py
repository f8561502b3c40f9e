"""The session window's hold on the room's screen: open it on the right display, black it out,
show the facilitator's notes or the part-3 board on it.

The presenter window is made on first use. Whatever opens it, the keys stay
in the session window (the projector must not steal them).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from . import placement
from .adapter import RunnerSignals
from .part3_board import Part3Board
from .presenter import PresenterWindow


class PresenterControl(QObject):
    """``console`` is the session window; ``keep_typing`` (its note field) gets the focus back."""

    def __init__(
        self,
        console: QMainWindow,
        session: RunnerSignals,
        board: Part3Board,
        screen_menu: QMenu,
        keep_typing: QWidget,
    ) -> None:
        super().__init__(console)
        self.console = console
        self.session = session
        self.board = board
        self.screen_menu = screen_menu
        self.keep_typing = keep_typing
        self.presenter: PresenterWindow | None = None
        screen_menu.aboutToShow.connect(self.fill_screen_menu)
        board.presenter_toggle.toggled.connect(self.set_board)

    def ensure(self) -> PresenterWindow:
        if self.presenter is None:
            self.presenter = PresenterWindow(self.session)
            self.presenter.attach_board(self.board)
        return self.presenter

    def toggle(self) -> None:
        presenter = self.ensure()
        if presenter.isVisible():
            presenter.hide()
        else:
            presenter.show_on_presentation_screen(self.console)
            self.console.activateWindow()
            self.keep_typing.setFocus()

    def fill_screen_menu(self) -> None:
        """One entry per display; the checked one shows the presenter (remembered for this set-up)."""
        menu = self.screen_menu
        menu.clear()
        displays, _screens = placement.current_displays()
        own = placement.display(self.console.screen()).key
        if len(displays) < 2:
            only = menu.addAction(self.tr("One display: the presenter screen opens beside this window"))
            only.setEnabled(False)
            return
        chosen = placement.presenter_display(displays, own, placement.remembered_display(displays))
        for number, display in enumerate(displays, start=1):
            g = display.geometry
            text = (
                self.tr("Display %1: %2 (%3×%4)")
                .replace("%1", str(number))
                .replace("%2", display.name or "—")
                .replace("%3", str(g.width))
                .replace("%4", str(g.height))
            )
            if display.key == own:
                text += " " + self.tr("(this window)")
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(chosen is not None and display.key == chosen.key)
            action.setEnabled(display.key != own)
            action.triggered.connect(lambda _on=False, key=display.key: self.choose_display(key))

    def choose_display(self, key: str) -> None:
        """Show the presenter on display ``key`` from now on with these displays."""
        displays, _screens = placement.current_displays()
        placement.remember_display(displays, key)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.show_on_presentation_screen(self.console)
            self.console.activateWindow()

    def toggle_blackout(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_blackout()

    def toggle_notes(self) -> None:
        presenter = self.ensure()
        presenter.set_show_notes(not presenter.show_notes)

    def toggle_board(self) -> None:
        self.set_board(not (self.presenter is not None and self.presenter.show_board))

    def set_board(self, on: bool) -> None:
        """The part-3 board on the room's screen (F8 or the board's check box); opens the screen if needed."""
        presenter = self.ensure()
        presenter.set_show_board(on)
        self.board.set_presenter_checked(presenter.show_board)
        if on and not presenter.isVisible():
            focus = QApplication.focusWidget()
            presenter.show_on_presentation_screen(self.console)
            self.console.activateWindow()
            if focus is not None:
                focus.setFocus()

    def close(self) -> None:
        """The session window closes for good, and the room's screen with it: it shows that window's
        board and ticks on its timer, so it must not outlive it (waiting for the garbage collector)."""
        if self.presenter is not None:
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
