"""The pure edit rules of scripts, decks and scenario maps (core/*_edits.py) and their list helpers.

No store: each rule takes a content object and gives the changed one, or refuses with a code.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator_app.core import deck_edits, list_edits, scenario_edits, script_edits
from facilitator_app.core.edit_errors import (
    ContentKind,
    EditCode,
    EditError,
    InvalidEditError,
    MissingItemError,
    ReadOnlyError,
    ShapeError,
    check_editable,
)
from facilitator_app.core.models import (
    BuiltinInfo,
    Card,
    CardRef,
    Deck,
    Mode,
    Part,
    Scenario,
    ScenarioMap,
    Step,
    Theme,
    TimeBox,
)

# --- list helpers ---------------------------------------------------------------------


def test_position_after_is_after_the_item_or_at_the_end() -> None:
    assert list_edits.position_after(3, None) == 3
    assert list_edits.position_after(3, 0) == 1
    assert list_edits.position_after(3, -1) == 0  # "after nothing": the very start
    assert list_edits.position_after(3, 7) == 3
    assert list_edits.position_after(0, None) == 0


def test_insert_remove_replace_leave_the_original_alone() -> None:
    items = ("a", "b", "c")
    assert list_edits.inserted(items, 1, "x") == ("a", "x", "b", "c")
    assert list_edits.inserted(items, -4, "x") == ("x", "a", "b", "c")  # clamped
    assert list_edits.inserted(items, 9, "x") == ("a", "b", "c", "x")
    assert list_edits.inserted((), 0, "x") == ("x",)
    assert list_edits.removed(items, 0) == ("b", "c")
    assert list_edits.removed(items, 2) == ("a", "b")
    assert list_edits.removed(("a",), 0) == ()
    assert list_edits.replaced(items, 1, "x") == ("a", "x", "c")
    assert items == ("a", "b", "c")


@pytest.mark.parametrize(
    ("index", "target", "expected", "landed"),
    [
        (0, -1, ("a", "b", "c"), 0),  # the first one up stays first
        (2, 3, ("a", "b", "c"), 2),  # the last one down stays last
        (0, 2, ("b", "c", "a"), 2),
        (2, 0, ("c", "a", "b"), 0),
        (1, 99, ("a", "c", "b"), 2),
        (1, -99, ("b", "a", "c"), 0),
    ],
)
def test_moved_clamps_and_says_where_the_item_landed(
    index: int, target: int, expected: tuple[str, ...], landed: int
) -> None:
    assert list_edits.moved(("a", "b", "c"), index, target) == (expected, landed)


def test_free_key_is_a_clean_key_nobody_has() -> None:
    assert list_edits.free_key("Mijn Set!", set()) == "mijn-set"
    assert list_edits.free_key("kaart", {"kaart", "kaart-2"}) == "kaart-3"
    assert list_edits.free_key("!!!", set()) == "kaart"
    assert list_edits.free_key("ë", {"kaart"}) == "kaart-2"


# --- scripts --------------------------------------------------------------------------


def step(number: int | None, text: str = "") -> Step:
    return Step(number, text or f"stap {number}")


def script() -> Theme:
    """Part 1: two boxes (steps 1-2, 3); part 2: one box with two unnumbered questions."""
    part1 = Part(
        1,
        "Een",
        False,
        (
            TimeBox(Mode.INDIVIDUAL, 5, (step(1), step(2)), "b1"),
            TimeBox(Mode.COLLECTIVE, 10, (step(3),), "b2"),
        ),
        id="p1",
    )
    part2 = Part(
        2, "Twee", False, (TimeBox(Mode.COLLECTIVE, 20, (step(None, "v1"), step(None, "v2")), "b3"),), id="p2"
    )
    return Theme("t", "Thema", (), "", (), (part1, part2), id="t1")


def numbers(theme: Theme) -> list[int | None]:
    return [s.number for _, box in theme.timeboxes() for s in box.steps]


def test_add_part_box_and_step_number_on_from_the_step_before() -> None:
    theme, at = script_edits.add_part(script(), after=0)
    assert at == 1 and theme.parts[1].title == script_edits.NEW_PART_TITLE
    assert theme.parts[1].timeboxes[0].mode is Mode.COLLECTIVE
    assert theme.parts[1].timeboxes[0].steps[0].number == 4  # after step 3
    theme, at = script_edits.add_timebox(script(), 0, after=0)
    assert at == 1 and theme.parts[0].timeboxes[1].mode is Mode.INDIVIDUAL  # takes the form before it
    assert theme.parts[0].timeboxes[1].steps[0].number == 3
    theme, at = script_edits.add_step(script(), 1, 0)
    assert at == 2 and theme.parts[1].timeboxes[0].steps[2].number is None  # among the questions
    theme, at = script_edits.add_step(script(), 0, 0, after=-1)
    assert at == 0 and theme.parts[0].timeboxes[0].steps[0].number == 1  # a script starts at 1


def test_a_new_step_never_gets_a_number_above_the_limit() -> None:
    theme = replace(script(), parts=script().parts[:1])
    last = replace(theme.parts[0].timeboxes[1], steps=(step(script_edits.MAX_STEP_NUMBER),))
    theme = replace(theme, parts=(replace(theme.parts[0], timeboxes=(theme.parts[0].timeboxes[0], last)),))
    added, _ = script_edits.add_step(theme, 0, 1)
    assert added.parts[0].timeboxes[1].steps[1].number == script_edits.MAX_STEP_NUMBER


def test_moves_are_clamped_first_up_and_last_down_stay() -> None:
    original = script()
    theme, at = script_edits.move_part(original, 0, -1)
    assert at == 0 and theme == original
    theme, at = script_edits.move_part(original, 1, 1)
    assert at == 1 and theme == original
    theme, at = script_edits.move_part(original, 1, -1)
    assert at == 0 and [p.id for p in theme.parts] == ["p2", "p1"]
    theme, at = script_edits.move_timebox(original, 0, 1, -5)
    assert at == 0 and [b.id for b in theme.parts[0].timeboxes] == ["b2", "b1"]
    theme, at = script_edits.move_step(original, 0, 0, 0, 1)
    assert at == 1 and numbers(theme)[:2] == [2, 1]  # numbers stay with their text
    theme, at = script_edits.move_step(original, 0, 0, 1, 1)
    assert at == 1 and theme == original


def test_deletes_keep_a_part_and_a_box_and_say_why() -> None:
    original = script()
    theme = script_edits.delete_step(original, 0, 1, 0)
    assert theme.parts[0].timeboxes[1].steps == ()  # a box may have no steps (a pause)
    with pytest.raises(ShapeError) as only_box:
        script_edits.delete_timebox(original, 1, 0)
    assert only_box.value.code is EditCode.ONLY_BOX and only_box.value.params == {"part_number": 2}
    assert "enige tijdvak van deel 2" in str(only_box.value)
    one_part = script_edits.delete_part(original, 1)
    assert [p.id for p in one_part.parts] == ["p1"]
    with pytest.raises(ShapeError) as only_part:
        script_edits.delete_part(one_part, 0)
    assert only_part.value.code is EditCode.ONLY_PART
    last_box = script_edits.delete_timebox(one_part, 0, 0)
    with pytest.raises(ShapeError) as last:
        script_edits.delete_timebox(last_box, 0, 0)
    assert last.value.code is EditCode.LAST_BOX


def test_a_position_that_is_not_there_is_refused_with_its_number() -> None:
    with pytest.raises(MissingItemError) as part:
        script_edits.move_part(script(), 4, 1)
    assert part.value.params == {"part_number": 5} and str(part.value).startswith("Deel 5 bestaat niet")
    with pytest.raises(MissingItemError) as box:
        script_edits.delete_timebox(script(), 0, 2)
    assert box.value.params == {"part_number": 1, "box_number": 3}
    with pytest.raises(MissingItemError) as gone:
        script_edits.delete_step(script(), 0, 1, 1)
    assert gone.value.code is EditCode.NO_SUCH_STEP


def test_delete_and_insert_put_the_same_item_back() -> None:
    original = script()
    for deleted, restored in (
        (script_edits.delete_part(original, 0), lambda t: script_edits.insert_part(t, 0, original.parts[0])),
        (
            script_edits.delete_timebox(original, 0, 1),
            lambda t: script_edits.insert_timebox(t, 0, 1, original.parts[0].timeboxes[1]),
        ),
        (
            script_edits.delete_step(original, 0, 0, 0),
            lambda t: script_edits.insert_step(t, 0, 0, 0, original.parts[0].timeboxes[0].steps[0]),
        ),
    ):
        assert deleted != original and restored(deleted) == original


def test_renumbering_counts_numbered_steps_in_script_order() -> None:
    theme, _ = script_edits.move_step(script(), 0, 0, 0, 1)
    theme, _ = script_edits.add_step(theme, 0, 1, after=-1)
    assert numbers(theme) == [2, 1, 2, 3, None, None]  # numbered on from step 1 before it
    assert numbers(script_edits.renumber_steps(theme)) == [1, 2, 3, 4, None, None]
    assert script_edits.renumber_steps(script()) == script()


def test_step_cards_must_exist_unless_the_step_had_them() -> None:
    ref, other, gone = CardRef("d", "a"), CardRef("d", "b"), CardRef("weg", "x")
    theme = script_edits.set_step_cards(script(), 0, 0, 0, [ref, other, ref], {ref, other})
    assert theme.parts[0].timeboxes[0].steps[0].cards == (ref, other)
    with pytest.raises(InvalidEditError) as unknown:
        script_edits.set_step_cards(theme, 0, 0, 0, [gone], {ref, other})
    assert unknown.value.code is EditCode.UNKNOWN_CARD and unknown.value.params["ref"] == gone
    had = script_edits.insert_step(theme, 0, 0, 0, Step(1, "s", (gone,)))
    kept = script_edits.set_step_cards(had, 0, 0, 0, [gone, ref], {ref})
    assert kept.parts[0].timeboxes[0].steps[0].cards == (gone, ref)


@pytest.mark.parametrize(
    ("broken", "code"),
    [
        (lambda t: replace(t, parts=()), EditCode.NO_PARTS),
        (lambda t: replace(t, parts=(replace(t.parts[0], title="  "),)), EditCode.PART_WITHOUT_TITLE),
        (lambda t: replace(t, parts=(replace(t.parts[0], timeboxes=()),)), EditCode.PART_WITHOUT_BOX),
        (
            lambda t: replace(
                t, parts=(replace(t.parts[0], timeboxes=(TimeBox(Mode.COLLECTIVE, 241, ()),)),)
            ),
            EditCode.MINUTES_OUT_OF_RANGE,
        ),
        (
            lambda t: replace(t, parts=(replace(t.parts[0], timeboxes=(TimeBox(Mode.COLLECTIVE, 0, ()),)),)),
            EditCode.MINUTES_OUT_OF_RANGE,
        ),
        (
            lambda t: replace(
                t, parts=(replace(t.parts[0], timeboxes=(TimeBox(Mode.COLLECTIVE, 5, (Step(100, "x"),)),)),)
            ),
            EditCode.STEP_NUMBER_OUT_OF_RANGE,
        ),
    ],
)
def test_check_script_names_what_is_wrong(broken: object, code: EditCode) -> None:
    script_edits.check_script(script())
    with pytest.raises(EditError) as refused:
        script_edits.check_script(broken(script()))  # type: ignore[operator]
    assert refused.value.code is code
    assert str(refused.value)  # a Dutch sentence for today's callers


def test_an_own_copy_has_no_ids_and_no_provenance() -> None:
    builtin = replace(script(), builtin=BuiltinInfo("t", 1, "hash"))
    copy = script_edits.own_copy(builtin, "t-kopie", "Kopie")
    assert (copy.id, copy.key, copy.title, copy.builtin) == ("", "t-kopie", "Kopie", None)
    assert {p.id for p in copy.parts} == {""} and {b.id for _, b in copy.timeboxes()} == {""}
    assert numbers(copy) == numbers(builtin)


# --- decks ----------------------------------------------------------------------------


def deck() -> Deck:
    return Deck(
        "d", "Set", "text", (Card("a", "A", "tekst a", id="1"), Card("b", "B", "tekst b", id="2")), id="d1"
    )


def test_card_edits_keep_keys_unique_and_ids_with_their_card() -> None:
    added, at = deck_edits.add_card(deck())
    assert at == 2 and added.cards[2].key == "kaart" and added.cards[2].title == deck_edits.NEW_CARD_TITLE
    again, _ = deck_edits.add_card(added, after=-1)
    assert again.cards[0].key == "kaart-2"
    copied, at = deck_edits.duplicate_card(deck(), 0)
    assert at == 1 and copied.cards[1].key == "a-kopie" and copied.cards[1].id == ""
    saved = deck_edits.save_card(deck(), 1, Card("typed", "Nieuw", "x", id="9"))
    assert (saved.cards[1].key, saved.cards[1].id, saved.cards[1].title) == ("b", "2", "Nieuw")
    back, at = deck_edits.insert_card(deck(), 0, Card("b", "B2", "x"))
    assert at == 0 and back.cards[0].key == "b-2"  # the key was taken meanwhile
    moved, at = deck_edits.move_card(deck(), 0, -1)
    assert at == 0 and moved == deck()
    moved, at = deck_edits.move_card(deck(), 1, 5)
    assert at == 1 and moved == deck()
    moved, at = deck_edits.move_card(deck(), 0, 1)
    assert at == 1 and [c.id for c in moved.cards] == ["2", "1"]


def test_a_deck_keeps_its_last_card_and_a_known_size() -> None:
    one = deck_edits.delete_card(deck(), 0)
    with pytest.raises(ShapeError) as last:
        deck_edits.delete_card(one, 0)
    assert last.value.code is EditCode.LAST_CARD
    with pytest.raises(MissingItemError) as missing:
        deck_edits.delete_card(deck(), 2)
    assert missing.value.params == {"card_number": 3, "deck_title": "Set"}
    assert deck_edits.set_properties(deck(), title="  Nieuw ", card_size="A5").title == "Nieuw"
    with pytest.raises(InvalidEditError) as size:
        deck_edits.set_properties(deck(), card_size="A9")
    assert size.value.code is EditCode.UNKNOWN_CARD_SIZE and "A9" in str(size.value)
    with pytest.raises(InvalidEditError):
        deck_edits.set_properties(deck(), title=" ")


# --- scenario maps --------------------------------------------------------------------


def scenario_map() -> ScenarioMap:
    return ScenarioMap(
        "m", "Kaart", (Scenario("s1", "Een", "", (), "i1"), Scenario("s2", "Twee", "", (), "i2")), id="m1"
    )


def test_scenario_edits_keep_ids_and_give_free_keys() -> None:
    added, at = scenario_edits.add_scenario(scenario_map(), "Nieuw", after=0)
    assert at == 1 and (added.scenarios[1].name, added.scenarios[1].key) == ("Nieuw", "scenario")
    moved, at = scenario_edits.move_scenario(scenario_map(), 1, 0)
    assert at == 0 and [s.id for s in moved.scenarios] == ["i2", "i1"]
    moved, at = scenario_edits.move_scenario(scenario_map(), 0, -1)
    assert at == 0 and moved == scenario_map()
    gone = scenario_map().scenarios[0]
    deleted = scenario_edits.delete_scenario(scenario_map(), 0)
    back, at = scenario_edits.insert_scenario(deleted, 0, gone)
    assert at == 0 and back == scenario_map()
    clash, _ = scenario_edits.insert_scenario(scenario_map(), 9, replace(gone, id="i3"))
    assert clash.scenarios[2].key == "s1-2" and clash.scenarios[2].id == "i3"
    with pytest.raises(MissingItemError):
        scenario_edits.move_scenario(scenario_map(), 2, 0)


def test_a_map_needs_a_scenario_with_its_own_key() -> None:
    only = scenario_edits.delete_scenario(scenario_edits.delete_scenario(scenario_map(), 0), 0)
    with pytest.raises(ShapeError):
        scenario_edits.check_scenario_map(only)
    twins = replace(scenario_map(), scenarios=(scenario_map().scenarios[0],) * 2)
    with pytest.raises(InvalidEditError) as duplicate:
        scenario_edits.check_scenario_map(twins)
    assert duplicate.value.code is EditCode.DUPLICATE_SCENARIO_KEY


# --- the read-only guard --------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kind", "words"),
    [
        (script(), ContentKind.THEME, "een ingebouwd thema"),
        (deck(), ContentKind.DECK, "een ingebouwde kaartenset"),
        (scenario_map(), ContentKind.SCENARIO_MAP, "de ingebouwde scenariokaart"),
    ],
)
def test_built_in_content_is_refused_with_one_error(
    item: Theme | Deck | ScenarioMap, kind: ContentKind, words: str
) -> None:
    check_editable(item, kind)
    with pytest.raises(ReadOnlyError) as refused:
        check_editable(replace(item, builtin=BuiltinInfo("k", 1, "h")), kind)
    assert refused.value.params == {"kind": kind, "title": item.title}
    assert words in str(refused.value) and "eigen kopie" in str(refused.value)
