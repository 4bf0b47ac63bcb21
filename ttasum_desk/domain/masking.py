"""Masking personal data for printed matter and reports."""

from __future__ import annotations


def mask_name(name: str) -> str:
    """홍길동 → 홍*동, 이산 → 이*, 남궁민수 → 남**수; Latin names keep first and last letter."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
