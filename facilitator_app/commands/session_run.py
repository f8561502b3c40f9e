"""``facilitator-app sessions plan|start|note|next|previous|jump|outcome|finish|amend``: a session from the shell.

Every command opens the session through the same
:class:`~facilitator_app.core.session_runner.SessionRunner` the window uses,
so the rules are the same: the clock keeps counting between two commands (it
is stored as a deadline), a finished session takes no notes, and finishing
names what is missing. Codes from the runner are worded by
:mod:`facilitator_app.core.dutch`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..core import dutch
from ..core.models import Card
from ..core.planning import fit_to_slot, plan_warnings, with_box_minutes
from ..core.schedule import ScheduleVerdict
from ..core.session_runner import Phase, RunnerError, SessionRunner
from ..core.sessions import (
    ITEM_FIELDS,
    NoteCategory,
    OutcomeItem,
    OutcomeValue,
    Session,
)
from ..store import Store
from ..store.session_backend import open_runner
from .common import (
    Commands,
    Context,
    DutchParser,
    UserError,
    command,
    json_flag,
    participant_arguments,
    participants_from_args,
    print_json,
)

CATEGORIES: dict[str, NoteCategory] = {
    "sterk": NoteCategory.STRENGTH,
    "ontwikkel": NoteCategory.DEVELOPMENT,
    "inzicht": NoteCategory.INSIGHT,
    "vraag": NoteCategory.QUESTION,
    "overig": NoteCategory.OTHER,
}

# The names `sessions amend --field` takes, and the outcome fields they stand for.
AMEND_FIELDS: dict[str, str] = {
    "scenario": "scenario_id",
    "onderbouwing": "rationale",
    "eerste-stap": "first_step",
    "wie": "first_step_owner",
    "wanneer": "first_step_due",
    "ontwikkelpunten": "development_points",
    "sterke-punten": "strengths_used",
    "inzichten": "insights_used",
    "ondersteuning": "support_needed",
    "inspiratiekaarten": "inspiration_card_ids",
}

VERDICTS = {
    ScheduleVerdict.NOT_STARTED: "nog niet gestart",
    ScheduleVerdict.ON_SCHEDULE: "op schema",
    ScheduleVerdict.BEHIND: "achter op schema",
    ScheduleVerdict.AHEAD: "voor op schema",
    ScheduleVerdict.FINISHED: "afgerond",
}


def register(sessions: Commands) -> None:
    plan = command(sessions, "plan", "plan een sessie voor een school", cmd_plan)
    plan.add_argument("--school", metavar="NAAM", required=True, help="de school (naam of uniek deel ervan)")
    plan.add_argument("--date", metavar="JJJJ-MM-DD", required=True, help="de datum van de sessie")
    plan.add_argument("--start", metavar="UU:MM", required=True, help="de begintijd")
    plan.add_argument(
        "--theme", metavar="ID", default="professionaliseren", help="het thema (standaard professionaliseren)"
    )
    plan.add_argument("--title", default="", help="de titel (standaard die van het thema)")
    plan.add_argument("--facilitator", metavar="NAAM", default="", help="de procesbegeleider")
    participant_arguments(plan)
    plan.add_argument(
        "--same-participants",
        action="store_true",
        help="dezelfde deelnemers als bij de vorige sessie van deze school (plus wie je met --participant noemt)",
    )
    plan.add_argument(
        "--part",
        metavar="N",
        type=int,
        action="append",
        default=[],
        help="neem optioneel deel N mee (mag vaker)",
    )
    plan.add_argument(
        "--minutes",
        metavar="TIJDVAK=MIN",
        action="append",
        default=[],
        help="minuten voor tijdvak TIJDVAK (1, 2, … in scriptvolgorde) in deze sessie; het thema blijft gelijk",
    )
    plan.add_argument(
        "--slot",
        metavar="MIN",
        type=int,
        help="de sessie moet in MIN minuten passen: kort tijdvakken in volgens het voorstel",
    )
    json_flag(plan)

    start = command(sessions, "start", "start de sessie: de klok begint te lopen", cmd_start)
    _session_arg(start)
    note = command(sessions, "note", "leg een notitie vast bij het huidige tijdvak", cmd_note)
    _session_arg(note)
    note.add_argument("text", metavar="TEKST", help="de notitie")
    note.add_argument(
        "--category",
        choices=sorted(CATEGORIES),
        default="overig",
        help="het soort notitie (standaard overig)",
    )
    note.add_argument("--participant", metavar="NAAM", default="", help="van wie de notitie komt")
    note.add_argument("--whole-session", action="store_true", help="over de hele sessie, niet dit tijdvak")
    nxt = command(sessions, "next", "naar het volgende tijdvak", cmd_next)
    _session_arg(nxt)
    previous = command(sessions, "previous", "terug naar het vorige tijdvak", cmd_previous)
    _session_arg(previous)
    jump = command(sessions, "jump", "naar tijdvak N (1, 2, …; zie 'sessions status')", cmd_jump)
    _session_arg(jump)
    jump.add_argument("number", metavar="N", type=int, help="het nummer van het tijdvak in deze sessie")
    status = command(sessions, "status", "waar de sessie is: tijdvak, resterende tijd, schema", cmd_status)
    _session_arg(status)

    outcome = command(
        sessions, "outcome", "leg het besluit van deel 3 vast (alleen wat je opgeeft)", cmd_outcome
    )
    _session_arg(outcome)
    outcome.add_argument("--scenario", metavar="NAAM|N", help="het scenario (naam of nummer op de kaart)")
    outcome.add_argument("--rationale", metavar="TEKST", help="de onderbouwing")
    outcome.add_argument("--first-step", metavar="TEKST", help="de eerste ontwikkelstap")
    outcome.add_argument("--owner", metavar="NAAM", help="wie de eerste stap zet")
    outcome.add_argument("--due", metavar="WANNEER", help="wanneer (een datum of vrije tekst)")
    outcome.add_argument("--support", metavar="TEKST", help="de benodigde ondersteuning")
    for flag, help_text in (
        ("--development", "een ontwikkelpunt dat de stap aanpakt (mag vaker)"),
        ("--strength", "een sterk punt dat helpt (mag vaker)"),
        ("--insight", "een inzicht dat helpt (mag vaker)"),
        ("--card", "een inspiratiekaart (titel of sleutel; mag vaker)"),
    ):
        outcome.add_argument(flag, metavar="TEKST", action="append", help=help_text)

    finish = command(sessions, "finish", "rond de sessie af: het verslag wordt vastgelegd", cmd_finish)
    _session_arg(finish)
    amend = command(
        sessions, "amend", "corrigeer een afgeronde sessie (blijft zichtbaar als correctie)", cmd_amend
    )
    _session_arg(amend)
    amend.add_argument("--field", choices=list(AMEND_FIELDS), required=True, help="wat je corrigeert")
    amend.add_argument(
        "--value",
        metavar="WAARDE",
        action="append",
        default=[],
        help="de nieuwe waarde (bij lijsten: mag vaker)",
    )
    amend.add_argument("--reason", metavar="REDEN", required=True, help="waarom (komt in het verslag)")


def _session_arg(sub: DutchParser) -> None:
    sub.add_argument("id", metavar="ID", help="het sessienummer (of de eerste tekens ervan)")
    json_flag(sub)


# --- helpers --------------------------------------------------------------------


def _runner(ctx: Context, text: str) -> SessionRunner:
    try:
        return open_runner(ctx.store, ctx.store.archive.find_session(text))
    except RunnerError as error:
        raise UserError(dutch.runner_error_text(error.code)) from None


def _run(action: Any) -> Any:
    """Call ``action``; a runner code becomes a Dutch message."""
    try:
        return action()
    except RunnerError as error:
        raise UserError(dutch.runner_error_text(error.code)) from None


def _status_json(runner: SessionRunner) -> dict[str, Any]:
    box, countdown, schedule = runner.current(), runner.countdown(), runner.schedule()
    return {
        "id": runner.session_id,
        "phase": runner.phase.value,
        "box": {
            "number": box.clock_index + 1,
            "of": len(runner.boxes),
            "timebox_index": box.timebox_index,
            "label": dutch.box_label(box),
            "mode": box.box.mode.value,
        },
        "clock": countdown.status.value,
        "remaining_seconds": round(countdown.remaining_seconds, 1),
        "schedule": schedule.verdict.value,
        "schedule_offset_seconds": round(schedule.offset_seconds, 1),
        "notes": len(runner.notes()),
        "missing": [field.value for field in runner.missing()],
    }


def _print_status(runner: SessionRunner) -> None:
    box, countdown, schedule = runner.current(), runner.countdown(), runner.schedule()
    remaining = countdown.remaining_seconds
    total = round(abs(remaining))
    clock = (
        f"nog {total // 60}:{total % 60:02d}"
        if remaining > 0
        else f"{total // 60}:{total % 60:02d} over tijd"
    )
    if runner.read_only:
        print(
            "Sessie afgerond"
            + (", met correcties." if runner.phase is Phase.AMENDED else "; het verslag ligt vast.")
        )
        return
    if runner.clock.is_finished:
        print(f"Het laatste tijdvak is voorbij. {_missing_line(runner)}")
        return
    print(
        f"Tijdvak {box.clock_index + 1} van {len(runner.boxes)}: {dutch.box_label(box)} · {clock} · "
        f"{VERDICTS[schedule.verdict]}"
    )


def _report(runner: SessionRunner, args: argparse.Namespace, message: str = "") -> None:
    if args.json:
        print_json(_status_json(runner))
        return
    if message:
        print(message)
    _print_status(runner)


def _missing_line(runner: SessionRunner) -> str:
    missing = runner.missing()
    if missing:
        return "Nog in te vullen voor het afronden: " + dutch.missing_names(missing) + "."
    return "Alles is ingevuld; rond af met 'sessions finish'."


# --- planning -------------------------------------------------------------------


def _box_minutes(texts: Sequence[str], count: int) -> dict[int, int]:
    minutes: dict[int, int] = {}
    for text in texts:
        number, sep, value = text.partition("=")
        if not sep or not number.strip().isdigit() or not value.strip().isdigit():
            raise UserError(f"'{text}' is geen TIJDVAK=MIN, bijvoorbeeld --minutes 4=8.")
        index, amount = int(number) - 1, int(value)
        if not 0 <= index < count:
            raise UserError(
                f"Tijdvak {number} bestaat niet; dit draaiboek heeft tijdvakken 1 tot en met {count}."
            )
        if amount < 1:
            raise UserError("Een tijdvak duurt minstens een minuut.")
        minutes[index] = amount
    return minutes


def cmd_plan(ctx: Context, args: argparse.Namespace) -> None:
    store = ctx.store
    school = store.schools.find(args.school)
    script = store.themes.get(args.theme)
    parts = frozenset(args.part)
    lines: list[str] = []
    minutes = _box_minutes(args.minutes, len(script.timeboxes()))
    script = with_box_minutes(script, minutes)
    if args.slot is not None:
        proposal = fit_to_slot(script, parts, args.slot)
        parts = parts - set(proposal.drop_parts)
        script = with_box_minutes(script, proposal.minutes)
        entries = script.timeboxes()
        for number in proposal.drop_parts:
            lines.append(
                f"Deel {number} (optioneel) vervalt om in {dutch.count(args.slot, 'minuut', 'minuten')} te passen."
            )
        for index in proposal.shortened:
            part, box = entries[index]
            old = store.themes.get(args.theme).timeboxes()[index][1].minutes
            lines.append(f"Tijdvak {index + 1} (deel {part.number}) ingekort: {old} → {box.minutes} min.")
        if not proposal.fits:
            lines.append(
                f"Let op: ook ingekort duurt de sessie {dutch.count(proposal.total, 'minuut', 'minuten')}, langer dan {args.slot}."
            )
    people = tuple(participants_from_args(args))
    if args.same_participants:
        people = store.sessions.last_participants(school.id) + people
    session = store.sessions.plan(
        Session(
            school_id=school.id,
            title=args.title,
            date=args.date,
            planned_start=args.start,
            theme_id=args.theme,
            facilitator=args.facilitator,
            participants=people,
            included_optional_parts=parts,
            script=script,
        )
    )
    warnings = plan_warnings(session, dt.datetime.now())
    if args.json:
        print_json(
            {
                "id": session.id,
                "school": school.name,
                "title": session.title,
                "date": session.date,
                "planned_start": session.planned_start,
                "included_optional_parts": sorted(session.included_optional_parts),
                "timeline": [
                    {
                        "timebox": e.timebox_index + 1,
                        "part": e.part_number,
                        "minutes": e.minutes,
                        "start": e.start,
                    }
                    for e in session.timeline()
                ],
                "adjustments": lines,
                "warnings": [{"code": w.value, "text": dutch.plan_warning_text(w)} for w in warnings],
            }
        )
        return
    timeline = session.timeline()
    end = timeline[-1].end if timeline else session.planned_start
    print(
        f"Sessie gepland: {school.name}, {session.date} {session.planned_start}–{end}. Nummer: {session.id}"
    )
    for line in lines:
        print(line)
    for warning in warnings:
        print(dutch.plan_warning_text(warning))


# --- running --------------------------------------------------------------------


def cmd_start(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    _run(runner.start)
    _report(runner, args, "Sessie gestart.")


def cmd_status(ctx: Context, args: argparse.Namespace) -> None:
    _report(_runner(ctx, args.id), args)


def cmd_note(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    note = _run(
        lambda: runner.add_note(
            args.text, CATEGORIES[args.category], args.participant, whole_session=args.whole_session
        )
    )
    if args.json:
        print_json({"id": note.id, "timebox_index": note.timebox_index, "category": note.category.value})
        return
    where = "de hele sessie" if note.timebox_index is None else dutch.box_label(runner.current())
    print(f"Notitie bewaard bij {where} ({dutch.category_label(note.category)}).")


def cmd_next(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    _run(runner.next_box)
    _report(runner, args)


def cmd_previous(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    _run(runner.previous_box)
    _report(runner, args)


def cmd_jump(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    _run(lambda: runner.jump_to(args.number - 1))
    _report(runner, args)


# --- part 3 ---------------------------------------------------------------------


def _scenario_id(store: Store, runner: SessionRunner, text: str) -> str:
    scenario_map = store.archive.scenario_map_for(runner.outcome.scenario_id)
    scenarios = scenario_map.scenarios if scenario_map else ()
    wanted = text.strip()
    if wanted.isdigit() and 1 <= int(wanted) <= len(scenarios):
        return scenarios[int(wanted) - 1].id
    for scenario in scenarios:
        if wanted.casefold() in (scenario.name.casefold(), scenario.key.casefold()):
            return scenario.id
    names = "; ".join(f"{n}. {s.name}" for n, s in enumerate(scenarios, 1))
    raise UserError(f"Scenario '{text}' staat niet op de kaart. Kies een naam of nummer: {names}.")


def _card_ids(store: Store, texts: Sequence[str]) -> tuple[str, ...]:
    deck = store.decks.get("inspiratie")
    ids: list[str] = []
    for text in texts:
        wanted = text.strip().casefold()
        found: Card | None = next(
            (c for c in deck.cards if wanted in (c.key.casefold(), c.title.casefold())), None
        )
        if found is None:
            raise UserError(
                f"Inspiratiekaart '{text}' bestaat niet. Bekijk de kaarten met 'decks show inspiratie'."
            )
        ids.append(found.id)
    return tuple(dict.fromkeys(ids))


def _items(texts: Sequence[str]) -> tuple[OutcomeItem, ...]:
    return tuple(OutcomeItem(text.strip()) for text in texts if text.strip())


def cmd_outcome(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    changes: dict[str, object] = {}
    for attribute, value in (
        ("rationale", args.rationale),
        ("first_step", args.first_step),
        ("first_step_owner", args.owner),
        ("first_step_due", args.due),
        ("support_needed", args.support),
    ):
        if value is not None:
            changes[attribute] = value
    if args.scenario is not None:
        changes["scenario_id"] = _scenario_id(ctx.store, runner, args.scenario)
    for attribute, texts in (
        ("development_points", args.development),
        ("strengths_used", args.strength),
        ("insights_used", args.insight),
    ):
        if texts is not None:
            changes[attribute] = _items(texts)
    if args.card is not None:
        changes["inspiration_card_ids"] = _card_ids(ctx.store, args.card)
    if not changes:
        raise UserError("Geef op wat je vastlegt, bijvoorbeeld --rationale of --first-step. Zie --help.")
    _run(lambda: runner.update_outcome(**changes))
    outcome = runner.save_outcome()
    missing = runner.missing()
    if args.json:
        print_json(
            {
                "id": runner.session_id,
                "scenario_name": outcome.scenario_name,
                "saved": sorted(changes),
                "missing": [field.value for field in missing],
            }
        )
        return
    print("Besluit bewaard.")
    print(_missing_line(runner))


def cmd_finish(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    result = _run(runner.finish)
    if not result.finished:
        if args.json:
            print_json(
                {"id": runner.session_id, "finished": False, "missing": [f.value for f in result.missing]}
            )
        raise UserError(dutch.missing_text(result.missing))
    if args.json:
        print_json(
            {
                "id": runner.session_id,
                "finished": True,
                "backup": str(result.backup) if result.backup else None,
                "backup_error": result.backup_error or None,
            }
        )
        return
    print("Sessie afgerond; het verslag ligt vast. Correcties kunnen met 'sessions amend'.")
    if result.backup is not None:
        print(f"Reservekopie: {result.backup}")
    else:
        print(f"Let op: er kon geen reservekopie worden gemaakt. {result.backup_error}")


def _amend_value(store: Store, runner: SessionRunner, field: str, values: Sequence[str]) -> OutcomeValue:
    if field in ITEM_FIELDS:
        return _items(values)
    if field == "inspiration_card_ids":
        return _card_ids(store, values)
    if len(values) != 1:
        raise UserError("Geef precies één --value voor dit veld.")
    if field == "scenario_id":
        return _scenario_id(store, runner, values[0])
    return values[0]


def cmd_amend(ctx: Context, args: argparse.Namespace) -> None:
    runner = _runner(ctx, args.id)
    field = AMEND_FIELDS[args.field]
    value = _amend_value(ctx.store, runner, field, args.value)
    amendment = _run(lambda: runner.amend(field, value, args.reason))
    if args.json:
        print_json(
            {"id": amendment.id, "field": amendment.field, "reason": amendment.reason, "at": amendment.at}
        )
        return
    print(f"Correctie vastgelegd: {dutch.outcome_label(amendment.field)} (reden: {amendment.reason}).")
