"""What the print dialog tells the facilitator about a set: the item in the works, cards left out,
sheets on other paper, why nothing was saved. Words only; the dialog decides when to say them."""

from __future__ import annotations

import errno
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .. import pdf


def item_label(item: pdf.SetItem) -> str:
    """The item as the progress line names it ("cards: Rollen")."""
    translate = QCoreApplication.translate
    if item.kind is pdf.ItemKind.CARDS and item.deck is not None:
        return translate("PrintDialog", "cards: %1").replace("%1", item.deck.title)
    labels = {
        pdf.ItemKind.SCRIPT: translate("PrintDialog", "facilitator script"),
        pdf.ItemKind.WORKSHEETS: translate("PrintDialog", "worksheets"),
        pdf.ItemKind.SCENARIO_MAP: translate("PrintDialog", "scenario map"),
        pdf.ItemKind.POSTERS: translate("PrintDialog", "posters"),
        pdf.ItemKind.PART3: translate("PrintDialog", "part 3 form"),
        pdf.ItemKind.ROLES: translate("PrintDialog", "role overview"),
        pdf.ItemKind.ALIGNMENT_TEST: translate("PrintDialog", "alignment test"),
    }
    return labels.get(item.kind, str(item.kind))


def unfit_text(unfit: Sequence[pdf.UnfitCard]) -> str:
    """The cards a set left out, each with the size it needs; empty when none."""
    if not unfit:
        return ""
    translate = QCoreApplication.translate
    names = "; ".join(
        translate("PrintDialog", "‘%1’ from ‘%2’ (fits %3)")
        .replace("%1", card.card_title)
        .replace("%2", card.deck_title)
        .replace("%3", card.needed)
        if card.needed
        else translate("PrintDialog", "‘%1’ from ‘%2’ (too long even for A5: shorten it)")
        .replace("%1", card.card_title)
        .replace("%2", card.deck_title)
        for card in unfit
    )
    text = (
        translate("PrintDialog", "Left out, their text does not fit %1 (not even at 9 pt over 3 cards): %2.")
        .replace("%1", unfit[0].size_label)
        .replace("%2", names)
    )
    size = pdf.smallest_sufficient(unfit)
    if size:
        text += " " + translate("PrintDialog", "Choose card size %1 to include them.").replace("%1", size)
    return text


def notes(unfit: Sequence[pdf.UnfitCard], others: Mapping[str, Path | None]) -> str:
    """What the facilitator must know about the set just made: cards left out, other paper."""
    translate = QCoreApplication.translate
    lines = [unfit_text(unfit)] if unfit else []
    for paper, path in others.items():
        if path is not None:
            lines.append(
                translate("PrintDialog", "The %1 sheets are in a file of their own, %2: print it on %1.")
                .replace("%1", paper)
                .replace("%2", str(path))
            )
        else:
            lines.append(
                translate(
                    "PrintDialog",
                    "The %1 sheets were not printed (a printer cannot change paper within a job): "
                    "save the set as PDF and print that file on %1, or choose A4 for them.",
                ).replace("%1", paper)
            )
    return "\n".join(lines)


def failure_text(error: Exception, unfit: Sequence[pdf.UnfitCard]) -> str:
    """Why the set was not made, and what to do; ``unfit``: the cards of a set where none fit."""
    translate = QCoreApplication.translate
    if unfit:
        return unfit_text(unfit)
    if isinstance(error, pdf.CardOverflowError):
        return (
            translate(
                "PrintDialog",
                "The card “%1” of the deck “%2” does not fit on %3, not even at the smallest type.\n\n"
                "Choose a larger card size (for example A5) or shorten that text.",
            )
            .replace("%1", error.card_title)
            .replace("%2", error.deck_title)
            .replace("%3", error.size_label)
        )
    if isinstance(error, pdf.MapOverflowError):
        return translate(
            "PrintDialog",
            "The scenarios of “%1” do not fit on the map, not even at the smallest type.\n\n"
            "Shorten the texts or choose A3.",
        ).replace("%1", error.map_title)
    if isinstance(error, OSError):
        reasons = {
            "ENOSPC": translate("PrintDialog", "The disk is full."),
            "EACCES": translate("PrintDialog", "You may not write in that folder."),
            "EPERM": translate("PrintDialog", "You may not write in that folder."),
            "EROFS": translate("PrintDialog", "That folder is read-only."),
            "ENOENT": translate("PrintDialog", "That folder does not exist."),
            "ENOTDIR": translate("PrintDialog", "That folder does not exist."),
        }
        return (
            translate("PrintDialog", "The PDF could not be saved.")
            + " "
            + reasons.get(errno.errorcode.get(error.errno or 0, ""), "")
            + "\n\n"
            + translate("PrintDialog", "Choose another folder, or make room on the disk, and save again.")
        )
    return translate("PrintDialog", "The PDF could not be made: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )
