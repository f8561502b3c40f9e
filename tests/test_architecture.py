"""The layering the architecture promises: core, store and pdf import no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "facilitator_app"
QT_FREE = ("core", "store", "pdf")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_imports_no_qt(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}
        )
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_qt_free_layers_loads_no_qt() -> None:
    """Also catches Qt pulled in indirectly through a helper module."""
    code = (
        "import sys, pkgutil, importlib, facilitator_app\n"
        "for layer in ('core', 'store', 'pdf'):\n"
        "    pkg = importlib.import_module('facilitator_app.' + layer)\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import facilitator_app.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


STORE = PACKAGE / "store"


def store_imports(path: Path) -> set[str]:
    """The store modules ``path`` imports, wherever the import sits (in functions, under TYPE_CHECKING)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:  # from .x import y / from . import x, y
            found.update([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
        elif node.level == 0 and (node.module or "").startswith("facilitator_app.store."):
            found.add((node.module or "").split(".")[2])
    return found


def store_graph() -> dict[str, set[str]]:
    modules = {path.stem: path for path in STORE.glob("*.py")}
    return {name: (store_imports(path) & modules.keys()) - {name} for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once, as the path that closes it (a depth-first search)."""
    found: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            cycle = [*trail[trail.index(module) :], module]
            if set(cycle) not in [set(c) for c in found]:
                found.append(cycle)
            return
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return found


def test_store_modules_form_no_import_cycle() -> None:
    """Shared helpers and errors at the bottom, repositories above, the Store facade on top, services over it."""
    assert cycles(store_graph()) == []


def test_the_cycle_finder_sees_a_cycle_through_a_function_level_import(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from .b import x\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("def f():\n    from . import a\n", encoding="utf-8")
    graph = {p.stem: store_imports(p) for p in tmp_path.glob("*.py")}
    assert cycles(graph) == [["a", "b", "a"]]


REPOSITORY_BASES = {"Repository", "ContentRepository"}  # base.py, content_base.py: shared, not repositories


def repository_modules() -> set[str]:
    """Store modules that define a repository: a ``…Repository`` class that is not one of the shared bases.

    A repository built from parts (``sessions.py`` from ``session_notes.py`` and ``outcomes.py`` on
    ``session_base.py``) is one repository; its parts are not.
    """
    found = set()
    for path in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ClassDef)
                and node.name.endswith("Repository")
                and node.name not in REPOSITORY_BASES
            ):
                found.add(path.stem)
    return found


def test_every_repository_is_found() -> None:
    found = repository_modules()
    assert {"themes", "decks", "scenarios", "roles", "schools", "sessions", "search", "archive"} <= found
    assert not {"base", "content_base", "session_base", "session_notes", "outcomes"} & found


def test_no_repository_imports_another() -> None:
    """Repositories share helpers through base/errors/checks/…; only the Store facade composes them."""
    repositories = repository_modules()
    graph = store_graph()
    assert {(m, t) for m in repositories for t in graph[m] & repositories} == set()


# The file (open, migrate, check, back up) and what sits over the repositories (the Store and its services).
ABOVE_THE_REPOSITORIES = {"database", "readonly", "integrity", "migrations", "backup", "store", "builtins"}


def test_repositories_reach_only_shared_helpers() -> None:
    """A repository, with everything it imports, stays below the file layer: ``now_iso`` is in base.py."""
    graph = store_graph()
    reached: dict[str, set[str]] = {}
    for repository in repository_modules():
        seen, todo = set(), [repository]
        while todo:
            for target in graph[todo.pop()] - seen:
                seen.add(target)
                todo.append(target)
        reached[repository] = seen & (
            ABOVE_THE_REPOSITORIES | {m for m in graph if m.startswith(("exchange", "privacy"))}
        )
    assert {name: found for name, found in reached.items() if found} == {}


# The layers of docs/architecture.md; a module imports from its own layer or lower. A new store module
# goes here and in the doc's module map.
STORE_LAYERS = {
    1: {"errors", "base", "checks", "tables", "limits", "content_base", "files", "damaged", "settings"},
    2: {"migrations", "database", "readonly", "integrity", "backup"},
    3: {"themes", "decks", "scenarios", "roles", "schools", "search", "archive"}
    | {"sessions", "session_base", "session_notes", "outcomes"},
    4: {"store", "builtins", "__init__"},
    5: {"privacy", "privacy_copies", "session_backend", "exchange"}
    | {"exchange_format", "exchange_zip", "exchange_export", "exchange_plan", "exchange_apply"},
}


def test_store_modules_import_only_their_own_layer_or_lower() -> None:
    layer_of = {module: layer for layer, modules in STORE_LAYERS.items() for module in modules}
    graph = store_graph()
    assert sorted(set(graph) - set(layer_of)) == [], "give the new module a layer (and a line in the doc)"
    upward = {(m, t) for m, targets in graph.items() for t in targets if layer_of[t] > layer_of[m]}
    assert upward == set()
