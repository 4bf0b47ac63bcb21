"""Every visible string and message template has a finished Korean translation.

When this fails, run ``python resources/i18n/update.py --missing``: each line is
``context<TAB>source<TAB>``; add the Korean after the last tab, save the lines to a file and
run ``python resources/i18n/update.py --apply FILE``.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ttasum_desk.i18n import install_translators, translate

PLACEHOLDER = re.compile(r"\{(\w*)[^}]*\}")
UPDATE_SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "update.py"


def _update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_update", UPDATE_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def update() -> ModuleType:
    return _update_script()


def test_every_source_string_has_korean(update: ModuleType, tmp_path: Path) -> None:
    """lupdate over today's sources into a copy of the .ts: nothing may be left unfinished."""
    ts_copy = tmp_path / "ttasum_ko.ts"
    shutil.copy(update.TS_FILE, ts_copy)
    update.run_lupdate(ts_copy)
    missing = update.missing(ts_copy)
    assert not missing, "Korean missing for:\n" + "\n".join(missing)


def test_translations_keep_their_placeholders(update: ModuleType) -> None:
    wrong = [
        f"{context} | {source} | {translation.text}"
        for context, source, translation in update.entries(update.TS_FILE)
        if context
        and translation.text
        and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text))
    ]
    assert wrong == []


def test_the_built_qm_carries_every_translation(update: ModuleType) -> None:
    translator = QTranslator()
    assert translator.load(str(update.QM_FILE))
    stale = [
        f"{context} | {source}"
        for context, source, translation in update.entries(update.TS_FILE)
        if context
        and translation.text
        and translator.translate(context, source) != translation.text
    ]
    assert stale == [], "run python resources/i18n/update.py to rebuild the .qm"


def test_korean_installs_the_app_and_qt_translations(qtbot: QtBot) -> None:
    assert install_translators("ko") == "ko"
    assert QCoreApplication.translate("MainWindow", "Station desk") == "지급 창구"
    assert translate("Eligible again on {day}.", day="2020-03-16") == (
        "2020-03-16부터 다시 받을 수 있습니다."
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"  # qtbase_ko
    assert install_translators("en") == "en"
    assert QCoreApplication.translate("MainWindow", "Station desk") == "Station desk"
