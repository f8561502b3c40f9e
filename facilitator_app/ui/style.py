"""The app's look: Lato, the Fusion style and a stylesheet derived from the palette.

Every colour comes from a palette role (or a translucent mix of one), so a
dark system palette gives a dark app with nothing hard-coded to black or white.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from .. import resources

FONT_FAMILY = "Lato"


def load_fonts() -> str | None:
    """Register the bundled Lato; returns the family name, None if unavailable."""
    family = None
    for path in sorted(resources.fonts_dir().glob("Lato-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


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
    """


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    family = load_fonts()
    if family:
        font = QFont(family)
        # Keep the platform's size (it already follows the user's scaling choice).
        font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
        app.setFont(font)
    app.setStyleSheet(stylesheet(app.palette()))
