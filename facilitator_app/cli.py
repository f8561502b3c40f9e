"""The command line: ``facilitator-app [--db PATH] [COMMAND …]``.

Without a command it starts the desktop app. Every command speaks Dutch,
prints plain text or ``--json``, and turns a user's mistake into a Dutch
message on stderr with exit status 1 (2 for wrong arguments): no traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__, paths, resources
from .core import jsonview
from .core.cardfiles import ContentError, load_catalogue
from .core.models import Mode, School
from .core.vision_files import VisionFileError, read_vision
from .store import Store, StoreError

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
MODE_LABELS = {Mode.INDIVIDUAL: "individueel op het werkblad", Mode.COLLECTIVE: "collectief"}


class UserError(Exception):
    """A mistake the user can fix; the message is Dutch."""


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """argparse with Dutch headings and error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        translated = (
            message.replace("the following arguments are required", "deze argumenten ontbreken")
            .replace("unrecognized arguments", "onbekende argumenten")
            .replace("invalid choice", "ongeldige keuze")
            .replace("choose from", "kies uit")
            .replace("expected one argument", "verwacht één waarde")
            .replace("argument ", "argument ")
        )
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {translated}\nMeer hulp: {self.prog} --help\n")


class Context:
    """Lazily opens the store the command needs, once."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db_path, load_catalogue(resources.cards_dir()))
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# --- themes ---------------------------------------------------------------


def cmd_themes_list(ctx: Context, args: argparse.Namespace) -> None:
    themes = ctx.store.themes.all()
    if args.json:
        _print_json([jsonview.theme_summary(t) for t in themes])
        return
    for theme in themes:
        print(f"{theme.key:<24} {theme.title} ({theme.minutes} minuten, {len(theme.timeboxes())} tijdvakken)")


def cmd_themes_show(ctx: Context, args: argparse.Namespace) -> None:
    theme = ctx.store.themes.get(args.id)
    if args.json:
        _print_json(jsonview.theme(theme))
        return
    print(f"{theme.title} — {theme.minutes} minuten\n")
    print("Doelen:")
    for number, goal in enumerate(theme.goals, start=1):
        print(f"  {number}. {goal}")
    if theme.preparation:
        print(f"\nVoorbereiding: {theme.preparation}")
    print("\nBenodigdheden:")
    for item in theme.materials:
        print(f"  • {item}")
    for part in theme.parts:
        optional = " (optioneel)" if part.optional else ""
        print(f"\nDeel {part.number}: {part.title}{optional} — {part.minutes} minuten")
        for box in part.timeboxes:
            print(f"  [{box.minutes} min, {MODE_LABELS[box.mode]}]")
            for step in box.steps:
                label = f"Stap {step.number}: " if step.number else "• "
                print(f"    {label}{' '.join(step.text.split())}")


# --- schools --------------------------------------------------------------


def cmd_schools_list(ctx: Context, args: argparse.Namespace) -> None:
    schools = ctx.store.schools.all()
    if args.json:
        _print_json([jsonview.school(s, with_vision=False) for s in schools])
        return
    if not schools:
        print("Nog geen scholen. Voeg er een toe met: facilitator-app schools add NAAM")
    for school in schools:
        marks = [m for m, on in (("voorbeeld", school.is_example), ("gearchiveerd", school.archived)) if on]
        suffix = f" ({', '.join(marks)})" if marks else ""
        print(f"{school.name}{suffix}")


def cmd_schools_add(ctx: Context, args: argparse.Namespace) -> None:
    vision = ""
    if args.vision_file:
        try:
            vision = read_vision(Path(args.vision_file))
        except VisionFileError as error:
            raise UserError(str(error)) from None
    school = ctx.store.schools.add(School(name=args.name, vision=vision))
    print(f"School '{school.name}' toegevoegd" + (f" met visie ({len(vision)} tekens)." if vision else "."))


def cmd_schools_show(ctx: Context, args: argparse.Namespace) -> None:
    school = ctx.store.schools.find(args.name)
    if args.json:
        _print_json(jsonview.school(school))
        return
    print(school.name + (" (voorbeeld)" if school.is_example else ""))
    for label, value in (("Contact", school.contact), ("Partnerschap", school.partnership), ("Notities", school.notes)):
        if value:
            print(f"{label}: {value}")
    print("\nVisie:\n" + (school.vision or "(nog geen visie vastgelegd)"))


# --- decks ----------------------------------------------------------------


def cmd_decks_list(ctx: Context, args: argparse.Namespace) -> None:
    decks = ctx.store.decks.all()
    maps = ctx.store.scenario_maps.all()
    if args.json:
        _print_json(
            {
                "decks": [jsonview.deck(d, with_cards=False) for d in decks],
                "scenario_maps": [jsonview.scenario_map(m) for m in maps],
            }
        )
        return
    for deck in decks:
        kind = "ingebouwd" if deck.read_only else "eigen"
        print(f"{deck.key:<28} {deck.title} ({len(deck.cards)} kaarten, {kind})")
    for scenario_map in maps:
        print(f"{scenario_map.key:<28} {scenario_map.title} ({len(scenario_map.scenarios)} scenario's, scenariokaart)")


def cmd_decks_show(ctx: Context, args: argparse.Namespace) -> None:
    try:
        deck = ctx.store.decks.get(args.id)
    except StoreError:
        scenario_map = next((m for m in ctx.store.scenario_maps.all() if args.id in {m.id, m.key}), None)
        if scenario_map is None:
            raise
        if args.json:
            _print_json(jsonview.scenario_map(scenario_map))
        else:
            print(scenario_map.title)
            for number, scenario in enumerate(scenario_map.scenarios, start=1):
                print(f"\n{number}. {scenario.name}\n   {scenario.description}")
                for sign in scenario.signs:
                    print(f"   • {sign}")
        return
    if args.json:
        _print_json(jsonview.deck(deck))
        return
    print(f"{deck.title} — {len(deck.cards)} kaarten")
    for card in deck.cards:
        subtitle = f"{card.subtitle}: " if card.subtitle else ""
        print(f"\n== {subtitle}{card.title} ==\n{card.body}")
        if card.source:
            print(f"({card.source})")


# --- wiring ---------------------------------------------------------------

Handler = Callable[[Context, argparse.Namespace], None]


def build_parser() -> DutchParser:
    parser = DutchParser(
        prog="facilitator-app",
        description=(
            "Voorbereiden, begeleiden en vastleggen van reflectiesessies op opleidingsscholen.\n"
            "Zonder opdracht start de app met vensters."
        ),
        epilog=f"De gegevens staan standaard in {paths.default_db_path()}\n"
        f"(of in het bestand uit de omgevingsvariabele {paths.DB_ENV}).",
    )
    parser.add_argument("--version", action="version", version=f"facilitator-app {__version__}", help="toon de versie")
    parser.add_argument("--db", metavar="PAD", help="gebruik dit databasebestand in plaats van het standaardbestand")
    commands = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT", parser_class=DutchParser)

    def group(name: str, help_text: str) -> argparse._SubParsersAction[DutchParser]:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        return sub.add_subparsers(dest="action", title="opdrachten", metavar="OPDRACHT", required=True)

    def command(
        actions: argparse._SubParsersAction[DutchParser], name: str, help_text: str, handler: Handler
    ) -> DutchParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        return sub

    def json_flag(sub: DutchParser) -> None:
        sub.add_argument("--json", action="store_true", help="uitvoer als JSON (voor scripts)")

    themes = group("themes", "thema's en hun sessiescripts")
    json_flag(command(themes, "list", "toon alle thema's", cmd_themes_list))
    show = command(themes, "show", "toon een thema met doelen, delen, tijdvakken en stappen", cmd_themes_show)
    show.add_argument("id", metavar="ID", help="id of sleutel van het thema, bijvoorbeeld professionaliseren")
    json_flag(show)

    schools = group("schools", "scholen en hun visie")
    json_flag(command(schools, "list", "toon alle scholen", cmd_schools_list))
    add = command(schools, "add", "voeg een school toe", cmd_schools_add)
    add.add_argument("name", metavar="NAAM", help="de naam van de school")
    add.add_argument(
        "--vision-file", metavar="BESTAND", help="lees de visie uit een .txt-, .md-, .docx- of .pdf-bestand"
    )
    show = command(schools, "show", "toon een school met haar visie", cmd_schools_show)
    show.add_argument("name", metavar="NAAM", help="(een uniek deel van) de naam van de school")
    json_flag(show)

    decks = group("decks", "kaartensets en de scenariokaart")
    json_flag(command(decks, "list", "toon alle kaartensets en scenariokaarten", cmd_decks_list))
    show = command(decks, "show", "toon een kaartenset met alle kaarten", cmd_decks_show)
    show.add_argument("id", metavar="ID", help="id of sleutel van de set, bijvoorbeeld reflectiekaarten")
    json_flag(show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path = paths.resolve_db_path(args.db)
    if args.command is None:
        from .app import run_gui  # Qt is imported only when a window is wanted

        exit_code: int = run_gui(db_path)
        return exit_code
    ctx = Context(db_path)
    try:
        args.handler(ctx, args)
    except (UserError, StoreError, ContentError) as error:
        print(f"facilitator-app: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `facilitator-app … | head` closed the pipe early
        return 0
    finally:
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
