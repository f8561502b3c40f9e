"""``facilitator-app decks``: card decks and scenario maps."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import jsonview
from ..core.dutch import count
from ..store import StoreError
from .common import Commands, Context, UserError, command, group, json_flag, print_json


def register(commands: Commands) -> None:
    decks = group(commands, "decks", "kaartensets en de scenariokaart")
    json_flag(command(decks, "list", "toon alle kaartensets en scenariokaarten", cmd_decks_list))
    show = command(decks, "show", "toon een kaartenset met alle kaarten", cmd_decks_show)
    show.add_argument("id", metavar="ID", help="id of sleutel van de set, bijvoorbeeld reflectiekaarten")
    json_flag(show)
    export = command(decks, "export", "schrijf een kaartenset naar één bestand om te delen", cmd_decks_export)
    export.add_argument("id", metavar="ID", help="id of sleutel van de set")
    export.add_argument("-o", "--output", metavar="BESTAND", required=True, help="het .toml-bestand")
    imported = command(
        decks, "import", "lees een kaartenset uit een bestand in als nieuwe, bewerkbare set", cmd_decks_import
    )
    imported.add_argument(
        "file", metavar="BESTAND", help="een kaartenset (.toml), bijvoorbeeld uit 'decks export'"
    )


def cmd_decks_list(ctx: Context, args: argparse.Namespace) -> None:
    decks = ctx.store.decks.all()
    maps = ctx.store.scenario_maps.all()
    if args.json:
        print_json(
            {
                "decks": [jsonview.deck(d, with_cards=False) for d in decks],
                "scenario_maps": [jsonview.scenario_map(m) for m in maps],
            }
        )
        return
    for deck in decks:
        kind = "ingebouwd" if deck.read_only else "eigen"
        print(f"{deck.key:<28} {deck.title} ({count(len(deck.cards), 'kaart', 'kaarten')}, {kind})")
    for scenario_map in maps:
        print(
            f"{scenario_map.key:<28} {scenario_map.title} ({len(scenario_map.scenarios)} scenario's, scenariokaart)"
        )


def cmd_decks_show(ctx: Context, args: argparse.Namespace) -> None:
    try:
        deck = ctx.store.decks.get(args.id)
    except StoreError:
        scenario_map = next((m for m in ctx.store.scenario_maps.all() if args.id in {m.id, m.key}), None)
        if scenario_map is None:
            raise
        if args.json:
            print_json(jsonview.scenario_map(scenario_map))
        else:
            print(scenario_map.title)
            for number, scenario in enumerate(scenario_map.scenarios, start=1):
                print(f"\n{number}. {scenario.name}\n   {scenario.description}")
                for sign in scenario.signs:
                    print(f"   • {sign}")
        return
    if args.json:
        print_json(jsonview.deck(deck))
        return
    print(f"{deck.title} — {count(len(deck.cards), 'kaart', 'kaarten')}")
    for card in deck.cards:
        subtitle = f"{card.subtitle}: " if card.subtitle else ""
        print(f"\n== {subtitle}{card.title} ==\n{card.body}")
        if card.source:
            print(f"({card.source})")


def cmd_decks_export(ctx: Context, args: argparse.Namespace) -> None:
    path = Path(args.output).expanduser()
    if path.is_dir():
        raise UserError(f"'{path}' is een map; geef een bestandsnaam, bijvoorbeeld {path / 'kaarten.toml'}.")
    if not path.parent.is_dir():
        raise UserError(f"De map '{path.parent}' bestaat niet. Maak hem eerst aan of kies een andere map.")
    deck = ctx.store.decks.get(args.id)
    written = ctx.store.decks.export_file(deck.id, path)
    print(
        f"Kaartenset '{deck.title}' ({count(len(deck.cards), 'kaart', 'kaarten')}) geschreven naar {written}."
    )


def cmd_decks_import(ctx: Context, args: argparse.Namespace) -> None:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UserError(f"Het bestand '{path}' bestaat niet.")
    deck = ctx.store.decks.import_file(path)
    print(
        f"Kaartenset '{deck.title}' ingelezen als nieuwe, bewerkbare set "
        f"(sleutel '{deck.key}', {count(len(deck.cards), 'kaart', 'kaarten')})."
    )
