"""Schools and their vision."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..core.models import School, VisionFile
from ..core.problems import ErrorCode
from ..core.validation import NAME_LENGTH, Problem
from .base import Repository, like_pattern, new_id, now_iso
from .checks import check_field
from .errors import DuplicateError, NotFoundError

MAX_NAME_LENGTH = NAME_LENGTH


class SchoolRepository(Repository):
    def all(self, *, search: str = "", include_archived: bool = True) -> list[School]:
        sql = "SELECT * FROM schools WHERE (name LIKE :like ESCAPE '\\' OR vision LIKE :like ESCAPE '\\')"
        if not include_archived:
            sql += " AND archived = 0"
        sql += " ORDER BY archived, is_example, name COLLATE NOCASE"
        return [self._build(row) for row in self.rows(sql, {"like": like_pattern(search.strip())})]

    def get(self, school_id: str) -> School:
        row = self.row("SELECT * FROM schools WHERE id = ?", (school_id,))
        if row is None:
            raise NotFoundError(code=ErrorCode.SCHOOL_GONE)
        return self._build(row)

    def find(self, name_or_id: str) -> School:
        """By id, exact name (any case) or, failing those, a unique part of the name."""
        row = self.row(
            "SELECT * FROM schools WHERE id = ? OR name = ? COLLATE NOCASE", (name_or_id, name_or_id.strip())
        )
        if row is None:
            matches = self.rows(
                "SELECT * FROM schools WHERE name LIKE ? ESCAPE '\\'", (like_pattern(name_or_id.strip()),)
            )
            if len(matches) == 1:
                row = matches[0]
            elif matches:
                names = ", ".join(m["name"] for m in matches)
                raise NotFoundError(
                    f"'{name_or_id}' past bij meer dan één school: {names}. Geef de volledige naam."
                )
        if row is None:
            raise NotFoundError(
                f"Er is geen school met de naam '{name_or_id}'. Bekijk de scholen met 'schools list'."
            )
        return self._build(row)

    def add(self, school: School, vision_file: VisionFile | None = None) -> School:
        """Store a new school (and the document its vision came from), in one transaction."""
        school = _checked(school)
        now = now_iso()
        school_id = school.id or new_id()
        with self.atomic() as db:
            self._refuse_duplicate(school.name, school_id)
            db.table("schools").insert(
                {
                    **self._columns(school),
                    "id": school_id,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            if vision_file is not None:
                self._put_vision_file(school_id, vision_file)
        return self.get(school_id)

    def update(self, school: School) -> School:
        school = _checked(school)
        with self.atomic() as db:
            self._refuse_duplicate(school.name, school.id)
            db.table("schools").update(school.id, {**self._columns(school), "updated_at": now_iso()})
        return self.get(school.id)

    def delete(self, school_id: str) -> None:
        """Erase the school and (through foreign keys) everything about it."""
        with self.atomic() as db:
            db.execute("DELETE FROM schools WHERE id = ?", [school_id])

    def keep_vision_file(self, school_id: str, document: VisionFile) -> VisionFile:
        """Keep ``document`` as the school's original vision file, replacing an earlier one."""
        self.get(school_id)  # NotFoundError for a school that is gone
        with self.atomic():
            self._put_vision_file(school_id, document)
        stored = self.vision_file(school_id)
        assert stored is not None
        return stored

    def _put_vision_file(self, school_id: str, document: VisionFile) -> None:
        self.db.execute(
            "INSERT INTO school_files (school_id, name, data, added_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(school_id) DO UPDATE SET name = excluded.name, data = excluded.data, "
            "added_at = excluded.added_at",
            [school_id, document.name, document.data, document.added_at or now_iso()],
        )

    def vision_file(self, school_id: str) -> VisionFile | None:
        row = self.row("SELECT name, data, added_at FROM school_files WHERE school_id = ?", (school_id,))
        if row is None:
            return None
        return VisionFile(name=row["name"], data=bytes(row["data"]), added_at=row["added_at"])

    def forget_vision_file(self, school_id: str) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM school_files WHERE school_id = ?", [school_id])

    def _refuse_duplicate(self, name: str, own_id: str) -> None:
        clash = self.row("SELECT id FROM schools WHERE name = ? COLLATE NOCASE AND id != ?", (name, own_id))
        if clash:
            raise DuplicateError(code=ErrorCode.SCHOOL_NAME_TAKEN, name=name)

    @staticmethod
    def _columns(school: School) -> dict[str, Any]:
        return {
            "name": school.name,
            "vision": school.vision,
            "contact": school.contact,
            "partnership": school.partnership,
            "notes": school.notes,
            "is_example": int(school.is_example),
            "archived": int(school.archived),
        }

    @staticmethod
    def _build(row: dict[str, Any]) -> School:
        return School(
            name=row["name"],
            vision=row["vision"],
            contact=row["contact"],
            partnership=row["partnership"],
            notes=row["notes"],
            is_example=bool(row["is_example"]),
            archived=bool(row["archived"]),
            id=row["id"],
            created_at=row["created_at"],
        )


_NAME_MESSAGES = {
    Problem.MISSING: "Een school heeft een naam nodig.",
    Problem.TOO_LONG: f"Een schoolnaam mag hoogstens {MAX_NAME_LENGTH} tekens lang zijn.",
}


def _checked(school: School) -> School:
    """The school with its name tidied, once every field passes the rules an import is checked by."""
    check_field("school", "name", school.name, _NAME_MESSAGES)
    for field in ("vision", "contact", "partnership", "notes"):
        check_field("school", field, getattr(school, field))
    return replace(school, name=" ".join(school.name.split()))
