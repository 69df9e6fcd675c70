"""Swedish first, English too: the interface's strings are English in the code and Swedish in
``resources/translations/kvalkod_sv.qm``; Swedish is used when the system locale is Swedish,
or when chosen in the View menu.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kvalkod.resources import resource_path

LANGUAGES = {"sv": "Svenska", "en": "English"}


def chosen_language(setting: str | None) -> str:
    if setting in LANGUAGES:
        return setting
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load kvalkod's and Qt's own Swedish strings; English needs none. Returns the
    translators (the caller keeps them alive)."""
    if language != "sv":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "kvalkod_sv.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.Swedish), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
