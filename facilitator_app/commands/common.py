"""What every command module shares: the parser class, the context, output helpers."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO, TypeAlias

from .. import resources
from ..core.cardfiles import load_catalogue
from ..core.models import Participant
from ..core.participants import parse_lines
from ..privatefiles import OwnFileError, write_private_bytes
from ..store import Store

EXIT_USER_ERROR = 1
EXIT_USAGE = 2


# Control characters (and the invisible ones that reorder text) in a name would move the cursor,
# recolour or hide what the terminal shows; they are printed as \\u001b and the like.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class TerminalSafe:
    """A text stream that writes control characters as visible ``\\uXXXX`` escapes (valid in JSON too)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return int(self._stream.write(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def undecodable_argument(arguments: Sequence[str]) -> str | None:
    """A Dutch message for the first argument that is not valid UTF-8 (as the shell passed it), else None."""
    for argument in arguments:
        if any("\ud800" <= char <= "\udfff" for char in argument):
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return (
                f"het argument '{shown}' bevat tekens die geen UTF-8 zijn (hier als \ufffd getoond). "
                "Typ het opnieuw, of geef het bestand een naam met gewone letters, en probeer het opnieuw."
            )
    return None


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
            .replace("invalid int value", "geen geheel getal")
            .replace("invalid float value", "geen getal")
        )
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {translated}\nMeer hulp: {self.prog} --help\n")


class Context:
    """Lazily opens the store a command needs, once."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db_path, load_catalogue(resources.cards_dir()))
            if self._store.read_only:  # said once, before the output; a write then fails calmly
                print(f"facilitator-app: {self._store.read_only}", file=sys.stderr)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


Handler = Callable[[Context, argparse.Namespace], None]
# A string: argparse._SubParsersAction is not subscriptable at run time on 3.11.
Commands: TypeAlias = "argparse._SubParsersAction[DutchParser]"


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def group(commands: Commands, name: str, help_text: str) -> Commands:
    """A command with sub-commands, such as ``schools``."""
    sub = commands.add_parser(name, help=help_text, description=help_text)
    return sub.add_subparsers(dest="action", title="opdrachten", metavar="OPDRACHT", required=True)


def command(actions: Commands, name: str, help_text: str, handler: Handler) -> DutchParser:
    sub = actions.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def json_flag(sub: DutchParser) -> DutchParser:
    sub.add_argument("--json", action="store_true", help="uitvoer als JSON (voor scripts)")
    return sub


def write_output(path: Path | str, data: bytes) -> Path:
    """Write an exported file only the user can read (it may name people); complete or not at all."""
    target = Path(path).expanduser()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_private_bytes(target, data)
    except OwnFileError as error:
        raise UserError(str(error)) from None
    except OSError as error:
        raise UserError(
            f"'{target}' kan niet worden geschreven: {error.strerror}. Kies een andere plek met -o."
        ) from None
    return target


def participant_arguments(sub: DutchParser) -> None:
    """``--participant`` and ``--participants-file``, read by :func:`participants_from_args`."""
    sub.add_argument(
        "--participant",
        metavar="NAAM[:ROL]",
        action="append",
        default=[],
        help="een deelnemer, bijvoorbeeld 'Anna de Vries:werkplekbegeleider' (mag vaker)",
    )
    sub.add_argument(
        "--participants-file",
        metavar="BESTAND",
        help="tekstbestand met één deelnemer per regel: naam; rol (of naam:rol, of naam<tab>rol)",
    )


def participants_from_args(args: argparse.Namespace) -> list[Participant]:
    """``--participant NAAM:ROL`` (repeated) and ``--participants-file`` (one "naam; rol" a line).

    Both read as :func:`~facilitator_app.core.participants.parse_lines` reads a pasted list.
    """
    lines: list[str] = list(args.participant)
    if args.participants_file:
        try:
            lines += Path(args.participants_file).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                f"De deelnemerslijst '{args.participants_file}' kan niet worden gelezen: {error}."
            ) from None
    return list(parse_lines(lines))
