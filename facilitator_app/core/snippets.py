"""The passage of a text around the words a search matched, with the matches marked.

FTS5's own ``snippet()`` walks the matched term's whole index for every query,
which at partnership scale costs more than the search itself; a search page
therefore makes its snippets here, from the text of the rows it shows, so the
cost is the page's and not the archive's. Words are cut and compared the way
the search index does it (``unicode61 remove_diacritics 2``): runs of letters
and digits, case-folded and without diacritics, and a query word matches
every word it is the start of ("coordinator" marks "Coördinatoren").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+")
SNIPPET_WORDS = 16
ELLIPSIS = "…"


def fold_text(text: str) -> str:
    """Text as the index compares it: without diacritics, in lower case.

    lower(), not casefold(): the index's tokenizer keeps "ß" as it is.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# The same words come back in every note: fold each one once.
fold = lru_cache(maxsize=8192)(fold_text)


def has_match(text: str, terms: Sequence[str]) -> bool:
    """Whether any term starts a word of ``text``."""
    folded = fold_text(text)
    return any(_word_start(term).search(folded) for term in terms)


def matches_all(texts: Sequence[str], terms: Sequence[str]) -> bool:
    """Whether every term starts a word somewhere in ``texts``, as the index's AND query asks."""
    folded = " ".join(fold_text(text) for text in texts)
    return all(_word_start(term).search(folded) for term in terms)


@lru_cache(maxsize=256)
def _word_start(term: str) -> re.Pattern[str]:
    # The term where a word begins: not preceded by a letter or digit.
    return re.compile(r"(?<![^\W_])" + re.escape(term))


def snippet(
    text: str, terms: Sequence[str], marks: tuple[str, str] = ("[", "]"), words: int = SNIPPET_WORDS
) -> str:
    """At most ``words`` words of ``text`` around the most matched terms, matches between ``marks``.

    ``terms`` are folded query words (:func:`fold`). Text cut off at either
    side is shown as an ellipsis, as FTS5's snippet does.
    """
    spans, found = _tokens(text, terms)
    if not spans:
        return text.strip()[:200]
    first = _best_window(found, words)
    last = min(len(spans), first + words) - 1
    parts = [ELLIPSIS if first > 0 else text[: spans[0][0]]]
    for index in range(first, last + 1):
        start, end = spans[index]
        parts.append(f"{marks[0]}{text[start:end]}{marks[1]}" if found[index] else text[start:end])
        if index < last:
            parts.append(text[end : spans[index + 1][0]])
    parts.append(ELLIPSIS if last < len(spans) - 1 else text[spans[-1][1] :])
    return "".join(parts)


_NO_TERMS: frozenset[str] = frozenset()


def _tokens(text: str, terms: Sequence[str]) -> tuple[list[tuple[int, int]], list[frozenset[str]]]:
    """Each word's span and the terms it starts with."""
    prefixes = tuple(terms)
    spans: list[tuple[int, int]] = []
    found: list[frozenset[str]] = []
    for match in _TOKEN.finditer(text):
        spans.append(match.span())
        word = fold(match.group())
        found.append(
            frozenset(t for t in prefixes if word.startswith(t)) if word.startswith(prefixes) else _NO_TERMS
        )
    return spans, found


def _best_window(found: list[frozenset[str]], words: int) -> int:
    """The first word of the window that shows the most different terms, then the most matches."""
    best, best_score = 0, (-1, -1)
    starts = {max(0, min(i, len(found) - words)) for i, terms in enumerate(found) if terms}
    for start in sorted(starts):
        window = found[start : start + words]
        score = (len(frozenset().union(*window)), sum(1 for terms in window if terms))
        if score > best_score:
            best, best_score = start, score
    return best
