"""The sub-commands of ``facilitator-app``, one module per group."""

from __future__ import annotations

from . import decks, printing, schools, themes
from .common import Commands

MODULES = (themes, schools, decks, printing)


def register_all(commands: Commands) -> None:
    for module in MODULES:
        module.register(commands)
