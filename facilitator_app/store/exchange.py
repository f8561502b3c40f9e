"""Moving data between installations: one portable archive file, and deck files.

Archive (``.fapp`` or ``.zip``)
    A zip with ``manifest.json`` (format, format version, app version,
    created), ``data/<table>.json`` for schools, sessions, participants,
    notes, outcomes, amendments, timebox runs and follow-ups (since format
    version 2; an archive of version 1 has none), ``records/<session>.pdf``
    (the record of every finished session, when a renderer is passed),
    ``visions/<school>.txt`` and ``vision-files/<school>/<name>`` (the
    document the vision was imported from, restored on import). Records are keyed by UUID; references to
    content that every installation has under its own ids (themes, scenarios,
    inspiration cards) travel as stable keys (``"map-key/scenario-key"``).
    The file is created 0600: it names people.

    :func:`export_archive` writes one; :func:`plan_import` reads one,
    refusing hostile or broken files with a Dutch :class:`ExchangeError`,
    and compares it with the database: an :class:`ImportPlan` lists what is
    ``new``, the ``same``, and the ``conflicts`` (same UUID, other content).
    :func:`apply_import` applies the plan in one transaction, each conflict
    as the user chose (``"keep_mine"`` or ``"take_theirs"``).

The work is split by job: ``exchange_format.py`` (format, portable references), ``exchange_zip.py``
(reading safely), ``exchange_export.py``, ``exchange_plan.py`` and ``exchange_apply.py``; this module is
the one callers import.

Deck files
    :func:`import_deck_file` reads a deck in the ``cards/`` TOML format
    (see :mod:`facilitator_app.core.deckfile` for writing one) and stores it
    as a new editable deck, under a fresh key when its key is taken.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.models import Deck
from .exchange_apply import ImportReport, apply_import
from .exchange_export import ExportReport, collect, export_archive
from .exchange_format import ARCHIVE_SUFFIXES, FORMAT_NAME, FORMAT_VERSION, ExchangeError, Resolution
from .exchange_plan import Conflict, ImportPlan, RecordRef, plan_import
from .exchange_zip import read_archive
from .tables import KINDS

if TYPE_CHECKING:  # a service over the Store: the Store never imports the exchange
    from .store import Store

__all__ = [
    "ARCHIVE_SUFFIXES",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "KINDS",
    "Conflict",
    "ExchangeError",
    "ExportReport",
    "ImportPlan",
    "ImportReport",
    "RecordRef",
    "Resolution",
    "apply_import",
    "collect",
    "export_archive",
    "import_deck_file",
    "plan_import",
    "read_archive",
]


def import_deck_file(store: Store, path: Path) -> Deck:
    """Store the deck in a ``cards/``-format TOML file as a new, editable deck.

    Raises :class:`~facilitator_app.core.cardfiles.ContentError` (file, line,
    problem; Dutch) for a broken file; nothing is stored then. The archive
    import accepts deck files too, so it lives here as well as on the deck repository.
    """
    return store.decks.import_file(path)
