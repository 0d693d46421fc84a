#!/usr/bin/env bash
# The whole application over AT-SPI, as a screen reader meets it: starts Xvfb on a free display,
# a session bus (dbus-launch), the accessibility bus (at-spi-bus-launcher), then
# campaign-planner on a temporary copy of the sample plan, and runs atspi_check.py against it.
# Everything it started is stopped again, whatever happens.
#
# Usage: atspi_check.sh CAMPAIGN_PLANNER SAMPLE_JSON
# Needs (Debian 12): xvfb at-spi2-core python3-pyatspi dbus-x11 xdotool (scripts/install-deps.sh).
set -uo pipefail

app=${1:?usage: atspi_check.sh CAMPAIGN_PLANNER SAMPLE_JSON}
sample=${2:?usage: atspi_check.sh CAMPAIGN_PLANNER SAMPLE_JSON}
here=$(cd "$(dirname "$0")" && pwd)
python=/usr/bin/python3 # another python3 may come first on PATH, without pyatspi
launcher=/usr/libexec/at-spi-bus-launcher

missing=()
for tool in Xvfb dbus-launch xdotool; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x "$launcher" ] || missing+=("$launcher (at-spi2-core)")
[ -x "$python" ] && "$python" -c 'import pyatspi' 2>/dev/null || missing+=("pyatspi for $python (python3-pyatspi)")
if [ ! -x "$app" ]; then
  echo "atspi_check: FAILED: $app is not there; build campaign-planner first" >&2
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "atspi_check: FAILED: missing ${missing[*]}; install them with scripts/install-deps.sh" >&2
  exit 1
fi

work=$(mktemp -d /tmp/cplan-atspi.XXXXXX)
pids=() # what this script started, stopped in reverse order

# The processes under `pid` (activated services, the accessibility bus's daemon and registry).
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    descendants "$child"
    echo "$child"
  done
}

cleanup() {
  local status=$? all=() pid
  for pid in "${pids[@]}"; do
    all+=($(descendants "$pid") "$pid")
  done
  for ((i = ${#all[@]} - 1; i >= 0; i--)); do
    kill "${all[i]}" 2>/dev/null
  done
  sleep 0.5
  for pid in "${all[@]}"; do
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# A free display: no lock file and no socket.
display=
for n in $(seq 91 160); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
    display=$n
    break
  fi
done
[ -n "$display" ] || { echo "atspi_check: FAILED: no free X display between :91 and :160" >&2; exit 1; }

Xvfb ":$display" -screen 0 1600x1000x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X$display" ] && break
  sleep 0.1
done
[ -e "/tmp/.X11-unix/X$display" ] || { echo "atspi_check: FAILED: Xvfb did not start on :$display" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"

# A private home: settings, recovery copies and the dbus-launch address file stay in $work.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 LANG=C.UTF-8 # the names are read in English

eval "$(dbus-launch --sh-syntax)" || { echo "atspi_check: FAILED: dbus-launch did not start a session bus" >&2; exit 1; }
pids+=("$DBUS_SESSION_BUS_PID")
"$launcher" --launch-immediately >"$work/at-spi.log" 2>&1 &
pids+=($!)

# The plan: a copy of the sample, made like a person would (File > Import).
plan="$work/sample.cplan"
"$app" --import-json "$sample" "$plan" >/dev/null || { echo "atspi_check: FAILED: cannot make $plan" >&2; exit 1; }

export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1
"$app" "$plan" >"$work/app.log" 2>&1 &
app_pid=$!
pids+=("$app_pid")

"$python" "$here/atspi_check.py" --pid "$app_pid" --plan-json "$sample"
status=$?
if [ $status -ne 0 ] && [ -s "$work/app.log" ]; then
  echo "--- the last lines campaign-planner wrote ---" >&2
  tail -n 30 "$work/app.log" >&2
fi
exit $status
