"""Dutch hyphenation patterns read when a word looks them up, not all at the first paragraph.

ReportLab hyphenates through pyphen, which parses all ~16,000 ``nl_NL``
patterns (digits between letters) the first time a paragraph is broken:
~60 ms of every printing process. A page needs only the patterns that occur
in its long words, so :func:`install` puts a dictionary in pyphen's cache
that keeps each pattern as its line of the file and parses it on first
lookup. Pyphen's own matching (``HyphDict.positions``) runs unchanged on it,
so every word breaks where it did; ``tests/pdf/test_hyphenation.py`` checks
that against pyphen's own parse.
"""

from __future__ import annotations

import functools
import re

import pyphen

LANGUAGE = "nl_NL"
_NOT_PLAIN = re.compile(rb"[/=^ \t]")


def parse(line: str) -> tuple[int, tuple[int, ...]] | None:
    """One pattern line (``"aar4ts5"``) as pyphen stores it: (offset of the first value, the values), or None if all zero."""
    values = [0]
    for char in line:
        if "0" <= char <= "9":
            values[-1] = int(char)
        else:
            values.append(0)
    start, end = 0, len(values)
    while start < end and not values[start]:
        start += 1
    while end > start and not values[end - 1]:
        end -= 1
    return (start, tuple(values[start:end])) if start < end else None


class LazyPatterns(dict[str, object]):
    """Letters of a pattern → its line, parsed by :meth:`get` (the only lookup pyphen makes)."""

    def get(self, key: str, default: object = None) -> object:
        found = super().get(key, default)
        if isinstance(found, str):
            found = parse(found)
            self[key] = found
        return default if found is None else found


def lazy_dictionary(data: bytes) -> pyphen.HyphDict | None:
    """A pyphen dictionary over a ``hyph_*.dic`` file (its first line names the encoding), or None.

    None (pyphen reads the file itself) for what this reading does not
    handle: nonstandard hyphenation, ``^^hh`` escapes, spaces in a line.
    """
    head, _, body = data.replace(b"\r", b"").partition(b"\n")
    encoding = head.decode().strip()
    if _NOT_PLAIN.search(body):
        return None
    # Digits are ASCII bytes in every encoding pyphen reads: deleting them from the whole file
    # at once gives every pattern's letters (per line this was most of the time).
    letters = body.translate(None, b"0123456789").decode(encoding).split("\n")
    lines = body.decode(encoding).split("\n")
    patterns = LazyPatterns(
        (key, line)
        for key, line in zip(letters, lines, strict=True)
        if line and not line.startswith(pyphen.ignored)
    )
    if not patterns:
        return None
    dictionary = pyphen.HyphDict.__new__(pyphen.HyphDict)
    dictionary.patterns = patterns
    dictionary.cache = {}
    dictionary.maxlen = max(len(key) for key in patterns)
    return dictionary


@functools.cache
def install() -> None:
    """Put the lazy Dutch dictionary in pyphen's cache, where ``Pyphen(lang="nl_NL")`` finds it (once)."""
    path = pyphen.LANGUAGES[pyphen.language_fallback(LANGUAGE)]
    if path in pyphen.hdcache:
        return
    dictionary = lazy_dictionary(path.read_bytes())
    if dictionary is not None:
        pyphen.hdcache[path] = dictionary
