"""The role list used for participants and worksheets."""

from __future__ import annotations

from ..core.models import Role
from .base import Repository


class RoleRepository(Repository):
    def all(self) -> list[Role]:
        return [
            Role(row["key"], row["name"], row["description"])
            for row in self.rows("SELECT * FROM roles ORDER BY position")
        ]

    def replace_all(self, roles: list[Role]) -> None:
        with self.atomic() as db:
            db.execute("DELETE FROM roles")
            db.table("roles").insert_all(
                {"key": role.key, "position": index, "name": role.name, "description": role.description}
                for index, role in enumerate(roles)
            )
