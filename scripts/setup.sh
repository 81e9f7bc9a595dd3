#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), configures and builds.
# Idempotent: with everything in place it only runs an incremental build.
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake -D options...]
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-"$top/build"}
shift || true

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev sqlite3
    postgresql-15 libpq-dev libqt6sql6-psql
    qt6-charts-dev qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libgl-dev fonts-noto-cjk poppler-utils python3 python3-numpy
    dpkg-dev file desktop-file-utils appstream
    libxlsxwriter-dev libminizip-dev
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAIR_WERROR=ON "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
