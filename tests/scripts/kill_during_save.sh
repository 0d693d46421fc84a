#!/usr/bin/env bash
# Crash safety of saving (DESIGN.md §3): "a crash or kill -9 at any instant leaves either the
# old or the new plan, complete".
#
# Usage: tests/scripts/kill_during_save.sh [CAMPAIGN_PLANNER_BINARY]
#   The binary defaults to the first build*/src/app/campaign-planner of the repository.
#   Environment: ITERATIONS (default 200), ITEMS (content items of plan A, default 20000;
#   plan B has 1.25 times as many), SEED (default 1, for the random kill delays),
#   WORKDIR (default a fresh temporary folder, removed at the end unless KEEP=1).
#
# Makes two different valid plans A and B with bench/make_large_plan.py, imports A to
# target.cplan, then repeatedly imports the other plan over target.cplan (A, B, A, ...) and
# kills the import with kill -9. Odd iterations kill after a random delay spread over the
# import's whole measured duration (most of which is JSON parsing); even iterations wait until
# the temporary file appears and kill after a random delay spread over the measured
# write/fsync/rename window, where a non-atomic save would show. After each kill, `--check target.cplan` must exit 0 and print exactly the OK line
# of the old plan or of the new one (same counts, same name), and the file must be
# byte-identical to the old or the new plan's .cplan. Temporary files left behind by killed
# saves (.target.cplan.XXXXXX.saving) are counted, reported and removed.
# Prints "N passed, M failed" and exits 1 on any failure.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
iterations=${ITERATIONS:-200}
items_a=${ITEMS:-20000}
items_b=$((items_a + items_a / 4))
RANDOM=${SEED:-1}
py=/usr/bin/python3

bin=${1:-}
if [[ -z $bin ]]; then
    for f in "$repo"/build*/src/app/campaign-planner; do
        if [[ -x $f ]]; then bin=$f; break; fi
    done
fi
[[ -n $bin && -x $bin ]] || { echo "no campaign-planner binary; pass its path" >&2; exit 2; }

if [[ -n ${WORKDIR:-} ]]; then
    work=$WORKDIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/cplan-kill.XXXXXX")
    if [[ ${KEEP:-0} != 1 ]]; then
        trap 'rm -rf "$work"' EXIT
    fi
fi
export QT_QPA_PLATFORM=offscreen

target=$work/target.cplan
echo "binary: $bin"
echo "work:   $work"

# --- two plans and what --check says about each -------------------------------------------
"$py" "$repo/bench/make_large_plan.py" --items "$items_a" --seed 1 --out "$work/A.json" 2> /dev/null || exit 2
"$py" "$repo/bench/make_large_plan.py" --items "$items_b" --seed 2 --out "$work/B.json" 2> /dev/null || exit 2
"$bin" --import-json "$work/A.json" "$work/A.cplan" || exit 2
"$bin" --import-json "$work/B.json" "$work/B.cplan" || exit 2
sum_a=$(sha256sum < "$work/A.cplan" | cut -d' ' -f1)
sum_b=$(sha256sum < "$work/B.cplan" | cut -d' ' -f1)

# The OK line without "OK: PATH: " so that the lines of A.cplan and target.cplan compare.
check_body() {
    local out rc
    out=$("$bin" --check "$1" 2>&1)
    rc=$?
    if [[ $rc -ne 0 ]]; then
        echo "EXIT $rc: $out"
        return 1
    fi
    echo "${out#OK: "$1": }"
}
line_a=$(check_body "$work/A.cplan") || { echo "plan A does not check: $line_a" >&2; exit 2; }
line_b=$(check_body "$work/B.cplan") || { echo "plan B does not check: $line_b" >&2; exit 2; }
[[ $line_a != "$line_b" && $sum_a != "$sum_b" ]] || { echo "plans A and B are not different" >&2; exit 2; }
echo "A: $line_a"
echo "B: $line_b"
# A save of the same plan writes the same bytes? Then the byte comparison below is exact.
"$bin" --import-json "$work/A.json" "$work/A2.cplan" || exit 2
if cmp -s "$work/A.cplan" "$work/A2.cplan"; then
    bytes_exact=1
else
    bytes_exact=0
    echo "note: saving the same plan twice gives different bytes; comparing --check lines only"
fi

# --- how long an import over the target takes ---------------------------------------------
pattern="$work/.target.cplan.*.saving"
now_us() { local t=${EPOCHREALTIME/./}; echo $((10#$t)); }
# Waits until the temporary file of the save appears or the process ends; prints the time.
wait_for_temp() {
    local pid=$1 limit=$(($(now_us) + 20000000))
    while ! compgen -G "$pattern" > /dev/null; do
        [[ $(< "/proc/$pid/stat") == *") Z "* || $(now_us) -gt $limit ]] && break
    done
    now_us
}
cp "$work/A.cplan" "$target"
durations=() windows=()
for i in 1 2 3; do
    t0=$(now_us)
    "$bin" --import-json "$work/B.json" "$target" &
    pid=$!
    tt=$(wait_for_temp "$pid")
    wait "$pid" || exit 2
    t1=$(now_us)
    durations+=($(((t1 - t0) / 1000)))
    windows+=($(((t1 - tt) / 1000)))
done
duration_ms=$(printf '%s\n' "${durations[@]}" | sort -n | sed -n 2p)
window_ms=$(printf '%s\n' "${windows[@]}" | sort -n | sed -n 2p)
max_delay_ms=$((duration_ms + duration_ms / 10))
max_window_ms=$((window_ms + window_ms / 10 + 1))
echo "import of B over the target: ${durations[*]} ms (median ${duration_ms} ms); from the temporary file to the end: ${windows[*]} ms"
echo "kills: odd runs spread over 0..${max_delay_ms} ms from the start, even runs over 0..${max_window_ms} ms after the temporary file appears"

# --- the loop -----------------------------------------------------------------------------
cp "$work/A.cplan" "$target"
state=A # what the target holds now
passed=0 failed=0 killed=0 finished=0 left_behind=0 killed_with_temp=0 became_new=0 stayed_old=0
for ((i = 1; i <= iterations; i++)); do
    if [[ $state == A ]]; then new=B; else new=A; fi
    "$bin" --import-json "$work/$new.json" "$target" 2> /dev/null &
    pid=$!
    if ((i % 2)); then
        delay_ms=$(((RANDOM * 32768 + RANDOM) % (max_delay_ms + 1)))
        delay_us=$((delay_ms * 1000))
    else
        wait_for_temp "$pid" > /dev/null
        delay_us=$(((RANDOM * 32768 + RANDOM) % (max_window_ms * 1000 + 1)))
        delay_ms="temp+$((delay_us / 1000))"
    fi
    ((delay_us > 0)) && sleep "$(printf '%d.%06d' $((delay_us / 1000000)) $((delay_us % 1000000)))"
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    rc=$?
    if [[ $rc -eq 137 ]]; then
        killed=$((killed + 1))
    elif [[ $rc -eq 0 ]]; then
        finished=$((finished + 1))
    else
        echo "iteration $i: the import exited with $rc (neither finished nor killed)"
    fi

    temps=("$work"/.target.cplan.*.saving)
    if [[ -e ${temps[0]} ]]; then
        left_behind=$((left_behind + ${#temps[@]}))
        killed_with_temp=$((killed_with_temp + 1))
        rm -f "${temps[@]}"
    fi

    body=$(check_body "$target")
    ok=1
    if [[ $body == "$line_a" ]]; then
        now=A
    elif [[ $body == "$line_b" ]]; then
        now=B
    else
        ok=0
        echo "iteration $i (delay ${delay_ms} ms, rc $rc): --check says: $body"
    fi
    if [[ $ok == 1 && $now != "$state" && $now != "$new" ]]; then
        ok=0
        echo "iteration $i: the target holds $now, expected $state or $new"
    fi
    if [[ $ok == 1 && $rc -eq 0 && $now != "$new" ]]; then
        ok=0
        echo "iteration $i: the import finished but the target still holds the old plan"
    fi
    if [[ $ok == 1 && $bytes_exact == 1 ]]; then
        sum=$(sha256sum < "$target" | cut -d' ' -f1)
        if [[ ($now == A && $sum != "$sum_a") || ($now == B && $sum != "$sum_b") ]]; then
            ok=0
            echo "iteration $i: the target checks as $now but its bytes differ from $now.cplan"
        fi
    fi
    if [[ $ok == 1 ]]; then
        passed=$((passed + 1))
        [[ $now == "$state" ]] && stayed_old=$((stayed_old + 1)) || became_new=$((became_new + 1))
        state=$now
    else
        failed=$((failed + 1))
        cp "$target" "$work/failed-$i.cplan" 2> /dev/null
        cp "$work/A.cplan" "$target"
        state=A
    fi
done

echo "kills: $iterations runs; $killed killed by SIGKILL, $finished finished before the kill"
echo "after the kill the target held the old plan $stayed_old times, the new plan $became_new times"
echo "temporary .saving files left behind: $left_behind (in $killed_with_temp runs; removed)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
