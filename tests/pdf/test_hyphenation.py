"""The Dutch patterns read on lookup break every word where pyphen's own reading does."""

from __future__ import annotations

import pyphen

from facilitator_app.pdf import hyphenation
from facilitator_app.pdf.text import style

WORDS = (
    "professionaliseringsactiviteiten",
    "kindercarnavalsoptochtvoorbereidingswerkzaamheden",
    "samenwerkingsverband",
    "schoolleidersregister",
    "onderwijsassistenten",
    "docentontwerpteam",
    "Opleidingsschool",
    "VERANTWOORDELIJKHEDEN",
    "coördinatoren",
    "reëel",
)


def _dutch_path() -> object:
    return pyphen.LANGUAGES[pyphen.language_fallback(hyphenation.LANGUAGE)]


def test_every_pattern_reads_as_pyphen_reads_it() -> None:
    path = _dutch_path()
    own = pyphen.HyphDict(path)
    lazy = hyphenation.lazy_dictionary(path.read_bytes())  # type: ignore[attr-defined]
    assert lazy is not None
    read = {key: lazy.patterns.get(key) for key in list(lazy.patterns)}
    assert {key: value for key, value in read.items() if value is not None} == own.patterns
    assert lazy.maxlen == own.maxlen


def test_words_break_where_pyphen_breaks_them() -> None:
    style("any", 10)  # a hyphenating style puts the lazy dictionary in pyphen's cache
    ours = pyphen.Pyphen(lang="nl_NL")  # as ReportLab makes it
    own = pyphen.Pyphen(lang="nl_NL")
    own.hd = pyphen.HyphDict(_dutch_path())  # pyphen's own reading, kept out of its cache
    assert isinstance(ours.hd.patterns, hyphenation.LazyPatterns)
    for word in WORDS:
        assert list(ours.iterate(word)) == list(own.iterate(word)), word
        assert ours.inserted(word) == own.inserted(word)


def test_a_single_pattern() -> None:
    assert hyphenation.parse("aar4ts5") == (3, (4, 0, 5))
    assert hyphenation.parse(".a4") == (2, (4,))
    assert hyphenation.parse("4a") == (0, (4,))
    assert hyphenation.parse("ab0c") is None
