#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer (g++) into
# build-asan/ and runs the whole test suite there, headless. Any memory error, leak or
# undefined behaviour stops the test that met it and fails the run. Leaks of the system's own
# libraries (fontconfig and the like) are suppressed by scripts/lsan-suppressions.txt, which
# says why each line is there; nothing of ours is suppressed.
# Long (a full build of everything twice as slow); it runs at the lowest priority, -j2
# (CPLAN_JOBS=1 leaves one compiler slot to others on a shared machine).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CPLAN_ASAN_BUILD:-$root/build-asan}
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCPLAN_WERROR=OFF \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
fi
# CPLAN_SANITIZE_TARGETS="tst_planjson tst_icalendar" builds only those (then pass -R to ctest).
# shellcheck disable=SC2086
nice -n 19 ninja -C "$build" -j"${CPLAN_JOBS:-2}" ${CPLAN_SANITIZE_TARGETS:-}

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$root/scripts/lsan-suppressions.txt
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd "$build"
nice -n 19 ctest --output-on-failure -j2 --timeout 900 "$@"
