"""``facilitator-app backups``: list, make and restore backups, and choose their folder."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from ..store import backup as backups
from ..store import files
from .common import Commands, Context, UserError, command, group, json_flag, print_json


def register(commands: Commands) -> None:
    actions = group(commands, "backups", "reservekopieën van de database")
    json_flag(command(actions, "list", "toon de reservekopieën, nieuwste eerst", cmd_backups_list))
    command(actions, "make", "maak nu een reservekopie", cmd_backups_make)
    command(
        actions,
        "check",
        "controleer de database (volledig) en elke reservekopie op beschadiging",
        cmd_backups_check,
    )
    restore = command(
        actions,
        "restore",
        "zet een reservekopie terug; het huidige bestand blijft ernaast bewaard",
        cmd_backups_restore,
    )
    restore.add_argument("file", metavar="BESTAND", help="de reservekopie (zie: backups list)")
    folder = command(
        actions,
        "folder",
        "toon of kies de map voor reservekopieën (bijvoorbeeld een gesynchroniseerde map)",
        cmd_backups_folder,
    )
    folder.add_argument(
        "path", metavar="PAD", nargs="?", help="bewaar de reservekopieën voortaan in deze map"
    )
    folder.add_argument("--default", action="store_true", help="terug naar de standaardmap naast de database")


def cmd_backups_list(ctx: Context, args: argparse.Namespace) -> None:
    folder = backups.backup_dir(ctx.store)
    assert ctx.store.path is not None
    found = backups.list_backups(folder, ctx.store.path.stem)
    if args.json:
        print_json(
            {
                "folder": str(folder),
                "backups": [
                    {
                        "path": str(info.path),
                        "created": info.created.isoformat(timespec="seconds"),
                        "reason": info.reason,
                        "size": info.size,
                        "readable": info.readable,
                        "schools": info.schools,
                        "sessions": info.sessions,
                        "notes": info.notes,
                    }
                    for info in found
                ],
            }
        )
        return
    print(f"Map: {folder}")
    if not found:
        print("Nog geen reservekopieën. Maak er een met: facilitator-app backups make")
    for info in found:
        print(f"{info.describe()} [{info.reason}]\n    {info.path}")


def cmd_backups_make(ctx: Context, args: argparse.Namespace) -> None:
    made = backups.make_backup(ctx.store, "handmatig")
    print(f"Reservekopie gemaakt: {made}")


def cmd_backups_check(ctx: Context, args: argparse.Namespace) -> None:
    report = backups.check_all(ctx.store)  # opening already refuses a file that fails the quick check
    if report.database_problems:
        raise UserError(
            f"De database is beschadigd ({ctx.db_path}): {report.database_problems[0]}. "
            "Zet de nieuwste goede reservekopie terug (zie: facilitator-app backups list)."
        )
    print(f"De database is in orde: {ctx.db_path}")
    print(
        f"Reservekopieën in orde: {report.backups_checked - len(report.damaged_backups)} van "
        f"{report.backups_checked}."
    )
    for path in report.damaged_backups:
        print(f"BESCHADIGD: {path}")
    if report.damaged_backups:
        count = len(report.damaged_backups)
        raise UserError(
            f"{count} reservekopie{'ën zijn' if count > 1 else ' is'} beschadigd; die worden nooit "
            "teruggezet. Verwijder ze of bewaar ze apart."
        )


def cmd_backups_restore(ctx: Context, args: argparse.Namespace) -> None:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"'{source}' bestaat niet. Zie de reservekopieën met: facilitator-app backups list")
    _refuse_while_app_is_open(ctx.db_path)
    # The database is not opened: it may be the damaged file the backup replaces.
    kept = backups.restore_backup(source, ctx.db_path)
    print(f"Reservekopie teruggezet in {ctx.db_path}.")
    if kept is not None:
        print(f"Het vorige bestand is bewaard als {kept}")


def _refuse_while_app_is_open(db_path: Path) -> None:
    """The desktop app holds ``<db>.lock`` (QLockFile: the first line is its process id)."""
    lock = files.lock_file(db_path)
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return
    alive = True
    if sys.platform != "win32":  # signal 0 only asks whether the process exists
        alive = False
        with contextlib.suppress(PermissionError):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
        alive = True
    if alive:
        raise UserError(
            "De app is geopend met deze database. Sluit de app eerst, of zet de reservekopie "
            "terug in de app via Instellingen > Reservekopieën."
        )


def restore_hint(db_path: Path) -> str:
    """For a damaged database: the newest good backup and the command that puts it back."""
    offered = backups.newest_good_backup(db_path)
    if offered is None:
        return "Er is geen goede reservekopie gevonden naast de database."
    return (
        f"De nieuwste goede reservekopie is van {offered.describe()}:\n    {offered.path}\n"
        f"Zet die terug met: facilitator-app --db {db_path} backups restore {offered.path}"
    )


def cmd_backups_folder(ctx: Context, args: argparse.Namespace) -> None:
    if args.default and args.path:
        raise UserError("Geef een map óf --default, niet allebei.")
    if args.default:
        backups.set_backup_folder(ctx.store, None)
        print(f"Reservekopieën komen weer in de standaardmap: {backups.backup_dir(ctx.store)}")
    elif args.path:
        backups.set_backup_folder(ctx.store, Path(args.path))
        print(f"Reservekopieën komen voortaan in: {backups.backup_dir(ctx.store)}")
        print("Eerdere reservekopieën blijven in de oude map staan.")
    else:
        print(backups.backup_dir(ctx.store))
