"""The interface's words for the domain's codes (English source, Dutch through the .ts).

core, store and pdf return codes: a time box's :class:`~..core.models.Mode`, a
:class:`~..core.sessions.NoteCategory`, an outcome field's name, an error's
code with its parameters. This is the one place the UI turns them into words,
through ``QCoreApplication.translate`` so that English mode shows English and
Dutch mode Dutch. The command line and the PDFs word the same codes in
:mod:`facilitator_app.core.dutch`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject

from ..core.edit_errors import ContentKind, EditCode, EditError
from ..core.lifecycle import Refusal
from ..core.models import Mode, Part, Theme, TimeBox
from ..core.problems import ErrorCode
from ..core.session_runner import BackupFailedError, RunnerError, RunnerErrorCode
from ..core.sessions import Amendment, NoteCategory, OutcomeItem, RequiredField
from ..core.validation import Invalid, Problem
from ..store.backup import BackupInfo


def mode_label(mode: Mode) -> str:
    """The work form of a time box."""
    if mode is Mode.INDIVIDUAL:
        return QCoreApplication.translate("Labels", "Individually, on the worksheet")
    return QCoreApplication.translate("Labels", "Collectively")


def category_name(category: NoteCategory) -> str:
    """A note's category."""
    names = {
        NoteCategory.STRENGTH: QCoreApplication.translate("Labels", "Strength"),
        NoteCategory.DEVELOPMENT: QCoreApplication.translate("Labels", "Development point"),
        NoteCategory.INSIGHT: QCoreApplication.translate("Labels", "Insight"),
        NoteCategory.QUESTION: QCoreApplication.translate("Labels", "Question"),
        NoteCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names[category]


def field_label(field: str) -> str:
    """An outcome field (or a :class:`~..core.sessions.RequiredField`'s value); an unknown name as it is."""
    names = {
        "scenario_id": QCoreApplication.translate("Labels", "Scenario"),
        "scenario_name": QCoreApplication.translate("Labels", "Scenario"),
        "rationale": QCoreApplication.translate("Labels", "Rationale"),
        "first_step": QCoreApplication.translate("Labels", "First development step"),
        "first_step_owner": QCoreApplication.translate("Labels", "Who takes the first step"),
        "first_step_due": QCoreApplication.translate("Labels", "When (first step)"),
        "development_points": QCoreApplication.translate("Labels", "Development points tackled"),
        "strengths_used": QCoreApplication.translate("Labels", "Strengths used"),
        "insights_used": QCoreApplication.translate("Labels", "Insights used"),
        "support_needed": QCoreApplication.translate("Labels", "Support needed"),
        "inspiration_card_ids": QCoreApplication.translate("Labels", "Inspiration cards"),
    }
    return names.get(field, field)


def value_text(
    field: str,
    value: object,
    scenario_names: dict[str, str] | None = None,
    card_titles: dict[str, str] | None = None,
) -> str:
    """An outcome value as the reader wants it: the scenario's name, card titles, items joined."""
    if isinstance(value, str):
        if field == "scenario_id":
            return (scenario_names or {}).get(value, value)
        return value
    if field == "inspiration_card_ids" and isinstance(value, tuple):
        # Stored as card ids; the reader wants titles (a deleted card keeps its id).
        return "; ".join((card_titles or {}).get(str(card_id), str(card_id)) for card_id in value)
    if isinstance(value, tuple):
        return "; ".join(item.text if isinstance(item, OutcomeItem) else str(item) for item in value)
    return str(value)


def amendment_text(amendment: Amendment, value_text: Callable[[str, object], str]) -> str:
    """One line for the list of corrections: when, what, from, to, why."""
    when = amendment.at[:16].replace("T", " ")
    return (
        QCoreApplication.translate("Labels", "%1 · %2: “%3” → “%4” (reason: %5)")
        .replace("%1", when)
        .replace("%2", field_label(amendment.field))
        .replace("%3", value_text(amendment.field, amendment.old))
        .replace("%4", value_text(amendment.field, amendment.new))
        .replace("%5", amendment.reason)
    )


def step_label(part: Part, box: TimeBox) -> str:
    """Short name of a box: "Step 4–5", or "Part 3" for a box without numbered steps."""
    numbers = [step.number for step in box.steps if step.number is not None]
    if not numbers:
        return QCoreApplication.translate("Labels", "Part %1").replace("%1", str(part.number))
    span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
    return QCoreApplication.translate("Labels", "Step %1").replace("%1", span)


def where_label(script: Theme, timebox_index: int | None) -> str:
    """Where a note was taken, e.g. "Step 2"; the whole session for None."""
    entries = script.timeboxes()
    if timebox_index is None or not 0 <= timebox_index < len(entries):
        return QCoreApplication.translate("Labels", "whole session")
    return step_label(*entries[timebox_index])


def refusal_text(code: RunnerErrorCode) -> str:
    """What the session window says when the runner refuses a command."""
    translate = QCoreApplication.translate
    texts = {
        RunnerErrorCode.LOCKED: translate(
            "Labels",
            "The session is finished: its record is locked. Add a correction with “Amend…” on the board (F7).",
        ),
        RunnerErrorCode.NOT_STARTED: translate("Labels", "Start the session first (Space)."),
        RunnerErrorCode.CLOCK_STOPPED: translate(
            "Labels", "The time boxes are over: finish the session on the board (F7)."
        ),
        RunnerErrorCode.NO_OPTIONAL_PART: translate("Labels", "There is no optional part left to skip."),
        RunnerErrorCode.NO_FIX: translate("Labels", "The schedule needs no adjustment now."),
        RunnerErrorCode.NO_SUCH_BOX: translate("Labels", "This session has no such time box."),
        RunnerErrorCode.NO_SCRIPT: translate(
            "Labels", "This session has no script; plan it again with a theme."
        ),
    }
    return texts.get(code, translate("Labels", "That is not possible now."))


def _store_text(code: ErrorCode, params: Mapping[str, object]) -> str:
    translate = QCoreApplication.translate
    path = str(params.get("path") or "")
    where = f" ({path})" if path else ""
    texts = {
        ErrorCode.DATABASE_LOCKED: translate(
            "Labels",
            "The database is in use by another program%1. "
            "Close the app's other windows (or the sync program) and try again.",
        ),
        ErrorCode.DATABASE_READ_ONLY: translate(
            "Labels",
            "The database cannot be written to%1. "
            "Check that you may write in its folder, or choose another folder with --db.",
        ),
        ErrorCode.DISK_FULL: translate(
            "Labels",
            "The disk is full; your last change was not saved. "
            "Free some space and try again — what was saved before is safe.",
        ),
        ErrorCode.DATABASE_CORRUPT: translate(
            "Labels",
            "The database file is damaged%1. Nothing was overwritten. "
            "Restore a backup or start with another database (--db).",
        ),
        ErrorCode.DATABASE_EMPTY: translate(
            "Labels",
            "The database file is empty (0 bytes)%1: the data it held is lost, for example through a sync "
            "program or a full disk. Nothing was overwritten. Restore the newest good backup or start with "
            "another database (--db).",
        ),
        ErrorCode.DATABASE_UNAVAILABLE: translate(
            "Labels",
            "The database cannot be opened%1. "
            "Check that the folder exists and can be reached (a disconnected drive, for example).",
        ),
        ErrorCode.DATABASE_TOO_NEW: translate(
            "Labels",
            "This database%1 was made by a newer version of the app (schema “%2”). "
            "Update the app; the database has not been changed.",
        ),
        ErrorCode.DATABASE_MISSING: translate(
            "Labels",
            "The database is missing%1, but there is a backup of it: %2. Restore it, or copy it to "
            "the database's place. To really start with an empty database, first move the folder %3.",
        ),
        ErrorCode.SCHOOL_GONE: translate("Labels", "This school no longer exists."),
        ErrorCode.SESSION_GONE: translate("Labels", "This session no longer exists."),
        ErrorCode.PERSON_NAME_TOO_SHORT: translate("Labels", "Give a name of at least two characters."),
        ErrorCode.BACKUP_NOT_A_FILE: translate(
            "Labels", "This database is not in a file; no backup of it can be made."
        ),
        ErrorCode.BACKUP_FOLDER: translate(
            "Labels",
            "The folder for backups cannot be created (%3): %4. Choose another folder for the backups.",
        ),
        ErrorCode.BACKUP_COPY_DAMAGED: translate(
            "Labels",
            "The backup was not kept: the copy of the database is damaged%1. Close the app and start it again; "
            "the database is then checked and you can restore an earlier backup.",
        ),
        ErrorCode.BACKUP_DAMAGED: translate(
            "Labels",
            "The backup %2 is itself damaged or unreadable and was not restored. Choose another backup.",
        ),
        ErrorCode.BACKUP_TOO_NEW: translate(
            "Labels",
            "The backup %2 was made by a newer version of the app. Update the app and try again; "
            "nothing was changed.",
        ),
        ErrorCode.RESTORE_FAILED: translate(
            "Labels",
            "The backup could not be restored (%4). Check that there is space and that you may write in %3. "
            "The current file was not replaced.",
        ),
        ErrorCode.NOTE_GONE: translate("Labels", "This note no longer exists."),
        ErrorCode.INSPIRATION_CARD_GONE: translate(
            "Labels", "One of the chosen inspiration cards no longer exists. Close the window and try again."
        ),
        ErrorCode.FOLLOW_UP_EMPTY: translate(
            "Labels", "Choose how it went, or write down in a few words what happened."
        ),
        ErrorCode.SCHOOL_NAME_TAKEN: translate(
            "Labels", "There is already a school called “%2”. Choose another name."
        ),
    }
    second = str(params.get("schema") or params.get("backup") or params.get("name") or "")
    return (
        texts[code]
        .replace("%1", where)
        .replace("%2", second)
        .replace("%3", str(params.get("folder", "")))
        .replace("%4", str(params.get("reason", "")))
    )


def _edit_text(code: EditCode, params: Mapping[str, object]) -> str:
    """Why a content edit was refused; ``%1``, ``%2`` … are the parameters named in ``order``."""
    translate = QCoreApplication.translate
    builtin = {
        ContentKind.THEME: translate("Labels", "“%1” is a built-in theme and cannot be changed."),
        ContentKind.DECK: translate("Labels", "“%1” is a built-in card deck and cannot be changed."),
        ContentKind.SCENARIO_MAP: translate(
            "Labels", "“%1” is the built-in scenario map and cannot be changed."
        ),
    }
    texts: dict[EditCode, tuple[str, tuple[str, ...]]] = {
        EditCode.NO_SUCH_PART: (
            translate("Labels", "Part %1 no longer exists. Choose a part from the list."),
            ("part_number",),
        ),
        EditCode.NO_SUCH_BOX: (
            translate("Labels", "Time box %1 of part %2 no longer exists."),
            ("box_number", "part_number"),
        ),
        EditCode.NO_SUCH_STEP: (
            translate("Labels", "Step %1 of this time box no longer exists."),
            ("step_number",),
        ),
        EditCode.NO_SUCH_CARD: (
            translate("Labels", "Card %1 does not exist in “%2”."),
            ("card_number", "deck_title"),
        ),
        EditCode.NO_SUCH_SCENARIO: (
            translate("Labels", "Scenario %1 no longer exists. Choose a scenario from the list."),
            ("scenario_number",),
        ),
        EditCode.ONLY_PART: (
            translate(
                "Labels",
                "This is the only part of the script, and a theme needs at least one part. "
                "Change the part instead, or add another part first.",
            ),
            (),
        ),
        EditCode.LAST_BOX: (
            translate(
                "Labels",
                "This is the last time box of the script, and a theme needs at least one part with "
                "one time box. Change the time box instead.",
            ),
            (),
        ),
        EditCode.ONLY_BOX: (
            translate(
                "Labels",
                "This is the only time box of part %1; every part needs at least one. Delete the whole "
                "part if it may go, or add another time box first.",
            ),
            ("part_number",),
        ),
        EditCode.NO_PARTS: (translate("Labels", "A theme needs at least one part with one time box."), ()),
        EditCode.PART_WITHOUT_BOX: (
            translate("Labels", "Part %1 needs at least one time box."),
            ("part_number",),
        ),
        EditCode.LAST_CARD: (
            translate(
                "Labels",
                "This is the last card of the deck; a card deck needs at least one card. "
                "Delete the whole deck if you no longer need it.",
            ),
            (),
        ),
        EditCode.NO_SCENARIOS: (translate("Labels", "A scenario map needs at least one scenario."), ()),
        EditCode.PART_WITHOUT_TITLE: (translate("Labels", "Part %1 needs a title."), ("part_number",)),
        EditCode.MINUTES_OUT_OF_RANGE: (
            translate("Labels", "A time box in part %1 lasts %2 minutes; choose 1 to %3 minutes."),
            ("part_number", "minutes", "most"),
        ),
        EditCode.STEP_NUMBER_OUT_OF_RANGE: (
            translate("Labels", "Step number %1 in part %2 is not possible; choose 1 to %3, or no number."),
            ("number", "part_number", "most"),
        ),
        EditCode.UNKNOWN_CARD: (
            translate("Labels", "The card “%1” no longer exists. Choose a card from one of the decks."),
            ("ref",),
        ),
        EditCode.DECK_WITHOUT_TITLE: (
            translate("Labels", "A card deck needs a name. Type a name and try again."),
            (),
        ),
        EditCode.UNKNOWN_CARD_SIZE: (
            translate("Labels", "Card size “%1” is unknown; choose from %2."),
            ("card_size", "sizes"),
        ),
        EditCode.DUPLICATE_SCENARIO_KEY: (
            translate("Labels", "Two scenarios have the same key; that is not possible."),
            (),
        ),
    }
    if code is EditCode.READ_ONLY:
        kind = params.get("kind")
        text = builtin.get(kind, builtin[ContentKind.THEME]) if isinstance(kind, ContentKind) else ""
        return (
            text.replace("%1", str(params.get("title", "")))
            + " "
            + translate("Labels", "Make your own copy; that one you can edit.")
        )
    text, order = texts[code]
    for number, name in enumerate(order, start=1):
        value = params.get(name, "")
        shown = ", ".join(map(str, value)) if isinstance(value, tuple | list) else str(value)
        text = text.replace(f"%{number}", shown)
    return text


def lifecycle_text(refusal: Refusal) -> str:
    """Why the session's state refuses a change."""
    translate = QCoreApplication.translate
    texts = {
        Refusal.PLAN_FIXED: translate(
            "Labels", "This session is finished; its plan is fixed. Correct the outcome with an amendment."
        ),
        Refusal.PARTS_FIXED: translate(
            "Labels", "This session is running; its theme and parts can no longer be changed."
        ),
        Refusal.CANNOT_RESTART: translate("Labels", "This session is finished and cannot start again."),
        Refusal.NOTES_FIXED: translate(
            "Labels",
            "This session is finished; its notes are fixed. Record a change as an amendment to the outcome.",
        ),
        Refusal.OUTCOME_LOCKED: translate(
            "Labels", "The outcome of this session is locked. Record a change as an amendment."
        ),
        Refusal.ALREADY_FINISHED: translate("Labels", "This session is already finished."),
        Refusal.NOT_LOCKED: translate(
            "Labels", "The outcome is not locked yet; just change it instead of amending it."
        ),
        Refusal.UNCHANGED: translate(
            "Labels", "The new value is the same as the current one; nothing was amended."
        ),
    }
    return texts[refusal]


def missing_text(missing: list[RequiredField]) -> str:
    """What finishing still needs, e.g. "fill in: rationale, first development step"."""
    names = ", ".join(field_label(field.value).lower() for field in missing)
    return QCoreApplication.translate(
        "Labels", "The session cannot be finished yet. First fill in: %1."
    ).replace("%1", names)


def input_field_label(field: str) -> str:
    """A field of a form the user types in (a school, a session plan, a note), or an outcome field."""
    translate = QCoreApplication.translate
    names = {
        "name": translate("Labels", "Name"),
        "vision": translate("Labels", "Vision"),
        "contact": translate("Labels", "Contact person"),
        "partnership": translate("Labels", "Partnership"),
        "notes": translate("Labels", "Notes"),
        "title": translate("Labels", "Title"),
        "date": translate("Labels", "Date"),
        "planned_start": translate("Labels", "Start time"),
        "facilitator": translate("Labels", "Facilitator"),
        "included_optional_parts": translate("Labels", "Optional parts"),
        "role": translate("Labels", "Role"),
        "text": translate("Labels", "Text"),
        "participant": translate("Labels", "Author"),
        "reason": translate("Labels", "Reason"),
        "follow_up": translate("Labels", "Follow-up"),
    }
    return names[field] if field in names else field_label(field)


def invalid_text(invalid: Invalid) -> str:
    """A typed value that breaks a rule: "Start time (“25:99”) is not a time; write HH:MM, e.g. 13:30."."""
    translate = QCoreApplication.translate
    problems = {
        Problem.MISSING: translate("Labels", "%1 is empty."),
        Problem.TOO_LONG: translate("Labels", "%1 is too long: at most %3 characters fit."),
        Problem.NOT_TEXT: translate("Labels", "%1 is not text."),
        Problem.BAD_TEXT: translate("Labels", "%1 contains characters that are not valid text."),
        Problem.NOT_DATE: translate("Labels", "%1 (“%2”) is not a date; write YYYY-MM-DD, e.g. 2025-03-14."),
        Problem.NOT_TIME: translate("Labels", "%1 (“%2”) is not a time; write HH:MM, e.g. 13:30."),
        Problem.NOT_MOMENT: translate("Labels", "%1 (“%2”) is not a date with a time."),
        Problem.NOT_WHOLE_NUMBER: translate("Labels", "%1 is not a whole number."),
        Problem.NOT_NUMBER: translate("Labels", "%1 (“%2”) is not a finite number."),
        Problem.OUT_OF_RANGE: translate("Labels", "%1 (“%2”) is outside 0 to %3."),
        Problem.NOT_CHOICE: translate("Labels", "%1 (“%2”) has an unknown value."),
        Problem.NOT_SCRIPT: translate("Labels", "%1 is not a valid script."),
        Problem.NOT_LIST: translate("Labels", "%1 is not a valid list."),
        Problem.NOT_OPTIONAL_PART: translate(
            "Labels", "%1 names a part that is not an optional part of the script."
        ),
    }
    value = invalid.value
    shown = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    limit = "" if invalid.limit is None else QLocale().toString(float(invalid.limit), "f", 0)
    return (
        problems[invalid.problem]
        .replace("%1", input_field_label(invalid.field))
        .replace("%2", shown[:40])
        .replace("%3", limit)
    )


def error_text(error: BaseException) -> str:
    """A refusal or store error in the user's language; an error without a code as it says itself."""
    cause = error.__cause__
    if isinstance(error, RunnerError) or isinstance(cause, RunnerError):
        runner_error = error if isinstance(error, RunnerError) else cause
        assert isinstance(runner_error, RunnerError)
        return refusal_text(runner_error.code)
    reason = error if isinstance(error, EditError) else getattr(error, "reason", None)
    if isinstance(reason, EditError):
        return _edit_text(reason.code, reason.params)
    refusal = getattr(error, "refusal", None)
    if isinstance(refusal, Refusal):
        return lifecycle_text(refusal)
    missing = getattr(error, "missing", None)
    if isinstance(missing, list) and missing and all(isinstance(field, RequiredField) for field in missing):
        return missing_text(missing)
    invalid = getattr(error, "params", {}).get("invalid")
    if isinstance(invalid, Invalid):
        return invalid_text(invalid)
    code = getattr(error, "code", None)
    if isinstance(code, ErrorCode):
        return _store_text(code, getattr(error, "params", {}))
    if (
        isinstance(error, BackupFailedError) and error.__cause__ is not None
    ):  # the store's error has the words
        return error_text(error.__cause__)
    return str(error)


def backup_date(info: BackupInfo) -> str:
    """When a backup was made, in the user's locale."""
    moment = QDateTime.fromMSecsSinceEpoch(int(info.created.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def backup_contents(info: BackupInfo) -> str:
    """ "3 schools, 12 sessions, 140 notes", or that it cannot be read."""
    if not info.readable:
        return QCoreApplication.translate("Labels", "cannot be read")
    return ", ".join(counts(info.schools or 0, info.sessions or 0, info.notes or 0))


def counts(schools: int, sessions: int, notes: int) -> tuple[str, str, str]:
    """ "3 schools", "12 sessions", "1 note": with the plural the language wants."""
    return _Counts().contents(schools, sessions, notes)


class _Counts(QObject):
    # Plural forms go through self.tr: lupdate marks an entry as numerus only there.
    def contents(self, schools: int, sessions: int, notes: int) -> tuple[str, str, str]:
        return (
            self.tr("%n school(s)", "", schools),
            self.tr("%n session(s)", "", sessions),
            self.tr("%n note(s)", "", notes),
        )
