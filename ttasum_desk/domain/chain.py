"""Hash chains: each link commits to the previous one, so an edit anywhere is detectable."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

GENESIS = "0" * 64


def canonical(value: Mapping[str, Any] | Sequence[Any]) -> str:
    """A stable text form: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def link(prev_hash: str, value: Mapping[str, Any] | Sequence[Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(value)).encode("utf-8")).hexdigest()
