"""The app's look: Lato, the Fusion style and a stylesheet derived from the palette.

Every colour comes from a palette role (or a translucent mix of one), so a
dark system palette gives a dark app with nothing hard-coded to black or white.
The user can follow the system or force light or dark (Instellingen → Weergave);
platforms that report no colour scheme (plain X11, offscreen) still get a
deterministic palette for "light" and "dark".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from .. import resources
from . import settings

FONT_FAMILY = "Lato"


def load_fonts() -> str | None:
    """Register the bundled Lato; returns the family name, None if unavailable."""
    family = None
    for path in sorted(resources.fonts_dir().glob("Lato-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (role, active colour, disabled colour or None for the same)
_DARK = (
    (Role.Window, "#2B2E33", None),
    (Role.WindowText, "#ECEAE6", "#8A8E95"),
    (Role.Base, "#1F2125", "#26292D"),
    (Role.AlternateBase, "#2F3237", None),
    (Role.ToolTipBase, "#3A3E44", None),
    (Role.ToolTipText, "#ECEAE6", None),
    (Role.PlaceholderText, "#8A8E95", None),
    (Role.Text, "#ECEAE6", "#7A7E85"),
    (Role.Button, "#363A40", "#2E3136"),
    (Role.ButtonText, "#ECEAE6", "#7A7E85"),
    (Role.BrightText, "#FF8A80", None),
    (Role.Light, "#4A4F56", None),
    (Role.Midlight, "#40444B", None),
    (Role.Mid, "#2F3237", None),
    (Role.Dark, "#1A1C1F", None),
    (Role.Shadow, "#0E0F11", None),
    (Role.Highlight, "#4C8DE0", "#3B4048"),
    (Role.HighlightedText, "#FFFFFF", "#9A9EA5"),
    (Role.Accent, "#4C8DE0", None),
    (Role.Link, "#8AB8FF", None),
    (Role.LinkVisited, "#C7A4FF", None),
)
# Fusion's own light palette, spelled out so "light" is light on a dark desktop too.
_LIGHT = (
    (Role.Window, "#EFEFEF", None),
    (Role.WindowText, "#000000", "#BEBEBE"),
    (Role.Base, "#FFFFFF", "#EFEFEF"),
    (Role.AlternateBase, "#F7F7F7", None),
    (Role.ToolTipBase, "#FFFFDC", None),
    (Role.ToolTipText, "#000000", None),
    (Role.PlaceholderText, "#7F7F7F", None),
    (Role.Text, "#000000", "#BEBEBE"),
    (Role.Button, "#EFEFEF", None),
    (Role.ButtonText, "#000000", "#BEBEBE"),
    (Role.BrightText, "#FFFFFF", None),
    (Role.Light, "#FFFFFF", None),
    (Role.Midlight, "#CACACA", None),
    (Role.Mid, "#B8B8B8", None),
    (Role.Dark, "#9F9F9F", None),
    (Role.Shadow, "#767676", None),
    (Role.Highlight, "#308CC6", "#919191"),
    (Role.HighlightedText, "#FFFFFF", None),
    (Role.Accent, "#308CC6", None),
    (Role.Link, "#0000FF", None),
    (Role.LinkVisited, "#FF00FF", None),
)


def _palette(rows: tuple[tuple[QPalette.ColorRole, str, str | None], ...]) -> QPalette:
    palette = QPalette()
    for role, colour, disabled in rows:
        palette.setColor(Group.Active, role, QColor(colour))
        palette.setColor(Group.Inactive, role, QColor(colour))
        palette.setColor(Group.Disabled, role, QColor(disabled or colour))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK)


def light_palette() -> QPalette:
    return _palette(_LIGHT)


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def palette_for(appearance: str, app: QApplication) -> QPalette:
    """The palette for a setting: "system" keeps the desktop's, unless it asks for dark and gives light."""
    if appearance == "dark":
        return dark_palette()
    if appearance == "light":
        return light_palette()
    system = app.style().standardPalette()
    if app.styleHints().colorScheme() == Qt.ColorScheme.Dark and not is_dark(system):
        return dark_palette()
    return system


def _rgba(color: QColor, alpha: float) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {alpha:.2f})"


def stylesheet(palette: QPalette) -> str:
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = palette.color(QPalette.ColorRole.Highlight)
    line = _rgba(text, 0.14)
    soft = _rgba(accent, 0.16)
    softer = _rgba(accent, 0.08)
    muted = _rgba(text, 0.66)
    return f"""
    QListWidget::item {{ padding: 0.35em 0.4em; }}
    QListWidget#navigation {{
        border: none; background: {_rgba(text, 0.04)}; padding: 0.6em 0.4em; outline: none;
        border-right: 1px solid {line};
    }}
    QListWidget#navigation::item {{ padding: 0.55em 0.7em; border-radius: 6px; margin: 1px 0; }}
    QListWidget#navigation::item:selected {{ background: {soft}; color: palette(window-text); }}
    QListWidget#navigation::item:hover:!selected {{ background: {softer}; }}
    QLabel[role="pageTitle"] {{ font-size: 17pt; font-weight: 700; }}
    QLabel[role="sectionTitle"] {{ font-size: 12pt; font-weight: 700; }}
    QLabel[role="muted"] {{ color: {muted}; }}
    QLabel[role="chip"] {{
        background: {soft}; border-radius: 8px; padding: 1px 8px; font-size: 9pt; font-weight: 700;
    }}
    QLabel[role="chipQuiet"] {{
        background: {_rgba(text, 0.08)}; border-radius: 8px; padding: 1px 8px; font-size: 9pt;
    }}
    QLabel[role="minutes"] {{ font-size: 15pt; font-weight: 700; color: palette(highlight); }}
    QFrame[role="card"] {{
        background: palette(base); border: 1px solid {line}; border-radius: 10px;
    }}
    QFrame[role="card"] QLabel {{ background: transparent; }}
    QFrame[role="box"] {{ border: none; border-left: 3px solid {soft}; background: transparent; }}
    QFrame[role="box"][mode="collective"] {{ border-left: 3px solid palette(highlight); }}
    QFrame[role="scenario"] {{
        background: palette(base); border: 1px solid {line}; border-top: 4px solid palette(highlight);
        border-radius: 10px;
    }}
    QFrame[role="scenario"] QLabel {{ background: transparent; }}
    QScrollArea, QScrollArea > QWidget > QWidget#scrollContent {{ background: transparent; border: none; }}
    QTextBrowser, QPlainTextEdit, QLineEdit, QListWidget {{ border: 1px solid {line}; border-radius: 6px; }}
    QLineEdit {{ padding: 0.25em 0.4em; }}
    QFrame[role] QLabel[role="chip"] {{ background: {soft}; }}
    QFrame[role] QLabel[role="chipQuiet"] {{ background: {_rgba(text, 0.08)}; }}
    QTabWidget::pane {{ border: 1px solid {line}; border-radius: 6px; top: -1px; }}
    QPushButton {{ padding: 0.3em 0.9em; }}
    QStatusBar QLabel {{ color: {muted}; }}
    """ + (_dark_indicators(palette) if is_dark(palette) else "")


def _dark_indicators(palette: QPalette) -> str:
    """Check boxes and radio buttons drawn by the sheet: Fusion outlines them in near-black, which a
    dark palette swallows (it only switches when the platform reports a dark scheme)."""
    edge = _rgba(palette.color(QPalette.ColorRole.WindowText), 0.55)
    accent = palette.color(QPalette.ColorRole.Highlight).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    tick = (resources.icons_dir() / "indicator-check.svg").as_posix()
    box = "QCheckBox::indicator, QAbstractItemView::indicator, QGroupBox::indicator"
    checked = ", ".join(f"{part}:checked" for part in box.split(", "))
    return f"""
    {box} {{
        width: 14px; height: 14px; border: 1px solid {edge}; border-radius: 3px; background: {base};
    }}
    {checked} {{ background: {accent}; border-color: {accent}; image: url("{tick}"); }}
    QCheckBox::indicator:disabled, QAbstractItemView::indicator:disabled {{ border-color: {_rgba(palette.color(QPalette.ColorRole.WindowText), 0.25)}; }}
    QRadioButton::indicator {{
        width: 14px; height: 14px; border: 1px solid {edge}; border-radius: 8px; background: {base};
    }}
    QRadioButton::indicator:checked {{
        background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
            stop: 0 {accent}, stop: 0.45 {accent}, stop: 0.55 {base}, stop: 1 {base});
        border-color: {accent};
    }}
    """


def apply(app: QApplication, appearance: str | None = None) -> None:
    app.setStyle("Fusion")
    family = load_fonts()
    if family and app.font().family() != family:
        font = QFont(family)
        # Keep the platform's size (it already follows the user's scaling choice).
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    apply_appearance(app, appearance)
    if not app.property("followsColorScheme"):
        app.setProperty("followsColorScheme", True)
        # A desktop switching between light and dark while the app runs.
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))


def apply_appearance(app: QApplication, appearance: str | None = None) -> None:
    """Palette and the stylesheet derived from it; widgets repaint by themselves."""
    palette = palette_for(appearance or settings.appearance(), app)
    app.setPalette(palette)
    app.setStyleSheet(stylesheet(palette))


def _follow_system(app: QApplication) -> None:
    if settings.appearance() == "system":
        apply_appearance(app, "system")
