"""Read and validate the built-in content files in ``cards/``.

Each TOML file holds one theme, deck, scenario map, role list or school (see
``docs/card-format.md``). Validation is all-or-nothing: the first problem
raises :class:`ContentError` naming the file, the line and the problem, and
the caller loads nothing from the folder.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .bounded_read import NotARegularFileError, TooBigError, read_bounded
from .models import (
    SECTORS,
    BackStyle,
    BuiltinInfo,
    Card,
    CardRef,
    Catalogue,
    Deck,
    Mode,
    Part,
    Role,
    Scenario,
    ScenarioMap,
    School,
    Step,
    Theme,
    TimeBox,
)

FORMAT_VERSION = 1
CARD_SIZES = ("A7", "A6", "A5")
#: The largest whole number a card file may hold (a version, minutes, a step number): far beyond use,
#: and far inside what SQLite stores (a number past 2**63 crashed the import).
MAX_NUMBER = 1_000_000
KINDS = ("theme", "deck", "scenario_map", "roles", "school")
_KEY = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_T = TypeVar("_T")


# Fields added after content had shipped: left out of a fingerprint while empty, so a copy stored
# before they existed still hashes as loaded and an update may refresh it.
_ADDED_LATER = frozenset({"note", "sectors", "tags", "requires_sources"})


class ContentError(Exception):
    """A content file that cannot be loaded; the message is Dutch and specific."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path.name}, regel {line}" if line else self.path.name
        super().__init__(f"{where}: {problem}")


def fingerprint(item: object) -> str:
    """A hash of an object's content without ids and provenance.

    The loader stores it with each built-in; the store rebuilds the same
    object from its rows, so an equal fingerprint later means "unchanged by
    the user" and an app update may refresh it.
    """

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in {"id", "builtin"} and not (k in _ADDED_LATER and not v)
            }
        if isinstance(value, list | tuple):
            return [strip(v) for v in value]
        return value

    encoded = json.dumps(strip(dataclasses.asdict(item)), sort_keys=True, ensure_ascii=False, default=str)  # type: ignore[call-overload]
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


class _Reader:
    """Typed access to one parsed file that reports problems with a line number."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def fail(self, where: tuple[str | int, ...], problem: str) -> ContentError:
        return ContentError(self.path, self._line_of(where), problem)

    def _line_of(self, where: tuple[str | int, ...]) -> int | None:
        """Find the line of a path like ('parts', 1, 'timeboxes', 0, 'minutes').

        TOML parsers do not keep positions, so walk the text: count the
        ``[[table]]`` headers to reach the right array element, then look for
        the key inside it. Good enough to point a person at the right place.
        """
        line_index = 0
        prefix: list[str] = []
        items = list(where)
        best: int | None = None
        while items:
            head = items.pop(0)
            if isinstance(head, int):
                continue
            if items and isinstance(items[0], int):
                index = items.pop(0)
                assert isinstance(index, int)
                prefix.append(head)
                header = "[[" + ".".join(prefix) + "]]"
                seen = -1
                for number in range(line_index, len(self.lines)):
                    if self.lines[number].strip() == header:
                        seen += 1
                        if seen == index:
                            line_index = number
                            best = number + 1
                            break
                else:
                    return best
            else:
                key = re.compile(rf"^\s*{re.escape(head)}\s*=")
                for number in range(line_index, len(self.lines)):
                    if key.match(self.lines[number]):
                        return number + 1
                    stripped = self.lines[number].strip()
                    if number > line_index and stripped.startswith("[") and best:
                        break
                return best
        return best

    def get(
        self,
        table: dict[str, Any],
        where: tuple[str | int, ...],
        key: str,
        kind: type[_T],
        default: _T | None = None,
    ) -> _T:
        if key not in table:
            if default is not None:
                return default
            raise self.fail(where, f"het veld '{key}' ontbreekt")
        value = table[key]
        if kind is int and isinstance(value, bool):
            raise self.fail((*where, key), f"'{key}' moet een geheel getal zijn")
        if kind is int and isinstance(value, int) and not 0 <= value <= MAX_NUMBER:
            raise self.fail((*where, key), f"'{key}' moet een getal van 0 tot en met {MAX_NUMBER} zijn")
        if not isinstance(value, kind):
            names = {str: "tekst", int: "een geheel getal", bool: "true of false", list: "een lijst"}
            raise self.fail((*where, key), f"'{key}' moet {names.get(kind, kind.__name__)} zijn")
        if kind is str and not str(value).strip() and default is None:
            raise self.fail((*where, key), f"'{key}' is leeg")
        return value

    def text(self, table: dict[str, Any], where: tuple[str | int, ...], key: str) -> str:
        return self.get(table, where, key, str)

    def optional_text(self, table: dict[str, Any], where: tuple[str | int, ...], key: str) -> str:
        return self.get(table, where, key, str, "").strip()

    def key(self, table: dict[str, Any], where: tuple[str | int, ...]) -> str:
        value = self.text(table, where, "key")
        if not _KEY.match(value):
            raise self.fail(
                (*where, "key"),
                f"sleutel '{value}' mag alleen kleine letters, cijfers en streepjes bevatten",
            )
        return value

    def strings(self, table: dict[str, Any], where: tuple[str | int, ...], key: str) -> tuple[str, ...]:
        values = self.get(table, where, key, list, [])
        for value in values:
            if not isinstance(value, str) or not value.strip():
                raise self.fail((*where, key), f"'{key}' moet een lijst met niet-lege teksten zijn")
        return tuple(value.strip() for value in values)

    def tables(self, table: dict[str, Any], where: tuple[str | int, ...], key: str) -> list[dict[str, Any]]:
        values = self.get(table, where, key, list)
        if not values:
            raise self.fail((*where, key), f"'{key}' is leeg")
        for value in values:
            if not isinstance(value, dict):
                raise self.fail((*where, key), f"'{key}' moet een lijst van tabellen ([[{key}]]) zijn")
        return values

    def unique(self, keys: list[str], where: tuple[str | int, ...], what: str) -> None:
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if key in seen:
                raise self.fail((*where, index, "key"), f"{what} '{key}' komt twee keer voor")
            seen.add(key)


def _theme(r: _Reader, data: dict[str, Any], builtin: BuiltinInfo) -> Theme:
    parts: list[Part] = []
    for p_index, p in enumerate(r.tables(data, (), "parts")):
        p_where: tuple[str | int, ...] = ("parts", p_index)
        boxes: list[TimeBox] = []
        for b_index, b in enumerate(r.tables(p, p_where, "timeboxes")):
            b_where = (*p_where, "timeboxes", b_index)
            mode_text = r.text(b, b_where, "mode")
            if mode_text not in {m.value for m in Mode}:
                raise r.fail(
                    (*b_where, "mode"), f"werkvorm '{mode_text}' is onbekend; kies individual of collective"
                )
            minutes = r.get(b, b_where, "minutes", int)
            if not 1 <= minutes <= 240:
                raise r.fail(
                    (*b_where, "minutes"),
                    f"een tijdvak van {minutes} min. kan niet; kies 1 tot en met 240 minuten",
                )
            steps: list[Step] = []
            for s_index, s in enumerate(r.tables(b, b_where, "steps")):
                s_where = (*b_where, "steps", s_index)
                number = s.get("number")
                if number is not None and (
                    not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= MAX_NUMBER
                ):
                    raise r.fail((*s_where, "number"), "'number' moet een positief geheel getal zijn")
                refs: list[CardRef] = []
                for ref in r.strings(s, s_where, "cards"):
                    try:
                        refs.append(CardRef.parse(ref))
                    except ValueError:
                        raise r.fail(
                            (*s_where, "cards"), f"kaartverwijzing '{ref}' moet de vorm 'stapel/kaart' hebben"
                        ) from None
                steps.append(
                    Step(
                        number,
                        r.text(s, s_where, "text").strip(),
                        tuple(refs),
                        r.optional_text(s, s_where, "note"),
                    )
                )
            boxes.append(TimeBox(Mode(mode_text), minutes, tuple(steps)))
        optional = r.get(p, p_where, "optional", bool, False)
        parts.append(
            Part(
                p_index + 1,
                r.text(p, p_where, "title").strip(),
                optional,
                tuple(boxes),
                r.optional_text(p, p_where, "intro"),
                note=r.optional_text(p, p_where, "note"),
            )
        )
    return Theme(
        key=builtin.key,
        title=r.text(data, (), "title").strip(),
        summary=r.optional_text(data, (), "summary"),
        goals=r.strings(data, (), "goals"),
        preparation=r.optional_text(data, (), "preparation"),
        materials=r.strings(data, (), "materials"),
        parts=tuple(parts),
        builtin=builtin,
    )


def _deck(r: _Reader, data: dict[str, Any], builtin: BuiltinInfo) -> Deck:
    default_kind = r.get(data, (), "card_kind", str, "text")
    back_text = r.get(data, (), "back_style", str, BackStyle.TITLE.value)
    if back_text not in {b.value for b in BackStyle}:
        raise r.fail(("back_style",), f"achterkant '{back_text}' is onbekend; kies title of design")
    size = r.get(data, (), "card_size", str, "A6")
    if size not in CARD_SIZES:
        raise r.fail(("card_size",), f"kaartformaat '{size}' is onbekend; kies uit {', '.join(CARD_SIZES)}")
    requires_sources = r.get(data, (), "requires_sources", bool, False)
    cards: list[Card] = []
    tables = r.tables(data, (), "cards")
    r.unique([str(c.get("key", "")) for c in tables], ("cards",), "kaart")
    for index, c in enumerate(tables):
        where: tuple[str | int, ...] = ("cards", index)
        card = Card(
            key=r.key(c, where),
            title=r.text(c, where, "title").strip(),
            body=r.text(c, where, "body").strip(),
            kind=r.get(c, where, "kind", str, default_kind),
            subtitle=r.optional_text(c, where, "subtitle"),
            back=r.optional_text(c, where, "back"),
            source=r.optional_text(c, where, "source"),
            sectors=_sectors(r, c, where),
            tags=r.strings(c, where, "tags"),
        )
        if requires_sources and not card.source:
            raise r.fail(
                where,
                f"kaart '{card.key}' heeft geen bron; deze set vraagt bij elke kaart een 'source'",
            )
        cards.append(card)
    return Deck(
        key=builtin.key,
        title=r.text(data, (), "title").strip(),
        kind=default_kind,
        cards=tuple(cards),
        description=r.optional_text(data, (), "description"),
        back_style=BackStyle(back_text),
        card_size=size,
        version=builtin.version,
        builtin=builtin,
        requires_sources=requires_sources,
    )


def _sectors(r: _Reader, table: dict[str, Any], where: tuple[str | int, ...]) -> tuple[str, ...]:
    sectors = r.strings(table, where, "sectors")
    for sector in sectors:
        if sector not in SECTORS:
            raise r.fail((*where, "sectors"), f"sector '{sector}' is onbekend; kies uit {', '.join(SECTORS)}")
    return tuple(s for s in SECTORS if s in sectors)


def _scenario_map(r: _Reader, data: dict[str, Any], builtin: BuiltinInfo) -> ScenarioMap:
    tables = r.tables(data, (), "scenarios")
    r.unique([str(s.get("key", "")) for s in tables], ("scenarios",), "scenario")
    scenarios = tuple(
        Scenario(
            key=r.key(s, ("scenarios", i)),
            name=r.text(s, ("scenarios", i), "name").strip(),
            description=r.text(s, ("scenarios", i), "description").strip(),
            signs=r.strings(s, ("scenarios", i), "signs"),
        )
        for i, s in enumerate(tables)
    )
    return ScenarioMap(
        key=builtin.key,
        title=r.text(data, (), "title").strip(),
        scenarios=scenarios,
        intro=r.optional_text(data, (), "intro"),
        axis_from=r.optional_text(data, (), "axis_from"),
        axis_to=r.optional_text(data, (), "axis_to"),
        replaceable=r.get(data, (), "replaceable", bool, True),
        version=builtin.version,
        builtin=builtin,
    )


def _roles(r: _Reader, data: dict[str, Any]) -> tuple[Role, ...]:
    tables = r.tables(data, (), "roles")
    r.unique([str(t.get("key", "")) for t in tables], ("roles",), "rol")
    return tuple(
        Role(
            r.key(t, ("roles", i)),
            r.text(t, ("roles", i), "name").strip(),
            r.optional_text(t, ("roles", i), "description"),
        )
        for i, t in enumerate(tables)
    )


def _school(r: _Reader, data: dict[str, Any]) -> School:
    return School(
        name=r.text(data, (), "name").strip(),
        vision=r.optional_text(data, (), "vision"),
        contact=r.optional_text(data, (), "contact"),
        partnership=r.optional_text(data, (), "partnership"),
        notes=r.optional_text(data, (), "notes"),
        is_example=r.get(data, (), "example", bool, False),
    )


MAX_CONTENT_FILE_BYTES = 5 * 1024 * 1024


def load_file(path: Path) -> tuple[str, object]:
    """Parse one file into ``(kind, object)``; raises :class:`ContentError`."""
    try:
        raw = read_bounded(path, MAX_CONTENT_FILE_BYTES)
    except TooBigError:
        # A shared deck is a few kilobytes; anything this big is not one, and parsing it would hang.
        raise ContentError(path, None, "het bestand is te groot; een kaartenset is hooguit 5 MB") from None
    except NotARegularFileError:
        raise ContentError(
            path, None, "dit is geen gewoon bestand (maar een map, pijp of apparaat)"
        ) from None
    except OSError as error:
        raise ContentError(path, None, f"het bestand kan niet worden gelezen ({error.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ContentError(path, line, "het bestand is geen UTF-8-tekst; sla het op als UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise ContentError(
            path, int(match.group(1)) if match else None, f"geen geldige TOML: {message}"
        ) from None
    r = _Reader(path, text)
    file_format = r.get(data, (), "format", int)
    if file_format != FORMAT_VERSION:
        raise r.fail(
            ("format",),
            f"formaat {file_format} wordt niet ondersteund (verwacht {FORMAT_VERSION}); werk de app bij",
        )
    kind = r.text(data, (), "kind")
    if kind not in KINDS:
        raise r.fail(("kind",), f"soort '{kind}' is onbekend; kies uit {', '.join(KINDS)}")
    key = r.key(data, ())
    version = r.get(data, (), "version", int)
    builtin = BuiltinInfo(key, version, "")
    readers: dict[str, Callable[[], object]] = {
        "theme": lambda: _theme(r, data, builtin),
        "deck": lambda: _deck(r, data, builtin),
        "scenario_map": lambda: _scenario_map(r, data, builtin),
        "roles": lambda: _roles(r, data),
        "school": lambda: _school(r, data),
    }
    item = readers[kind]()
    if isinstance(item, Theme | Deck | ScenarioMap):
        item = dataclasses.replace(item, builtin=BuiltinInfo(key, version, fingerprint(item)))
    return kind, item


def load_catalogue(folder: Path) -> Catalogue:
    """Load every ``*.toml`` in ``folder``; all of it or, on the first problem, nothing."""
    themes: list[Theme] = []
    decks: list[Deck] = []
    maps: list[ScenarioMap] = []
    roles: list[Role] = []
    schools: list[School] = []
    sources: dict[str, str] = {}
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise ContentError(folder, None, "geen inhoudsbestanden (*.toml) gevonden")
    for path in files:
        kind, item = load_file(path)
        key = f"{kind}:{getattr(item, 'key', path.stem)}"
        if key in sources:
            raise ContentError(path, None, f"sleutel komt ook voor in {sources[key]}")
        sources[key] = path.name
        if isinstance(item, Theme):
            themes.append(item)
        elif isinstance(item, Deck):
            decks.append(item)
        elif isinstance(item, ScenarioMap):
            maps.append(item)
        elif isinstance(item, School):
            schools.append(item)
        elif isinstance(item, tuple):
            roles.extend(item)
    catalogue = Catalogue(tuple(themes), tuple(decks), tuple(maps), tuple(roles), tuple(schools), sources)
    _check_card_refs(catalogue, folder)
    return catalogue


def _check_card_refs(catalogue: Catalogue, folder: Path) -> None:
    known = {(deck.key, card.key) for deck in catalogue.decks for card in deck.cards}
    for theme in catalogue.themes:
        for _, box in theme.timeboxes():
            for step in box.steps:
                for ref in step.cards:
                    if (ref.deck_key, ref.card_key) not in known:
                        source = catalogue.sources.get(f"theme:{theme.key}", "")
                        raise ContentError(
                            folder / source,
                            None,
                            f"stap {step.number or ''} verwijst naar onbekende kaart '{ref}'",
                        )
