"""Programs outside Python that some tests need (pdffonts, qpdf, pdftoppm, Xvfb, openbox).

On a developer's machine a missing one skips the test; in CI (``CI`` set,
as ``.ci/run`` does) it fails it, so a check that never ran cannot pass as
green. ``.ci/run`` installs every program named here.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require(*programs: str) -> None:
    """Skip (locally) or fail (in CI) the calling test when one of ``programs`` is not on the PATH."""
    missing = [program for program in programs if shutil.which(program) is None]
    if not missing:
        return
    message = f"{', '.join(missing)} not installed (.ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(f"CI: {message}", pytrace=False)
    pytest.skip(message)
