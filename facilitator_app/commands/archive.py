"""``facilitator-app export|import|search|overview``: the archive across schools and installations."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..core.dutch import category_label, count, outcome_label
from ..core.history import OverviewRow
from ..store import exchange
from ..store.damaged import HISTORY_FIELDS, damaged_sessions
from .common import Commands, Context, DutchParser, UserError, command, json_flag, print_json, write_output


def _top(commands: Commands, name: str, help_text: str, handler: Any) -> DutchParser:
    return command(commands, name, help_text, handler)


def register(commands: Commands) -> None:
    export = _top(
        commands, "export", "zet een school (of alles) in één archiefbestand om over te zetten", cmd_export
    )
    export.add_argument(
        "--school", metavar="NAAM", action="append", help="alleen deze school (mag vaker; standaard alles)"
    )
    export.add_argument(
        "-o", "--output", metavar="BESTAND", required=True, help="het archief (.fapp of .zip)"
    )
    export.add_argument(
        "--no-records", action="store_true", help="zonder de verslagen als pdf (kleiner, sneller)"
    )
    importing = _top(
        commands,
        "import",
        "lees een archief (.fapp/.zip) of een kaartenset (.toml) in; toont eerst wat er verandert",
        cmd_import,
    )
    importing.add_argument("file", metavar="BESTAND", help="het archief of de kaartenset")
    choice = importing.add_mutually_exclusive_group()
    choice.add_argument(
        "--take-theirs", action="store_true", help="bij een conflict: neem de versie uit het archief"
    )
    choice.add_argument("--keep-mine", action="store_true", help="bij een conflict: houd de eigen versie")
    importing.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou gebeuren")
    json_flag(importing)
    search = _top(commands, "search", "zoek in notities, onderbouwingen en eerste stappen", cmd_search)
    search.add_argument(
        "query", metavar="ZOEKTERM", help="een of meer woorden (begin van een woord is genoeg)"
    )
    search.add_argument("--school", metavar="NAAM", help="alleen bij deze school")
    search.add_argument("--theme", metavar="ID", help="alleen bij dit thema")
    search.add_argument("--from", dest="date_from", metavar="JJJJ-MM-DD", help="vanaf deze datum")
    search.add_argument("--to", dest="date_to", metavar="JJJJ-MM-DD", help="tot en met deze datum")
    search.add_argument(
        "--limit", type=int, default=200, metavar="N", help="hoogstens zoveel resultaten (standaard 200)"
    )
    search.add_argument(
        "--offset", type=int, default=0, metavar="N", help="sla de eerste N over (voor meer resultaten)"
    )
    json_flag(search)
    overview = _top(
        commands,
        "overview",
        "overzicht van het partnerschap: scenario per school en thema, en de verandering",
        cmd_overview,
    )
    _overview_options(overview, output_required=False)
    json_flag(overview)


def _date(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UserError(
            f"{option} '{text}' is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-03-14."
        ) from None


def _school_ids(ctx: Context, names: list[str] | None) -> list[str] | None:
    if not names:
        return None
    return [ctx.store.schools.find(name).id for name in names]


# --- export / import -----------------------------------------------------------------


def cmd_export(ctx: Context, args: argparse.Namespace) -> None:
    target = Path(args.output).expanduser()
    if target.suffix.lower() not in exchange.ARCHIVE_SUFFIXES:
        raise UserError(f"Een archief eindigt op .fapp of .zip, niet op '{target.suffix or '(niets)'}'.")
    renderer = None
    if not args.no_records:
        from .. import pdf

        renderer = pdf.render_record_data
    report = exchange.export_archive(
        ctx.store, target, _school_ids(ctx, args.school), record_renderer=renderer
    )
    counts = report.counts
    print(
        f"Archief opgeslagen in {report.path}: {count(counts['schools'], 'school', 'scholen')}, "
        f"{count(counts['sessions'], 'sessie', 'sessies')}, {count(counts['notes'], 'notitie', 'notities')}, "
        f"{count(report.records, 'verslag', 'verslagen')}."
    )
    print("Het bestand bevat namen van deelnemers: alleen jij kunt het lezen. Deel het veilig.")
    for skipped in report.skipped:
        print(f"Niet in het archief, want beschadigd opgeslagen: {skipped}.", file=sys.stderr)


def _plan_json(plan: exchange.ImportPlan) -> dict[str, Any]:
    return {
        "source": str(plan.source),
        "app_version": plan.manifest.get("app_version"),
        "created": plan.manifest.get("created"),
        "counts": plan.counts(),
        "new": [{"kind": r.kind, "key": r.key, "label": r.label} for r in plan.new],
        "same": len(plan.same),
        "conflicts": [
            {
                "id": c.id,
                "kind": c.kind,
                "label": c.label,
                "fields": list(c.fields),
                "mine": c.mine,
                "theirs": c.theirs,
            }
            for c in plan.conflicts
        ],
        "renamed": [{"from": a, "to": b} for a, b in plan.renamed],
    }


# More than this is an export, not a search page.
MAX_SEARCH_LIMIT = 1000

_KIND_PLURALS = {
    "school": "scholen",
    "session": "sessies",
    "participant": "deelnemers",
    "note": "notities",
    "outcome": "opbrengsten",
    "amendment": "correcties",
    "timebox_run": "tijdvakken",
    "follow_up": "opvolgingen",
}


def _print_plan(plan: exchange.ImportPlan) -> None:
    print(
        f"Archief {plan.source.name} (gemaakt {str(plan.manifest.get('created', '?'))[:10]}, app {plan.manifest.get('app_version', '?')})"
    )
    for kind, numbers in plan.counts().items():
        if any(numbers.values()):
            print(
                f"  {_KIND_PLURALS[kind]}: {numbers['new']} nieuw, {numbers['same']} al aanwezig, "
                f"{numbers['conflicts']} conflict{'en' if numbers['conflicts'] != 1 else ''}"
            )
    for old, new in plan.renamed:
        print(f"  Er is hier al een school '{old}'; de geïmporteerde school heet hier '{new}'.")
    if plan.conflicts:
        print("Conflicten (zelfde record, andere inhoud):")
        for conflict in plan.conflicts:
            print(f"  - {conflict.label}: verschilt in {', '.join(conflict.fields)}")


def cmd_import(ctx: Context, args: argparse.Namespace) -> None:
    path = Path(args.file).expanduser()
    if path.suffix.lower() == ".toml":
        if args.dry_run:
            from ..core.cardfiles import load_file

            kind, item = load_file(path)
            print(
                f"'{path.name}' is in orde ({kind}: {getattr(item, 'title', '')}); er is niets gewijzigd (--dry-run)."
            )
            return
        deck = exchange.import_deck_file(ctx.store, path)
        print(
            f"Kaartenset '{deck.title}' ingelezen als nieuwe, bewerkbare set (sleutel '{deck.key}', {count(len(deck.cards), 'kaart', 'kaarten')})."
        )
        return
    plan = exchange.plan_import(ctx.store, path)
    default: exchange.Resolution | None = (
        "take_theirs" if args.take_theirs else "keep_mine" if args.keep_mine else None
    )
    if args.json:
        print_json(_plan_json(plan))
    else:
        _print_plan(plan)
    if args.dry_run:
        if not args.json:
            print("Er is niets gewijzigd (--dry-run).")
        return
    if plan.conflicts and default is None:
        raise UserError(
            "Er zijn conflicten; er is niets gewijzigd. Kies --keep-mine (eigen versie houden) "
            "of --take-theirs (versie uit het archief nemen), of bekijk ze eerst met --dry-run."
        )
    report = exchange.apply_import(ctx.store, plan, default=default)
    if not args.json:
        print(
            f"Ingelezen: {report.added} nieuw, {report.updated} bijgewerkt, {report.skipped} al aanwezig"
            + (f", {report.kept_mine} conflicten met eigen versie gehouden" if report.kept_mine else "")
            + "."
        )


# --- search / overview ----------------------------------------------------------------


def cmd_search(ctx: Context, args: argparse.Namespace) -> None:
    school_id = ctx.store.schools.find(args.school).id if args.school else None
    theme_id = ctx.store.themes.get(args.theme).id if args.theme else None
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise UserError("--from ligt na --to; draai de datums om.")
    if not 0 < args.limit <= MAX_SEARCH_LIMIT or args.offset < 0:
        raise UserError(f"--limit ligt tussen 1 en {MAX_SEARCH_LIMIT}, --offset is 0 of meer.")
    page = ctx.store.search.page(
        args.query, school_id, theme_id, date_from, date_to, limit=args.limit, offset=args.offset
    )
    hits = page.hits
    schools = {s.id: s.name for s in ctx.store.schools.all()}
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "field": h.field,
                    "session_id": h.session_id,
                    "session_title": h.session_title,
                    "date": h.session_date,
                    "school": schools.get(h.school_id, ""),
                    "category": h.category.value if h.category else None,
                    "note_id": h.note_id,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
        return
    if not hits:
        print(f"Niets gevonden voor '{args.query}'.")
        return
    labels = {
        "text": "notitie",
        "rationale": outcome_label("rationale"),
        "first_step": outcome_label("first_step"),
        "follow_up": "opvolging vorige stap",
    }
    for h in hits:
        what = labels.get(h.field, h.field) + (f" ({category_label(h.category)})" if h.category else "")
        print(
            f"{h.session_date}  {schools.get(h.school_id, '')} · {h.session_title} [{h.session_id[:8]}] — {what}"
        )
        print(f"    {h.snippet}")
    print(f"{len(hits)} resulta{'at' if len(hits) == 1 else 'ten'}.")
    if page.more:
        print(f"Er zijn meer resultaten: --offset {args.offset + len(hits)} toont de volgende.")


def _row_json(row: OverviewRow) -> dict[str, Any]:
    return {
        "school_id": row.school_id,
        "school": row.school_name,
        "theme": row.theme_key,
        "theme_title": row.theme_title,
        "placements": [
            {
                "date": e.date,
                "session_id": e.session_id,
                "scenario": e.scenario_name,
                "position": None if e.scenario_index is None else e.scenario_index + 1,
            }
            for e in row.entries
        ],
        "change": row.change,
        "trend": row.trend,
    }


def add_overview_print_command(print_actions: Commands) -> None:
    """Add ``print overview`` to the ``print`` group: the same PDF as ``overview -o``."""
    printed = command(
        print_actions,
        "overview",
        "het overzicht van het partnerschap (tabel en grafiek): scenario per school en thema",
        cmd_print_overview,
    )
    _overview_options(printed, output_required=True)


def _overview_options(parser: DutchParser, *, output_required: bool) -> None:
    parser.add_argument("--school", metavar="NAAM", action="append", help="alleen deze school (mag vaker)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="BESTAND.pdf",
        required=output_required,
        help="het pdf-bestand dat gemaakt wordt"
        if output_required
        else "maak er een pdf van om af te drukken",
    )
    parser.add_argument("--date", metavar="JJJJ-MM-DD", help="datum op de pdf (standaard vandaag)")


def _left_out(ctx: Context, chosen: Sequence[str] | None) -> list[str]:
    """The example schools a default overview leaves out (none when schools were chosen)."""
    if chosen:
        return []
    return [s.name for s in ctx.store.schools.all() if s.is_example and not s.archived]


def _print_overview(
    ctx: Context, rows: list[OverviewRow], output: str, date: str | None, left_out: Sequence[str] = ()
) -> None:
    from .. import pdf

    day = dt.date.fromisoformat(_date(date, "--date") or dt.date.today().isoformat())
    maps = ctx.store.scenario_maps.all()
    used = {e.scenario_id for r in rows for e in r.entries}
    chosen = next((m for m in maps if used & {s.id for s in m.scenarios}), maps[0] if maps else None)
    names = [s.name for s in chosen.scenarios] if chosen else None
    path = write_output(
        Path(output), pdf.render_overview(rows, day=day, scenario_names=names, left_out=left_out)
    )
    print(f"Overzicht opgeslagen in {path}.")


def cmd_print_overview(ctx: Context, args: argparse.Namespace) -> None:
    rows = ctx.store.archive.overview(_school_ids(ctx, args.school))
    _say_damaged(ctx, rows)
    _print_overview(ctx, rows, args.output, args.date, _left_out(ctx, args.school))


def _say_damaged(ctx: Context, rows: list[OverviewRow]) -> None:
    """The overview leaves damaged sessions out; say which (on stderr, so --json stays clean)."""
    shown = {row.school_id for row in rows}
    ids = [
        str(r["id"])
        for r in ctx.store.sessions.rows("SELECT id, school_id FROM sessions")
        if r["school_id"] in shown
    ]
    for damaged in damaged_sessions(ctx.store.sessions, ids, HISTORY_FIELDS):
        if damaged.school_id in shown:
            print(
                f"Niet in het overzicht, want beschadigd opgeslagen: {damaged.describe()}.", file=sys.stderr
            )


def cmd_overview(ctx: Context, args: argparse.Namespace) -> None:
    rows = ctx.store.archive.overview(_school_ids(ctx, args.school))
    _say_damaged(ctx, rows)
    left_out = _left_out(ctx, args.school)
    if args.output:
        _print_overview(ctx, rows, args.output, args.date, left_out)
    if args.json:
        print_json([_row_json(r) for r in rows])
        return
    if args.output:
        return
    if left_out:
        print(f"De voorbeeldschool telt niet mee: {', '.join(left_out)} (toon hem met --school).")
    if not rows:
        print("Nog geen scholen om te tonen.")
        return
    for row in rows:
        line = " → ".join(f"{e.scenario_name} ({e.date})" for e in row.entries) or "nog geen sessie afgerond"
        theme = f" · {row.theme_title}" if row.theme_title else ""
        print(f"{row.school_name}{theme}: {line} [{row.trend}]")
