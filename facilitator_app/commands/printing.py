"""``facilitator-app print …``: every printed item, from the data in the database.

The options are worded for a facilitator at a printer, not for a typesetter:
the help says what each one does to the paper in their hands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TypeVar

from ..core.models import Participant, School, Theme
from ..store import Store
from .common import (
    Commands,
    Context,
    DutchParser,
    UserError,
    command,
    group,
    participant_arguments,
    participants_from_args,
    write_output,
)


def _lazy_module(name: str) -> ModuleType:
    """``name`` imported on first attribute access (the recipe from importlib's documentation)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.loader is not None
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from .. import pdf
else:
    # Loaded on the first use of ``pdf.…`` by a print command: the other commands
    # (and the desktop app started through the CLI) never import ReportLab (~0.3 s).
    pdf = _lazy_module("facilitator_app.pdf")

_T = TypeVar("_T")
_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[xX×]\s*(\d+(?:[.,]\d+)?)\s*$")


def register(commands: Commands) -> Commands:
    actions = group(
        commands,
        "print",
        "maak pdf's om af te drukken: kaarten, scenariokaart, werkbladen, posters, draaiboek",
    )
    cards = command(actions, "cards", "een kaartenset, voor de kantoorprinter of de drukker", cmd_cards)
    _deck_options(cards)
    _card_options(cards)
    _common(cards)
    alignment = command(
        actions,
        "alignment",
        "alleen de uitlijntest voor dubbelzijdig afdrukken (eerst proefdrukken)",
        cmd_alignment,
    )
    _card_options(alignment)
    _common(alignment)
    scenario_map = command(actions, "scenario-map", "de scenariokaart, liggend op A4 of A3", cmd_scenario_map)
    scenario_map.add_argument("--map", metavar="ID", help="welke scenariokaart (standaard de eerste)")
    scenario_map.add_argument(
        "--paper", choices=("A4", "A3"), default="A3", help="papierformaat (standaard A3)"
    )
    _common(scenario_map)
    worksheets = command(
        actions,
        "worksheets",
        "werkbladen voor de individuele stappen, blanco of per deelnemer",
        cmd_worksheets,
    )
    _session_options(worksheets)
    _worksheet_options(worksheets)
    _common(worksheets)
    posters = command(
        actions,
        "posters",
        "grote vellen: sterke punten, ontwikkelpunten, inzichten, adviezen en ontwikkelstappen",
        cmd_posters,
    )
    _session_options(posters, participants=False)
    _poster_options(posters)
    _common(posters)
    part3 = command(
        actions,
        "part3",
        "het formulier voor deel 3: scenario en onderbouwing, eerste ontwikkelstap, ondersteuning",
        cmd_part3,
    )
    _session_options(part3)
    _part3_options(part3)
    _common(part3)
    script = command(actions, "script", "het draaiboek voor de procesbegeleider, met kloktijden", cmd_script)
    _session_options(script, participants=False)
    _common(script)
    whole = command(
        actions,
        "set",
        "alles voor één sessie: draaiboek, werkbladen, kaarten, scenariokaart, posters, formulier deel 3",
        cmd_set,
    )
    _session_options(whole)
    _worksheet_options(whole)
    _poster_options(whole)
    _part3_options(whole)
    _card_options(whole)
    whole.add_argument(
        "--all-decks",
        action="store_true",
        help="ook kaartensets die het draaiboek niet gebruikt (inspiratie)",
    )
    _common(
        whole,
        output_help="een map (één pdf per onderdeel) of een bestand dat op .pdf eindigt (alles in één pdf)",
    )
    from .archive import add_overview_print_command  # the overview lives with the archive it reads
    from .sessions import add_record_command  # the record lives with the sessions it prints

    add_record_command(actions)
    add_overview_print_command(actions)
    return actions


# --- options ----------------------------------------------------------------


def _common(sub: DutchParser, output_help: str = "het pdf-bestand dat gemaakt wordt") -> None:
    sub.add_argument("-o", "--output", metavar="BESTAND", required=True, help=output_help)
    sub.add_argument("--date", metavar="JJJJ-MM-DD", help="datum op de afdrukken (standaard vandaag)")
    sub.add_argument(
        "--author", metavar="NAAM", default="Procesbegeleider", help="je naam, in de pdf-gegevens"
    )


def _deck_options(sub: DutchParser) -> None:
    sub.add_argument(
        "--deck",
        metavar="ID",
        default="reflectiekaarten",
        help="welke kaartenset (standaard reflectiekaarten)",
    )
    sub.add_argument("--card", metavar="SLEUTEL", action="append", help="alleen deze kaart (mag vaker)")


def _card_options(sub: DutchParser) -> None:
    sub.add_argument(
        "--size",
        metavar="FORMAAT",
        help="kaartformaat: A7, A6 of A5, of eigen maat in mm zoals 90x140 (standaard: wat de set aangeeft)",
    )
    sub.add_argument("--landscape", action="store_true", help="kaarten liggend in plaats van staand")
    sub.add_argument(
        "--layout",
        choices=("office", "shop"),
        default="office",
        help="office: meerdere kaarten per vel, dubbelzijdig op de kantoorprinter; shop: één kaart per pagina met 3 mm afloop voor de drukker",
    )
    sub.add_argument(
        "--paper", choices=("A4", "A3"), default="A4", help="vel voor de kantoorprinter (standaard A4)"
    )
    sub.add_argument(
        "--color",
        choices=("rgb", "cmyk"),
        default="rgb",
        help="bij --layout shop: cmyk geeft de drukker CMYK met tekst in 100 %% zwart (K); geen PDF/X",
    )
    sub.add_argument(
        "--flip",
        choices=("long", "short"),
        default="long",
        help="hoe je printer dubbelzijdig omslaat: over de lange kant (standaard) of de korte kant",
    )
    sub.add_argument(
        "--back-offset",
        metavar="X,Y",
        default="0,0",
        help="verschuif de achterkanten zoveel mm (lees de waarde af op de uitlijntest), bijvoorbeeld 1.5,-0.5",
    )
    sub.add_argument("--no-crop-marks", action="store_true", help="geen snijtekens")
    sub.add_argument("--no-backs", action="store_true", help="alleen voorkanten (enkelzijdig)")
    sub.add_argument(
        "--copies", type=int, default=1, metavar="N", help="hoeveel exemplaren van elke kaart (standaard 1)"
    )
    sub.add_argument("--alignment-page", action="store_true", help="begin met de uitlijntest")


def _session_options(sub: DutchParser, *, participants: bool = True) -> None:
    sub.add_argument(
        "--theme", metavar="ID", default="professionaliseren", help="het thema (standaard professionaliseren)"
    )
    sub.add_argument("--school", metavar="NAAM", help="de school (naam of uniek deel ervan)")
    sub.add_argument(
        "--session",
        metavar="ID",
        help="een geplande sessie: thema, school, datum, begintijd en deelnemers komen daaruit",
    )
    sub.add_argument(
        "--start",
        metavar="UU:MM",
        help="geplande begintijd, voor de kloktijden (standaard die van de sessie, anders 13:30)",
    )
    if participants:
        participant_arguments(sub)


MAX_BLANK_SETS = 200  # a big training day; 100,000 sets ran for minutes


def _blank_sets(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal") from None
    if not 1 <= count <= MAX_BLANK_SETS:
        raise argparse.ArgumentTypeError(f"kies 1 tot en met {MAX_BLANK_SETS} blanco sets, niet {count}")
    return count


def _worksheet_options(sub: DutchParser) -> None:
    sub.add_argument(
        "--blank",
        type=_blank_sets,
        default=1,
        metavar="N",
        help=f"zoveel blanco werkbladen als er geen deelnemers zijn (1 tot en met {MAX_BLANK_SETS})",
    )
    sub.add_argument("--with-vision", action="store_true", help="de visie van de school als eerste bladzijde")
    sub.add_argument(
        "--duplex", action="store_true", help="elk werkblad op een even aantal bladzijden (dubbelzijdig)"
    )


def _part3_options(sub: DutchParser) -> None:
    sub.add_argument(
        "--part3-blank",
        action="store_true",
        help="het formulier voor deel 3 blanco, zonder school, datum en deelnemers",
    )


def _poster_options(sub: DutchParser) -> None:
    sub.add_argument(
        "--poster-paper",
        choices=("A3", "A4-tiled"),
        default="A3",
        help="A3, of elk poster op twee A4-vellen om aan elkaar te plakken",
    )


# --- parsing ----------------------------------------------------------------


def _date(args: argparse.Namespace) -> dt.date:
    if not args.date:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(args.date)
    except ValueError:
        raise UserError(
            f"'{args.date}' is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-03-12."
        ) from None


def _start(text: str) -> dt.time:
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        raise UserError(f"'{text}' is geen tijd; schrijf hem als UU:MM, bijvoorbeeld 13:30.") from None


def _size(text: str | None) -> str | tuple[float, float] | None:
    if text is None:
        return None
    if text.upper() in {"A7", "A6", "A5"}:
        return text.upper()
    match = _SIZE.match(text)
    if not match:
        raise UserError(
            f"Kaartformaat '{text}' ken ik niet. Kies A7, A6 of A5, of een maat in mm zoals 90x140."
        )
    width, height = (float(value.replace(",", ".")) for value in match.groups())
    if not (40 <= width <= 297 and 40 <= height <= 420):
        raise UserError("Een eigen kaartformaat moet tussen 40 en 297 mm breed en 40 en 420 mm hoog zijn.")
    return (width, height)


def _offset(text: str) -> tuple[float, float]:
    try:
        x_text, y_text = text.replace(";", ",").split(",")
        x, y = float(x_text), float(y_text)
    except ValueError:
        raise UserError(
            f"Verschuiving '{text}' ken ik niet; schrijf X,Y in mm, bijvoorbeeld 1.5,-0.5."
        ) from None
    if abs(x) > 20 or abs(y) > 20:
        raise UserError(
            "Een verschuiving van meer dan 20 mm is geen printerafwijking; controleer de uitlijntest."
        )
    return (x, y)


def _card_options_from(
    args: argparse.Namespace, day: dt.date, keys: tuple[str, ...] | None = None
) -> pdf.CardOptions:
    if args.copies < 1:
        raise UserError("--copies moet minstens 1 zijn.")
    return pdf.CardOptions(
        size=_size(args.size),
        orientation="landscape" if args.landscape else "portrait",
        layout=args.layout,
        paper=args.paper,
        flip=args.flip,
        back_offset_mm=_offset(args.back_offset),
        crop_marks=not args.no_crop_marks,
        backs=not args.no_backs,
        footer_date=day,
        copies=args.copies,
        alignment_page=args.alignment_page,
        card_keys=keys,
        author=args.author,
        color=args.color,
    )


@dataclass(frozen=True)
class _SessionData:
    theme: Theme
    school: School | None
    day: dt.date
    start: dt.time
    participants: tuple[Participant, ...] = ()


def _session_data(store: Store, args: argparse.Namespace) -> _SessionData:
    """Theme, school, date, start and participants: from ``--session`` where the options leave them out."""
    given = tuple(participants_from_args(args)) if hasattr(args, "participant") else ()
    if not args.session:
        theme = store.themes.get(args.theme)
        school = store.schools.find(args.school) if args.school else None
        return _SessionData(theme, school, _date(args), _start(args.start or "13:30"), given)
    planned = store.sessions.get(args.session)
    theme = planned.script or store.themes.get(planned.theme_id or args.theme)
    school = store.schools.find(args.school) if args.school else store.schools.get(planned.school_id)
    day = _date(args) if args.date else dt.date.fromisoformat(planned.date)
    start = _start(args.start or planned.planned_start)
    return _SessionData(theme, school, day, start, given or tuple(planned.participants))


def _guarded(render: Callable[[], _T]) -> _T:
    """Text that does not fit is the user's to fix: say how, without a traceback."""
    try:
        return render()
    except pdf.CardOverflowError as error:
        hint = f" (--size {error.needed})" if error.needed else ""
        raise UserError(f"{error}{hint}") from None
    except pdf.MapOverflowError as error:
        raise UserError(f"{error} Kies A3 (--paper A3) of kort de teksten op de scenariokaart in.") from None


def _done(path: Path, what: str) -> None:
    print(f"{what} opgeslagen in {path}. Druk af op 100 % (werkelijke grootte), niet 'passend maken'.")


def _report_unfit(unfit: Sequence[pdf.UnfitCard]) -> None:
    """Name the cards left out, and the smallest size that takes them all."""
    if not unfit:
        return
    size = pdf.smallest_sufficient(unfit)
    advice = f" Met --size {size} komen ze mee." if size else ""
    print(pdf.describe_unfit(unfit) + advice)


# --- commands -----------------------------------------------------------------


def cmd_cards(ctx: Context, args: argparse.Namespace) -> None:
    deck = ctx.store.decks.get(args.deck)
    keys = tuple(args.card) if args.card else None
    if keys:
        unknown = sorted(set(keys) - {card.key for card in deck.cards})
        if unknown:
            known = ", ".join(card.key for card in deck.cards)
            raise UserError(f"Kaart '{unknown[0]}' staat niet in '{deck.title}'. Kies uit: {known}.")
    options = _card_options_from(args, _date(args), keys)
    _done(
        write_output(args.output, _guarded(lambda: pdf.render_cards(deck, options))),
        f"Kaarten '{deck.title}'",
    )
    _report_unfit(pdf.unfit_cards(deck, options))


def cmd_alignment(ctx: Context, args: argparse.Namespace) -> None:
    options = _card_options_from(args, _date(args))
    _done(write_output(args.output, pdf.render_alignment_test(None, options)), "Uitlijntest")


def cmd_scenario_map(ctx: Context, args: argparse.Namespace) -> None:
    maps = ctx.store.scenario_maps.all()
    if not maps:
        raise UserError("Er is nog geen scenariokaart.")
    scenario_map = ctx.store.scenario_maps.get(args.map) if args.map else maps[0]
    options = pdf.MapOptions(paper=args.paper, footer_date=_date(args), author=args.author)
    _done(
        write_output(args.output, _guarded(lambda: pdf.render_scenario_map(scenario_map, options))),
        "Scenariokaart",
    )


def cmd_worksheets(ctx: Context, args: argparse.Namespace) -> None:
    data = _session_data(ctx.store, args)
    if args.with_vision and data.school is None:
        raise UserError("Voor --with-vision is een school nodig: geef --school NAAM.")
    options = pdf.WorksheetOptions(
        include_vision=args.with_vision,
        duplex=args.duplex,
        blank_copies=args.blank,
        author=args.author,
        start=data.start,
    )
    rendered = _guarded(
        lambda: pdf.render_worksheets(
            data.theme,
            pdf.card_lookup(ctx.store.decks.all()),
            ctx.store.roles.all(),
            data.school,
            data.participants,
            data.day,
            options,
        )
    )
    _done(write_output(args.output, rendered), "Werkbladen")


def cmd_posters(ctx: Context, args: argparse.Namespace) -> None:
    data = _session_data(ctx.store, args)
    options = pdf.PosterOptions(paper=args.poster_paper, author=args.author)
    _done(
        write_output(args.output, pdf.render_posters(data.theme.title, data.school, data.day, options)),
        "Posters",
    )


def cmd_part3(ctx: Context, args: argparse.Namespace) -> None:
    data = _session_data(ctx.store, args)
    maps = ctx.store.scenario_maps.all()
    rendered = pdf.render_part3_form(
        data.theme.title,
        maps[0] if maps else None,
        data.school,
        data.day,
        data.participants,
        pdf.Part3Options(blank=args.part3_blank, author=args.author),
    )
    _done(write_output(args.output, rendered), "Formulier deel 3")


def cmd_script(ctx: Context, args: argparse.Namespace) -> None:
    data = _session_data(ctx.store, args)
    rendered = pdf.render_script(
        data.theme,
        data.start,
        data.school,
        data.day,
        pdf.card_lookup(ctx.store.decks.all()),
        pdf.ScriptOptions(author=args.author),
    )
    _done(write_output(args.output, rendered), "Draaiboek")


def cmd_set(ctx: Context, args: argparse.Namespace) -> None:
    data = _session_data(ctx.store, args)
    maps = ctx.store.scenario_maps.all()
    session = pdf.SessionPrint(
        theme=data.theme,
        decks=ctx.store.decks.all(),
        scenario_map=maps[0] if maps else None,
        roles=ctx.store.roles.all(),
        school=data.school,
        participants=data.participants,
        day=data.day,
        start=data.start,
    )
    options = pdf.SetOptions(
        cards=_card_options_from(args, data.day),
        scenario_map=pdf.MapOptions(footer_date=data.day, author=args.author),
        worksheets=pdf.WorksheetOptions(
            include_vision=args.with_vision and data.school is not None,
            duplex=args.duplex,
            blank_copies=args.blank,
            author=args.author,
        ),
        posters=pdf.PosterOptions(paper=args.poster_paper, author=args.author),
        script=pdf.ScriptOptions(author=args.author),
        part3=pdf.Part3Options(blank=args.part3_blank, author=args.author),
        decks="all" if args.all_decks else "used",
    )
    target = Path(args.output).expanduser()
    if target.suffix.lower() == ".pdf":
        parts = _guarded(lambda: pdf.render_combined(session, options))
        for suffix, content in parts.items():
            path = write_output(str(target.with_name(target.stem + suffix + target.suffix)), content)
            if suffix:
                print(f"De vellen op {suffix[1:]} staan apart in {path}: druk die af op {suffix[1:]}.")
        _done(target, "De hele printset")
    else:
        files = _guarded(lambda: pdf.render_set(session, options))
        for name, content in files.items():
            write_output(str(target / name), content)
        print(f"{len(files)} pdf's opgeslagen in {target}: {', '.join(files)}.")
        print("Druk af op 100 % (werkelijke grootte), niet 'passend maken'.")
    _report_unfit(pdf.unfit_in_set(session, options))
