from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from tests.printing.pdftools import page_sizes_mm, pdf_text
from ttasum_desk.printing.summary import (
    Count,
    FlaggedHandout,
    SummaryData,
    Target,
    render_summary,
)


def campaign_summary() -> SummaryData:
    days = [date(2020, 3, 16) + timedelta(days=n) for n in range(30)]
    stations = [Count(f"OS-JA{n:02d} 행정복지센터", 1000 + n * 10, 500 + n) for n in range(1, 7)]
    stations += [Count(f"OS-SC{n:02d} 오산초등학교", 300 + n, 150 + n) for n in range(1, 21)]
    return SummaryData(
        campaign="오산 따숨 마스크 나눔",
        generated_at=datetime(2020, 4, 25, 18, 0),
        first_day=days[0],
        last_day=days[-1],
        targets=[Target("학생 면마스크", 46000, 31250), Target("마스크 만들기 키트", 25000, 25400)],
        per_day=[(day, 100 + n * 7) for n, day in enumerate(days)],
        per_station=stations,
        per_group=[Count("Student", 62000, 31000), Count("General public", 21000, 21000)],
        per_item=[Count("면마스크(필터교체형)", 62000, 31000)],
        silent_stations=[("OS-SC07 오산초등학교", date(2020, 4, 20)), ("OS-SC41 세마중학교", None)],
        exceptions=[
            FlaggedHandout(
                datetime(2020, 4, 2, 11, 5),
                "OS-JA01",
                "OS-JA01-000231",
                "override",
                "가족 대리 수령 승인",
                "김담당",
            ),
            FlaggedHandout(
                datetime(2020, 4, 3, 9, 40), "OS-JA02", "OS-JA02-000017", "void", "수량 입력 오류"
            ),
        ],
        open_reviews=3,
    )


def test_summary_report_shows_progress_breakdowns_and_what_needs_attention(
    tmp_path: Path,
) -> None:
    out = tmp_path / "summary.pdf"
    render_summary(campaign_summary(), out)
    text = pdf_text(out)
    flat = " ".join(text.split())

    assert len(page_sizes_mm(out)) >= 2
    assert "Summary report: 오산 따숨 마스크 나눔" in flat
    assert "Handouts from 2020-03-16 to 2020-04-14" in flat
    assert "학생 면마스크 31,250 46,000 0 - 67%" in flat  # the share is rounded down
    assert "마스크 만들기 키트 25,400 25,000 0 - 101%" in flat
    assert "OS-SC20 오산초등학교" in flat  # every station in the table, beyond the chart's 15
    assert "Total 83,000 52,000" in flat
    assert "Conflicts and double-dips awaiting review: 3" in flat
    assert "OS-SC41 세마중학교 never" in flat
    assert "OS-JA01-000231" in flat
    assert "가족 대리 수령 승인" in flat
    assert "Override" in flat
    assert "Void" in flat


def test_an_empty_campaign_still_makes_a_one_page_report(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    render_summary(SummaryData("MASK2020", datetime(2020, 3, 9, 8, 0), None, None), out)
    flat = " ".join(pdf_text(out).split())

    assert len(page_sizes_mm(out)) == 1
    assert "No handouts yet; made 2020-03-09 08:00" in flat
    assert "No overrides or voids." in flat


def test_a_target_met_has_no_days_to_count_however_long_ago_its_day_was(tmp_path: Path) -> None:
    out = tmp_path / "later.pdf"
    data = SummaryData(
        "오산 따숨 마스크 나눔",
        datetime(2026, 11, 29, 12, 0),
        date(2020, 3, 16),
        date(2020, 12, 29),
        targets=[
            Target("시민 마스크 만들기 키트", 25000, 25110, days_left=-2343),
            Target("취약계층 기부 마스크", 12000, 9000, days_left=-2159),
        ],
    )
    render_summary(data, out)
    flat = " ".join(pdf_text(out).split())

    assert "시민 마스크 만들기 키트 25,110 25,000 0 - 100%" in flat
    assert "취약계층 기부 마스크 9,000 12,000 0 -2,159 75%" in flat  # overdue, not met
