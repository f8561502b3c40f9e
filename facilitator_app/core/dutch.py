"""The Dutch wording of codes, for the command line and the PDFs (the UI translates its own through Qt).

The domain returns codes (:class:`~.session_runner.RunnerErrorCode`,
:class:`~.sessions.RequiredField`, :class:`~.planning.PlanWarning`); this is
the one place that turns them into sentences that say what to do.
"""

from __future__ import annotations

from collections.abc import Sequence

from .planning import PlanWarning
from .record import CardList
from .session_runner import RunnerBox, RunnerErrorCode
from .sessions import RequiredField

__all__ = [
    "box_label",
    "card_text",
    "missing_text",
    "plan_warning_text",
    "runner_error_text",
]


def card_text(cards: CardList) -> str:
    """``"Recept A; Goede praktijk B; 1 verwijderde kaart"``; empty when there are none."""
    shown = list(cards.titles)
    if cards.deleted:
        shown.append(f"{cards.deleted} verwijderde kaart{'en' if cards.deleted != 1 else ''}")
    return "; ".join(shown)


def missing_text(missing: Sequence[RequiredField]) -> str:
    names = ", ".join(field.label for field in missing)
    return (
        f"De sessie kan nog niet worden afgerond. Vul eerst in: {names}. "
        "Gebruik 'sessions outcome' en probeer daarna opnieuw 'sessions finish'."
    )


_RUNNER_ERRORS: dict[RunnerErrorCode, str] = {
    RunnerErrorCode.NO_SCRIPT: "Deze sessie heeft geen script; plan haar opnieuw met een thema.",
    RunnerErrorCode.NOT_STARTED: "Deze sessie is nog niet gestart. Start haar eerst met 'sessions start'.",
    RunnerErrorCode.ALREADY_STARTED: "Deze sessie is al gestart.",
    RunnerErrorCode.LOCKED: (
        "Deze sessie is afgerond; notities, tijden en opbrengst liggen vast. "
        "Leg een wijziging vast als correctie met 'sessions amend'."
    ),
    RunnerErrorCode.NOT_FINISHED: (
        "Deze sessie is nog niet afgerond; pas de opbrengst gewoon aan met 'sessions outcome'."
    ),
    RunnerErrorCode.NO_SUCH_BOX: "Dat tijdvak bestaat niet in deze sessie. Bekijk de tijdvakken met 'sessions show'.",
    RunnerErrorCode.NO_OPTIONAL_PART: "Er is geen optioneel deel meer om over te slaan.",
    RunnerErrorCode.NO_FIX: "De sessie loopt op schema; er valt niets in te korten.",
    RunnerErrorCode.NO_PREVIOUS_STEP: "Deze school heeft nog geen eerdere eerste ontwikkelstap om op terug te kijken.",
    RunnerErrorCode.CLOCK_STOPPED: (
        "Het laatste tijdvak is voorbij. Rond de sessie af met 'sessions finish'."
    ),
}


def runner_error_text(code: RunnerErrorCode) -> str:
    return _RUNNER_ERRORS[code]


def box_label(box: RunnerBox) -> str:
    """``"Deel 1 · stap 4–5"``, or ``"Deel 3"`` for a box without numbered steps."""
    numbers = box.step_numbers
    if not numbers:
        return f"Deel {box.part.number}"
    span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
    return f"Deel {box.part.number} · stap {span}"


def plan_warning_text(warning: PlanWarning) -> str:
    return {
        PlanWarning.NO_PARTICIPANTS: (
            "Let op: deze sessie heeft nog geen deelnemers. Voeg ze toe met --participant NAAM:ROL."
        ),
        PlanWarning.START_IN_PAST: "Let op: de begintijd van deze sessie ligt in het verleden.",
    }[warning]
