"""Languages: Qt translators for the app and Qt's own strings, and translated messages.

Korean on a Korean system, English otherwise; the ``language`` setting overrides both.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ttasum_desk.domain.messages import Message
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource

LANGUAGES = ("ko", "en")
_installed: list[QTranslator] = []


def chosen_language() -> str:
    setting = str(QSettings().value("language", "") or "")
    if setting in LANGUAGES:
        return setting
    env = os.environ.get("TTASUM_DESK_LANG", "")
    if env in LANGUAGES:
        return env
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install_translators(language: str | None = None) -> str:
    """Install the app's and Qt's translators on the running QCoreApplication."""
    app = QCoreApplication.instance()
    assert app is not None, "create the application first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or chosen_language()
    if language == "ko":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_ko", qt_dir), ("ttasum_ko", str(resource("i18n")))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    return language


def translate(template: str, **params: object) -> str:
    """A message template through the "Messages" context, then formatted."""
    return QCoreApplication.translate("Messages", template).format(**params)


def shown(message: Message) -> str:
    """A ``Message`` in the user's language."""
    return translate(message.template, **message.params)


def message(error: UserError) -> str:
    """A ``UserError``'s message in the user's language."""
    return shown(error.message)
