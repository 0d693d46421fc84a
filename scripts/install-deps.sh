#!/usr/bin/env bash
# Installs the Debian 12 packages that build, test and run Campaign Planner (root or sudo).
# Quiet, and a no-op when everything is already there.
set -euo pipefail
packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libvulkan-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libboost-date-time-dev libsqlite3-dev sqlite3 libqt6svg6
  xvfb xauth poppler-utils fonts-noto-cjk fonts-dejavu-core
  python3-icalendar python3-dateutil
  at-spi2-core python3-pyatspi dbus-x11 xdotool
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing ${#missing[@]} Debian packages (${missing[*]:0:6} ...)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
