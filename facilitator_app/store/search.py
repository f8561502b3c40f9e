"""Full-text search over notes, outcomes and follow-up answers, fast at partnership scale.

The indexes are external-content FTS5 tables (``notes_fts``, ``outcomes_fts``,
``followups_fts``; migrations ``0002_sessions`` and ``0006_followups``) kept in
step by triggers.

A search runs in two phases so that its cost does not grow with the archive:

1. *Candidates*: per index, the matching rows newest-written first
   (``ORDER BY rowid DESC``, which FTS5 streams without sorting), with the
   school, theme and date filters applied in the same query and at most
   :data:`CANDIDATE_CAP` rows read. Only these rows get a bm25 rank.
2. *The page*: the candidates are ordered -- best match first when every
   match was read, newest session first when a common word matched more rows
   than the cap -- and snippets are made for the rows of the requested page
   only, from their text (``core/snippets.py``: FTS5's own snippet function
   reads the term's whole index once per call).

A continuation (``offset``) reads further back; :attr:`SearchPage.more`
says whether there is more to read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..core.sessions import NoteCategory, SearchHit
from ..core.snippets import fold, has_match, matches_all, snippet
from .base import Repository

# More words than this in a search box is a paste, not a query.
MAX_SEARCH_TERMS = 16
# The full-text indexes, kept in step by triggers (migrations 0002 and 0006).
SEARCH_INDEXES = ("notes_fts", "outcomes_fts", "followups_fts")
# Rows read per index before a search stops ranking and orders by recency.
CANDIDATE_CAP = 500
# A school filter narrows to this many rows or fewer: they are matched here, newest first.
SCAN_LIMIT = 5000
_SESSION_COLUMNS = (
    "s.id AS session_id, s.title AS session_title, s.date AS session_date, "
    "s.school_id AS school_id, s.theme_id AS theme_id"
)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Source:
    """How one index joins its table and the session it belongs to."""

    kind: str
    index: str
    table: str
    fields: tuple[str, ...]  # the indexed columns, with the name a hit gives each
    note_columns: str = "NULL AS note_id, NULL AS category"


_SOURCES = (
    _Source("note", "notes_fts", "notes", ("text",), "t.id AS note_id, t.category AS category"),
    _Source("outcome", "outcomes_fts", "outcomes", ("rationale", "first_step")),
    _Source("followup", "followups_fts", "followups", ("text",)),
)
# What a hit calls the column it matched in, where that differs from the column.
_FIELD_NAMES = {("followup", "text"): "follow_up"}


@dataclass(frozen=True)
class SearchPage:
    """One page of hits; ``more`` is True when a continuation would find further hits."""

    hits: list[SearchHit]
    more: bool
    by_recency: bool  # a common word: ordered newest first instead of best match first


@dataclass
class _Candidate:
    source: _Source
    rowid: int
    rank: float
    row: dict[str, Any]
    texts: tuple[str, ...] | None = None  # read with the row by a scan, else after the page is chosen


class SearchRepository(Repository):
    def page(
        self,
        query: str,
        school_id: str | None = None,
        theme_id: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        *,
        limit: int = 200,
        offset: int = 0,
        marks: tuple[str, str] = ("[", "]"),
    ) -> SearchPage:
        """Hits for every word of ``query`` (prefixes, diacritics ignored); dates ISO and inclusive."""
        match = match_expression(query)
        limit, offset = max(0, limit), max(0, offset)
        if match is None or limit == 0:
            return SearchPage([], False, False)
        terms = [fold(word) for word in query_words(query)]
        where, params = _filters(school_id, theme_id, date_from, date_to)
        # One school's rows are few: matching them here beats walking every match in the index.
        scanned = self._scan(terms, where, params) if school_id is not None else None
        if scanned is not None:
            candidates, capped, by_recency = scanned, False, True
        else:
            candidates, capped = self._indexed(match, where, params, max(CANDIDATE_CAP, offset + limit + 1))
            by_recency = capped
        if by_recency:
            candidates.sort(key=lambda c: (c.row["session_date"], c.rowid), reverse=True)
        else:
            candidates.sort(key=lambda c: (c.rank, _reverse(c.row["session_date"])))
        chosen = candidates[offset : offset + limit]
        self._read_texts([c for c in chosen if c.texts is None])
        hits = [_hit(c, terms, marks) for c in chosen]
        return SearchPage(hits, capped or len(candidates) > offset + limit, by_recency)

    def indexes(self) -> list[str]:
        """The search indexes this file has (a backup of an older schema may lack the newer ones)."""
        present = {str(r["name"]) for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return [index for index in SEARCH_INDEXES if index in present]

    def rebuild(self) -> None:
        """Rebuild the search indexes from their tables (after a VACUUM, an import, or to be sure)."""
        with self.atomic() as db:
            for index in self.indexes():
                db.execute(f"INSERT INTO {index}({index}) VALUES('rebuild')")

    def _indexed(
        self, match: str, where: str, params: dict[str, Any], cap: int
    ) -> tuple[list[_Candidate], bool]:
        """The newest ``cap`` matches of each index; True when an index had more.

        Ranking costs a bm25 score per row, so it is paid only when every match
        was read (a common word is shown newest first, unranked).
        """
        sources = [s for s in _SOURCES if s.index in set(self.indexes())]
        found = {source: self._matches(source, match, where, params, cap, ranked=False) for source in sources}
        capped = any(len(rows) >= cap for rows in found.values())
        if not capped:
            found = {
                source: self._matches(source, match, where, params, cap, ranked=True) for source in sources
            }
        return [
            _Candidate(source, int(r["rid"]), float(r["rank"] or 0), r)
            for source, rows in found.items()
            for r in rows
        ], capped

    def _matches(
        self, source: _Source, match: str, where: str, params: dict[str, Any], cap: int, *, ranked: bool
    ) -> list[dict[str, Any]]:
        rank = f"{source.index}.rank" if ranked else "NULL"
        sql = f"""
            SELECT {source.index}.rowid AS rid, {rank} AS rank, {source.note_columns}, {_SESSION_COLUMNS}
            FROM {source.index}
            JOIN {source.table} t ON t.rowid = {source.index}.rowid
            JOIN sessions s ON s.id = t.session_id
            WHERE {source.index} MATCH :q{where}
            ORDER BY {source.index}.rowid DESC
            LIMIT :cap
        """
        return self.rows(sql, {**params, "q": match, "cap": cap})

    def _scan(self, terms: list[str], where: str, params: dict[str, Any]) -> list[_Candidate] | None:
        """The filtered rows that contain every term, or None when there are too many to read."""
        candidates: list[_Candidate] = []
        present = set(self.indexes())
        for source in _SOURCES:
            if source.index not in present:
                continue
            fields = ", ".join(f"t.{field} AS f{i}" for i, field in enumerate(source.fields))
            sql = f"""
                SELECT t.rowid AS rid, {fields}, {source.note_columns}, {_SESSION_COLUMNS}
                FROM sessions s JOIN {source.table} t ON t.session_id = s.id
                WHERE 1 = 1{where}
                LIMIT :scan
            """
            found = self.rows(sql, {**params, "scan": SCAN_LIMIT + 1})
            if len(found) > SCAN_LIMIT:
                return None
            for row in found:
                texts = tuple(str(row[f"f{i}"] or "") for i in range(len(source.fields)))
                if matches_all(texts, terms):
                    candidates.append(_Candidate(source, int(row["rid"]), 0.0, row, texts))
        return candidates

    def _read_texts(self, chosen: list[_Candidate]) -> None:
        for source in _SOURCES:
            wanted = {c.rowid: c for c in chosen if c.source is source}
            if not wanted:
                continue
            marks = ", ".join("?" for _ in wanted)
            sql = f"SELECT rowid, {', '.join(source.fields)} FROM {source.table} WHERE rowid IN ({marks})"
            with self.translated():
                for rowid, *values in self.db.execute(sql, list(wanted)).fetchall():
                    wanted[int(rowid)].texts = tuple(str(v or "") for v in values)


def query_words(query: str) -> list[str]:
    """The words of what a user typed, at most :data:`MAX_SEARCH_TERMS`."""
    words = [w for w in _WORD.findall(unicodedata.normalize("NFC", query)) if any(c.isalnum() for c in w)]
    return words[:MAX_SEARCH_TERMS]


def match_expression(query: str) -> str | None:
    """A safe FTS5 MATCH expression for what a user typed, or None when it has no words.

    Each word becomes a quoted prefix term (``"word"*``), so FTS operators
    (AND, OR, NOT, NEAR), quotes, stars, brackets and colons in the input
    are plain text; the terms are ANDed.
    """
    words = query_words(query)
    return " ".join(f'"{word}"*' for word in words) if words else None


def _filters(
    school_id: str | None, theme_id: str | None, date_from: str | None, date_to: str | None
) -> tuple[str, dict[str, Any]]:
    where = ""
    params: dict[str, Any] = {}
    for column, key, op, value in (
        ("school_id", "school", "=", school_id),
        ("theme_id", "theme", "=", theme_id),
        ("date", "date_from", ">=", date_from),
        ("date", "date_to", "<=", date_to),
    ):
        if value is not None:
            where += f" AND s.{column} {op} :{key}"
            params[key] = value
    return where, params


def _reverse(iso_date: str) -> tuple[int, ...]:
    """A sort key that puts later ISO dates first inside an ascending sort."""
    return tuple(-ord(ch) for ch in iso_date)


def _hit(candidate: _Candidate, terms: list[str], marks: tuple[str, str]) -> SearchHit:
    row, source, texts = candidate.row, candidate.source, candidate.texts or ("",)
    # The first column that shows a match (an outcome matches in its rationale or its first step).
    column = next((i for i, text in enumerate(texts) if has_match(text, terms)), 0)
    field = source.fields[column]
    return SearchHit(
        kind=source.kind,
        field=_FIELD_NAMES.get((source.kind, field), field),
        session_id=row["session_id"],
        session_title=row["session_title"],
        session_date=row["session_date"],
        school_id=row["school_id"],
        theme_id=row["theme_id"],
        snippet=snippet(texts[column], terms, marks),
        rank=candidate.rank,
        note_id=row["note_id"],
        category=None if row["category"] is None else NoteCategory(row["category"]),
    )
