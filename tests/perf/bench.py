"""The benchmark's parts: figures, timing, floors, the table and the JSON.

Every figure is held against a floor measured in the same run on the same machine, so the
ratio stays meaningful on a noisy or slow machine; the absolute targets of
resources/docs/qualities.md are reported beside it.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

QUICK = os.environ.get("TTASUM_PERF_QUICK") == "1"  # set by --quick: a check that it runs


def repeat(full: int, quick: int) -> int:
    """How many repetitions: ``full`` for a measurement, ``quick`` when only checking."""
    return quick if QUICK else full


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    floor: float
    target: float | None  # None: reported, no target in §11
    target_kind: str  # "value" (value < target) or "ratio" (value / floor <= target)
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """value / floor; None where no floor applies (memory)."""
        return self.value / self.floor if self.floor else None

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.value if self.target_kind == "value" else self.ratio
        return measured is not None and measured <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["pass"] = self.passed
        return data

    def target_text(self) -> str:
        if self.target is None:
            return "—"
        if self.target_kind == "value":
            return f"< {self.target:g} {self.unit}"
        return f"≤ {self.target:g}× floor"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def timed_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def samples_ms(actions: Sequence[Callable[[], object]], warmup: int | None = None) -> list[float]:
    """The first ``warmup`` actions run untimed, each of the rest is timed once; GC paused."""
    warmup = repeat(20, 2) if warmup is None else warmup
    for action in actions[:warmup]:
        action()
    gc.collect()
    gc.disable()
    try:
        return [timed_ms(action) for action in actions[warmup:]]
    finally:
        gc.enable()


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (MB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def table(figures: Sequence[Figure]) -> str:
    lines = [
        "| figure | value | floor | ratio | target | pass |",
        "|---|---:|---:|---:|---|---|",
    ]
    for f in figures:
        verdict = {True: "yes", False: "**no**", None: "—"}[f.passed]
        lines.append(
            f"| {f.name} | {f.value:.2f} {f.unit} | {f.floor:.2f} {f.unit} | "
            f"{'—' if f.ratio is None else f'{f.ratio:.2f}×'} | {f.target_text()} | {verdict} |"
        )
    return "\n".join(lines)


def write_json(figures: Sequence[Figure], path: Path, meta: dict[str, Any]) -> None:
    path.write_text(
        json.dumps(
            {"meta": meta, "figures": [f.as_json() for f in figures]}, ensure_ascii=False, indent=2
        ),
        encoding="utf-8",
    )
