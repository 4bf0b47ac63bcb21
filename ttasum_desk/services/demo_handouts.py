"""The demo city's first hours at the desk: Osan's TTASUM rules and a few dozen handouts.

Loaded and recorded through the real services, so that the desk opens with people who are
partly served (amber) or done for the period (red), and a void. Who receives what
depends only on the seed; the moments are the last few hours before the demo is made, so the
handouts fall in the current periods.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from ttasum_desk.domain.clock import now
from ttasum_desk.paths import resource
from ttasum_desk.services import handouts, rules

# (group, item, how many people, quantity)
PLAN = [
    ("student", "COTTON-MASK", 12, 1),
    ("student", "FILTER-PACK", 8, 1),
    ("public", "MASK-KIT", 10, 1),
    ("vulnerable", "FINISHED-MASK", 6, 3),
]
VOID_REASON = "카드를 잘못 찍음"


def record_history(people: Sequence[tuple[str, str]], seed: int, operators: Sequence[str]) -> int:
    """Load the TTASUM rules, then record handouts to some of ``people`` ((card code, group)
    pairs) and void one; returns the number of handouts recorded."""
    rules.load_file(resource("samples/ttasum2020.toml"), operator=operators[0])
    rng = random.Random(f"demo-handouts-{seed}")
    requests = []
    for group, item, count, quantity in PLAN:
        cards = sorted(card for card, of in people if of == group)
        for card in rng.sample(cards, min(count, len(cards))):
            requests.append((rng.randrange(5, 240), card, item, quantity, rng.choice(operators)))
    start = now()
    recorded = []
    for minutes_ago, card, item, quantity, operator in sorted(requests, reverse=True):
        request = handouts.HandoutRequest(
            card, item, quantity, at=start - timedelta(minutes=minutes_ago), operator=operator
        )
        recorded.append(handouts.record(request))
    if recorded:
        handouts.void(rng.choice(recorded).handout_uid, VOID_REASON, operators[0])
    return len(recorded)
