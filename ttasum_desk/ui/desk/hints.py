"""What the idle desk suggests: on the demo database, card codes to try."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ttasum_desk.services import demo, stations

# Cards of the demo city (small, seed 7) that show each kind of decision; in another city
# (the osan scale) the same codes are other people.
DEMO_CITY = "small-7"
DEMO_CARDS = {"allowed": "OS00000225", "refused": "OS00000001", "household": "OS00000085"}


def idle_hint() -> str:
    """Card codes to try when this is the small demo database (its station and operators),
    else ''."""
    if demo.built_as() != DEMO_CITY:
        return ""
    station = stations.current_station()
    if station is None or station.code != demo.DEMO_STATION[0]:
        return ""
    if stations.operators(station.code) != demo.DEMO_OPERATORS:
        return ""
    return QCoreApplication.translate(
        "DeskPage",
        "Demo database: try the cards {allowed} (masks and a filter pack in one visit) and "
        "{refused} (no masks, but a kit), or scan MASK-KIT, then {household}, then F7: a parent "
        "collects for a small child.",
    ).format(**DEMO_CARDS)
