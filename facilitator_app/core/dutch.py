"""The Dutch wording of codes, for the command line and the PDFs (the UI translates its own through Qt).

The domain returns codes (:class:`~.session_runner.RunnerErrorCode`,
:class:`~.sessions.RequiredField`, :class:`~.planning.PlanWarning`); this is
the one place that turns them into sentences that say what to do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .dutch_words import MODE_LABELS, MONTHS, count, dutch_date, mode_label
from .edit_errors import ContentKind, EditCode
from .lifecycle import Refusal
from .planning import PlanWarning
from .problems import ErrorCode
from .record import CardList
from .session_runner import RunnerBox, RunnerErrorCode
from .sessions import NoteCategory, RequiredField
from .validation import Invalid, Problem

__all__ = [
    "CATEGORY_LABELS",
    "MODE_LABELS",
    "MONTHS",
    "OUTCOME_LABELS",
    "box_label",
    "card_text",
    "category_label",
    "count",
    "dutch_date",
    "edit_error_text",
    "error_text",
    "invalid_text",
    "lifecycle_text",
    "missing_names",
    "missing_text",
    "mode_label",
    "outcome_label",
    "plan_warning_text",
    "runner_error_text",
]

# A note's category: one, and the heading over several.
CATEGORY_LABELS: Mapping[NoteCategory, tuple[str, str]] = {
    NoteCategory.STRENGTH: ("sterk punt", "sterke punten"),
    NoteCategory.DEVELOPMENT: ("ontwikkelpunt", "ontwikkelpunten"),
    NoteCategory.INSIGHT: ("inzicht", "inzichten"),
    NoteCategory.QUESTION: ("vraag", "vragen"),
    NoteCategory.OTHER: ("overig", "overig"),
}

# The fields of a session's outcome (part 3), in the order of the form.
OUTCOME_LABELS: Mapping[str, str] = {
    "scenario_id": "scenario",
    "scenario_name": "naam van het scenario",
    "rationale": "onderbouwing",
    "first_step": "eerste ontwikkelstap",
    "first_step_owner": "wie zet de eerste stap",
    "first_step_due": "wanneer (eerste stap)",
    "development_points": "ontwikkelpunten",
    "strengths_used": "sterke punten",
    "insights_used": "inzichten",
    "support_needed": "benodigde ondersteuning",
    "inspiration_card_ids": "inspiratiekaarten",
}


def category_label(category: NoteCategory, *, plural: bool = False) -> str:
    """``"sterk punt"``; with ``plural`` the heading ``"sterke punten"``."""
    one, many = CATEGORY_LABELS[category]
    return many if plural else one


def outcome_label(field: str) -> str:
    """An outcome field (or a :class:`RequiredField`'s value) in Dutch; an unknown name as it is."""
    return OUTCOME_LABELS.get(field, field)


def missing_names(missing: Sequence[RequiredField]) -> str:
    """``"scenario, onderbouwing"``: what is still empty before finishing."""
    return ", ".join(outcome_label(field.value) for field in missing)


def card_text(cards: CardList) -> str:
    """``"Recept A; Goede praktijk B; 1 verwijderde kaart"``; empty when there are none."""
    shown = list(cards.titles)
    if cards.deleted:
        shown.append(count(cards.deleted, "verwijderde kaart", "verwijderde kaarten"))
    return "; ".join(shown)


def missing_text(missing: Sequence[RequiredField]) -> str:
    return (
        f"De sessie kan nog niet worden afgerond. Vul eerst in: {missing_names(missing)}. "
        "Gebruik 'sessions outcome' en probeer daarna opnieuw 'sessions finish'."
    )


_RUNNER_ERRORS: dict[RunnerErrorCode, str] = {
    RunnerErrorCode.NO_SCRIPT: "Deze sessie heeft geen draaiboek; plan haar opnieuw met een thema.",
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


_ERRORS: dict[ErrorCode, str] = {
    ErrorCode.DATABASE_LOCKED: (
        "De database is in gebruik door een ander programma{where}. "
        "Sluit de andere vensters van de app (of het synchronisatieprogramma) en probeer het opnieuw."
    ),
    ErrorCode.DATABASE_READ_ONLY: (
        "De database kan niet worden beschreven{where}. "
        "Controleer of je schrijfrechten hebt op deze map, of kies een andere map met --db."
    ),
    ErrorCode.DISK_FULL: (
        "De schijf is vol; je laatste wijziging is niet opgeslagen. "
        "Maak ruimte vrij en probeer het opnieuw — eerder opgeslagen gegevens zijn veilig."
    ),
    ErrorCode.DATABASE_CORRUPT: (
        "Het databasebestand is beschadigd{where}. "
        "Er is niets overschreven. Zet een reservekopie terug of start met een andere database (--db)."
    ),
    ErrorCode.DATABASE_EMPTY: (
        "Het databasebestand is leeg (0 bytes, {path}): de gegevens die erin stonden zijn verloren gegaan, "
        "bijvoorbeeld door een synchronisatieprogramma of een volle schijf. Er is niets overschreven. "
        "Zet de nieuwste goede reservekopie terug of start met een andere database (--db)."
    ),
    ErrorCode.DATABASE_UNAVAILABLE: (
        "De database kan niet worden geopend{where}. "
        "Controleer of de map bestaat en bereikbaar is (bijvoorbeeld een losgekoppelde schijf)."
    ),
    ErrorCode.DATABASE_TOO_NEW: (
        "Deze database ({path}) is gemaakt met een nieuwere versie van de app "
        "(schema '{schema}'). Werk de app bij; de database is niet gewijzigd."
    ),
    ErrorCode.DATABASE_MISSING: (
        "De database ontbreekt ({path}), maar er is een reservekopie van {when} ({describe}). "
        "Zet die terug via het herstelvenster, of kopieer {backup} naar {path}. Wil je echt met een "
        "lege database beginnen, verplaats dan eerst de map {folder}."
    ),
    ErrorCode.SCHOOL_GONE: "Deze school bestaat niet (meer).",
    ErrorCode.SESSION_GONE: "Deze sessie bestaat niet (meer).",
    ErrorCode.PERSON_NAME_TOO_SHORT: "Geef een naam van minstens twee tekens op.",
    ErrorCode.BACKUP_NOT_A_FILE: "Deze database staat niet in een bestand; er kan geen reservekopie van worden gemaakt.",
    ErrorCode.BACKUP_FOLDER: (
        "De map voor reservekopieën kan niet worden aangemaakt ({folder}): {reason}. "
        "Kies een andere map voor de reservekopieën."
    ),
    ErrorCode.BACKUP_COPY_DAMAGED: (
        "De reservekopie is niet bewaard: de kopie van de database is beschadigd ({path}). "
        "Sluit de app en start haar opnieuw; dan wordt de database gecontroleerd en kun je een "
        "eerdere reservekopie terugzetten."
    ),
    ErrorCode.BACKUP_DAMAGED: (
        "De reservekopie {name} is zelf beschadigd of onleesbaar en is niet teruggezet. Kies een andere reservekopie."
    ),
    ErrorCode.BACKUP_TOO_NEW: (
        "De reservekopie {name} is gemaakt met een nieuwere versie van de app. "
        "Werk de app bij en probeer het opnieuw; er is niets gewijzigd."
    ),
    ErrorCode.RESTORE_FAILED: (
        "De reservekopie kon niet worden teruggezet ({reason}). "
        "Controleer of er ruimte is en of je in {folder} mag schrijven. Het huidige bestand is niet vervangen."
    ),
    ErrorCode.NOTE_GONE: "Deze notitie bestaat niet (meer).",
    ErrorCode.INSPIRATION_CARD_GONE: (
        "Een van de gekozen inspiratiekaarten bestaat niet meer. Sluit het venster en probeer het opnieuw."
    ),
    ErrorCode.FOLLOW_UP_EMPTY: "Kies hoe het ging of schrijf in een paar woorden op wat er gebeurde.",
    ErrorCode.SCHOOL_NAME_TAKEN: "Er is al een school met de naam '{name}'. Kies een andere naam.",
}


_LIFECYCLE: dict[Refusal, str] = {
    Refusal.PLAN_FIXED: "Deze sessie is afgerond; het plan ligt vast. Corrigeer de opbrengst met een correctie.",
    Refusal.PARTS_FIXED: "Deze sessie loopt al; het thema en de delen kunnen niet meer worden gewijzigd.",
    Refusal.CANNOT_RESTART: "Deze sessie is al afgerond en kan niet opnieuw starten.",
    Refusal.NOTES_FIXED: "Deze sessie is afgerond; de notities liggen vast. "
    "Leg een wijziging vast als correctie op de opbrengst.",
    Refusal.OUTCOME_LOCKED: "De opbrengst van deze sessie is vastgelegd. Leg een wijziging vast als correctie.",
    Refusal.ALREADY_FINISHED: "Deze sessie is al afgerond.",
    Refusal.NOT_LOCKED: "De opbrengst is nog niet vastgelegd; pas haar gewoon aan in plaats van een correctie.",
    Refusal.UNCHANGED: "De nieuwe waarde is gelijk aan de huidige; er is niets gecorrigeerd.",
}


def lifecycle_text(refusal: Refusal) -> str:
    """Why the session's state refuses a change (:mod:`.lifecycle`), in Dutch."""
    return _LIFECYCLE[refusal]


def error_text(code: ErrorCode, params: Mapping[str, object]) -> str:
    """The Dutch sentence for a store refusal; ``{where}`` is `` (path)`` when a path is known."""
    path = params.get("path")
    return _ERRORS[code].format_map({"where": f" ({path})" if path else "", **params})


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


FIELD_LABELS = {
    "name": "naam",
    "vision": "visie",
    "contact": "contactpersoon",
    "partnership": "samenwerking",
    "notes": "notities",
    "is_example": "voorbeeld",
    "archived": "gearchiveerd",
    "created_at": "aangemaakt op",
    "updated_at": "gewijzigd op",
    "theme_key": "thema",
    "title": "titel",
    "date": "datum",
    "planned_start": "begintijd",
    "facilitator": "begeleider",
    "included_optional_parts": "optionele delen",
    "status": "status",
    "script": "draaiboek",
    "started_at": "gestart op",
    "finished_at": "afgerond op",
    "position": "plaats in de lijst",
    "role": "rol",
    "timebox_index": "tijdvak",
    "category": "soort",
    "text": "tekst",
    "participant": "auteur",
    "locked_at": "vastgelegd op",
    "field": "veld",
    "old": "oude waarde",
    "new": "nieuwe waarde",
    "reason": "reden",
    "at": "datum",
    "planned_minutes": "geplande minuten",
    "planned_end": "gepland einde",
    "actual_start": "werkelijk begin",
    "actual_end": "werkelijk einde",
    "skipped": "overgeslagen",
    "spent_seconds": "bestede tijd",
    "previous_date": "datum vorige sessie",
    "answered_at": "beantwoord op",
    **OUTCOME_LABELS,
}

_PROBLEMS = {
    Problem.MISSING: "is leeg",
    Problem.TOO_LONG: "is te lang: er passen hoogstens {limit} tekens",
    Problem.NOT_TEXT: "is geen tekst",
    Problem.BAD_TEXT: "bevat tekens die geen geldige tekst zijn",
    Problem.NOT_DATE: "is geen bestaande datum (schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-14)",
    Problem.NOT_TIME: "is geen tijd (schrijf UU:MM, bijvoorbeeld 13:30)",
    Problem.NOT_MOMENT: "is geen datum met tijd",
    Problem.NOT_WHOLE_NUMBER: "is geen geheel getal",
    Problem.NOT_NUMBER: "is geen eindig getal",
    Problem.OUT_OF_RANGE: "ligt buiten 0 tot {limit}",
    Problem.NOT_CHOICE: "heeft een onbekende waarde",
    Problem.NOT_SCRIPT: "is geen geldig draaiboek",
    Problem.NOT_LIST: "is geen geldige lijst",
    Problem.NOT_OPTIONAL_PART: "noemt een deel dat geen optioneel deel van het draaiboek is",
}
# Problems where the value itself helps the reader ("'25:99' is geen tijd").
_SHOW_VALUE = frozenset(
    {
        Problem.NOT_DATE,
        Problem.NOT_TIME,
        Problem.NOT_MOMENT,
        Problem.NOT_CHOICE,
        Problem.NOT_NUMBER,
        Problem.OUT_OF_RANGE,
    }
)


def dutch_number(number: float) -> str:
    """``5.000`` and ``604.800``, as Dutch writes thousands."""
    return f"{round(number):,}".replace(",", ".")


def invalid_text(invalid: Invalid) -> str:
    """``het veld 'begintijd' ('25:99') is geen tijd (schrijf UU:MM, ...)``."""
    value = invalid.value
    label = FIELD_LABELS.get(invalid.field, invalid.field)
    limit = "" if invalid.limit is None else dutch_number(invalid.limit)
    shown = ""
    if (
        invalid.problem in _SHOW_VALUE
        and isinstance(value, str | int | float)
        and not isinstance(value, bool)
    ):
        text = str(value)
        shown = f" ('{text[:40]}{'…' if len(text) > 40 else ''}')"
    return f"het veld '{label}'{shown} {_PROBLEMS[invalid.problem].format(limit=limit)}"


# ------------------------------------------------------------ content edits

_ASK_COPY = "Maak een eigen kopie; die kun je wel bewerken."
_BUILTIN = {
    ContentKind.THEME: "een ingebouwd thema",
    ContentKind.DECK: "een ingebouwde kaartenset",
    ContentKind.SCENARIO_MAP: "de ingebouwde scenariokaart",
}

_EDIT_ERRORS: dict[EditCode, Callable[[Mapping[str, Any]], str]] = {
    EditCode.READ_ONLY: lambda p: (
        f"'{p['title']}' is {_BUILTIN[p['kind']]} en kan niet worden gewijzigd. {_ASK_COPY}"
    ),
    EditCode.NO_SUCH_PART: lambda p: (
        f"Deel {p['part_number']} bestaat niet (meer). Kies een deel uit de lijst."
    ),
    EditCode.NO_SUCH_BOX: lambda p: (
        f"Tijdvak {p['box_number']} van deel {p['part_number']} bestaat niet (meer)."
    ),
    EditCode.NO_SUCH_STEP: lambda p: f"Stap {p['step_number']} van dit tijdvak bestaat niet (meer).",
    EditCode.NO_SUCH_CARD: lambda p: f"Kaart {p['card_number']} bestaat niet in '{p['deck_title']}'.",
    EditCode.NO_SUCH_SCENARIO: lambda p: (
        f"Scenario {p['scenario_number']} bestaat niet (meer). Kies een scenario uit de lijst."
    ),
    EditCode.ONLY_PART: lambda p: (
        "Dit is het enige deel van het draaiboek, en een thema heeft minstens één deel nodig. "
        "Pas het deel liever aan, of voeg eerst een ander deel toe."
    ),
    EditCode.LAST_BOX: lambda p: (
        "Dit is het laatste tijdvak van het draaiboek, en een thema heeft minstens één deel "
        "met één tijdvak nodig. Pas het tijdvak liever aan."
    ),
    EditCode.ONLY_BOX: lambda p: (
        f"Dit is het enige tijdvak van deel {p['part_number']}; elk deel heeft minstens één tijdvak "
        "nodig. Verwijder het hele deel als het weg mag, of voeg eerst een ander tijdvak toe."
    ),
    EditCode.NO_PARTS: lambda p: "Een thema heeft minstens één deel met één tijdvak nodig.",
    EditCode.PART_WITHOUT_BOX: lambda p: f"Deel {p['part_number']} heeft minstens één tijdvak nodig.",
    EditCode.LAST_CARD: lambda p: (
        "Dit is de laatste kaart van de set; een kaartenset heeft minstens één kaart nodig. "
        "Verwijder de hele set als je hem niet meer nodig hebt."
    ),
    EditCode.NO_SCENARIOS: lambda p: "Een scenariokaart heeft minstens één scenario nodig.",
    EditCode.PART_WITHOUT_TITLE: lambda p: f"Deel {p['part_number']} heeft een titel nodig.",
    EditCode.MINUTES_OUT_OF_RANGE: lambda p: (
        f"Een tijdvak in deel {p['part_number']} duurt {count(p['minutes'], 'minuut', 'minuten')}; "
        f"kies 1 tot {count(p['most'], 'minuut', 'minuten')}."
    ),
    EditCode.STEP_NUMBER_OUT_OF_RANGE: lambda p: (
        f"Stapnummer {p['number']} in deel {p['part_number']} kan niet; "
        f"kies 1 tot {p['most']}, of geen nummer."
    ),
    EditCode.UNKNOWN_CARD: lambda p: (
        f"De kaart '{p['ref']}' bestaat niet (meer). Kies een kaart uit een van de kaartensets."
    ),
    EditCode.DECK_WITHOUT_TITLE: lambda p: (
        "Een kaartenset heeft een naam nodig. Typ een naam en probeer het opnieuw."
    ),
    EditCode.UNKNOWN_CARD_SIZE: lambda p: (
        f"Kaartformaat '{p['card_size']}' is onbekend; kies uit {', '.join(p['sizes'])}."
    ),
    EditCode.DUPLICATE_SCENARIO_KEY: lambda p: "Twee scenario's hebben dezelfde sleutel; dat kan niet.",
}


def edit_error_text(code: EditCode, params: Mapping[str, Any]) -> str:
    """Why a content edit was refused (:class:`~.edit_errors.EditError`), in Dutch."""
    return _EDIT_ERRORS[code](params)
