#!/usr/bin/env bash
# Tests the Debian package as an official's machine would get it: a fresh Debian 12 (bookworm) root made
# with debootstrap, the .deb installed there with apt-get (which brings its declared dependencies from
# the mirror), the program run as a plain user, and the installed desktop entry and AppStream metadata
# validated with Debian's own tools inside that root. Needs root (debootstrap, chroot) and the Debian
# mirror the machine's apt uses; nothing else from outside.
#
# Usage: scripts/test-deb.sh [PACKAGE.deb]
#   Without an argument: builds build/ and makes the package there (cpack -G DEB), as the README says.
#   The bookworm base system is kept as a tarball in $AIR_CACHE_DIR (default: the folder beside the
#   checkout, ../.cache) and the downloaded packages in its apt archive, so a rerun downloads nothing.
#   Ends with "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cache=${AIR_CACHE_DIR:-"$(dirname "$top")/.cache"}/debootstrap
started=$(date +%s)

[ "$(id -u)" -eq 0 ] || { echo "test-deb: run as root (debootstrap and chroot need it)" >&2; exit 2; }

deb=${1:-}
if [ -z "$deb" ]; then
    "$top/scripts/setup.sh" "$top/build"
    (cd "$top/build" && cpack -G DEB >/dev/null)
    deb=$(ls -t "$top"/build/ai-readiness_*.deb | head -n 1)
fi
[ -f "$deb" ] || { echo "test-deb: no package at '$deb'" >&2; exit 2; }
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

if ! command -v debootstrap >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

# The mirror this machine's apt uses for bookworm (deb822 or one-line sources); debootstrap's own
# default where none is found.
mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 ~ /^bookworm$/ { print $2; exit }' /etc/apt/sources.list 2>/dev/null || true)

mkdir -p "$cache/archives/partial"
tarball="$cache/bookworm-minbase-amd64.tar.gz"
if [ ! -f "$tarball" ]; then
    echo "test-deb: making the bookworm base tarball (once): $tarball"
    work=$(mktemp -d)
    debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$work" $mirror >"$cache/make-tarball.log" 2>&1 \
        || { rm -rf "$work"; echo "test-deb: debootstrap failed, see $cache/make-tarball.log" >&2; exit 1; }
    rm -rf "$work"
    mv "$tarball.part" "$tarball"
fi

root=$(mktemp -d /tmp/air-deb-root.XXXXXX)
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
echo "test-deb: a fresh bookworm root in $root"
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" $mirror >"$root.log" 2>&1 \
    || { cat "$root.log" >&2; exit 1; }
rm -f "$root.log"
chmod 755 "$root" # mktemp made it 0700: a plain user must reach /usr
for m in proc dev dev/pts; do
    mount --bind "/$m" "$root/$m"
    mounted+=("$root/$m")
done
# The packages apt downloads are kept between runs.
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
mounted+=("$root/var/cache/apt/archives")
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_user() { chroot --userspec=official:official "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/official LANG=C.UTF-8 "$@"; }

passed=0 failed=0
check() { # check NAME COMMAND...: runs it, prints its output on failure
    local name=$1 out
    shift
    if out=$("$@" 2>&1); then
        passed=$((passed + 1))
        echo "PASS: $name"
    else
        failed=$((failed + 1))
        echo "FAIL: $name"
        echo "$out" | sed 's/^/    /'
    fi
}

echo "test-deb: installing $(basename "$deb") with apt-get"
# apt's download user cannot write to the archive bind-mounted from this machine: download as root.
echo 'APT::Sandbox::User "root";' >"$root/etc/apt/apt.conf.d/99air-test-deb"
in_root apt-get update -qq
check "apt-get install ./$(basename "$deb")" \
    in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")"
in_root useradd --create-home --shell /bin/sh official

version_out=$(as_user ai-readiness --version 2>&1 || true)
echo "$version_out" | sed 's/^/    /'
check "ai-readiness --version (a plain user)" sh -c "printf '%s\n' \"\$1\" | grep -Eq '^ai-readiness [0-9.]+$' && printf '%s\n' \"\$1\" | grep -Eq '^dataset [0-9]{4}-[0-9]{2}-[0-9]{2} \(digest [0-9]+-[0-9a-f]{16}\)$'" _ "$version_out"
check "ai-readiness --db /tmp/x.sqlite check (a plain user)" as_user ai-readiness --db /tmp/x.sqlite check
check "the briefing as PDF, Korean (fonts, plugins, translations)" \
    as_user ai-readiness --db /tmp/x.sqlite export-pdf /tmp/briefing.pdf --lang ko
digest=$(printf '%s\n' "$version_out" | sed -n 's/^dataset .* (digest \(.*\))$/\1/p')
uid=$(in_root id -u official)
stored=$(as_user ai-readiness --db /tmp/x.sqlite check 2>&1 | sed -n 's/^bundled dataset: //p')
check "the user's database holds the bundled dataset that --version names" sh -c \
    "stat -c '%u %n' '$root/tmp/x.sqlite' '$root/tmp/briefing.pdf' && echo \"stored: $stored, --version: $digest\" \
     && [ \"\$(stat -c %u '$root/tmp/x.sqlite')\" = '$uid' ] && [ -s '$root/tmp/briefing.pdf' ] && [ -n '$digest' ] \
     && [ '$stored' = '$digest' ]"
check "installed files" sh -c "cd '$root/usr/share' && ls applications/ai-readiness.desktop icons/hicolor/scalable/apps/ai-readiness.svg \
    icons/hicolor/256x256/apps/ai-readiness.png metainfo/*.metainfo.xml man/man1/ai-readiness.1.gz"

in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends desktop-file-utils appstream" >/dev/null
check "desktop-file-validate ai-readiness.desktop" in_root desktop-file-validate /usr/share/applications/ai-readiness.desktop
check "appstreamcli validate (metainfo)" in_root sh -c 'appstreamcli validate --no-net /usr/share/metainfo/*.metainfo.xml'

echo "test-deb: $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
