"""``facilitator-app themes``: themes and their session scripts."""

from __future__ import annotations

import argparse

from ..core import jsonview
from ..core.dutch import count, mode_label
from .common import Commands, Context, command, group, json_flag, print_json


def register(commands: Commands) -> None:
    themes = group(commands, "themes", "thema's en hun draaiboeken")
    json_flag(command(themes, "list", "toon alle thema's", cmd_themes_list))
    show = command(themes, "show", "toon een thema met doelen, delen, tijdvakken en stappen", cmd_themes_show)
    show.add_argument("id", metavar="ID", help="id of sleutel van het thema, bijvoorbeeld professionaliseren")
    json_flag(show)


def cmd_themes_list(ctx: Context, args: argparse.Namespace) -> None:
    themes = ctx.store.themes.all()
    if args.json:
        print_json([jsonview.theme_summary(t) for t in themes])
        return
    for theme in themes:
        print(
            f"{theme.key:<24} {theme.title} ({count(theme.minutes, 'minuut', 'minuten')}, {count(len(theme.timeboxes()), 'tijdvak', 'tijdvakken')})"
        )


def cmd_themes_show(ctx: Context, args: argparse.Namespace) -> None:
    theme = ctx.store.themes.get(args.id)
    if args.json:
        print_json(jsonview.theme(theme))
        return
    print(f"{theme.title} — {count(theme.minutes, 'minuut', 'minuten')}\n")
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
        print(f"\nDeel {part.number}: {part.title}{optional} — {count(part.minutes, 'minuut', 'minuten')}")
        for box in part.timeboxes:
            print(f"  [{box.minutes} min, {mode_label(box.mode)}]")
            for step in box.steps:
                label = f"Stap {step.number}: " if step.number else "• "
                print(f"    {label}{' '.join(step.text.split())}")
