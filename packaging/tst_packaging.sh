#!/usr/bin/env bash
# What the Debian package installs, checked in the build tree (fast; the install in a fresh Debian root
# is scripts/test-deb.sh): the desktop entry and the AppStream metadata valid by Debian's validators,
# the icon a 256 px PNG, and the man page holding every line of --help.
# Usage: tst_packaging.sh SOURCE_DIR BUILD_DIR PROGRAM METAINFO
set -uo pipefail
src=$1 build=$2 program=$3 metainfo=$4
passed=0 failed=0
check() {
    local name=$1 out
    shift
    if out=$("$@" 2>&1); then
        passed=$((passed + 1)); echo "PASS: $name"
    else
        failed=$((failed + 1)); echo "FAIL: $name"; echo "$out" | sed 's/^/    /'
    fi
}
desktop=$src/ai-readiness.desktop
check "desktop-file-validate" desktop-file-validate "$desktop"
check "desktop entry: Korean and English names, Office and Education" sh -c \
    "grep -qx 'Name\[ko\]=전남 AI 준비도' '$desktop' && grep -q '^Name=Jeonnam' '$desktop' \
     && grep -qx 'Categories=Office;Education;' '$desktop' && grep -qx 'Icon=ai-readiness' '$desktop'"
check "appstreamcli validate" appstreamcli validate --no-net "$metainfo"
check "metainfo: a screenshot and a description, launching ai-readiness.desktop" sh -c \
    "grep -q '<screenshot type=\"default\">' '$metainfo' && grep -q '<description>' '$metainfo' \
     && grep -q '<launchable type=\"desktop-id\">ai-readiness.desktop</launchable>' '$metainfo'"
check "icon: a 256 x 256 PNG" sh -c "file '$build/ai-readiness.png' | grep -q 'PNG image data, 256 x 256'"
# Every line of --help in the man page (roff escapes undone; the builder's home written as ~).
check "man page: every line of --help" python3 - "$program" "$build/ai-readiness.1.gz" <<'PY'
import gzip, os, re, subprocess, sys
env = dict(os.environ, HOME="/nonexistent-home")
env.pop("XDG_DATA_HOME", None)
help_text = subprocess.run([sys.argv[1], "--help"], env=env, check=True, capture_output=True, text=True).stdout
page = gzip.open(sys.argv[2], "rt", encoding="utf-8").read()
plain = [re.sub(r"^\\&", "", l).replace("\\-", "-").replace("\\e", "\\") for l in page.split("\n")]
plain = [re.sub(r"^\.(B|SH) ", "", l) for l in plain]
text = "\n".join(plain)
missing = [l for l in help_text.replace("/nonexistent-home", "~").split("\n")[1:]
           if l.strip() and l.strip().rstrip(":").upper() not in text and l not in plain]
if missing:
    sys.exit("not in the man page:\n" + "\n".join(missing))
PY
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
