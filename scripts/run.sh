#!/usr/bin/env bash
# The README's "run" command: install, build, open the bundled sample plan. Without a display it
# says so and writes the sample's screenshot and PDF report instead, and prints where.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
app=build/src/app/campaign-planner
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
out=${CPLAN_OUT:-$PWD/out}
mkdir -p "$out"
rm -f "$out/sample.cplan"
"$app" --import-json resources/plans/sample.json "$out/sample.cplan"
echo "No display found, so the window cannot open here. Instead:"
"$app" --screenshot "$out/sample-overview.png" --view overview "$out/sample.cplan" 2>/dev/null
echo "  screenshot of the sample plan: $out/sample-overview.png"
"$app" --export-pdf "$out/sample-report.pdf" "$out/sample.cplan"
echo "  PDF report of the sample plan: $out/sample-report.pdf"
echo "  the sample plan file:          $out/sample.cplan"
