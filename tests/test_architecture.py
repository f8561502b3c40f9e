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
