"""``python -m tests.perf [--scale osan|small] [--json PATH] [--only GROUP ...]``

Builds the seeded demo city, runs each group of figures in its own process, prints the table
of figures against their floors and the targets of resources/docs/qualities.md, and writes the JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from tests.perf.bench import Figure, table, write_json
from tests.perf.data import SEED, city_db

GROUPS = ("search", "handout", "receipt", "window", "startup", "roster", "exchange")


def run_group(group: str, city: Path, workdir: Path, quick: bool) -> list[Figure]:
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "TTASUM_DESK_LANG": "en",
        "TTASUM_PERF_QUICK": "1" if quick else "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.perf.worker", group, str(city), str(workdir)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(f"group {group} failed:\n{done.stderr}\n")
        return []
    figures = []
    for data in json.loads(done.stdout.strip().splitlines()[-1]):
        figures.append(
            Figure(
                data["name"],
                data["value"],
                data["unit"],
                data["floor"],
                data["target"],
                data["target_kind"],
                data["detail"],
            )
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf")
    parser.add_argument("--scale", choices=["small", "osan"], default="osan")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--only", nargs="*", choices=GROUPS, default=list(GROUPS))
    parser.add_argument("--workdir", type=Path, default=None, help="keep data here between runs")
    parser.add_argument(
        "--quick", action="store_true", help="few repetitions: checks that it runs, no figures"
    )
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="ttasum-perf-"))
    workdir.mkdir(parents=True, exist_ok=True)
    city = city_db(workdir, args.scale)
    figures: list[Figure] = []
    failed: list[str] = []
    for group in args.only:
        print(f"… {group}", file=sys.stderr, flush=True)
        found = run_group(group, city, workdir, args.quick)
        figures += found
        if not found:
            failed.append(group)
    meta = {
        "scale": args.scale,
        "quick": args.quick,
        "seed": SEED,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "python": platform.python_version(),
        "failed_groups": failed,
    }
    print(table(figures))
    if args.json:
        write_json(figures, args.json, meta)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
