"""Where F5 puts the presenter screen: the chosen display (remembered per set-up), never over the console.

The rules are tested as plain functions; the real windows in a child process,
on Qt's offscreen platform given a fake list of displays (and on a real X
server, when Xvfb is installed, with a window manager placing the windows).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.ui.session.placement import (
    MIN_WIDTH,
    Display,
    Rect,
    beside,
    presenter_display,
    setup_key,
)
from tests.external import driver_result, run_on_x_server

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = Display("laptop", Rect(0, 0, 1366, 768), Rect(0, 0, 1366, 740))
BEAMER = Display("HDMI-1", Rect(1366, 0, 1280, 720), Rect(1366, 0, 1280, 720))
TV = Display("DP-2", Rect(2646, 0, 1920, 1080), Rect(2646, 0, 1920, 1080))


def test_one_display_has_no_presenter_display() -> None:
    assert presenter_display([LAPTOP], LAPTOP.key, None) is None


def test_second_display_is_used_and_a_choice_wins_but_never_the_console() -> None:
    displays = [LAPTOP, BEAMER, TV]
    assert presenter_display(displays, LAPTOP.key, None) == BEAMER
    assert presenter_display(displays, LAPTOP.key, TV.key) == TV
    # The console moved to the display chosen for the room: the room gets another one.
    assert presenter_display(displays, TV.key, TV.key) == LAPTOP
    assert presenter_display(displays, LAPTOP.key, "gone:1x1+0+0") == BEAMER


def test_a_choice_belongs_to_its_set_up_of_displays() -> None:
    assert setup_key([LAPTOP, BEAMER]) == setup_key([BEAMER, LAPTOP])
    assert setup_key([LAPTOP, BEAMER]) != setup_key([LAPTOP, TV])
    moved = Display("HDMI-1", Rect(-1280, 0, 1280, 720), Rect(-1280, 0, 1280, 720))
    assert setup_key([LAPTOP, BEAMER]) != setup_key([LAPTOP, moved])


@pytest.mark.parametrize(
    "console",
    [
        Rect(0, 0, 800, 700),  # room to the right
        Rect(500, 20, 800, 700),  # room to the left
        Rect(0, 0, 1366, 740),  # no room: the console gives up width
        Rect(-50, 100, 1500, 900),  # larger than the screen
    ],
)
def test_beside_never_overlaps_the_console(console: Rect) -> None:
    available = LAPTOP.available
    new_console, presenter = beside(console, available, console_min_width=700)
    assert not new_console.overlaps(presenter)
    for rect in (new_console, presenter):
        assert available.x <= rect.x and rect.right <= available.right
        assert available.y <= rect.y and rect.bottom <= available.bottom
    assert presenter.width >= min(MIN_WIDTH, available.width - 700)
    assert new_console.width >= 700


# ----------------------------------------------------------- real windows


def run_driver(
    tmp_path: Path, platform: str, *args: str, xvfb: str | None = None, wm: bool = False
) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "tests.ui.presenter_driver", str(tmp_path), *args]
    if xvfb is not None:
        done = run_on_x_server(command, tmp_path, screen=xvfb, wm=wm, env=env, cwd=ROOT)
    else:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    return driver_result(done)


def fake_screens(tmp_path: Path, *screens: tuple[str, int, int, int, int]) -> str:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": name, "x": x, "y": y, "width": w, "height": h, "logicalDpi": 96, "dpr": 1}
                    for name, x, y, w, h in screens
                ]
            }
        )
    )
    return f"offscreen:configfile={config}"


def test_f5_fills_the_second_display_and_keeps_the_keys_on_the_console(tmp_path: Path) -> None:
    platform = fake_screens(tmp_path, ("1-laptop", 0, 0, 1366, 768), ("2-beamer", 1366, 0, 1280, 720))
    shown = run_driver(tmp_path, platform)
    assert shown["console_screen"] == "1-laptop"
    assert shown["presenter_screen"] == "2-beamer"
    assert shown["full_screen"] is True
    assert shown["presenter"] == [1366, 0, 1280, 720]
    assert shown["active"] is True  # typing goes on in the console


def test_the_chosen_display_is_remembered_for_that_set_up(tmp_path: Path) -> None:
    three = fake_screens(
        tmp_path,
        ("1-laptop", 0, 0, 1366, 768),
        ("2-tv", 1366, 0, 1920, 1080),
        ("3-beamer", 3286, 0, 1280, 720),
    )
    assert run_driver(tmp_path, three)["presenter_screen"] == "2-tv"
    assert run_driver(tmp_path, three, "3")["presenter_screen"] == "3-beamer"  # chosen in the menu
    assert run_driver(tmp_path, three)["presenter_screen"] == "3-beamer"  # the next session: kept
    two = fake_screens(tmp_path, ("1-laptop", 0, 0, 1366, 768), ("2-tv", 1366, 0, 1920, 1080))
    assert run_driver(tmp_path, two)["presenter_screen"] == "2-tv"  # another set-up, its own choice


def overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_one_display_puts_a_window_beside_the_console(tmp_path: Path) -> None:
    shown = run_driver(tmp_path, fake_screens(tmp_path, ("laptop", 0, 0, 1366, 768)))
    assert shown["full_screen"] is False
    console, presenter = shown["console"], shown["presenter"]
    assert isinstance(console, list) and isinstance(presenter, list)
    assert not overlap(console, presenter)
    assert presenter[0] + presenter[2] <= 1366


@pytest.mark.parametrize("wm", [False, True], ids=["bare-x", "openbox"])
def test_one_real_display_beside_not_over_the_console(tmp_path: Path, wm: bool) -> None:
    shown = run_driver(tmp_path, "xcb", xvfb="-screen 0 1366x768x24", wm=wm)
    console, presenter = shown["console"], shown["presenter"]
    assert isinstance(console, list) and isinstance(presenter, list)
    assert shown["full_screen"] is False
    assert not overlap(console, presenter), (console, presenter)
