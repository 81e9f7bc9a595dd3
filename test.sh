#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless through ctest.
# Exits non-zero on any failure. Benchmarks are not run here (see tests/benchmarks/README.md).
#
# Usage: ./test.sh [--asan] [ctest options...]
#   --asan  the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer in
#           build-asan (the CMake preset "asan"); any report fails the run. CI runs both.
set -euo pipefail
top=$(cd "$(dirname "$0")" && pwd)
build_dir="$top/build"
if [ "${1:-}" = --asan ]; then
    shift
    build_dir="$top/build-asan"
    "$top/scripts/setup.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Debug -DAIR_SANITIZE=ON
    # Any report (including LeakSanitizer's at exit) fails the test that caused it.
    export ASAN_OPTIONS="halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
else
    "$top/scripts/setup.sh" "$build_dir"
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --label-exclude benchmark --output-on-failure --parallel "$(nproc)" "$@"
