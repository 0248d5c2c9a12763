"""The interface language: Qt translators for our strings and for Qt's own dialogs.

Every user-visible string goes through ``tr()`` (``self.tr`` in a QObject, else
``QCoreApplication.translate``); ``scripts/update_translations.py`` extracts them into
``resources/i18n/annotator_<lang>.ts`` and compiles the ``.qm`` files loaded here. English is
the source language, so it needs no file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.resources import RESOURCES
from ..core.review.rows import TITLES

DIMENSIONS_CONTEXT = "Dimensions"  # the core's dimension titles are translated in this one

TRANSLATIONS = RESOURCES / "i18n"
SOURCE_LANGUAGE = "en"
# The languages offered in Preferences, by their own names; "system" follows the locale.
LANGUAGES: dict[str, str] = {"system": "System", "en": "English", "fr": "Français"}

_installed: list[QTranslator] = []


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` in the interface language, outside a QObject (where ``self.tr`` serves);
    ``context`` is a literal, so that the extraction script finds the pair."""
    return QCoreApplication.translate(context, text, None, n)


def dimension_title(dimension: str) -> str:
    """"Stance", "Verifiability", "Sources" in the interface language."""
    return translate(DIMENSIONS_CONTEXT, TITLES.get(dimension, dimension.capitalize()))


def available() -> list[str]:
    """The interface languages with a compiled translation, and the source language."""
    return [SOURCE_LANGUAGE, *sorted(p.stem.removeprefix("annotator_")
                                     for p in TRANSLATIONS.glob("annotator_*.qm"))]


def resolve(setting: str | None, locale: QLocale | None = None) -> str:
    """The language to show for a ``setting`` ("system", "" or a code): the system
    locale's language when it has a translation, else English."""
    if setting and setting != "system":
        return setting if setting in available() else SOURCE_LANGUAGE
    name = (locale or QLocale.system()).name().split("_")[0]
    return name if name in available() else SOURCE_LANGUAGE


def install(app: QCoreApplication, setting: str | None) -> str:
    """Replace the app's translators by those of the language ``setting`` resolves to;
    returns that language's code."""
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    language = resolve(setting)
    if language == SOURCE_LANGUAGE:
        return language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder),
                         (f"annotator_{language}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):  # Qt's own file may be missing: buttons stay English
            app.installTranslator(translator)
            _installed.append(translator)
    return language
