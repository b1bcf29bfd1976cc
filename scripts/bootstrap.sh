#!/usr/bin/env bash
# Installs every Debian package LTC Desk needs to build, run and test. Idempotent.
set -euo pipefail
PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  libqt6svg6 qt6-translations-l10n
  qtkeychain-qt6-dev
  catch2 libsqlite3-dev sqlite3 libsodium-dev libxlsxwriter-dev libicu-dev
  postgresql postgresql-client libpq-dev openssl
  xvfb xauth imagemagick fonts-noto-cjk
  dbus dbus-x11 gnome-keyring libsecret-tools time poppler-utils unzip
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "bootstrap: all packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "bootstrap: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
