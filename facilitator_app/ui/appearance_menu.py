"""Instellingen → Weergave: follow the system, or force light or dark, at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from . import settings, style


def appearance_names() -> dict[str, str]:
    return {
        "system": QCoreApplication.translate("Appearance", "Follow the &system"),
        "light": QCoreApplication.translate("Appearance", "&Light"),
        "dark": QCoreApplication.translate("Appearance", "&Dark"),
    }


class AppearanceMenu(QObject):
    """A submenu of three exclusive choices; choosing one restyles every open window."""

    def __init__(self, menu: QMenu) -> None:
        super().__init__(menu)
        self.menu = menu.addMenu(QCoreApplication.translate("Appearance", "&Appearance"))
        self.menu.setObjectName("appearanceMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        current = settings.appearance()
        self.actions: dict[str, QAction] = {}
        for value, name in appearance_names().items():
            action = QAction(name, self)
            action.setObjectName(f"appearance_{value}")
            action.setCheckable(True)
            action.setChecked(value == current)
            action.triggered.connect(lambda _checked=False, v=value: self.choose(v))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[value] = action

    def choose(self, value: str) -> None:
        settings.set_appearance(value)
        self.actions[value].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply_appearance(app, value)
