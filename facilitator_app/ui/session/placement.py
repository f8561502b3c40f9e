"""Where the presenter screen goes: which display, and where on it, never over the console.

The rules are plain functions on rectangles (tested without any window):

- with two or more displays the presenter fills one that is not the
  console's, the one the facilitator chose for this set-up of displays if it
  is there (remembered per set-up: the laptop alone, the laptop with the
  classroom beamer, … each keep their own choice);
- with one display it is a window *beside* the console, in the largest free
  strip of the screen; when no strip is wide enough the console is narrowed
  (down to its minimum) to make one. It never covers the console.

:func:`place_presenter` applies them to real windows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from .. import settings

# The smallest presenter window worth showing beside the console.
MIN_WIDTH = 480
MIN_HEIGHT = 270
SCREEN_KEY = "presenter/screen"


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    @property
    def area(self) -> int:
        return max(0, self.width) * max(0, self.height)

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom
        )


@dataclass(frozen=True)
class Display:
    """One screen as the placement rules see it."""

    name: str
    geometry: Rect
    available: Rect  # without task bars and docks

    @property
    def key(self) -> str:
        g = self.geometry
        return f"{self.name}:{g.width}x{g.height}+{g.x}+{g.y}"


def setup_key(displays: list[Display]) -> str:
    """Names this set-up of displays, so a choice is remembered for it and only for it."""
    return "|".join(sorted(display.key for display in displays))


def presenter_display(displays: list[Display], console: str, remembered: str | None) -> Display | None:
    """The display the presenter fills, or None when there is only one display (the console's).

    ``console`` and ``remembered`` are display keys. The remembered choice wins
    unless it is the console's own display: the room must never get the console.
    """
    others = [display for display in displays if display.key != console]
    if len(displays) < 2 or not others:
        return None
    return next((display for display in others if display.key == remembered), others[0])


def beside(console: Rect, available: Rect, console_min_width: int) -> tuple[Rect, Rect]:
    """``(console, presenter)`` on one screen side by side, without overlap.

    The presenter takes the largest free strip (right, left, below, above the
    console) that is at least :data:`MIN_WIDTH` × :data:`MIN_HEIGHT`. If none is,
    the console moves to the left edge and gives up width (not below its
    minimum) so the presenter gets the right-hand strip.
    """
    console = Rect(
        max(available.x, min(console.x, available.right - console.width)),
        max(available.y, min(console.y, available.bottom - console.height)),
        min(console.width, available.width),
        min(console.height, available.height),
    )
    strips = [
        Rect(console.right, available.y, available.right - console.right, available.height),
        Rect(available.x, available.y, console.x - available.x, available.height),
        Rect(available.x, console.bottom, available.width, available.bottom - console.bottom),
        Rect(available.x, available.y, available.width, console.y - available.y),
    ]
    fitting = [s for s in strips if s.width >= MIN_WIDTH and s.height >= MIN_HEIGHT]
    if fitting:
        return console, max(fitting, key=lambda strip: strip.area)
    width = max(min(console.width, available.width - MIN_WIDTH), min(console_min_width, available.width))
    console = Rect(available.x, console.y, width, console.height)
    return console, Rect(console.right, available.y, available.right - console.right, available.height)


def _rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def display(screen: QScreen) -> Display:
    return Display(screen.name(), _rect(screen.geometry()), _rect(screen.availableGeometry()))


def current_displays() -> tuple[list[Display], dict[str, QScreen]]:
    screens = QGuiApplication.screens()
    by_key = {display(screen).key: screen for screen in screens}
    return [display(screen) for screen in screens], by_key


def remembered_display(displays: list[Display]) -> str | None:
    value = settings.text_value(f"{SCREEN_KEY}/{setup_key(displays)}")
    return value or None


def remember_display(displays: list[Display], key: str) -> None:
    settings.set_text_value(f"{SCREEN_KEY}/{setup_key(displays)}", key)


def place_presenter(presenter: QWidget, console: QWidget) -> None:
    """Show ``presenter`` on its display (full screen) or beside ``console`` (a window)."""
    displays, screens = current_displays()
    console_screen = console.screen()
    console_key = display(console_screen).key
    target = presenter_display(displays, console_key, remembered_display(displays))
    if target is not None:
        screen = screens[target.key]
        presenter.setScreen(screen)
        presenter.setGeometry(screen.geometry())
        presenter.showFullScreen()
        return
    frame = console.frameGeometry()
    inner = console.geometry()
    # The window manager's border and title bar, as the console has them.
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    new_console, spot = beside(
        _rect(frame), display(console_screen).available, console.minimumSizeHint().width() + extra_w
    )
    if new_console != _rect(frame):
        console.move(new_console.x, new_console.y)
        console.resize(new_console.width - extra_w, new_console.height - extra_h)
    side = extra_w // 2
    presenter.setGeometry(
        spot.x + side, spot.y + extra_h - side, max(1, spot.width - extra_w), max(1, spot.height - extra_h)
    )
    presenter.showNormal()
