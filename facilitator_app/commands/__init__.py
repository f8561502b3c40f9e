"""The sub-commands of ``facilitator-app``, one module per group."""

from __future__ import annotations

from . import archive, backups, decks, printing, privacy, schools, sessions, themes
from .common import Commands

MODULES = (themes, schools, decks, printing, sessions, archive, backups, privacy)


def register_all(commands: Commands) -> None:
    for module in MODULES:
        module.register(commands)
