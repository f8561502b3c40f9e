"""``facilitator-app privacy``: what the app stores about a person, and erasing it for good."""

from __future__ import annotations

import argparse

from ..store import privacy
from .common import Commands, Context, UserError, command, group, json_flag, print_json


def register(commands: Commands) -> None:
    actions = group(commands, "privacy", "persoonsgegevens zoeken en wissen")
    find = command(actions, "find", "toon alles wat de app over een naam bewaart", cmd_privacy_find)
    find.add_argument("name", metavar="NAAM", help="de naam (hele woorden, hoofdletters maken niet uit)")
    json_flag(find)
    erase = command(
        actions,
        "erase",
        "wis een naam overal, ook uit de reservekopieën (niet terug te draaien)",
        cmd_privacy_erase,
    )
    erase.add_argument("name", metavar="NAAM", help="de naam die overal moet verdwijnen")
    erase.add_argument("--yes", action="store_true", help="bevestig dat de naam voorgoed gewist wordt")


def cmd_privacy_find(ctx: Context, args: argparse.Namespace) -> None:
    report = privacy.find_person(ctx.store, args.name)
    if args.json:
        print_json(
            {
                "name": report.name,
                "hits": [
                    {"where": h.where, "school": h.school, "session": h.session, "excerpt": h.excerpt}
                    for h in report.hits
                ],
                "backups": report.backups_holding_older_copies,
            }
        )
        return
    print(report.summary())
    for hit in report.hits:
        place = " — ".join(part for part in (hit.school, hit.session) if part)
        print(f"- {hit.where} ({place}): {hit.excerpt}")
    if report.hits and report.backups_holding_older_copies:
        print(
            f"Ook de {report.backups_holding_older_copies} reservekopieën kunnen deze naam bevatten; "
            "'privacy erase' wist hem daar ook."
        )


def cmd_privacy_erase(ctx: Context, args: argparse.Namespace) -> None:
    if not args.yes:
        raise UserError(
            "Wissen is niet terug te draaien: de naam verdwijnt uit de database en uit alle reservekopieën. "
            f'Bekijk eerst wat er gewist wordt met: facilitator-app privacy find "{args.name}" '
            "en voeg dan --yes toe."
        )
    report = privacy.erase_person(ctx.store, args.name)
    if not report.hits:
        print(report.summary())
    else:
        print(f"Gewist: {report.summary()}")
    changed = privacy.erase_from_backups(ctx.store, name=args.name)
    if changed:
        print(f"Ook gewist uit {changed} reservekopie{'' if changed == 1 else 'ën'}.")
