"""A test that needs an outside program skips without it locally, and fails without it in CI."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.external import require


def test_a_missing_program_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="qpdf not installed"):
        require("qpdf")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="qpdf not installed"):
        require("qpdf")


def test_ci_installs_every_program_the_tests_require() -> None:
    script = (Path(__file__).parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    found = re.search(r"^needed=\((.*?)\)", script, re.MULTILINE | re.DOTALL)
    assert found is not None
    # pdffonts, pdftoppm and pdftotext come with poppler-utils, xvfb-run with xvfb.
    assert {"poppler-utils", "qpdf", "xvfb", "xauth", "openbox"} <= set(found.group(1).split())
    assert 'export CI="${CI:-1}"' in script
