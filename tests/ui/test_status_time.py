"""The status bar shows a stored moment as local minutes, not as raw ISO text."""

from __future__ import annotations

from datetime import UTC, datetime

from ttasum_desk.ui.main_window import local_minute


def test_a_stored_moment_shows_as_local_minutes() -> None:
    stored = "2020-03-16T01:02:03.456789+00:00"
    expected = datetime(2020, 3, 16, 1, 2, 3, tzinfo=UTC).astimezone()
    assert local_minute(stored) == expected.strftime("%Y-%m-%d %H:%M")
    assert "." not in local_minute(stored)


def test_a_bare_day_or_unreadable_text_stays_as_written() -> None:
    assert local_minute("2020-03-16") == "2020-03-16"
    assert local_minute("soon") == "soon"
