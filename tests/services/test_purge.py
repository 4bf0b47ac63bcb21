"""The purge after the campaign on real databases: who is erased and who is not, the chains
still verify, a dry run writes nothing, and a day-file from before the purge merged again
doesn't bring a name back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.services import exchange_stations as city
from ttasum_desk.errors import UserError
from ttasum_desk.services import merge, purge, review, verify
from ttasum_desk.services.review import Choice
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient

SINCE = date(2020, 3, 19)


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def person(card: str) -> Recipient:
    return Recipient.get(Recipient.card_code == card)


def dump() -> list[str]:
    return list(db.connection().iterdump())


def test_only_the_inactive_are_erased_and_the_chains_still_hold(
    day_files: list[Path], tmp_path: Path
) -> None:
    with city.Hub(tmp_path / "hub.db"):
        cast = city.cast()  # before the merge brings 도레미, a public adult too
        merge.merge(day_files)
        # the adult's last handout was on 18 March; pupil2 was served on the 19th, pupil on
        # the 20th; 도레미 was registered today
        kept = {card: person(card).name for card in (cast.pupil, cast.pupil2, cast.pupil3)}
        twice = [p.card_code for p in Recipient.select().where(Recipient.name == "도레미")]
        before = Recipient.select().count()
        count = purge.inactive_count(SINCE)
        assert 0 < count < before
        handouts = db.execute_sql("SELECT count(*), sum(quantity) FROM handout").fetchone()

        result = purge.purge(SINCE, "김조정")

        assert result.people == count
        assert not result.dry_run
        adult = person(cast.adult)
        assert (adult.name, adult.name_key, adult.initials, adult.birth_date) == ("", "", "", None)
        assert adult.phone_last4 is None
        assert adult.household is None
        assert adult.tags == ""
        assert adult.birth_year is not None  # the year stays: counts by age
        assert {card: person(card).name for card in kept} == kept
        assert all(person(card).name == "도레미" for card in twice)
        assert Recipient.select().where(Recipient.name == "").count() == count
        assert Recipient.select().count() == before  # card codes stay, as pseudonyms
        assert db.execute_sql("SELECT count(*), sum(quantity) FROM handout").fetchone() == handouts
        assert verify.verify().ok
        operator, payload = db.execute_sql(
            "SELECT operator, payload FROM audit_log WHERE action = 'personal_data_purged'"
        ).fetchone()
        assert operator == "김조정"
        assert f'"people":{count}' in payload
        assert '"inactive_since":"2020-03-19"' in payload
        dip = next(r for r in review.open_rows() if r.kind == "double_dip" and cast.adult in
                   r.subject.english)  # fmt: skip
        assert "*" not in dip.subject.english  # its name was erased from the review item too
        assert purge.purge(SINCE, "김조정").people == 0  # the erased are not counted again


def test_a_dry_run_changes_nothing(day_files: list[Path], tmp_path: Path) -> None:
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        before = dump()
        result = purge.purge(SINCE, "김조정", dry_run=True)
        assert result.dry_run
        assert result.people == purge.inactive_count(SINCE) > 0
        assert dump() == before


def test_a_day_file_from_before_the_purge_does_not_bring_names_back(
    day_files: list[Path], tmp_path: Path
) -> None:
    with city.Hub(tmp_path / "hub.db"):
        cast = city.cast()  # before the merge brings 도레미, a public adult too
        merge.merge(day_files)
        purge.purge(SINCE, "김조정")
        outcome = merge.merge([day_files[1]]).files[0]  # OS-DW01's file names the adult
        assert outcome.inserted == 0
        assert outcome.conflicts >= 1
        assert person(cast.adult).name == ""
        conflict = next(
            r
            for r in review.open_rows()
            if r.kind == "conflict" and cast.adult in r.subject.english
        )
        with pytest.raises(UserError, match="erased"):
            review.resolve(conflict.uid, Choice.THEIRS, "the file has the name", "김조정")
        assert person(cast.adult).name == ""
