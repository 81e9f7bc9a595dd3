#!/usr/bin/env bash
# Installs what is missing, builds, and opens the dashboard on the embedded database.
# Any arguments go to the program: ./run.sh --db my.sqlite, ./run.sh import FILE ...
set -euo pipefail
top=$(cd "$(dirname "$0")" && pwd)
"$top/scripts/setup.sh" "$top/build" >&2
exec "$top/build/app/ai-readiness" "$@"
