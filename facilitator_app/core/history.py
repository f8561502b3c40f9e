"""A school's path over the scenario map, and what it promised to do next.

Every finished session places the school on a scenario map (part 3 of the
script). Read in date order those placements are the school's *scenario
history*; the partnership overview puts the histories of all schools side by
side per theme. The first development step agreed at one session is what the
next session starts with (:func:`first_step_follow_up`); the answer it gets
there (a :class:`~.models.FollowUp`) says what became of it
(:func:`step_follow_up`).

Plain Python over plain data: the store builds :class:`HistoryEntry` rows,
the PDF layer and the UI only read them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .models import FollowUp, ScenarioMap, School
from .sessions import Amendment, Note, Outcome, Session, TimeboxRun, parse_iso_date

__all__ = [
    "FirstStepFollowUp",
    "HistoryEntry",
    "OverviewRow",
    "RecordData",
    "StepFollowUp",
    "StepState",
    "by_theme",
    "earlier_positions",
    "first_step_follow_up",
    "overview_rows",
    "scenario_history",
    "step_follow_up",
    "trend_label",
]


@dataclass(frozen=True)
class HistoryEntry:
    """One session of a school with the scenario it was placed in.

    ``scenario_index`` is the scenario's place on its map (0 = the first,
    loosest one), None when the scenario is no longer on any map; then
    ``scenario_name`` (a copy kept with the outcome) still names it.
    """

    date: str
    session_id: str
    school_id: str
    session_title: str = ""
    theme_key: str = ""
    theme_title: str = ""
    scenario_id: str = ""
    scenario_key: str = ""
    scenario_name: str = ""
    scenario_index: int | None = None
    scenario_count: int = 0
    first_step: str = ""
    first_step_owner: str = ""
    first_step_due: str = ""
    finished: bool = True
    # The answer given at this session about the previous session's first step.
    follow_up: FollowUp | None = None

    @property
    def day(self) -> dt.date:
        return parse_iso_date(self.date)

    @property
    def placed(self) -> bool:
        """Was the school placed on the map in this session?"""
        return bool(self.scenario_id or self.scenario_name)

    @property
    def position_label(self) -> str:
        """``"3/4 Samen leren"``, or just the name when the scenario left the map."""
        if self.scenario_index is None or not self.scenario_count:
            return self.scenario_name or "(onbekend scenario)"
        return f"{self.scenario_index + 1}/{self.scenario_count} {self.scenario_name}"


@dataclass(frozen=True)
class FirstStepFollowUp:
    """The first development step of the school's previous session, to open the next one with."""

    session_id: str
    date: str
    session_title: str
    first_step: str
    owner: str
    due: str
    scenario_name: str

    @property
    def overdue_on(self) -> str:
        """The due date when it is an ISO date, else empty (free text such as "voor de zomer")."""
        try:
            return parse_iso_date(self.due).isoformat()
        except ValueError:
            return ""


@dataclass(frozen=True)
class OverviewRow:
    """One school and one theme in the partnership overview: every placement, oldest first."""

    school_id: str
    school_name: str
    theme_key: str
    theme_title: str
    entries: tuple[HistoryEntry, ...]

    @property
    def first(self) -> HistoryEntry | None:
        return self.entries[0] if self.entries else None

    @property
    def latest(self) -> HistoryEntry | None:
        return self.entries[-1] if self.entries else None

    @property
    def change(self) -> int | None:
        """Scenarios moved from the first to the latest placement (+ towards sustainable), None if unknown."""
        first, latest = self.first, self.latest
        if first is None or latest is None or first.scenario_index is None or latest.scenario_index is None:
            return None
        return latest.scenario_index - first.scenario_index

    @property
    def trend(self) -> str:
        return trend_label(self.change, len(self.entries))


@dataclass(frozen=True)
class RecordData:
    """Everything the post-session record needs, read in one go (``store.archive.record_data``)."""

    session: Session
    outcome: Outcome | None
    notes: tuple[Note, ...]
    runs: tuple[TimeboxRun, ...]
    scenario_map: ScenarioMap | None
    school: School
    earlier: tuple[tuple[dt.date, str], ...]
    amendments: tuple[Amendment, ...]
    # ``(card id, title)`` of the inspiration cards the outcome and its corrections name:
    # the record lists titles, the store keeps ids.
    card_titles: tuple[tuple[str, str], ...] = ()
    # How the previous session's first step went, as answered when this one opened.
    follow_up: FollowUp | None = None


def trend_label(change: int | None, placements: int) -> str:
    """A Dutch word for how a school moved: for tables and the CLI."""
    if placements == 0:
        return "nog niet geplaatst"
    if placements == 1:
        return "eerste meting"
    if change is None:
        return "onbekend"
    if change > 0:
        return f"{change} stap{'pen' if change > 1 else ''} verder"
    if change < 0:
        return f"{-change} stap{'pen' if change < -1 else ''} terug"
    return "gelijk gebleven"


def _order(entry: HistoryEntry) -> tuple[str, str]:
    return (entry.date, entry.session_id)


def scenario_history(entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
    """The placements of finished sessions, oldest first (unplaced sessions left out)."""
    return sorted((e for e in entries if e.finished and e.placed), key=_order)


def by_theme(entries: Iterable[HistoryEntry]) -> dict[str, list[HistoryEntry]]:
    """The history per theme key, each oldest first; themes in order of first placement."""
    grouped: dict[str, list[HistoryEntry]] = {}
    for entry in scenario_history(entries):
        grouped.setdefault(entry.theme_key, []).append(entry)
    return grouped


def earlier_positions(
    entries: Iterable[HistoryEntry], session_id: str, session_date: str, theme_key: str | None = None
) -> list[tuple[dt.date, str]]:
    """``(date, scenario_id)`` of the school's placements before this session, oldest first.

    Only the same theme counts when ``theme_key`` is given: a position on
    another theme's map says nothing about this one.
    """
    return [
        (entry.day, entry.scenario_id)
        for entry in scenario_history(entries)
        if entry.session_id != session_id
        and entry.date <= session_date
        and (theme_key is None or entry.theme_key == theme_key)
    ]


def first_step_follow_up(entries: Iterable[HistoryEntry], before_date: str) -> FirstStepFollowUp | None:
    """The first step agreed at the school's latest finished session before ``before_date``."""
    candidates = [e for e in entries if e.finished and e.first_step.strip() and e.date < before_date]
    if not candidates:
        return None
    latest = max(candidates, key=_order)
    return FirstStepFollowUp(
        session_id=latest.session_id,
        date=latest.date,
        session_title=latest.session_title,
        first_step=latest.first_step,
        owner=latest.first_step_owner,
        due=latest.first_step_due,
        scenario_name=latest.scenario_name,
    )


class StepState(enum.StrEnum):
    """What became of the first step agreed at a session, as far as the school's history shows."""

    NO_STEP = "no_step"  # none was agreed
    ANSWERED = "answered"  # a later session said how it went
    NO_LATER_SESSION = "no_later_session"
    NEXT_OPEN = "next_open"  # the next session is planned or running and has not answered yet
    NOT_DISCUSSED = "not_discussed"  # the next session finished without an answer


@dataclass(frozen=True)
class StepFollowUp:
    """:func:`step_follow_up`: the state, the date of the session it refers to, and the answer."""

    state: StepState
    date: str = ""  # the answering session, or the next one; empty without either
    answer: FollowUp | None = None


def step_follow_up(entry: HistoryEntry, later: Iterable[HistoryEntry]) -> StepFollowUp:
    """Was the first step of ``entry`` followed up? ``later``: the school's later sessions, oldest first."""
    if not entry.first_step.strip():
        return StepFollowUp(StepState.NO_STEP)
    after = [e for e in later if e.date > entry.date]
    answering = next(
        (e for e in after if e.follow_up is not None and e.follow_up.previous_session_id == entry.session_id),
        None,
    )
    if answering is not None:
        return StepFollowUp(StepState.ANSWERED, answering.date, answering.follow_up)
    if not after:
        return StepFollowUp(StepState.NO_LATER_SESSION)
    following = after[0]
    if not following.finished:
        return StepFollowUp(StepState.NEXT_OPEN, following.date)
    return StepFollowUp(StepState.NOT_DISCUSSED, following.date)


def overview_rows(
    schools: Sequence[School], entries: Iterable[HistoryEntry], *, include_unplaced: bool = True
) -> list[OverviewRow]:
    """One row per school and theme, schools in the given order, themes by title.

    With ``include_unplaced`` a school without any placement still gets one
    row (empty ``entries``), so the overview shows who has not started yet.
    """
    per_school: dict[str, dict[str, list[HistoryEntry]]] = {}
    titles: dict[str, str] = {}
    for entry in scenario_history(entries):
        per_school.setdefault(entry.school_id, {}).setdefault(entry.theme_key, []).append(entry)
        titles.setdefault(entry.theme_key, entry.theme_title or entry.theme_key)
    rows: list[OverviewRow] = []
    for school in schools:
        themes = per_school.get(school.id, {})
        if not themes:
            if include_unplaced:
                rows.append(OverviewRow(school.id, school.name, "", "", ()))
            continue
        for key in sorted(themes, key=lambda k: titles[k].casefold()):
            rows.append(OverviewRow(school.id, school.name, key, titles[key], tuple(themes[key])))
    return rows
