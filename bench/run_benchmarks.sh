#!/usr/bin/env bash
# Large-plan benchmarks: a generated 100,000-item plan against plain SQLite doing the same job.
#
# Usage: bench/run_benchmarks.sh [CAMPAIGN_PLANNER_BINARY]
#   The binary defaults to the first build*/src/app/campaign-planner of the repository.
#   Environment: ITEMS (default 100000), SEED (default 1), RUNS (default 5),
#   BENCH_SAVE (path of bench_save; default the first build*/bench/bench_save),
#   WORKDIR (default a fresh temporary folder, removed at the end unless KEEP=1).
# Builds nothing. Needs hyperfine, sqlite3, /usr/bin/time and /usr/bin/python3
# (Debian: apt-get install -y hyperfine sqlite3 time).
#
# Measures, in one run:
#   import   --import-json of the generated JSON (parse + validate + save), hyperfine
#   check    --check PLAN  vs  sqlite3 PLAN 'SELECT * FROM <every table>' > /dev/null  (target <= 2x)
#   save     File > Save after changing one content item of the opened plan (bench_save,
#            median of RUNS, no JSON parsing; only changed rows are written, then the pages)
#            vs  sqlite3 PLAN "VACUUM INTO 'copy'"                                    (target <= 2x)
#            (VACUUM INTO does not fsync its output; our save does. A second baseline adds
#            `sync COPY` so both reach the disk.)
#   RSS      peak resident memory (/usr/bin/time -f %M) of --check, --import-json, bench_save
#            and the save alone (bench_save, peak reset after the open)             (target <= 200 MB)
# Prints a table with absolute times and the ratios, and exits 0 (the targets are reported,
# not enforced).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
items=${ITEMS:-100000}
seed=${SEED:-1}
runs=${RUNS:-5}
py=/usr/bin/python3

first_existing() {
    local f
    for f in "$@"; do
        if [[ -x $f ]]; then
            echo "$f"
            return 0
        fi
    done
    return 1
}

bin=${1:-}
if [[ -z $bin ]]; then
    bin=$(first_existing "$repo"/build*/src/app/campaign-planner) || {
        echo "no campaign-planner under $repo/build*/src/app; pass the binary's path" >&2
        exit 2
    }
fi
[[ -x $bin ]] || { echo "not an executable: $bin" >&2; exit 2; }
bench_save=${BENCH_SAVE:-$(first_existing "$repo"/build*/bench/bench_save || true)}

for tool in hyperfine sqlite3 /usr/bin/time "$py"; do
    command -v "$tool" > /dev/null || { echo "missing $tool (apt-get install -y hyperfine sqlite3 time)" >&2; exit 2; }
done

if [[ -n ${WORKDIR:-} ]]; then
    work=$WORKDIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/cplan-bench.XXXXXX")
    if [[ ${KEEP:-0} != 1 ]]; then
        trap 'rm -rf "$work"' EXIT
    fi
fi
export QT_QPA_PLATFORM=offscreen

json=$work/large.json
plan=$work/large.cplan
copy=$work/copy.cplan
saved=$work/saved.cplan

echo "binary:     $bin"
echo "bench_save: ${bench_save:-(not built; the pure save is skipped)}"
echo "work:       $work"
echo "machine:    $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# --- plan -------------------------------------------------------------------------------
t0=$(date +%s.%N)
"$py" "$here/make_large_plan.py" --items "$items" --seed "$seed" --out "$json" 2> /dev/null
t1=$(date +%s.%N)
gen_s=$("$py" -c "print('%.2f' % ($t1 - $t0))")
"$bin" --import-json "$json" "$plan"
# a plan with no content (one record of each other kind): the fixed cost of starting the process
"$py" "$here/make_large_plan.py" --items 0 --seed "$seed" --out "$work/tiny.json" 2> /dev/null
"$bin" --import-json "$work/tiny.json" "$work/tiny.cplan"
check_line=$("$bin" --check "$plan")
echo "generated:  $(du -h "$json" | cut -f1) JSON in ${gen_s} s -> $(du -h "$plan" | cut -f1) .cplan"
echo "$check_line"
echo

tables=$(sqlite3 "$plan" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
select_all=""
for t in $tables; do
    select_all+="SELECT * FROM \"$t\"; "
done

hf() { # hyperfine with the common options; $1 = JSON export, rest = hyperfine arguments
    local out=$1
    shift
    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$out" "$@" > "$out.log" 2>&1 || {
        cat "$out.log" >&2
        return 1
    }
}

# --- import -------------------------------------------------------------------------------
hf "$work/import.json" --prepare "rm -f '$work/imported.cplan'" -n import \
    "'$bin' --import-json '$json' '$work/imported.cplan'"

# --- check vs. sqlite3 reading every table ---------------------------------------------------
hf "$work/check.json" -n check "'$bin' --check '$plan'" \
    -n check-tiny "'$bin' --check '$work/tiny.cplan'" \
    -n sqlite3-select "sqlite3 '$plan' '$select_all' > /dev/null" \
    -n sqlite3-quickcheck-select "sqlite3 '$plan' 'PRAGMA quick_check; $select_all' > /dev/null"

# --- save vs. VACUUM INTO ---------------------------------------------------------------
hf "$work/vacuum.json" --prepare "rm -f '$copy'" \
    -n vacuum-into "sqlite3 '$plan' \"VACUUM INTO '$copy'\"" \
    -n vacuum-into+sync "sqlite3 '$plan' \"VACUUM INTO '$copy'\" && sync '$copy'"

save_out=""
if [[ -n $bench_save ]]; then
    save_out=$("$bench_save" "$plan" "$saved" "$runs")
    "$bin" --check "$saved" > /dev/null || { echo "bench_save wrote a plan that does not check" >&2; exit 1; }
fi

# --- peak RSS -----------------------------------------------------------------------------
rss() { # peak RSS in KB of one run of the command
    /usr/bin/time -f '%M' -o "$work/rss" "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    tail -n 1 "$work/rss"
}
rss_check=$(rss "$bin" --check "$plan")
rss_import=$(rss "$bin" --import-json "$json" "$work/imported.cplan")
rss_sqlite=$(rss sqlite3 "$plan" "$select_all")
rss_bench_save=""
if [[ -n $bench_save ]]; then
    rss_bench_save=$(rss "$bench_save" "$plan" "$saved" 1)
fi

# --- report -------------------------------------------------------------------------------
SAVE_OUT=$save_out RSS_CHECK=$rss_check RSS_IMPORT=$rss_import RSS_SQLITE=$rss_sqlite \
RSS_BENCH_SAVE=$rss_bench_save WORK=$work "$py" - << 'EOF'
import json, os

work = os.environ["WORK"]
def results(name):
    with open(os.path.join(work, name + ".json")) as f:
        return {r["command"]: r for r in json.load(f)["results"]}

imp = results("import")["import"]
chk = results("check")
vac = results("vacuum")
save = dict(line.split(None, 1) for line in os.environ["SAVE_OUT"].splitlines() if line.strip())

def ms(r):
    return "%8.1f ms  (median %8.1f, sd %6.1f)" % (r["mean"] * 1000, r["median"] * 1000, r["stddev"] * 1000)

def verdict(ratio, target):
    return "ok" if ratio <= target else "OVER TARGET"

print("%-40s %s" % ("command", "mean"))
print("%-40s %s" % ("--import-json (parse+validate+save)", ms(imp)))
print("%-40s %s" % ("--check", ms(chk["check"])))
print("%-40s %s" % ("--check of a plan with 0 items (start-up)", ms(chk["check-tiny"])))
print("%-40s %s" % ("sqlite3 SELECT * every table", ms(chk["sqlite3-select"])))
print("%-40s %s" % ("sqlite3 quick_check + SELECT *", ms(chk["sqlite3-quickcheck-select"])))
print("%-40s %s" % ("sqlite3 VACUUM INTO", ms(vac["vacuum-into"])))
print("%-40s %s" % ("sqlite3 VACUUM INTO + sync FILE", ms(vac["vacuum-into+sync"])))
if save:
    print("%-40s %8.1f ms  (min %.1f)" % ("save after an edit (bench_save, median)",
          float(save["save_median_ms"]), float(save["save_min_ms"])))
    print("%-40s %8.1f ms" % ("full rewrite, savePlanFile (median)", float(save["full_save_median_ms"])))
    print("%-40s %8.1f ms  (%.1f MB; of which page checksums %s ms)" % ("  planFileImage alone (in memory)",
          float(save["image_median_ms"]), int(save["image_bytes"]) / 1e6, save["checksum_median_ms"]))
    print("%-40s %8.1f ms" % ("  writeFileAtomically of the image", float(save["write_median_ms"])))
    print("%-40s %8.1f ms" % ("openPlanFile (bench_save, once)", float(save["open_ms"])))
print()

print("ratios (target <= 2.0):")
r = chk["check"]["median"] / chk["sqlite3-select"]["median"]
print("  --check / sqlite3 SELECT *                  %5.2fx  %s" % (r, verdict(r, 2)))
r2 = chk["check"]["median"] / chk["sqlite3-quickcheck-select"]["median"]
print("  --check / sqlite3 quick_check + SELECT *    %5.2fx  (informational)" % r2)
r3 = (chk["check"]["median"] - chk["check-tiny"]["median"]) / chk["sqlite3-select"]["median"]
print("  (--check - start-up) / sqlite3 SELECT *     %5.2fx  (informational)" % r3)
v = vac["vacuum-into"]["median"]
vs = vac["vacuum-into+sync"]["median"]
if save:
    s = float(save["save_median_ms"]) / 1000
    print("  save / VACUUM INTO                          %5.2fx  %s" % (s / v, verdict(s / v, 2)))
    print("  save / (VACUUM INTO + sync)                 %5.2fx  %s" % (s / vs, verdict(s / vs, 2)))
else:
    print("  save / VACUUM INTO                          (bench_save not built)")
print("  --import-json / VACUUM INTO                 %5.2fx  (includes JSON parsing and validation)" % (imp["median"] / v))
print()

print("peak RSS (target <= 200 MB):")
def rss(label, kb, note=""):
    if not kb:
        return
    kb = int(kb.split()[0])
    print("  %-38s %7.1f MB  %s%s" % (label, kb / 1024, verdict(kb / 1024, 200), note))
rss("--check", os.environ["RSS_CHECK"])
rss("--import-json", os.environ["RSS_IMPORT"], "  (holds the JSON document and the plan)")
rss("bench_save (open + one save)", os.environ["RSS_BENCH_SAVE"])
if save:
    rss("save alone (bench_save, after open)", save["save_peak_rss_kb"],
        "  (plan in memory + save; RSS after open %.1f MB)" % (int(save["rss_after_open_kb"]) / 1024))
rss("sqlite3 SELECT * (for scale)", os.environ["RSS_SQLITE"])
EOF
exit 0
