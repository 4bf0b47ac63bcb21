from __future__ import annotations

from ttasum_desk.domain.masking import mask_name


def test_names_are_masked_in_the_middle() -> None:
    assert mask_name("홍길동") == "홍*동"
    assert mask_name("이산") == "이*"
    assert mask_name("남궁민수") == "남**수"
    assert mask_name("김") == "김"
