#!/usr/bin/env bash
# Packaging test (label "packaging"): builds the .deb and .rpm with CPack (and compiles the NSIS
# script with makensis), installs the .deb on this machine, checks the installed files and
# programs, proves that the XDG autostart entry starts Stint (with dex), then removes the package
# and checks that its files are gone.
# It installs system packages, so it is registered only with -DSTINT_PACKAGING_TESTS=ON.
#   test-packages.sh <build dir>     (CPACK may name the cpack to use)
set -euo pipefail
# No `grep -q` after a pipe: it stops reading at the first match, and with pipefail the writer's
# SIGPIPE would fail the check at random.

build_dir=$(cd "$1" && pwd)
cpack=${CPACK:-cpack}
work=$(mktemp -d)
stint_pid=""
cleanup() {
    if [[ -n "$stint_pid" ]] && kill -0 "$stint_pid" 2>/dev/null; then
        kill "$stint_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "== $*"; }

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || fail "installing the package needs root or password-less sudo"
    sudo=(sudo -n)
fi
for tool in "$cpack" rpmbuild makensis dex desktop-file-validate appstreamcli lintian man; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (bash .ci/setup installs it)"
done
apt_get=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -q)

step "cpack -G DEB and -G RPM in $build_dir"
(cd "$build_dir" && rm -f stint_*.deb stint-*.rpm && "$cpack" -G DEB && "$cpack" -G RPM) >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
shopt -s nullglob
debs=("$build_dir"/stint_*.deb)
rpms=("$build_dir"/stint-*.rpm)
((${#debs[@]} == 1)) || fail "expected one .deb in $build_dir, found ${#debs[@]}"
((${#rpms[@]} == 1)) || fail "expected one .rpm in $build_dir, found ${#rpms[@]}"
deb=${debs[0]}
rpm -qpl "${rpms[0]}" | grep -x /usr/bin/stint >/dev/null || fail "the .rpm does not contain /usr/bin/stint"
rpm -qpR "${rpms[0]}" | grep "libQt6Core" >/dev/null || fail "the .rpm's requirements do not name Qt (automatic requires)"
dpkg-deb -f "$deb" Depends | grep "libqt6core6" >/dev/null || fail "the .deb's Depends lack the Qt libraries (dpkg-shlibdeps)"
echo "built $(basename "$deb") and $(basename "${rpms[0]}")"

# The Windows installer script (with Stint's start-at-login and data-removal additions) compiled by
# makensis around this build's files: a check of the script, not of a Windows installer.
step "cpack -G NSIS (installer script check)"
(cd "$build_dir" && rm -f stint-*.exe && "$cpack" -G NSIS) >"$work/nsis.log" 2>&1 \
    || { cat "$work/nsis.log"; fail "cpack -G NSIS failed"; }
exes=("$build_dir"/stint-*.exe)
((${#exes[@]} == 1)) || fail "cpack -G NSIS built no installer"
grep -q StintEnableAutostart "$build_dir/_CPack_Packages/Linux/NSIS/project.nsi" \
    || fail "the NSIS script lacks the start-at-login choice"

step "lintian $(basename "$deb")"
# lintian exits non-zero only for errors (with --fail-on error); warnings are listed, not fatal.
lintian --fail-on error --tag-display-limit 0 "$deb" | tee "$work/lintian.log" || fail "lintian reports errors"
warnings=$(grep -c '^W:' "$work/lintian.log" || true)
echo "lintian: no errors, $warnings warning(s)"

# The list of files the package installs, to check they are gone after removal.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' | grep -v '/$' >"$work/files"

step "apt-get install $(basename "$deb")"
"${apt_get[@]}" install --no-install-recommends "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install failed"; }
removed=0
remove_package() {
    if ((removed == 0)); then
        removed=1
        "${apt_get[@]}" remove stint >"$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "apt-get remove failed"; }
    fi
}
# From here on a failure still removes the package.
trap 'remove_package || true; cleanup' EXIT

for file in /usr/bin/stint /usr/bin/stint-cli /usr/share/applications/org.stint.Stint.desktop \
    /usr/share/metainfo/org.stint.Stint.metainfo.xml /usr/share/icons/hicolor/scalable/apps/org.stint.Stint.svg \
    /usr/share/icons/hicolor/48x48/apps/org.stint.Stint.png /usr/share/man/man1/stint.1.gz \
    /usr/share/stint/translations/stint_de.qm /usr/share/stint/translations/stint_en.qm \
    /usr/share/man/man1/stint-cli.1.gz /usr/share/doc/stint/copyright /usr/share/doc/stint/changelog.gz; do
    [[ -f "$file" ]] || fail "$file is not installed"
done

step "installed programs"
version=$(/usr/bin/stint --version)
echo "$version"
[[ "$version" =~ ^stint\ [0-9]+\.[0-9]+\.[0-9]+\ \(Qt\ 6\.[0-9]+\.[0-9]+\)$ ]] || fail "unexpected stint --version: $version"
/usr/bin/stint-cli --version | grep "^stint " >/dev/null || fail "stint-cli --version printed nothing useful"
/usr/bin/stint --help | grep -- "--minimized" >/dev/null || fail "stint --help does not list --minimized"
# The installed stint-cli writes a database (through the installed Qt SQLite plugin) and checks it.
mkdir "$work/data"
cat >"$work/export.json" <<'JSON'
{"buckets": {"aw-watcher-window_packaging": {"id": "aw-watcher-window_packaging", "created": "2026-11-24T09:00:00Z",
 "type": "currentwindow", "client": "aw-watcher-window", "hostname": "packaging",
 "events": [{"timestamp": "2026-11-24T09:00:00Z", "duration": 42.0, "data": {"app": "Editor", "title": "notes"}}]}}}
JSON
/usr/bin/stint-cli --data-dir "$work/data" import "$work/export.json" || fail "stint-cli import"
/usr/bin/stint-cli check --data-dir "$work/data" | tee "$work/check.log" || fail "stint-cli check"
grep -qx "integrity: ok" "$work/check.log" || fail "stint-cli check did not report integrity: ok"
/usr/bin/stint-cli --data-dir "$work/data" buckets | grep "aw-watcher-window_packaging" >/dev/null \
    || fail "stint-cli buckets does not list the imported bucket"
man -l /usr/share/man/man1/stint.1.gz >/dev/null 2>&1 || fail "man cannot read stint.1.gz"
man -l /usr/share/man/man1/stint-cli.1.gz >/dev/null 2>&1 || fail "man cannot read stint-cli.1.gz"

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate /usr/share/applications/org.stint.Stint.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.stint.Stint.metainfo.xml || fail "appstreamcli validate"

step "autostart through dex"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
/usr/bin/stint-cli autostart status | grep -x disabled >/dev/null || fail "autostart is not off by default"
/usr/bin/stint-cli autostart enable || fail "stint-cli autostart enable"
entry="$XDG_CONFIG_HOME/autostart/org.stint.Stint.desktop"
[[ -f "$entry" ]] || fail "no autostart entry at $entry"
/usr/bin/stint-cli autostart status | grep -x enabled >/dev/null || fail "autostart status does not say enabled"
grep -q -- '--minimized' "$entry" || fail "the autostart entry does not start Stint minimized"
[[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]] || fail "no display: run this test under xvfb-run (bash .ci/test does)"
dex --autostart --search-paths "$XDG_CONFIG_HOME/autostart" --verbose >"$work/dex.log" 2>&1 \
    || { cat "$work/dex.log"; fail "dex failed"; }
cat "$work/dex.log"
# dex does not wait for the program, so find the stint whose HOME is this test's folder.
database=""
for _ in $(seq 1 150); do
    database=$(find "$XDG_DATA_HOME" -name stint.db -print -quit)
    for proc in /proc/[0-9]*; do
        [[ "$(readlink "$proc/exe" 2>/dev/null)" == /usr/bin/stint ]] || continue
        if tr '\0' '\n' <"$proc/environ" 2>/dev/null | grep -x "HOME=$HOME" >/dev/null; then
            stint_pid=${proc#/proc/}
        fi
    done
    [[ -n "$stint_pid" && -f "$database" ]] && break
    sleep 0.2
done
[[ -n "$stint_pid" ]] || fail "the autostart entry did not start /usr/bin/stint"
[[ -n "$database" ]] || fail "the started Stint did not create its database under $XDG_DATA_HOME"
tr '\0' ' ' <"/proc/$stint_pid/cmdline" | grep -- '--minimized' >/dev/null || fail "Stint was not started with --minimized"
echo "Stint started by the autostart entry: PID $stint_pid, database $database"
kill -TERM "$stint_pid"
for _ in $(seq 1 100); do
    kill -0 "$stint_pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$stint_pid" 2>/dev/null && fail "Stint (PID $stint_pid) did not end on SIGTERM"
stint_pid=""
/usr/bin/stint-cli check --data-dir "$(dirname "$database")" || fail "the database Stint wrote does not pass check"
/usr/bin/stint-cli autostart disable || fail "stint-cli autostart disable"
[[ ! -e "$entry" ]] || fail "autostart disable left $entry"

step "apt-get remove stint"
remove_package
left=()
while read -r file; do
    [[ -e "$file" ]] && left+=("$file")
done <"$work/files"
((${#left[@]} == 0)) || fail "files left after removal: ${left[*]}"
echo "PASS: package built, installed, checked and removed"
