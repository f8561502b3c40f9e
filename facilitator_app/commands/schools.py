"""``facilitator-app schools``: schools and their vision."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core import jsonview
from ..core.models import School
from ..core.vision_files import VisionFileError, read_vision_document
from ..store import privacy, privacy_copies
from .common import Commands, Context, UserError, command, group, json_flag, print_json


def register(commands: Commands) -> None:
    schools = group(commands, "schools", "scholen en hun visie")
    json_flag(command(schools, "list", "toon alle scholen", cmd_schools_list))
    add = command(schools, "add", "voeg een school toe", cmd_schools_add)
    add.add_argument("name", metavar="NAAM", help="de naam van de school")
    add.add_argument(
        "--vision-file", metavar="BESTAND", help="lees de visie uit een .txt-, .md-, .docx- of .pdf-bestand"
    )
    show = command(schools, "show", "toon een school met haar visie", cmd_schools_show)
    show.add_argument("name", metavar="NAAM", help="(een uniek deel van) de naam van de school")
    json_flag(show)
    delete = command(
        schools,
        "delete",
        "wis een school voorgoed, met haar sessies en notities, ook uit de reservekopieën",
        cmd_schools_delete,
    )
    delete.add_argument("name", metavar="NAAM", help="(een uniek deel van) de naam van de school")
    delete.add_argument("--yes", action="store_true", help="bevestig dat de school voorgoed gewist wordt")


def cmd_schools_list(ctx: Context, args: argparse.Namespace) -> None:
    schools = ctx.store.schools.all()
    if args.json:
        print_json([jsonview.school(s, with_vision=False) for s in schools])
        return
    if not schools:
        print("Nog geen scholen. Voeg er een toe met: facilitator-app schools add NAAM")
    for school in schools:
        marks = [m for m, on in (("voorbeeld", school.is_example), ("gearchiveerd", school.archived)) if on]
        suffix = f" ({', '.join(marks)})" if marks else ""
        print(f"{school.name}{suffix}")


def cmd_schools_add(ctx: Context, args: argparse.Namespace) -> None:
    vision, document = "", None
    if args.vision_file:
        try:
            vision, document = read_vision_document(Path(args.vision_file))
        except VisionFileError as error:
            raise UserError(str(error)) from None
    school = ctx.store.schools.add(School(name=args.name, vision=vision), document)
    print(f"School '{school.name}' toegevoegd" + (f" met visie ({len(vision)} tekens)." if vision else "."))


def cmd_schools_show(ctx: Context, args: argparse.Namespace) -> None:
    school = ctx.store.schools.find(args.name)
    if args.json:
        print_json(jsonview.school(school))
        return
    print(school.name + (" (voorbeeld)" if school.is_example else ""))
    for label, value in (
        ("Contact", school.contact),
        ("Partnerschap", school.partnership),
        ("Notities", school.notes),
    ):
        if value:
            print(f"{label}: {value}")
    print("\nVisie:\n" + (school.vision or "(nog geen visie vastgelegd)"))


def cmd_schools_delete(ctx: Context, args: argparse.Namespace) -> None:
    school = ctx.store.schools.find(args.name)
    footprint = privacy.school_footprint(ctx.store, school.id)
    goes = f"{footprint.sessions} sessie(s) en {footprint.notes} notitie(s)"
    if footprint.vision_document:
        goes += ", het visiedocument"
    if not args.yes:
        raise UserError(
            f"'{school.name}' voorgoed wissen, met {goes}, ook uit {footprint.backups} reservekopie(ën)? "
            "Dat is niet terug te draaien. Voeg --yes toe om te bevestigen, of archiveer de school in de app "
            "als je haar alleen uit beeld wilt."
        )
    privacy.erase_school(ctx.store, school.id)
    print(f"'{school.name}' is voorgoed gewist, met {goes}.")
    for line in privacy_copies.describe_changes(
        privacy_copies.erase_from_copies(ctx.store, school_id=school.id)
    ):
        print(line)
