"""Runs one group of figures in its own process (own memory peak, own Qt application) and
prints them as JSON: ``python -m tests.perf.worker GROUP CITY_DB WORKDIR``."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

from tests.perf.bench import Figure


def main(argv: list[str]) -> int:
    group, city, workdir = argv[0], Path(argv[1]), Path(argv[2])
    module = importlib.import_module(f"tests.perf.fig_{group}")
    figures: list[Figure] = module.run(city, workdir)
    print(json.dumps([f.as_json() for f in figures]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
