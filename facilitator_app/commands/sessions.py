"""``facilitator-app sessions``: the sessions held, and ``print record`` for their record."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..core import jsonview
from ..core.dutch import card_text, category_label, count, mode_label, outcome_label
from ..core.history import RecordData
from ..core.record import decision_rows, earlier_names, value_items
from ..core.sessions import (
    Amendment,
    Note,
    Session,
    SessionStatus,
    TimeboxRun,
)
from ..store.damaged import HISTORY_FIELDS, damaged_ids
from . import session_run
from .common import Commands, Context, command, group, json_flag, print_json, write_output

STATUS_LABELS = {
    SessionStatus.PLANNED: "gepland",
    SessionStatus.RUNNING: "loopt",
    SessionStatus.FINISHED: "afgerond",
}


def register(commands: Commands) -> None:
    sessions = group(commands, "sessions", "de sessies: plan, notities, opbrengst")
    listing = command(sessions, "list", "toon de sessies, nieuwste eerst", cmd_sessions_list)
    listing.add_argument("--school", metavar="NAAM", help="alleen de sessies van deze school")
    json_flag(listing)
    show = command(sessions, "show", "toon een sessie: besluit, notities en tijden", cmd_sessions_show)
    show.add_argument(
        "id", metavar="ID", help="het sessienummer (of de eerste tekens ervan, zie 'sessions list')"
    )
    json_flag(show)
    session_run.register(sessions)


def add_record_command(print_actions: Commands) -> None:
    """Add ``print record`` to the ``print`` group (``commands/printing.py`` calls this)."""
    if "record" in print_actions.choices:
        return
    record = command(
        print_actions,
        "record",
        "het verslag van een afgeronde sessie (besluit, tijden, scenario, alle notities)",
        cmd_print_record,
    )
    record.add_argument("id", metavar="SESSIE", help="het sessienummer (of de eerste tekens ervan)")
    record.add_argument(
        "--anonymised",
        "--geanonimiseerd",
        action="store_true",
        help="zonder namen van deelnemers (vervangen door hun rol), om te delen",
    )
    record.add_argument(
        "-o", "--output", metavar="BESTAND", required=True, help="het pdf-bestand dat gemaakt wordt"
    )


# --- views ---------------------------------------------------------------------


def _session_json(session: Session) -> dict[str, Any]:
    return {
        "id": session.id,
        "school_id": session.school_id,
        "title": session.title,
        "date": session.date,
        "planned_start": session.planned_start,
        "theme": session.script.key if session.script else None,
        "facilitator": session.facilitator,
        "participants": [{"name": p.name, "role": p.role} for p in session.participants],
        "included_optional_parts": sorted(session.included_optional_parts),
        "status": session.status.value,
        "started_at": session.started_at,
        "finished_at": session.finished_at,
    }


def _outcome_json(data: RecordData) -> dict[str, Any] | None:
    outcome = data.outcome
    if outcome is None:
        return None
    titles = dict(data.card_titles)
    return {
        "scenario_id": outcome.scenario_id,
        "scenario_name": outcome.scenario_name,
        "rationale": outcome.rationale,
        "first_step": outcome.first_step,
        "first_step_owner": outcome.first_step_owner,
        "first_step_due": outcome.first_step_due,
        "development_points": [i.text for i in outcome.development_points],
        "strengths_used": [i.text for i in outcome.strengths_used],
        "insights_used": [i.text for i in outcome.insights_used],
        "support_needed": outcome.support_needed,
        # A card deleted since keeps its id with title null.
        "inspiration_cards": [
            {"id": card_id, "title": titles.get(card_id)} for card_id in outcome.inspiration_card_ids
        ],
        "locked_at": outcome.locked_at,
    }


def _note_json(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "timebox_index": note.timebox_index,
        "category": note.category.value,
        "text": note.text,
        "participant": note.participant,
        "created_at": note.created_at,
    }


def _run_json(run: TimeboxRun) -> dict[str, Any]:
    return {
        "timebox_index": run.timebox_index,
        "planned_minutes": run.planned_minutes,
        "actual_start": run.actual_start,
        "actual_end": run.actual_end,
        "spent_seconds": run.spent_seconds,
        "skipped": run.skipped,
        "overrun_seconds": run.overrun_seconds,
    }


def _amendment_json(item: Amendment, data: RecordData) -> dict[str, Any]:
    def value(v: object) -> object:
        return [getattr(x, "text", x) for x in v] if isinstance(v, tuple) else v

    return {
        "field": item.field,
        "old": value(item.old),
        "new": value(item.new),
        # As the record reads them: card titles, the scenario's name.
        "old_text": card_text(value_items(item.field, item.old, data)),
        "new_text": card_text(value_items(item.field, item.new, data)),
        "reason": item.reason,
        "at": item.at,
    }


def _clock(seconds: float) -> str:
    sign = "-" if seconds < 0 else "+"
    total = round(abs(seconds))
    return f"{sign}{total // 60}:{total % 60:02d}"


# --- commands ------------------------------------------------------------------


def cmd_sessions_list(ctx: Context, args: argparse.Namespace) -> None:
    school_id = ctx.store.schools.find(args.school).id if args.school else None
    rows = ctx.store.archive.sessions(school_id)
    # Shown, but marked: their stored values break the rules (store/damaged.py).
    damaged = damaged_ids(ctx.store.sessions, [r.id for r in rows], HISTORY_FIELDS)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "school": r.school_name,
                    "school_id": r.school_id,
                    "title": r.title,
                    "date": r.date,
                    "planned_start": r.planned_start,
                    "status": r.status.value,
                    "theme": r.theme_key,
                    "scenario": r.scenario_name,
                    "notes": r.note_count,
                    "damaged": r.id in damaged,
                }
                for r in rows
            ]
        )
        return
    if not rows:
        print("Nog geen sessies" + (f" voor {args.school}." if args.school else "."))
        return
    for r in rows:
        scenario = f" · {r.scenario_name}" if r.scenario_name else ""
        state = "BESCHADIGD" if r.id in damaged else STATUS_LABELS[r.status]
        print(
            f"{r.id[:8]}  {r.date} {r.planned_start}  {r.school_name} · {r.title}  "
            f"[{state}{scenario}] {count(r.note_count, 'notitie', 'notities')}"
        )
    if damaged:
        print(
            f"BESCHADIGD opgeslagen: {count(len(damaged), 'sessie', 'sessies')}; ze worden overgeslagen bij export en overzicht; "
            "'sessions show NUMMER' zegt wat er mis is."
        )


def cmd_sessions_show(ctx: Context, args: argparse.Namespace) -> None:
    session_id = ctx.store.archive.find_session(args.id)
    data = ctx.store.archive.record_data(session_id)
    session, outcome = data.session, data.outcome
    if args.json:
        result = _session_json(session)
        result["school"] = data.school.name
        result["outcome"] = _outcome_json(data)
        result["follow_up"] = jsonview.follow_up(data.follow_up) if data.follow_up else None
        result["amendments"] = [_amendment_json(a, data) for a in data.amendments]
        result["earlier"] = [{"date": day.isoformat(), "scenario": name} for day, name in earlier_names(data)]
        result["notes"] = [_note_json(n) for n in data.notes]
        result["timebox_runs"] = [_run_json(r) for r in data.runs]
        print_json(result)
        return
    print(f"{session.title} · {data.school.name}")
    print(f"{session.date} {session.planned_start} · {STATUS_LABELS[session.status]} · nummer {session.id}")
    if session.facilitator:
        print(f"Procesbegeleider: {session.facilitator}")
    if session.participants:
        people = "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in session.participants)
        print(f"Deelnemers: {people}")
    if data.follow_up is not None:
        asked = data.follow_up
        print(f"\nOpvolging van de vorige stap ({asked.previous_date}: {asked.first_step})")
        print(f"  {asked.summary}")
    print("\nBesluit (deel 3)")
    if outcome is None:
        print("  nog niet vastgelegd")
    for row in decision_rows(data):
        if not row.empty:
            print(f"  {outcome_label(row.field).capitalize()}: {card_text(row.items)}")
    for item in data.amendments:
        new = card_text(value_items(item.field, item.new, data)) or "(leeg)"
        old = card_text(value_items(item.field, item.old, data)) or "(leeg)"
        print(
            f"  Gecorrigeerd op {item.at[:10]}: {outcome_label(item.field)} wordt „{new}”, oorspronkelijk „{old}” ({item.reason})"
        )
    earlier = earlier_names(data)
    if earlier:
        print("  Eerdere posities: " + "; ".join(f"{day.isoformat()}: {name}" for day, name in earlier))
    labels = {}
    if session.script is not None:
        for index, (part, box) in enumerate(session.script.timeboxes()):
            labels[index] = f"deel {part.number}, {mode_label(box.mode)}"
    if data.runs:
        print("\nTijden (gepland / werkelijk)")
        still_running = session.status is not SessionStatus.FINISHED
        for run in data.runs:
            if run.actual_start is None and not run.skipped and still_running:
                actual = "nog niet begonnen"  # the record calls it skipped once the session is finished
            elif run.actual_start is None or run.skipped:
                actual = "overgeslagen"
            else:
                actual = f"{run.spent_seconds / 60:.1f} min ({_clock(run.overrun_seconds or 0.0)})"
            print(
                f"  {labels.get(run.timebox_index, run.timebox_index)}: {run.planned_minutes} min / {actual}"
            )
    print(f"\nNotities ({len(data.notes)})")
    for note in data.notes:
        where = "hele sessie" if note.timebox_index is None else labels.get(note.timebox_index, "")
        who = f" — {note.participant}" if note.participant else ""
        print(f"  [{category_label(note.category)}, {where}] {note.text}{who}")


def cmd_print_record(ctx: Context, args: argparse.Namespace) -> None:
    from .. import pdf

    session_id = ctx.store.archive.find_session(args.id)
    data = ctx.store.archive.record_data(session_id)
    if data.session.status is not SessionStatus.FINISHED:
        print("Let op: deze sessie is nog niet afgerond; het verslag is een tussenstand.")
    rendered = pdf.render_record_data(data, anonymised=args.anonymised)
    path = write_output(Path(args.output), rendered)
    what = "Geanonimiseerd verslag" if args.anonymised else "Verslag"
    print(f"{what} opgeslagen in {path}.")
