"""``facilitator-app privacy``: what the app stores about a person, and erasing it for good."""

from __future__ import annotations

import argparse

from ..store import privacy, privacy_copies
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
    report = privacy_copies.find_everywhere(ctx.store, args.name)
    if args.json:
        print_json(
            {
                "name": report.name,
                "hits": [
                    {"where": h.where, "school": h.school, "session": h.session, "excerpt": h.excerpt}
                    for h in report.hits
                ],
                "backups": report.files_searched,  # every copy of the database searched
                "files": [{"path": str(c.path), "kind": c.label, "places": c.places} for c in report.copies],
                "unreadable_documents": report.unreadable_documents,
            }
        )
        return
    print(report.summary())
    for hit in report.hits:
        place = " — ".join(part for part in (hit.school, hit.session) if part)
        print(f"- {hit.where} ({place}): {hit.excerpt}")
    for copy in report.copies:
        places = f", {copy.places}×" if copy.places else " (beschadigd of onvoltooid: als tekst doorzocht)"
        print(f"- {copy.label}{places}: {copy.path}")
    for document in report.unreadable_documents:
        print(
            f"Het visiedocument {document} kan niet worden gelezen en is dus niet doorzocht; bekijk het zelf."
        )
    if report.found:
        print(f"'privacy erase \"{report.name}\" --yes' wist de naam overal waar hij hierboven staat.")


def cmd_privacy_erase(ctx: Context, args: argparse.Namespace) -> None:
    if not args.yes:
        raise UserError(
            "Wissen is niet terug te draaien: de naam verdwijnt uit de database, uit alle reservekopieën en "
            "uit de andere kopieën die de app naast de database bewaart. "
            f'Bekijk eerst wat er gewist wordt met: facilitator-app privacy find "{args.name}" '
            "en voeg dan --yes toe."
        )
    report, changes = privacy_copies.erase_everywhere(ctx.store, args.name)
    if not report.hits:
        print(f"'{report.name}' stond niet (meer) in de database.")
    else:
        print(f"Gewist: {report.summary()}")
    for line in erasure_lines(report, changes):
        print(line)


def erasure_lines(report: privacy.PersonReport, changes: list[privacy_copies.CopyChange]) -> list[str]:
    """Dutch lines on what erasing did besides the database rows."""
    lines = [
        f"Het oorspronkelijke visiedocument {document} noemde de naam en is verwijderd; "
        "de visietekst in de app blijft, met de naam gewist."
        for document in report.dropped_documents
    ]
    lines.extend(privacy_copies.describe_changes(changes))
    lines.append(
        "Exports en pdf's die je zelf ergens hebt opgeslagen, houdt de app niet bij: verwijder die zelf."
    )
    return lines
