"""Hand a file or folder to the desktop: the system's PDF viewer, its file manager.

Through Qt (QDesktopServices), never a shell command, so the same call works on
Linux, macOS and Windows and with any characters in the path.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

# Set in tests (and by anyone who wants it): never hand a file to the system viewer.
NO_VIEWER_ENV = "FACILITATOR_APP_NO_VIEWER"


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` (a PDF, a folder) with the desktop's default program; False if that failed."""
    if os.environ.get(NO_VIEWER_ENV):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
