#!/usr/bin/env bash
# Crash safety of saving (DESIGN.md §3): "a crash or kill -9 at any instant leaves either the
# old or the new plan, complete".
#
# Usage: tests/scripts/kill_during_save.sh [CAMPAIGN_PLANNER_BINARY]
#   The binary defaults to the first build*/src/app/campaign-planner of the repository.
#   Environment: KILLS (random kills that must land, default 200; ITERATIONS is an alias), ITEMS (content items of plan A,
#   default 20000; plan B has 1.25 times as many), SEED (default 1, for the random delays),
#   SYSCALL_POINTS (default 1: also the deterministic pass below, when strace is installed),
#   VERBOSE=1 (one line per kill), WORKDIR (default a fresh temporary folder, removed at the
#   end unless KEEP=1).
#
# Makes two different valid plans A and B with bench/make_large_plan.py and imports A to
# target.cplan. Then:
#  1. Random kills: imports the other plan over target.cplan (A, B, A, ...) with --import-json
#     and kills it with kill -9 after a random delay, until KILLS imports were really killed
#     (one that finished first does not count; at most 3 * KILLS attempts). Odd runs spread the
#     delay over the whole measured import of that plan (mostly JSON parsing and validation),
#     even runs over its last 40 % (building the SQLite image, writing, renaming).
#  2. Syscall points (needs strace): the file on disk only changes at system calls, so a kill
#     before each system call of the save, from creating the temporary file to the exit, covers
#     every state a kill can leave. For each such call, imports B over A with
#     `strace -e inject=CALL:signal=KILL:when=N`, which kills the process as it enters that
#     call. Before the rename the target must still be A, after it B.
# After every kill, `--check target.cplan` must exit 0 and print exactly the OK line of the old
# plan or of the new one (same counts, same name), and the file must be byte-identical to the
# old or the new plan's .cplan. Temporary files left behind by killed saves
# (.target.cplan.XXXXXX.saving) are counted, reported and removed.
# Prints "N passed, M failed" and exits 1 on any failure.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
kills_wanted=${KILLS:-${ITERATIONS:-200}}
items_a=${ITEMS:-20000}
items_b=$((items_a + items_a / 4))
RANDOM=${SEED:-1}
verbose=${VERBOSE:-0}
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
# Does a save of the same plan write the same bytes? Then the byte comparison below is exact.
"$bin" --import-json "$work/A.json" "$work/A2.cplan" || exit 2
if cmp -s "$work/A.cplan" "$work/A2.cplan"; then
    bytes_exact=1
else
    bytes_exact=0
    echo "note: saving the same plan twice gives different bytes; comparing --check lines only"
fi

# Microseconds since the epoch, without a fork, in $now.
clock() { now=${EPOCHREALTIME/./}; now=$((10#$now)); }
# Waits $1 microseconds: sleep(1) for the bulk, a fork-free spin for the last 20 ms.
pause_us() {
    local until
    clock
    until=$((now + $1))
    if (($1 > 20000)); then
        sleep "$(printf '%d.%06d' $((($1 - 20000) / 1000000)) $((($1 - 20000) % 1000000)))"
    fi
    clock
    while ((now < until)); do clock; done
}

passed=0 failed=0 left_behind=0 runs_with_temp=0

# Checks the target after a kill. $1 = run label, $2 = old plan (A/B), $3 = new plan,
# $4 = the import's exit status, $5 = the plan the target must hold, if known.
# Sets $now_holds to A or B on success.
verify() {
    local label=$1 old=$2 new=$3 rc=$4 expect=${5:-} body sum ok=1 temps
    temps=("$work"/.target.cplan.*.saving)
    if [[ -e ${temps[0]} ]]; then
        left_behind=$((left_behind + ${#temps[@]}))
        runs_with_temp=$((runs_with_temp + 1))
        rm -f "${temps[@]}"
    fi
    body=$(check_body "$target")
    now_holds=
    if [[ $body == "$line_a" ]]; then
        now_holds=A
    elif [[ $body == "$line_b" ]]; then
        now_holds=B
    else
        ok=0
        echo "$label (exit $rc): --check says: $body"
    fi
    if [[ $ok == 1 && $now_holds != "$old" && $now_holds != "$new" ]]; then
        ok=0
        echo "$label: the target holds $now_holds, expected $old or $new"
    fi
    if [[ $ok == 1 && $rc -eq 0 && $now_holds != "$new" ]]; then
        ok=0
        echo "$label: the import finished but the target still holds the old plan"
    fi
    if [[ $ok == 1 && -n $expect && $now_holds != "$expect" ]]; then
        ok=0
        echo "$label: the target holds $now_holds, expected $expect"
    fi
    if [[ $ok == 1 && $bytes_exact == 1 ]]; then
        sum=$(sha256sum < "$target" | cut -d' ' -f1)
        if [[ ($now_holds == A && $sum != "$sum_a") || ($now_holds == B && $sum != "$sum_b") ]]; then
            ok=0
            echo "$label: the target checks as $now_holds but its bytes differ from $now_holds.cplan"
        fi
    fi
    if [[ $ok == 1 ]]; then
        passed=$((passed + 1))
        return 0
    fi
    failed=$((failed + 1))
    cp "$target" "$work/failed-$failed.cplan" 2> /dev/null
    return 1
}

# --- 1. random kills ----------------------------------------------------------------------
# How long importing each plan over the other takes (median of 3).
declare -A duration_ms
for plan in A B; do
    other=B
    [[ $plan == B ]] && other=A
    times=()
    for i in 1 2 3; do
        cp "$work/$other.cplan" "$target"
        clock
        t0=$now
        "$bin" --import-json "$work/$plan.json" "$target" || exit 2
        clock
        times+=($(((now - t0) / 1000)))
    done
    duration_ms[$plan]=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
    echo "import of $plan over $other: ${times[*]} ms (median ${duration_ms[$plan]} ms)"
done
echo "random kills: odd runs after 0..100 % of the import's median time, even runs after 60..100 %"

cp "$work/A.cplan" "$target"
state=A # what the target holds now
attempts=0 killed=0 finished=0 stayed_old=0 became_new=0
while ((killed < kills_wanted && attempts < 3 * kills_wanted)); do
    attempts=$((attempts + 1))
    if [[ $state == A ]]; then new=B; else new=A; fi
    d=${duration_ms[$new]}
    if ((attempts % 2)); then
        delay_ms=$(((RANDOM * 32768 + RANDOM) % (d + 1)))
    else
        delay_ms=$((d * 6 / 10 + (RANDOM * 32768 + RANDOM) % (d - d * 6 / 10 + 1)))
    fi
    "$bin" --import-json "$work/$new.json" "$target" 2> /dev/null &
    pid=$!
    pause_us $((delay_ms * 1000))
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    rc=$?
    case $rc in
        137) killed=$((killed + 1)) ;;
        0) finished=$((finished + 1)) ;;
        *) echo "run $attempts: the import exited with $rc (neither finished nor killed)" ;;
    esac
    if verify "run $attempts (import $new after ${delay_ms} ms)" "$state" "$new" "$rc"; then
        [[ $now_holds == "$state" ]] && stayed_old=$((stayed_old + 1)) || became_new=$((became_new + 1))
        state=$now_holds
    else
        cp "$work/A.cplan" "$target"
        state=A
    fi
    [[ $verbose == 1 ]] && echo "run $attempts: import $new, kill after ${delay_ms} ms, exit $rc, target holds ${now_holds:-?}"
done
echo "random kills: $attempts runs; $killed killed by SIGKILL, $finished finished before the kill;" \
    "the target then held the old plan $stayed_old times, the new plan $became_new times"
if ((killed < kills_wanted)); then
    echo "random kills: only $killed of $kills_wanted imports were killed in $attempts runs"
    failed=$((failed + 1))
fi
random_left=$left_behind

# --- 2. a kill before every system call of the save ---------------------------------------
points=0 point_failures_before=$failed
if [[ ${SYSCALL_POINTS:-1} == 1 ]] && command -v strace > /dev/null; then
    cp "$work/A.cplan" "$target"
    strace -o "$work/trace.log" "$bin" --import-json "$work/B.json" "$target" || exit 2
    # name and occurrence number of every call from the temporary file's creation to the exit
    mapfile -t calls < <(awk '
        { name = $0; sub(/\(.*/, "", name) }
        name ~ /^[a-z_0-9]+$/ { seen[name]++ }
        /O_TMPFILE/ || /\.saving/ { started = 1 }
        started && name ~ /^[a-z_0-9]+$/ { print name, seen[name] }' "$work/trace.log")
    if ((${#calls[@]} == 0)); then
        echo "syscall points: the trace shows no temporary file; skipped" >&2
        failed=$((failed + 1))
    fi
    after_rename=0
    for call in "${calls[@]}"; do
        read -r name when <<< "$call"
        cp "$work/A.cplan" "$target"
        expect=A
        ((after_rename)) && expect=B
        # in the background, so that bash does not announce "Killed"
        strace -o /dev/null -e trace="$name" -e inject="$name:signal=KILL:when=$when" \
            "$bin" --import-json "$work/B.json" "$target" 2> /dev/null &
        wait $! 2> /dev/null
        rc=$?
        # strace re-raises the tracee's SIGKILL: 137. exit_group may be reached with 0.
        if [[ $rc -ne 137 && $name != exit_group ]]; then
            echo "syscall point $name #$when: the import was not killed (exit $rc)"
            failed=$((failed + 1))
        fi
        verify "syscall point $name #$when" A B "$rc" "$expect"
        [[ $verbose == 1 ]] && echo "syscall point: killed entering $name #$when, target holds ${now_holds:-?} (expected $expect)"
        [[ $name == rename* ]] && after_rename=1
        points=$((points + 1))
    done
    echo "syscall points: killed entering each of $points system calls" \
        "($(printf '%s ' "${calls[@]}" | sed 's/ \([0-9]*\) /#\1 /g'))"
    echo "syscall points: $((failed - point_failures_before)) failed"
elif [[ ${SYSCALL_POINTS:-1} == 1 ]]; then
    echo "syscall points: skipped (strace is not installed)"
fi

echo "temporary .saving files left behind: $random_left after the random kills," \
    "$((left_behind - random_left)) after the syscall points (removed)"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
