"""Build realistic finished sessions through the store API (no mocks)."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.core.models import FollowUp, FollowUpStatus, Participant, School
from facilitator_app.core.sessions import (
    NoteCategory,
    Outcome,
    OutcomeItem,
    Session,
    TimeboxRun,
)
from facilitator_app.store import Store

MAP_KEY = "scenariokaart-professionaliseren"
PEOPLE = (
    Participant("Anna de Vries", "schoolopleider"),
    Participant("Bram Jansen", "werkplekbegeleider"),
    Participant("Chantal Öztürk", "instituutsopleider"),
    Participant("Dirk-Jan Smit", ""),
)


@dataclass(frozen=True)
class Finished:
    session: Session
    scenario_id: str


def scenario_ids(store: Store) -> list[str]:
    return [s.id for s in store.scenario_maps.get(MAP_KEY).scenarios]


def school(store: Store, name: str = "De Kempen") -> School:
    return store.schools.add(School(name=name, vision="Wij zijn een lerende organisatie.", contact="Ingrid"))


def finished_session(
    store: Store,
    school_id: str,
    date: str,
    scenario: int,
    *,
    first_step: str = "Een gesprek per rol over de competenties uit de visie",
    amend: bool = False,
    optional: bool = True,
    follow_up: tuple[FollowUpStatus, str] | None = None,
) -> Finished:
    """A session that ran (part 2 included), with notes in every category, timings and a locked outcome.

    ``follow_up`` is the answer it opened with about the previous session's first step.
    """
    session = store.sessions.plan(
        Session(
            school_id=school_id,
            title="Professionaliseren met het team",
            date=date,
            planned_start="13:30",
            theme_id="professionaliseren",
            facilitator="Ingrid Bakker",
            participants=PEOPLE,
            included_optional_parts=frozenset({2}) if optional else frozenset(),
        )
    )
    store.sessions.start(session.id)
    if follow_up is not None:
        asked = store.archive.follow_up(school_id, date)
        assert asked is not None, "a follow-up needs an earlier finished session"
        store.sessions.save_follow_up(FollowUp(session.id, asked.session_id, *follow_up))
    notes = [
        (
            0,
            NoteCategory.STRENGTH,
            "Iedere rol kent een eigen aanbod; Anna noemt de basistraining.",
            "Anna de Vries",
        ),
        (
            1,
            NoteCategory.DEVELOPMENT,
            'Het aanbod sluit niet aan bij de visie op "samen opleiden".',
            "Bram Jansen",
        ),
        (1, NoteCategory.INSIGHT, "Coördinator en schoolleider zien elkaar te weinig.", "Chantal Öztürk"),
        (3, NoteCategory.QUESTION, "Wie evalueert het aanbod? Vraag van Dirk-Jan.", "Dirk-Jan Smit"),
        (None, NoteCategory.OTHER, "Ruimte was te klein 🙂 – volgende keer de aula.", ""),
        (
            5,
            NoteCategory.DEVELOPMENT,
            "Werkplekbegeleiders missen intervisie.\nTweede regel.",
            "werkplekbegeleider",
        ),
    ]
    made = [store.sessions.add_note(session.id, box, cat, text, who) for box, cat, text, who in notes]
    ids = scenario_ids(store)
    runs = []
    offset = 0.0
    for index, minutes in enumerate([5, 5, 5, 10, 5, 10, 20]):
        spent = minutes * 60 + (90 if index == 3 else -40 if index == 5 else 0)
        runs.append(
            TimeboxRun(index, minutes, offset, offset + minutes * 60, offset, offset + spent, False, spent)
        )
        offset += minutes * 60
    store.sessions.record_timebox_runs(session.id, runs)
    store.sessions.save_outcome(
        session.id,
        Outcome(
            scenario_id=ids[scenario],
            rationale="Er is aanbod per rol, maar Bram ziet weinig samenhang met de visie.",
            first_step=first_step,
            first_step_owner="Anna de Vries",
            first_step_due="2025-04-01",
            development_points=(OutcomeItem("Samenhang in het aanbod", made[1].id),),
            strengths_used=(OutcomeItem("Betrokken werkplekbegeleiders", made[0].id),),
            insights_used=(OutcomeItem("Rollen zien elkaar te weinig"),),
            support_needed="Tijd in de jaartaak en een budget voor intervisie",
        ),
    )
    store.sessions.finish(session.id)
    if amend:
        store.sessions.amend(session.id, "support_needed", "Tijd in de jaartaak", "Budget was al geregeld")
    return Finished(store.sessions.get(session.id), ids[scenario])
