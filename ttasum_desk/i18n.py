"""Languages: Qt translators for the app and Qt's own strings, and translated messages.

The language is, first to last: ``--lang`` of this run, the ``language`` setting,
``TTASUM_DESK_LANG``, then the system's. The app is made for Korean staff, so the system's is
Korean unless the environment names another language: a bare "C" or "POSIX" locale (a fresh
install, a service account) or none at all still means Korean.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from ttasum_desk.domain.messages import Message, rendered
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource

LANGUAGES = ("ko", "en")
_installed: list[QTranslator] = []
_requested = ""  # --lang of this run


def request_language(code: str) -> None:
    """The language asked for on the command line; it outranks every other choice."""
    global _requested
    _requested = code if code in LANGUAGES else ""


def system_language() -> str:
    """'ko' unless LANGUAGE, LC_ALL, LC_MESSAGES or LANG names another language."""
    locale = next(
        (os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)),
        "",
    )
    if locale.split(".")[0] in ("", "C", "POSIX"):
        return "ko"
    named = os.environ.get("LANGUAGE", "").split(":")[0] or locale  # as gettext reads them
    return "ko" if named.lower().startswith("ko") else "en"


def chosen_language() -> str:
    if _requested:
        return _requested
    setting = str(QSettings().value("language", "") or "")
    if setting in LANGUAGES:
        return setting
    env = os.environ.get("TTASUM_DESK_LANG", "")
    if env in LANGUAGES:
        return env
    return system_language()


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
    """A ``Message`` in the user's language, nested messages included."""
    params = {key: rendered(value, shown) for key, value in message.params.items()}
    return translate(message.template, **params)


def message(error: UserError) -> str:
    """A ``UserError``'s message in the user's language."""
    return shown(error.message)
