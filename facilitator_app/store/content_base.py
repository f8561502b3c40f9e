"""What the theme, deck and scenario-map repositories share.

Built-in content is read-only; an "own copy" is an editable copy under a free
key; every edit of own content has one shape: load, apply a pure rule from
``core`` (``script_edits``, ``deck_edits``, ``scenario_edits``), check, save,
all in one transaction. A rule's refusal (:class:`~..core.edit_errors.EditError`)
reaches the caller as one store error type, :class:`ContentEditError`, with the
rule's code and parameters in ``reason``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ClassVar, Generic, TypeVar

from ..core import list_edits
from ..core.edit_errors import (
    Content,
    ContentKind,
    EditError,
    MissingItemError,
    ReadOnlyError,
    ShapeError,
    check_editable,
)
from ..core.models import BuiltinInfo
from .base import Repository
from .errors import NotFoundError, StoreError

C = TypeVar("C", bound=Content)
T = TypeVar("T")


class ContentEditError(StoreError):
    """A content edit the rules refused; ``str()`` is the Dutch message, ``reason`` the code and parameters."""

    def __init__(self, reason: EditError) -> None:
        super().__init__(str(reason))
        self.reason = reason


class ReadOnlyContentError(ContentEditError):
    """Built-in content cannot be changed; the message says to make an own copy."""


class ContentShapeError(ContentEditError):
    """A delete that would leave the content without a part it needs: the editor explains, not alarms."""


class MissingContentError(ContentEditError, NotFoundError):
    """The position names no item (any more)."""


@contextmanager
def refusals_as_store_errors() -> Iterator[None]:
    try:
        yield
    except ReadOnlyError as error:
        raise ReadOnlyContentError(error) from None
    except ShapeError as error:
        raise ContentShapeError(error) from None
    except MissingItemError as error:
        raise MissingContentError(error) from None
    except EditError as error:
        raise ContentEditError(error) from None


def builtin_columns(info: BuiltinInfo | None) -> dict[str, Any]:
    if info is None:
        return {"builtin_key": None, "builtin_version": None, "builtin_hash": None}
    return {"builtin_key": info.key, "builtin_version": info.version, "builtin_hash": info.content_hash}


def builtin_from_row(row: dict[str, Any]) -> BuiltinInfo | None:
    if not row.get("builtin_key"):
        return None
    return BuiltinInfo(row["builtin_key"], int(row["builtin_version"]), row["builtin_hash"])


class ContentRepository(Repository, Generic[C]):
    """Themes, decks or scenario maps: built-in ones read-only, own ones edited by the core's rules."""

    table: ClassVar[str]  # the table whose ``key`` column names the content
    kind: ClassVar[ContentKind]

    def get(self, id_or_key: str) -> C:
        raise NotImplementedError

    def save(self, item: C) -> C:
        raise NotImplementedError

    def _own_copy(self, item: C, key: str, title: str) -> C:
        """``item`` as an editable copy under ``key``: the core's ``own_copy`` for this kind."""
        raise NotImplementedError

    def _checked(self, item: C) -> C:
        """``item`` as an edit of own content is stored: the limits and rules checked, texts cleaned."""
        return item

    def stored_builtin(self, key: str) -> C | None:
        """The stored copy of the built-in ``key`` (as the app shipped it or since updated), if any."""
        row = self.row(f"SELECT id FROM {self.table} WHERE builtin_key = ?", (key,))
        return self.get(row["id"]) if row else None

    def free_key(self, base: str) -> str:
        """``base`` as a key no other item of this kind has."""
        taken = {row["key"] for row in self.rows(f"SELECT key FROM {self.table}")}
        return list_edits.free_key(base, taken)

    def copy(self, id_or_key: str, title: str | None = None) -> C:
        """An editable copy (a built-in one is read-only), titled "… (eigen kopie)" unless named."""
        with self.atomic():
            original = self.get(id_or_key)
            key = self.free_key(f"{original.key}-kopie")
            return self.save(self._own_copy(original, key, title or f"{original.title} (eigen kopie)"))

    def editable(self, item_id: str) -> C:
        """The stored item, or :class:`ReadOnlyContentError` when it is built-in."""
        current = self.get(item_id)
        with refusals_as_store_errors():
            check_editable(current, self.kind)
        return current

    def _edit(self, item_id: str, change: Callable[[C], tuple[C, T]]) -> tuple[C, T]:
        """Load, change by a pure rule, check and save in one transaction; an unchanged item is not saved."""
        with self.atomic(), refusals_as_store_errors():
            current = self.editable(item_id)
            changed, result = change(current)
            if changed == current:
                return current, result
            return self.save(self._checked(changed)), result

    def _replace(self, item: C) -> C:
        """Store the user's whole edit of an own item (the form's fields), in one transaction."""
        return self._edit(item.id, lambda _current: (item, None))[0]
