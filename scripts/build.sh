#!/usr/bin/env bash
# Configures (once) and builds Campaign Planner into build/. CI sets CI=true: warnings are errors.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f build/build.ninja ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCPLAN_WERROR=$werror >/dev/null
fi
ninja -C build --quiet -j "$(nproc)" | grep -v '^ninja: no work to do' || true
test -x build/src/app/campaign-planner
