"""The option dataclasses of the public API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Paper = Literal["A4", "A3"]
Orientation = Literal["portrait", "landscape"]
CardSizeSpec = str | tuple[float, float]


@dataclass(frozen=True)
class CardOptions:
    """How to print a deck.

    ``size``: "A7", "A6", "A5" or a custom ``(width_mm, height_mm)``; None uses
    the deck's own ``card_size`` (A6 unless the deck says otherwise).
    ``layout``: "office" imposes cards on A4/A3 sheets for a duplex office
    printer; "shop" gives one card per page at trim size plus 3 mm bleed.
    ``flip``: how the duplex printer turns the sheet: "long" (columns
    mirrored on the back) or "short" (rows mirrored).
    ``back_offset_mm``: (x, y) added to every back, to correct a printer;
    read it off the alignment test page.
    ``footer_date``: printed in each card's footer (pass it for reproducible output).
    ``color``: "cmyk" turns the print-shop pages into DeviceCMYK with text on
    100 % K (see :mod:`.cmyk` for what that file is and is not).
    """

    size: CardSizeSpec | None = None
    orientation: Orientation = "portrait"
    layout: Literal["office", "shop"] = "office"
    paper: Paper = "A4"
    flip: Literal["long", "short"] = "long"
    back_offset_mm: tuple[float, float] = (0.0, 0.0)
    crop_marks: bool = True
    backs: bool = True
    footer_date: dt.date | None = None
    copies: int = 1
    alignment_page: bool = False
    card_keys: tuple[str, ...] | None = None
    author: str = "Procesbegeleider"
    color: Literal["rgb", "cmyk"] = "rgb"


@dataclass(frozen=True)
class MapOptions:
    """The scenario map: A4 or A3, always landscape."""

    paper: Paper = "A3"
    footer_date: dt.date | None = None
    author: str = "Procesbegeleider"


@dataclass(frozen=True)
class WorksheetOptions:
    """Worksheets: ``include_vision`` adds the school's vision as a first page;
    ``vision_max_chars`` trims a long vision to an excerpt (0 = whole text);
    ``duplex`` pads each participant's set to an even number of pages;
    ``start``: the session's start, so each step shows its clock times."""

    include_vision: bool = False
    vision_max_chars: int = 2400
    duplex: bool = False
    blank_copies: int = 1
    author: str = "Procesbegeleider"
    start: dt.time | None = None


@dataclass(frozen=True)
class PosterOptions:
    """``paper="A3"``: one A3 page per poster; ``"A4-tiled"``: each poster on two
    A4 sheets with a glue overlap and alignment marks."""

    paper: Literal["A3", "A4-tiled"] = "A3"
    titles: tuple[str, ...] = (
        "Sterke punten",
        "Ontwikkelpunten",
        "Inzichten",
        "Adviezen en ontwikkelstappen",
    )
    author: str = "Procesbegeleider"


@dataclass(frozen=True)
class Part3Options:
    """The part-3 form: ``blank`` leaves school, date and participants empty to fill in by hand."""

    blank: bool = False
    author: str = "Procesbegeleider"


@dataclass(frozen=True)
class ScriptOptions:
    """The facilitator script ("draaiboek")."""

    author: str = "Procesbegeleider"
