"""What goes into the PyInstaller bundle, and what is left out (used by facilitator-app.spec).

Kept apart from the spec so the choices are plain Python with a reason beside each.
Works on Linux, macOS and Windows alike: paths are matched with forward slashes.
"""

from __future__ import annotations

import shutil
from pathlib import Path, PurePath

# Python modules the app never imports at run time. PySide6's other Qt modules
# are not analysed at all (only what the app imports is followed), but a few
# libraries name them in optional imports; excluding them keeps their Qt
# libraries (WebEngine alone is ~200 MB) out of the folder.
EXCLUDED_MODULES = [
    # Qt modules the app does not use: it needs QtCore, QtGui, QtWidgets, QtSvg,
    # QtPrintSupport, QtPdf and QtPdfWidgets (the card preview and printing).
    *(
        f"PySide6.{name}"
        for name in [
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtBluetooth",
            "QtCharts",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDesigner",
            "QtGraphs",
            "QtGraphsWidgets",
            "QtHelp",
            "QtHttpServer",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetworkAuth",
            "QtNfc",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPositioning",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtSvgWidgets",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
            "QtAxContainer",
        ]
    ),
    # The GUI toolkit and dev tools Python brings along.
    "tkinter",
    "pydoc_data",
    # Test and developer tools that sit in the same environment.
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pdfplumber",
    "pdfminer",
    "mypy",
    "IPython",
    "PyInstaller",
    # An optional import of pypdf: the app reads only the text of unencrypted
    # vision PDFs, so cryptography (~10 MB, for AES-encrypted PDFs) stays out.
    # (Pillow stays: ReportLab imports it at start.)
    "cryptography",
    "numpy",
]

# Data and libraries to drop after the analysis, by their place in the folder.
# PySide6 keeps Qt under PySide6/Qt/ on Linux and macOS, directly under PySide6/
# on Windows, so the rules below match the part after plugins/ or translations/.
# Qt's own translations: only Dutch (the default; English is Qt's source language).
_QT_TRANSLATIONS_KEPT = ("qtbase_nl.qm",)
# Dutch hyphenation only (pyphen ships ~70 languages).
_PYPHEN = "pyphen/dictionaries/"
_PYPHEN_KEPT = ("hyph_nl_NL.dic",)
# Qt plugins the app has no use for, by their folder under plugins/ ("folder/*"
# drops the whole folder). Kept: the desktop platforms (X11 with its GL glue,
# Wayland, Windows, macOS) and offscreen for the command line's tests; SVG icons
# and images (the app's icons), ICO (Windows); CUPS printing; the XDG portal theme
# (native file dialogs in sandboxes); compose-key input.
# Names without the "lib" prefix and the extension (.so, .dll, .dylib).
_DROPPED_PLUGINS = frozenset(
    (
        # Kiosk and embedded platforms: framebuffer, VNC, EGL full screen, Vulkan display.
        "platforms/qlinuxfb",
        "platforms/qvnc",
        "platforms/qeglfs",
        "platforms/qminimalegl",
        "platforms/qminimal",
        "platforms/qvkkhrdisplay",
        "egldeviceintegrations/*",
        # Raw input devices and TUIO touch: kiosks again (TUIO also pulls in Qt Network's UDP).
        "generic/*",
        # The on-screen keyboard is a Qt Quick app: it alone brings Qml and Quick (~20 MB).
        "platforminputcontexts/qtvirtualkeyboardplugin",
        # The GTK 3 theme would bundle this machine's GTK (~25 MB of libraries) into
        # the folder; the XDG portal theme gives native file dialogs without it.
        "platformthemes/qgtk3",
        # The app opens no network connection: no TLS backends, no network monitoring.
        "tls/*",
        "networkinformation/*",
        # Image formats the app never reads (its icons are SVG, Qt reads PNG itself).
        "imageformats/qgif",
        "imageformats/qicns",
        "imageformats/qjpeg",
        "imageformats/qpdf",
        "imageformats/qtga",
        "imageformats/qtiff",
        "imageformats/qwbmp",
        "imageformats/qwebp",
    )
)


def _plugin_key(path: str) -> tuple[str, str] | None:
    """("platforms", "qvnc") for plugins/platforms/libqvnc.so or qvnc.dll; None for anything else."""
    parts = path.split("/")
    if "plugins" not in parts[:-2]:
        return None
    folder, name = parts[-2], parts[-1].split(".")[0]
    return folder, name.removeprefix("lib")


def _dropped(dest: str) -> bool:
    path = PurePath(dest).as_posix()
    name = PurePath(path).name
    if path.startswith("PySide6/") and "/translations/" in path and name.endswith(".qm"):
        return name not in _QT_TRANSLATIONS_KEPT
    if path.startswith(_PYPHEN):
        return name not in _PYPHEN_KEPT
    key = _plugin_key(path)
    return key is not None and (f"{key[0]}/{key[1]}" in _DROPPED_PLUGINS or f"{key[0]}/*" in _DROPPED_PLUGINS)


def keep(entries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The analysis' binaries or data without what the app does not use."""
    return [entry for entry in entries if not _dropped(entry[0])]


def _is_root(dest: str) -> bool:
    """A binary Python or Qt loads by itself: an extension module, a Qt plugin, libpython."""
    path = PurePath(dest).as_posix()
    name = PurePath(path).name
    return (
        ".cpython-" in name
        or ".abi3." in name
        or name.endswith(".pyd")
        or "/plugins/" in f"/{path}"
        or name.startswith(("libpython", "python3"))
    )


def prune_unreachable(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop shared libraries that only the dropped plugins needed (Linux only).

    The analysis collected each plugin's link-time dependencies before `keep`
    removed the plugin, so walk the links again from what stays. Only on Linux:
    Windows and macOS load some libraries at run time without a link (Qt's
    software OpenGL, for one), which a walk of the links would wrongly drop.
    """
    import os
    import sys

    if not sys.platform.startswith("linux"):
        return binaries
    from PyInstaller.depend.bindepend import get_imports

    by_real = {os.path.realpath(src): (dest, src, kind) for dest, src, kind in binaries}
    reached = {real for real, (dest, _, _) in by_real.items() if _is_root(dest)}
    todo = list(reached)
    while todo:
        for _, found in get_imports(todo.pop()):
            real = os.path.realpath(found) if found else None
            if real in by_real and real not in reached:
                reached.add(real)
                todo.append(real)
    return [entry for real, entry in by_real.items() if real in reached]


def app_modules(root: Path) -> list[str]:
    """Every module of the package: pages and dialogs are imported on first use."""
    package = root / "facilitator_app"
    modules = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts[-1] in ("__main__", "i18n_update"):  # dev tool: runs Qt's lupdate
            continue
        modules.append(".".join(parts))
    return modules


def finish(root: Path, folder: Path) -> None:
    """Remove links to dropped libraries; on Linux add the desktop integration."""
    import sys

    # PyInstaller links each Qt library into the top folder too; the links of the
    # libraries pruned above would dangle.
    for path in folder.rglob("*"):
        if path.is_symlink() and not path.exists():
            path.unlink()
    if sys.platform.startswith("linux"):
        _add_linux_integration(root, folder)


def _add_linux_integration(root: Path, folder: Path) -> None:
    """install.sh, the .desktop file and the icons, beside the executable."""
    linux = root / "packaging" / "linux"
    shutil.copy2(linux / "install.sh", folder / "install.sh")
    share = folder / "share"
    if share.exists():
        shutil.rmtree(share)
    shutil.copytree(linux / "share", share)
