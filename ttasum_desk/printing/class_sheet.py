"""The class sign-off sheet (A4): who in the class received what, with a box to sign.

School, grade and class, date, item and lot at the top; one row per student with their number,
full name, quantity and a signature box; totals, the class counts of the day, and page
numbers "1 / 2". Unlike receipts and reports, names are printed in full: the sheet stays in the
school and each pupil signs their own row, which they must find, and two pupils masked alike
(김*현 and 김*현) would be told apart by nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ttasum_desk.printing.fonts import hangul_font

_MARGIN = 16 * mm
_ROW_HEIGHT = 9.5 * mm


@dataclass(frozen=True)
class SheetRow:
    number: int | None
    name: str  # printed in full (see the module docstring)
    quantity: int | None  # None: left blank, to be filled in by hand


@dataclass(frozen=True)
class ClassSheetData:
    station: str
    school: str
    grade: int
    klass: int
    day: date
    item_name: str
    unit: str
    lot_no: str
    rows: Sequence[SheetRow]
    class_counts: Sequence[int] = field(default_factory=tuple)  # counts of the day, not on roster


def _numbered_canvas(font: str, label: str) -> type[Canvas]:
    """A canvas that writes "page / pages" on every page once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self.setFont(font, 8.5)
                self.setFillGray(0.35)
                self.drawString(_MARGIN, 10 * mm, label)
                self.drawRightString(A4[0] - _MARGIN, 10 * mm, f"{self._pageNumber} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def render_class_sheet(
    data: ClassSheetData, out: Path | BinaryIO, font_file: Path | None = None
) -> None:
    """Write the sign-off sheet as an A4 PDF."""
    font = hangul_font(font_file)
    title = ParagraphStyle("title", fontName=font.bold, fontSize=16, leading=21)
    body = ParagraphStyle("body", fontName=font.regular, fontSize=10, leading=14)
    heading = QCoreApplication.translate("ClassSheet", "Class sign-off sheet")
    class_label = QCoreApplication.translate(
        "ClassSheet", "{school}, grade {grade}, class {klass}"
    ).format(school=data.school, grade=data.grade, klass=data.klass)
    facts = [
        (QCoreApplication.translate("ClassSheet", "Date"), data.day.isoformat()),
        (
            QCoreApplication.translate("ClassSheet", "Item"),
            f"{data.item_name} ({data.unit})" if data.unit else data.item_name,
        ),
        (QCoreApplication.translate("ClassSheet", "Lot"), data.lot_no or "-"),
        (QCoreApplication.translate("ClassSheet", "Station"), data.station),
    ]
    story: list[Any] = [
        Paragraph(_escape(f"{heading} — {class_label}"), title),
        Spacer(1, 3 * mm),
        _facts_table(facts, font.regular, font.bold),
        Spacer(1, 5 * mm),
        _students_table(data, font.regular, font.bold),
        Spacer(1, 4 * mm),
    ]
    total = sum(row.quantity or 0 for row in data.rows)
    served = sum(1 for row in data.rows if row.quantity)
    story.append(
        Paragraph(
            _escape(
                QCoreApplication.translate(
                    "ClassSheet", "{served} of {students} students received {total} {unit}."
                ).format(served=served, students=len(data.rows), total=total, unit=data.unit)
            ),
            body,
        )
    )
    if data.class_counts:
        story.append(
            Paragraph(
                _escape(
                    QCoreApplication.translate(
                        "ClassSheet",
                        "Class counts (charged to the class's pupils): {counts}; in all {total}.",
                    ).format(
                        counts=" + ".join(str(c) for c in data.class_counts),
                        total=sum(data.class_counts),
                    )
                ),
                body,
            )
        )
    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            _escape(
                QCoreApplication.translate(
                    "ClassSheet", "Teacher in charge: ______________  (signature)"
                )
            ),
            body,
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            _escape(
                QCoreApplication.translate(
                    "ClassSheet", "School nurse: ______________  (signature)"
                )
            ),
            body,
        ),
    ]
    document = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=18 * mm,
        title=f"{heading} — {class_label}",
        creator="TTASUM Desk",
    )
    footer = f"{class_label} · {data.day.isoformat()} · {data.item_name}"
    document.build(story, canvasmaker=_numbered_canvas(font.regular, footer))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _facts_table(facts: list[tuple[str, str]], regular: str, bold: str) -> Table:
    table = Table(facts, colWidths=[28 * mm, A4[0] - 2 * _MARGIN - 28 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), bold),
                ("FONTNAME", (1, 0), (1, -1), regular),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _students_table(data: ClassSheetData, regular: str, bold: str) -> Table:
    header = [
        QCoreApplication.translate("ClassSheet", "No."),
        QCoreApplication.translate("ClassSheet", "Name"),
        QCoreApplication.translate("ClassSheet", "Quantity"),
        QCoreApplication.translate("ClassSheet", "Signature"),
    ]
    rows: list[list[Any]] = [header]
    for row in data.rows:
        rows.append(
            [
                "" if row.number is None else str(row.number),
                row.name,
                "" if row.quantity is None else str(row.quantity),
                "",
            ]
        )
    rows.append(
        [
            "",
            QCoreApplication.translate("ClassSheet", "Total"),
            str(sum(r.quantity or 0 for r in data.rows)),
            "",
        ]
    )
    width = A4[0] - 2 * _MARGIN
    table = Table(
        rows,
        colWidths=[16 * mm, 50 * mm, 24 * mm, width - 90 * mm],
        rowHeights=[8 * mm] + [_ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), bold),
                ("FONTNAME", (0, 1), (-1, -1), regular),
                ("FONTNAME", (0, -1), (-1, -1), bold),
                ("FONTSIZE", (0, 0), (-1, -1), 11),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ]
        )
    )
    return table
