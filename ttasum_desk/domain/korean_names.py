"""Realistic Korean names for demo data: surnames at their census frequencies, two-syllable
given names drawn from the popular names of each generation (so homonyms occur naturally)."""

from __future__ import annotations

import random

# The 2015 census shares (per cent) of the commonest surnames; the rest share the remainder.
SURNAMES: dict[str, float] = {
    "김": 21.5, "이": 14.7, "박": 8.4, "최": 4.7, "정": 4.3, "강": 2.4, "조": 2.1, "윤": 2.1,
    "장": 2.0, "임": 1.7, "한": 1.5, "오": 1.5, "서": 1.5, "신": 1.5, "권": 1.4, "황": 1.4,
    "안": 1.4, "송": 1.3, "전": 1.1, "홍": 1.1, "유": 1.1, "고": 0.9, "문": 0.9, "양": 0.9,
    "손": 0.9, "배": 0.8, "백": 0.8, "허": 0.7, "남": 0.6, "심": 0.5, "노": 0.4, "하": 0.4,
    "곽": 0.4, "성": 0.4, "차": 0.4, "주": 0.4, "우": 0.4, "구": 0.4, "나": 0.3, "민": 0.3,
    "진": 0.3, "지": 0.3, "엄": 0.3, "채": 0.3, "원": 0.3, "천": 0.3, "방": 0.2, "공": 0.2,
    "현": 0.2, "함": 0.2, "변": 0.2, "염": 0.2, "여": 0.2, "추": 0.1, "도": 0.1, "석": 0.1,
    "선우": 0.02, "남궁": 0.04, "제갈": 0.01,
}  # fmt: skip

GIVEN_BY_ERA: dict[str, list[str]] = {
    "child": [
        "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준서", "준우",
        "현우", "도현", "지훈", "건우", "우진", "선우", "서진", "민재", "현준", "연우", "유준",
        "정우", "승우", "승현", "시윤", "준혁", "은우", "지환", "승민", "서연", "서윤", "지우",
        "서현", "민서", "하은", "하윤", "윤서", "지유", "지민", "채원", "지윤", "은서", "수아",
        "다은", "예은", "수빈", "지아", "소율", "예린", "예원", "지원", "소윤", "시은", "채은",
    ],
    "adult": [
        "지훈", "성민", "현우", "준호", "민수", "동현", "성훈", "상현", "재현", "정훈", "지영",
        "수진", "민정", "은정", "현정", "지혜", "미영", "은영", "수연", "혜진", "영수", "영호",
        "성호", "상철", "정호", "광수", "영철", "성수", "미경", "경숙", "현주", "미숙", "은주",
        "정미", "선영", "영미", "혜숙", "정희", "미정", "경희",
    ],
    "elder": [
        "영수", "영호", "영식", "정수", "광수", "영철", "순자", "영자", "정자", "영숙", "옥순",
        "말순", "정순", "춘자", "명숙", "순옥", "점순", "복순", "판순", "상호", "봉수", "만수",
    ],
}  # fmt: skip


# Syllables for less common given names, mixed in so that not every name is a top-50 one.
FIRST_SYLLABLES = "가경동민상서성수승영예우유은재정주준지진태하현혜희"
LAST_SYLLABLES = "경규린민빈석섭수숙아연영우원윤은인재주준진철현호환희"
UNCOMMON_SHARE = 0.35


class NameMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._surnames = list(SURNAMES)
        self._weights = list(SURNAMES.values())

    def surname(self) -> str:
        return self.rng.choices(self._surnames, self._weights)[0]

    def given(self, birth_year: int) -> str:
        if self.rng.random() < UNCOMMON_SHARE:
            return self.rng.choice(FIRST_SYLLABLES) + self.rng.choice(LAST_SYLLABLES)
        era = "child" if birth_year >= 2000 else "adult" if birth_year >= 1955 else "elder"
        return self.rng.choice(GIVEN_BY_ERA[era])

    def name(self, birth_year: int, surname: str | None = None) -> str:
        return (surname or self.surname()) + self.given(birth_year)
