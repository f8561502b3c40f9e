"""The sub-commands of ``facilitator-app``, one module per group."""

from __future__ import annotations

from . import archive, decks, printing, schools, sessions, themes
from .common import Commands

MODULES = (themes, schools, decks, printing, sessions, archive)


def register_all(commands: Commands) -> None:
    for module in MODULES:
        module.register(commands)
