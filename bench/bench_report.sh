#!/usr/bin/env bash
# The printed report: time and peak memory of --export-pdf, as ratios against a baseline run in
# the same call (the same binary's --summary of the same plan: start-up, open and forecast).
#
# Usage: bench/bench_report.sh [CAMPAIGN_PLANNER_BINARY]
#   Environment: ITEMS (the large plan's content items, default 10000), RUNS (default 5).
# Needs hyperfine and /usr/bin/time (Debian: apt-get install -y hyperfine time) and
# /usr/bin/python3. Builds nothing; prints a table and exits 0 (targets reported, not enforced):
#   the sample's whole report            target < 1 s
#   a 10,000-item plan's whole report    finishes (the GUI shows progress and can cancel)
#   peak RSS of that report              target <= 200 MB
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
items=${ITEMS:-10000}
runs=${RUNS:-5}
bin=${1:-$(ls "$repo"/build*/src/app/campaign-planner 2>/dev/null | head -n1)}
[[ -x $bin ]] || { echo "no campaign-planner binary; build first or pass its path" >&2; exit 2; }
for tool in hyperfine /usr/bin/time /usr/bin/python3; do
    command -v "$tool" > /dev/null || { echo "missing $tool (apt-get install -y hyperfine time)" >&2; exit 2; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/cplan-report-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

"$bin" --import-json "$repo/resources/plans/sample.json" "$work/sample.cplan"
/usr/bin/python3 "$here/make_large_plan.py" --items "$items" --out "$work/large.json" > /dev/null 2>&1
"$bin" --import-json "$work/large.json" "$work/large.cplan"

mean() { /usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$@"; }
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1; }

hyperfine --runs "$runs" --warmup 1 --export-json "$work/sample.json" -N \
    "$bin --summary $work/sample.cplan" \
    "$bin --export-pdf $work/sample.pdf $work/sample.cplan" > /dev/null
hyperfine --runs 3 --warmup 1 --export-json "$work/large.json.times" -N \
    "$bin --summary $work/large.cplan" \
    "$bin --export-pdf $work/large.pdf --sections cover,contents,summary,market,business,channels,forecast,charts,kpis,review $work/large.cplan" \
    "$bin --export-pdf $work/large.pdf $work/large.cplan" > /dev/null

/usr/bin/python3 - "$work" "$items" \
    "$(rss "$bin" --summary "$work/large.cplan")" \
    "$(rss "$bin" --export-pdf "$work/large.pdf" "$work/large.cplan")" \
    "$(pdfinfo "$work/large.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" <<'PY'
import json, sys
work, items, rss_summary, rss_report, pages = sys.argv[1:6]
def means(name):
    return [r["mean"] for r in json.load(open(f"{work}/{name}"))["results"]]
s = means("sample.json")
l = means("large.json.times")
print(f"{'':42}{'seconds':>10}{'x baseline':>12}")
print(f"{'sample: --summary (baseline)':42}{s[0]:10.3f}{1:12.2f}")
print(f"{'sample: whole report (target < 1 s)':42}{s[1]:10.3f}{s[1]/s[0]:12.2f}")
print(f"{items + ' items: --summary (baseline)':42}{l[0]:10.3f}{1:12.2f}")
print(f"{items + ' items: report without calendar':42}{l[1]:10.3f}{l[1]/l[0]:12.2f}")
print(f"{items + ' items: whole report, ' + (pages or '?') + ' pages':42}{l[2]:10.3f}{l[2]/l[0]:12.2f}")
print(f"peak RSS: --summary {int(rss_summary)/1024:.0f} MB, whole report {int(rss_report)/1024:.0f} MB "
      f"({int(rss_report)/int(rss_summary):.2f}x; target <= 200 MB)")
PY
