#!/usr/bin/env bash
# Checks build/package/probitas_<version>_amd64.deb (see CMakeLists.txt). Each failure says what is wrong.
set -euo pipefail
readonly build_dir="$1" source_dir="$2"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

deb="$(ls "$build_dir"/package/probitas_*_amd64.deb 2>/dev/null | head -n 1 || true)"
# Made again when missing, or older than the programs it would hold.
if [ -z "$deb" ] || [ "$build_dir/app/probitas" -nt "$deb" ] || [ "$build_dir/app/probitas-cli" -nt "$deb" ]; then
    rm -rf "$build_dir/package"
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    deb="$(ls "$build_dir"/package/probitas_*_amd64.deb)"
fi
echo "package: $deb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
dpkg-deb -x "$deb" "$root"

# The control file: the libraries dpkg-shlibdeps found, and what the programs load without linking.
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in "libssl3 (>= 3.0.22)" libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
    qt6-qpa-plugins libc6; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done

# What the package holds.
for file in usr/bin/probitas usr/bin/probitas-cli \
    usr/share/applications/fr.probitas.Probitas.desktop usr/share/metainfo/fr.probitas.Probitas.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/fr.probitas.Probitas.svg \
    usr/share/man/man1/probitas.1.gz usr/share/man/man1/probitas-cli.1.gz \
    usr/share/doc/probitas/copyright usr/share/doc/probitas/changelog.gz; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/fr.probitas.Probitas.png"
    if ! file "$icon" | grep -q "PNG image data, $size x $size"; then
        fail "no ${size}x${size} PNG icon: $(file "$icon")"
    fi
done

# lintian: no error (tags of lower severity are printed for the reader).
if ! lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1; then
    fail "lintian: $(grep '^E:' "$work/lintian.txt" || cat "$work/lintian.txt")"
fi
sed 's/^/lintian: /' "$work/lintian.txt"

desktop-file-validate "$root/usr/share/applications/fr.probitas.Probitas.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/fr.probitas.Probitas.metainfo.xml" ||
    fail "appstreamcli validate"
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)"
    [ -z "$warnings" ] || fail "man --warnings $(basename "$page"): $warnings"
    lexgrog "$page" >/dev/null || fail "lexgrog $(basename "$page"): no NAME section a whatis can read"
done
# Every command of probitas-cli has its section in the man page.
commands="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/probitas-cli" --help 2>&1 |
    awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1}')"
[ -n "$commands" ] || fail "probitas-cli --help lists no commands"
manual="$(zcat "$root/usr/share/man/man1/probitas-cli.1.gz")"
for command in $commands; do
    grep -q "probitas\\\\-cli $command\\b" <<<"$manual" || fail "probitas-cli.1 does not document the command $command"
done

# Debian's hardening, as hardening-check sees it: PIE, stack protector, fortified functions, RELRO and
# immediate binding. Not control-flow protection: the code is built with -fcf-protection, but the program
# carries the property only when every object linked in does, which Debian's own (postgres, psql) do not.
for binary in "$root"/usr/bin/probitas "$root"/usr/bin/probitas-cli; do
    if ! hardening-check --quiet --nocfprotection "$binary" >"$work/hardening.txt" 2>&1; then
        fail "hardening-check $(basename "$binary"): $(cat "$work/hardening.txt")"
    fi
done

# The programs from the unpacked root, each in a home of its own.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version="$("$root/usr/bin/probitas-cli" --version 2>&1)" || fail "probitas-cli --version: $version"
[[ "$version" == "probitas-cli $(dpkg-deb -f "$deb" Version)"* ]] ||
    fail "probitas-cli --version says '$version', the package $(dpkg-deb -f "$deb" Version)"
[[ "$version" != *"test-only"* ]] || fail "the package was built from a test-only build: $version"
# The identity files it writes are protected as crypto/Identity.h says (a test-only build writes fewer
# iterations, and is refused here above): a CA made and shown by the packaged probitas-cli.
export PROBITAS_PASSPHRASE="a passphrase for the package's check"
if ! "$root/usr/bin/probitas-cli" ca create --name "CA du paquet" --out "$work/ca.p12" >"$work/ca.txt" 2>&1; then
    fail "probitas-cli ca create from the package: $(cat "$work/ca.txt")"
elif ! "$root/usr/bin/probitas-cli" identity show "$work/ca.p12" >"$work/ca.txt" 2>&1; then
    fail "probitas-cli identity show from the package: $(cat "$work/ca.txt")"
elif ! grep -q "^Protection: PBES2/PBKDF2, 600000 iterations at the weakest$" "$work/ca.txt"; then
    fail "the packaged probitas-cli writes identity files not at 600,000 iterations: $(cat "$work/ca.txt")"
fi
unset PROBITAS_PASSPHRASE
shot="$work/probitas-from-the-package.png"
if ! QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/probitas" --screenshot "$shot" >"$work/gui.txt" 2>&1; then
    fail "probitas --screenshot from the package: $(cat "$work/gui.txt")"
elif ! file "$shot" | grep -q "PNG image data"; then
    fail "probitas from the package saved no PNG: $(file "$shot")"
elif [ -n "${PROBITAS_TEST_ARTIFACTS:-}" ]; then
    cp "$shot" "$PROBITAS_TEST_ARTIFACTS/"
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "every check passed"
