#!/usr/bin/env bash
# One entry point for a Debian 12 machine: installs what is missing, builds, then runs the GUI or the tests.
#   packaging/dev.sh run    build and start the probitas GUI on the embedded demo store
#   packaging/dev.sh test   build and run every test (what .ci/run calls)
# Both are idempotent: with nothing missing and nothing changed they take seconds.
set -euo pipefail

readonly source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly minimum_libssl="3.0.22" # older 3.0 builds accept forged AuthEnvelopedData (CVE-2026-34182)

# Debian 12 package names; the list is the single source of what the project needs from the system.
readonly packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql
    libssl-dev libssl3 openssl
    libbenchmark-dev
    xvfb xauth fonts-dejavu-core
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "dev.sh: installing packages needs root or sudo: $*" >&2
        exit 1
    fi
}

missing_packages() {
    local package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' || echo "$package"
    done
}

libssl_is_recent_enough() {
    local installed
    installed="$(dpkg-query -W -f='${Version}' libssl3 2>/dev/null || true)"
    [ -n "$installed" ] && dpkg --compare-versions "$installed" ge "$minimum_libssl"
}

ensure_system_packages() {
    local missing
    missing="$(missing_packages)"
    if [ -n "$missing" ] || ! libssl_is_recent_enough; then
        echo "dev.sh: installing: ${missing:-libssl3 upgrade}" | tr '\n' ' '
        echo
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${packages[@]}" >/dev/null
    fi
    if ! libssl_is_recent_enough; then
        echo "dev.sh: libssl3 >= $minimum_libssl is required (found $(dpkg-query -W -f='${Version}' libssl3))." >&2
        echo "dev.sh: enable the Debian security archive (bookworm-security) and run this again." >&2
        exit 1
    fi
}

build() {
    cd "$source_dir"
    if [ ! -f build/CMakeCache.txt ]; then
        cmake --preset default >/dev/null
    fi
    cmake --build --preset default
}

case "${1:-}" in
run)
    ensure_system_packages
    build
    exec "$source_dir/build/app/probitas" "${@:2}"
    ;;
test)
    ensure_system_packages
    build
    cd "$source_dir"
    exec ctest --preset default -j "$(nproc)"
    ;;
*)
    echo "usage: packaging/dev.sh run|test" >&2
    exit 2
    ;;
esac
