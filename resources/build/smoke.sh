#!/usr/bin/env bash
# Build the frozen app and prove it works without the source tree: the window starts on a
# demo database (TTASUM_DESK_SMOKE=1 quits once it is up), and a handout and a lookup run
# through the frozen command line. Any failure exits non-zero. Usage: smoke.sh [PYTHON]
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${1:-.venv/bin/python}"

began=$(date +%s)
"$python" resources/build/freeze.py
echo "frozen build: $(( $(date +%s) - began )) s, $(du -sh dist/ttasum-desk | cut -f1)"

app="$PWD/dist/ttasum-desk/ttasum-desk"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"  # nothing from the repository is in reach
export QT_QPA_PLATFORM=offscreen TTASUM_DESK_DATA="$work/data" TTASUM_DESK_LANG=en

"$app" --version
"$app" --db demo.db demo
TTASUM_DESK_SMOKE=1 timeout 120 "$app" --db demo.db | tee window.out
grep -qx ready window.out

# The first card the rules allow today (the demo's history has served some already).
card=""
for number in $(seq -w 1 60); do
    if "$app" --db demo.db check --card "OS000000$number" --item COTTON-MASK >/dev/null; then
        card="OS000000$number"
        break
    fi
done
[ -n "$card" ] || { echo "no card may receive COTTON-MASK" >&2; exit 1; }
"$app" --db demo.db handout --card "$card" --item COTTON-MASK --operator 김담당
"$app" --db demo.db lookup "$card" | grep -q "$card"
echo "frozen app: window, handout and lookup passed"
