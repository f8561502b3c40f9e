"""How a person's name is found in text: one rule for the anonymised record and the privacy search.

A name matches as whole words, case-insensitive, after NFC normalisation,
with any run of white space (two spaces, a line break, a tab) between its
words: "Anna de Vries" finds "anna  de\\nVries" but not "Annade Vries" or
"Anna de Vriesland". Text to search should be NFC too (:func:`nfc`).
"""

from __future__ import annotations

import re
import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def name_words(name: str) -> list[str]:
    """The words of ``name``, NFC-normalised; empty for a blank name."""
    return nfc(name).split()


def name_pattern(name: str) -> re.Pattern[str]:
    """The pattern that finds ``name`` in running text (see the module notes).

    ValueError for a name without words: such a pattern would match everywhere.
    """
    words = name_words(name)
    if not words:
        raise ValueError("a name pattern needs at least one word")
    joined = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){joined}(?!\w)", re.IGNORECASE)
