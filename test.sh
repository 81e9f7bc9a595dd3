#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless through ctest.
# Exits non-zero on any failure. Benchmarks are not run here (see tests/benchmarks/README.md).
set -euo pipefail
top=$(cd "$(dirname "$0")" && pwd)
"$top/scripts/setup.sh" "$top/build"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$top/build" --label-exclude benchmark --output-on-failure --parallel "$(nproc)" "$@"
