"""The command line: ``facilitator-app [--db PATH] [COMMAND …]``.

Without a command it starts the desktop app. Every command speaks Dutch,
prints plain text or ``--json``, and turns a user's mistake into a Dutch
message on stderr with exit status 1 (2 for wrong arguments): no traceback.
The commands themselves live in :mod:`facilitator_app.commands`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__, paths

if TYPE_CHECKING:
    from .commands.common import DutchParser
# The command modules (with the store and sqlite-utils) are imported when a
# command is given: the desktop start (no arguments, or only ``--db PATH``)
# needs neither them nor the parser, and paints its window sooner without.


def build_parser() -> DutchParser:
    from .commands import register_all
    from .commands.common import DutchParser

    parser = DutchParser(
        prog="facilitator-app",
        description=(
            "Voorbereiden, begeleiden en vastleggen van reflectiesessies op opleidingsscholen.\n"
            "Zonder opdracht start de app met vensters."
        ),
        epilog=f"De gegevens staan standaard in {paths.default_db_path()}\n"
        f"(of in het bestand uit de omgevingsvariabele {paths.DB_ENV}).",
    )
    parser.add_argument(
        "--version", action="version", version=f"facilitator-app {__version__}", help="toon de versie"
    )
    parser.add_argument(
        "--db", metavar="PAD", help="gebruik dit databasebestand in plaats van het standaardbestand"
    )
    commands = parser.add_subparsers(
        dest="command", title="opdrachten", metavar="OPDRACHT", parser_class=DutchParser
    )
    register_all(commands)
    return parser


def desktop_start(arguments: Sequence[str]) -> bool:
    """True when the arguments only start the desktop app: none, or ``--db PATH``."""
    if not arguments:
        return True
    if len(arguments) != 2 or arguments[0] != "--db" or not arguments[1] or arguments[1].startswith("-"):
        return False
    try:
        arguments[1].encode("utf-8")
    except UnicodeEncodeError:  # not UTF-8 as the shell passed it: the full path says so in Dutch
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if desktop_start(arguments):
        from .app import run_gui  # Qt is imported only when a window is wanted

        exit_code: int = run_gui(paths.resolve_db_path(arguments[1] if arguments else None))
        return exit_code
    return run_command(arguments)


def run_command(arguments: list[str]) -> int:
    """Parse ``arguments`` and run the command (without one, the desktop app)."""
    from . import privatefiles
    from .commands.backups import restore_hint
    from .commands.common import (
        EXIT_USAGE,
        EXIT_USER_ERROR,
        Context,
        TerminalSafe,
        UserError,
        undecodable_argument,
    )
    from .core.cardfiles import ContentError
    from .store import StoreError
    from .store.errors import DatabaseCorruptError
    from .store.files import own_file

    problem = undecodable_argument(arguments)
    if problem:  # printing or storing it would fail half-way with a UnicodeEncodeError
        print(f"facilitator-app: {problem}", file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(arguments)
    db_path = paths.resolve_db_path(args.db)
    if args.command is None:
        from .app import run_gui

        exit_code: int = run_gui(db_path)
        return exit_code
    ctx = Context(db_path)
    # No -o may name the database or a backup, even for a command that never opens it.
    unprotect = privatefiles.protect(lambda target: own_file(target, db_path))
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
    try:
        args.handler(ctx, args)
    except (UserError, StoreError, ContentError) as error:
        print(f"facilitator-app: {error}", file=sys.stderr)
        if isinstance(error, DatabaseCorruptError):
            print(restore_hint(db_path), file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # `facilitator-app … | head` closed the pipe early
        return 0
    finally:
        ctx.close()
        unprotect()
        sys.stdout, sys.stderr = stdout, stderr
    return 0


if __name__ == "__main__":
    sys.exit(main())
