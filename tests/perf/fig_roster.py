"""Roster import of the whole city, against its raw floor: the same file read by
python-calamine plus a bare ``sqlite3.executemany`` of the same rows into a table of the same
shape (the recipient table of a fresh database: same columns, same indexes)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import python_calamine

from tests.perf.bench import Figure, peak_rss_mb
from ttasum_desk.services import roster_import, stations
from ttasum_desk.storage import recipients
from ttasum_desk.storage.db import close_db, init_db

HEADERS = ["카드번호", "성명", "생년월일", "구분", "학교", "학년", "반", "번호", "주소", "연락처"]
GROUPS = {"학생": "student", "일반": "public", "취약계층": "vulnerable"}
WRITE_ROSTER = """
import sqlite3, sys
from openpyxl import Workbook
book = Workbook(write_only=True)
sheet = book.create_sheet("명단")
sheet.append(["오산시 마스크 나눔 대상자 명단"])
sheet.append(sys.argv[3].split(","))
group = {"student": "학생", "public": "일반", "vulnerable": "취약계층"}
with sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True) as city:
    for row in city.execute(
        'SELECT card_code, name, birth_date, "group", school, grade, klass, number, district, '
        "phone_last4 FROM recipient ORDER BY card_code"
    ):
        sheet.append([*row[:3], group[row[3]], *row[4:9], "010-1234-" + row[9] if row[9] else None])
book.save(sys.argv[2])
"""


def roster_file(city: Path, workdir: Path) -> Path:
    path = workdir / f"{city.stem}-roster.xlsx"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-c", WRITE_ROSTER, str(city), str(path), ",".join(HEADERS)],
            check=True,
        )
    return path


def bare_rows(rows: list[list[object]]) -> Iterator[tuple[object, ...]]:
    """The file's cells in the table's column order, with nothing derived or checked."""
    for n, (card, name, birth, group, school, grade, klass, number, district, phone) in enumerate(
        rows
    ):
        yield (
            f"u{n}",
            card,
            name,
            name,
            name,
            name,
            birth,
            None,
            GROUPS[group],
            school,
            grade,
            klass,
            number,
            district,
            phone,
            None,
            0,
            "",
            "",
            "",
            "",
            "",
        )


def floor_seconds(path: Path, workdir: Path) -> float:
    target = workdir / "bare-roster.db"
    for stale in workdir.glob("bare-roster.db*"):
        stale.unlink()
    init_db(target)  # the same schema, through the real migrations
    close_db()
    began = time.perf_counter()
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    columns = ", ".join(f'"{c}"' for c in recipients.INSERT_COLUMNS)
    marks = ", ".join("?" for _ in recipients.INSERT_COLUMNS)
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA synchronous=2")
    with connection:
        connection.executemany(
            f"INSERT INTO recipient ({columns}) VALUES ({marks})",
            bare_rows(rows[2:]),
        )
    connection.close()
    return time.perf_counter() - began


def run(city: Path, workdir: Path) -> list[Figure]:
    path = roster_file(city, workdir)
    target = workdir / "roster-import.db"
    for stale in workdir.glob("roster-import.db*"):
        stale.unlink()
    init_db(target)
    try:
        stations.set_station("OS-HUB", "오산시청", "hub")
        began = time.perf_counter()
        result = roster_import.import_roster(path)
        seconds = time.perf_counter() - began
    finally:
        close_db()
    peak = peak_rss_mb()
    floor = floor_seconds(path, workdir)
    detail = {"rows": result.rows, "inserted": result.inserted, "rejected": len(result.rejected)}
    return [
        Figure("roster import", seconds, "s", floor, 2, "ratio", detail),
        Figure("roster import peak memory", peak, "MB", 0, 400, "value", {}),
    ]
