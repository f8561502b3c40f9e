"""Where the shipped content and assets are, installed or in a checkout.

A wheel carries ``cards/`` and ``assets/`` inside the package as
``facilitator_app/_data/``; a source checkout (and an editable install) has
them at the top of the repository. Both are read-only at run time.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_root() -> Path:
    installed = _PACKAGE / "_data"
    if (installed / "cards").is_dir():
        return installed
    return _PACKAGE.parent


def cards_dir() -> Path:
    return _data_root() / "cards"


def assets_dir() -> Path:
    return _data_root() / "assets"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def translations_dir() -> Path:
    return assets_dir() / "i18n"


def icons_dir() -> Path:
    return assets_dir() / "icons"
