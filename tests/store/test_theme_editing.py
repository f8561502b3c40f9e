"""The structural edits of an own theme's script: add, move, delete (and undo) parts, time boxes and
steps, card references, step numbers, goals and materials — and that planned sessions keep their copy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facilitator_app.core.models import CardRef, Catalogue, Mode, Participant, School, Theme
from facilitator_app.core.sessions import NoteCategory, Outcome, OutcomeItem, Session, SessionStatus
from facilitator_app.store import Store, StoreError
from facilitator_app.store.errors import NotFoundError
from facilitator_app.store.themes import NEW_PART_TITLE, NEW_STEP_TEXT, ScriptShapeError


@pytest.fixture
def own(store: Store) -> Theme:
    return store.themes.copy("professionaliseren")


def step_numbers(theme: Theme) -> list[int | None]:
    return [step.number for _, box in theme.timeboxes() for step in box.steps]


def box_minutes(theme: Theme) -> list[list[int]]:
    return [[box.minutes for box in part.timeboxes] for part in theme.parts]


def test_add_a_time_box_and_steps_numbered_on(store: Store, own: Theme) -> None:
    theme, at = store.themes.add_timebox(own.id, 0, after=1)
    assert at == 2
    new_box = theme.parts[0].timeboxes[2]
    # It follows box 2 (collective) and step 2, so it is collective and its step is number 3.
    assert (new_box.mode, new_box.minutes) == (Mode.COLLECTIVE, 5)
    assert [(s.number, s.text) for s in new_box.steps] == [(3, NEW_STEP_TEXT)]
    assert theme.minutes == own.minutes + 5
    theme, at = store.themes.add_step(own.id, 0, 2, after=None)
    assert at == 1 and theme.parts[0].timeboxes[2].steps[1].number == 4
    # In part 3 the questions have no number, and neither does a step added among them.
    theme, at = store.themes.add_step(own.id, 2, 0, after=1)
    assert at == 2 and theme.parts[2].timeboxes[0].steps[2].number is None
    # A step at the very start of a script is step 1.
    theme, at = store.themes.add_step(own.id, 0, 0, after=-1)
    assert at == 0 and theme.parts[0].timeboxes[0].steps[0].number == 1
    theme = store.themes.renumber_steps(own.id)
    assert step_numbers(theme) == [*range(1, 12), None, None, None, None, None]
    assert store.themes.get(own.id) == theme


def test_add_a_part_at_the_end_and_in_between(store: Store, own: Theme) -> None:
    theme, at = store.themes.add_part(own.id)
    assert at == 3 and len(theme.parts) == 4
    added = theme.parts[3]
    assert (added.number, added.title, added.optional) == (4, NEW_PART_TITLE, False)
    assert [(b.mode, b.minutes, len(b.steps)) for b in added.timeboxes] == [(Mode.COLLECTIVE, 5, 1)]
    assert added.timeboxes[0].steps[0].number is None  # after the part-3 questions
    theme, at = store.themes.add_part(own.id, after=0)
    assert at == 1 and theme.parts[1].title == NEW_PART_TITLE
    assert theme.parts[1].timeboxes[0].steps[0].number == 6  # after step 5 of part 1
    assert [p.number for p in theme.parts] == [1, 2, 3, 4, 5]
    assert theme.parts[2].title == own.parts[1].title


def test_moves_are_clamped_and_keep_ids_and_texts(store: Store, own: Theme) -> None:
    theme, at = store.themes.move_part(own.id, 2, -1)
    assert at == 1 and [p.title for p in theme.parts] == [own.parts[i].title for i in (0, 2, 1)]
    assert [p.id for p in theme.parts] == [own.parts[i].id for i in (0, 2, 1)]
    theme, at = store.themes.move_part(own.id, 0, -5)
    assert at == 0 and theme.parts[0].title == own.parts[0].title
    theme, at = store.themes.move_timebox(own.id, 0, 3, -10)
    assert at == 0 and box_minutes(theme)[0] == [10, 5, 5, 5]
    assert theme.parts[0].timeboxes[0].id == own.parts[0].timeboxes[3].id
    theme, at = store.themes.move_step(own.id, 0, 0, 0, 1)
    assert at == 1 and step_numbers(theme)[:2] == [5, 4]
    assert theme.parts[0].timeboxes[0].steps[1].text == own.parts[0].timeboxes[3].steps[0].text
    theme, at = store.themes.move_step(own.id, 0, 0, 1, 1)  # already last
    assert at == 1


def test_delete_and_undo_put_everything_back(store: Store, own: Theme) -> None:
    step = own.parts[0].timeboxes[3].steps[1]
    theme = store.themes.delete_step(own.id, 0, 3, 1)
    assert [s.number for s in theme.parts[0].timeboxes[3].steps] == [4]
    theme = store.themes.insert_step(own.id, 0, 3, 1, step)
    assert theme.parts[0].timeboxes[3].steps[1] == step
    box = own.parts[1].timeboxes[0]
    theme = store.themes.delete_timebox(own.id, 1, 0)
    assert box_minutes(theme)[1] == [10]
    theme = store.themes.insert_timebox(own.id, 1, 0, box)
    assert theme.parts[1].timeboxes[0] == box
    part = own.parts[1]
    theme = store.themes.delete_part(own.id, 1)
    assert [p.title for p in theme.parts] == [own.parts[0].title, own.parts[2].title]
    assert theme.minutes == own.minutes - part.minutes
    theme = store.themes.insert_part(own.id, 1, part)
    assert theme == own  # the same ids, texts, numbers and cards
    # A box may lose all its steps (a pause, say).
    theme = store.themes.delete_step(own.id, 2, 0, 0)
    for _ in range(3):
        theme = store.themes.delete_step(own.id, 2, 0, 0)
    assert theme.parts[2].timeboxes[0].steps == ()


def test_a_theme_keeps_one_part_with_one_time_box(store: Store, own: Theme) -> None:
    with pytest.raises(ScriptShapeError, match="enige tijdvak van deel 3"):
        store.themes.delete_timebox(own.id, 2, 0)
    store.themes.delete_part(own.id, 2)
    store.themes.delete_part(own.id, 1)
    with pytest.raises(ScriptShapeError, match="enige deel"):
        store.themes.delete_part(own.id, 0)
    for _ in range(3):
        store.themes.delete_timebox(own.id, 0, 0)
    with pytest.raises(ScriptShapeError, match="laatste tijdvak van het draaiboek"):
        store.themes.delete_timebox(own.id, 0, 0)
    with pytest.raises(ScriptShapeError, match="minstens één deel"):
        store.themes.update(replace(store.themes.get(own.id), parts=()))
    theme = store.themes.get(own.id)
    assert len(theme.parts) == 1 and len(theme.parts[0].timeboxes) == 1
    assert theme.parts[0].timeboxes[0].minutes == 10  # the last box of part 1 remains
    with pytest.raises(NotFoundError, match="Deel 5 bestaat niet"):
        store.themes.move_part(own.id, 4, 1)


def test_step_cards_and_numbers(store: Store, own: Theme) -> None:
    ref = CardRef("reflectiekaarten", "voorwaarden")
    theme = store.themes.set_step_cards(own.id, 0, 1, 0, [ref, ref])
    assert theme.parts[0].timeboxes[1].steps[0].cards == (ref,)
    with pytest.raises(StoreError, match="bestaat niet"):
        store.themes.set_step_cards(own.id, 0, 1, 0, [ref, CardRef("reflectiekaarten", "verzonnen")])
    assert store.themes.get(own.id).parts[0].timeboxes[1].steps[0].cards == (ref,)
    # A reference whose card has gone is kept while the step still has it.
    box = theme.parts[0].timeboxes[1]
    dangling = CardRef("weg", "kaart")
    store.themes.update(
        replace(
            theme,
            parts=(
                replace(
                    theme.parts[0],
                    timeboxes=(
                        theme.parts[0].timeboxes[0],
                        replace(box, steps=(replace(box.steps[0], cards=(dangling,)),)),
                        *theme.parts[0].timeboxes[2:],
                    ),
                ),
                *theme.parts[1:],
            ),
        )
    )
    theme = store.themes.set_step_cards(own.id, 0, 1, 0, [dangling, ref])
    assert theme.parts[0].timeboxes[1].steps[0].cards == (dangling, ref)
    theme = store.themes.set_step_cards(own.id, 0, 1, 0, [])
    assert theme.parts[0].timeboxes[1].steps[0].cards == ()
    # Numbers: 1 to 99 or none.
    first = theme.parts[0].timeboxes[0]
    for bad in (0, 100):
        numbered = replace(first, steps=(replace(first.steps[0], number=bad),))
        with pytest.raises(StoreError, match="kies 1 tot 99"):
            store.themes.update(
                replace(theme, parts=(replace(theme.parts[0], timeboxes=(numbered,)), *theme.parts[1:]))
            )


def test_goals_materials_summary_and_preparation(
    store: Store, own: Theme, db_path: Path, catalogue: Catalogue
) -> None:
    edited = replace(
        own,
        goals=(" Eerste doel ", "", "Tweede doel"),
        materials=("Stiften", "  "),
        summary="  Kort. ",
        preparation="Lees de visie.",
    )
    saved = store.themes.update(edited)
    assert saved.goals == ("Eerste doel", "Tweede doel")
    assert saved.materials == ("Stiften",)
    assert (saved.summary, saved.preparation) == ("Kort.", "Lees de visie.")
    with Store.open(db_path, catalogue) as reopened:
        assert reopened.themes.get(own.id) == saved
        assert reopened.themes.get("professionaliseren").goals == own.goals


def test_builtin_themes_refuse_every_edit(store: Store) -> None:
    builtin = store.themes.get("professionaliseren")
    for edit in (
        lambda: store.themes.add_part(builtin.id),
        lambda: store.themes.add_timebox(builtin.id, 0),
        lambda: store.themes.add_step(builtin.id, 0, 0),
        lambda: store.themes.move_part(builtin.id, 0, 1),
        lambda: store.themes.move_timebox(builtin.id, 0, 0, 1),
        lambda: store.themes.move_step(builtin.id, 0, 3, 0, 1),
        lambda: store.themes.delete_part(builtin.id, 1),
        lambda: store.themes.delete_timebox(builtin.id, 0, 0),
        lambda: store.themes.delete_step(builtin.id, 0, 0, 0),
        lambda: store.themes.insert_step(builtin.id, 0, 0, 0, builtin.parts[0].timeboxes[0].steps[0]),
        lambda: store.themes.set_step_cards(builtin.id, 0, 0, 0, []),
        lambda: store.themes.renumber_steps(builtin.id),
        lambda: store.themes.update(replace(builtin, goals=("x",))),
    ):
        with pytest.raises(StoreError, match="eigen kopie"):
            edit()
    assert store.themes.get(builtin.id) == builtin


def test_editing_a_theme_leaves_planned_and_held_sessions_alone(store: Store, own: Theme) -> None:
    school = store.schools.add(School(name="De Kempen"))

    def plan() -> Session:
        return store.sessions.plan(
            Session(
                school_id=school.id,
                title="Professionaliseren",
                date="2025-03-14",
                planned_start="13:30",
                theme_id=own.id,
                participants=(Participant("Anna", "schoolopleider"),),
            )
        )

    planned = plan()
    held = store.sessions.start(plan().id)
    note = store.sessions.add_note(held.id, 4, NoteCategory.DEVELOPMENT, "Samenhang in het aanbod")
    store.sessions.save_outcome(
        held.id,
        Outcome(
            scenario_id=store.scenario_maps.get("scenariokaart-professionaliseren").scenarios[1].id,
            rationale="Er is aanbod per rol.",
            first_step="Een gesprek per rol",
            development_points=(OutcomeItem("Samenhang in het aanbod", note.id),),
        ),
    )
    held = store.sessions.finish(held.id)
    ref = CardRef("reflectiekaarten", "voorwaarden")
    store.themes.add_timebox(own.id, 0, after=0)
    store.themes.move_part(own.id, 2, -2)
    store.themes.delete_step(own.id, 1, 0, 0)
    store.themes.set_step_cards(own.id, 1, 1, 0, [ref])
    edited = store.themes.update(replace(store.themes.get(own.id), goals=("Alleen dit doel",)))
    assert edited.minutes == own.minutes + 5
    assert held.status is SessionStatus.FINISHED
    for session in (planned, held):
        kept = store.sessions.get(session.id)
        assert kept.script == own
        assert kept.theme_id == own.id
    # A session planned now takes the edited script.
    assert plan().script == edited


def test_a_pasted_document_is_refused_with_where_and_how_much_fits(store: Store, own: Theme) -> None:
    huge = "Lange tekst. " * 500  # 6,500 characters in one step
    box = own.parts[0].timeboxes[0]
    step = replace(box.steps[0], text=huge)
    pasted = replace(
        own,
        parts=(
            replace(own.parts[0], timeboxes=(replace(box, steps=(step,)), *own.parts[0].timeboxes[1:])),
            *own.parts[1:],
        ),
    )
    with pytest.raises(
        StoreError, match=r"Een stap in deel 1 is 6\.500 tekens lang; er passen er hoogstens 5\.000"
    ):
        store.themes.update(pasted)
    assert store.themes.get(own.id) == own, "nothing of the refused edit is stored"
    with pytest.raises(StoreError, match="hoogstens 40 doelen"):
        store.themes.update(replace(own, goals=tuple(f"Doel {n}" for n in range(41))))
    with pytest.raises(StoreError, match="De titel van deel 2"):
        store.themes.update(
            replace(own, parts=(own.parts[0], replace(own.parts[1], title="x" * 201), *own.parts[2:]))
        )
    # At the limit it is kept.
    fitting = replace(own, summary="k" * 5_000)
    assert store.themes.update(fitting).summary == "k" * 5_000
