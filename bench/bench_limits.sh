#!/usr/bin/env bash
# Plans made big on purpose (issue 15): how long each command takes, as ratios against a
# baseline run in the same call (the same binary's --summary of the bundled sample plan).
#
# Usage: bench/bench_limits.sh [CAMPAIGN_PLANNER_BINARY]
#   Environment: RUNS (default 3), TIMEOUT (seconds a run may take, default 120: a run cut
#   off shows as at least that long).
# Needs hyperfine (apt-get install -y hyperfine) and /usr/bin/python3 (stdlib sqlite3). Builds
# nothing; prints a table and exits 0. Hostile plans are written with SQLite into copies of the
# sample (as another program would), because the application refuses to write them; "exit 1"
# in the table is the refusal with its one-line message.
#   hostile: 100,000 nested <b> in the strategy; a 50,000,000-character channel name;
#            100,000 more daily items
#   big but within the limits: a 1,000,000-character strategy; 32 nested <b>; a 10,000-
#            character channel name; 1,000 more daily items (365,000 dates); a 10,000-item plan
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
runs=${RUNS:-3}
limit=${TIMEOUT:-120}
bin=${1:-$(ls "$repo"/build*/src/app/campaign-planner 2>/dev/null | head -n1)}
[[ -x $bin ]] || { echo "no campaign-planner binary; build first or pass its path" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v hyperfine > /dev/null || { echo "missing hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cplan-limits-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
py=/usr/bin/python3
make="$py $here/make_hostile_plan.py"

"$bin" --import-json "$repo/resources/plans/sample.json" "$work/sample.cplan"
variant() { # NAME KIND N: a copy of the sample changed with SQLite
    cp "$work/sample.cplan" "$work/$1.cplan"
    $make "$2" "$3" --into "$work/$1.cplan"
}
variant nested nested-tags 100000
variant longname long-name 50000000
variant daily100k daily-items 100000
variant text1mb long-text 999000
variant nested32 nested-tags 32
variant name10k long-name 10000
variant daily1k daily-items 1000
"$py" "$here/make_large_plan.py" --items 10000 --out "$work/large.json" > /dev/null 2>&1
"$bin" --import-json "$work/large.json" "$work/large.cplan"

names=(baseline)
cmds=("$bin --summary $work/sample.cplan")
add() { names+=("$1"); shift; cmds+=("timeout $limit $bin $*"); }
add "sample: whole report" --export-pdf "$work/out.pdf" "$work/sample.cplan"
add "100,000 nested tags: --export-pdf" --export-pdf "$work/out.pdf" "$work/nested.cplan"
add "50,000,000-char name: --check" --check "$work/longname.cplan"
add "50,000,000-char name: --export-pdf" --export-pdf "$work/out.pdf" "$work/longname.cplan"
add "100,000 daily items: --check" --check "$work/daily100k.cplan"
add "100,000 daily items: --export-pdf" --export-pdf "$work/out.pdf" "$work/daily100k.cplan"
add "1,000,000-char strategy: --export-pdf" --export-pdf "$work/out.pdf" "$work/text1mb.cplan"
add "32 nested tags: --export-pdf" --export-pdf "$work/out.pdf" "$work/nested32.cplan"
add "10,000-char name: --export-pdf" --export-pdf "$work/out.pdf" "$work/name10k.cplan"
add "1,000 daily items: --export-pdf" --export-pdf "$work/out.pdf" "$work/daily1k.cplan"
add "1,000 daily items: --export-csv" --export-csv "$work/out.csv" "$work/daily1k.cplan"
add "10,000-item plan: --export-pdf" --export-pdf "$work/out.pdf" "$work/large.cplan"
add "10,000-item plan: --export-json" --export-json "$work/out.json" "$work/large.cplan"
add "10,000-item plan: --export-ics" --export-ics "$work/out.ics" "$work/large.cplan"
add "10,000-item plan: --export-csv" --export-csv "$work/out.csv" "$work/large.cplan"

printf '%-42s%10s%12s%8s\n' "" seconds "x baseline" exit
base=""
for i in "${!cmds[@]}"; do
    code=0
    ${cmds[$i]} > /dev/null 2>&1 || code=$?
    hyperfine -N -i --runs "$runs" --warmup 0 --export-json "$work/t.json" "${cmds[$i]}" > /dev/null 2>&1
    mean=$("$py" -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$work/t.json")
    [[ -n $base ]] || base=$mean
    shown=$code
    [[ $code == 124 ]] && shown="cut off"
    "$py" -c "import sys; print('%-42s%10.3f%12.2f%8s' % (sys.argv[1], float(sys.argv[2]), float(sys.argv[2]) / float(sys.argv[3]), sys.argv[4]))" \
        "${names[$i]}" "$mean" "$base" "$shown"
done
