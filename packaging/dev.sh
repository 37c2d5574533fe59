#!/usr/bin/env bash
# One entry point for a Debian 12 machine: installs what is missing, builds, then runs the GUI or the tests.
#   packaging/dev.sh run    build and start the probitas GUI on the embedded demo store
#   packaging/dev.sh package  build the Debian package build/package/probitas_<version>_amd64.deb
#   packaging/dev.sh test   build, package, and run every test (what .ci/run calls)
# Both are idempotent: with nothing missing and nothing changed they take seconds.
set -euo pipefail

readonly source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly minimum_libssl="3.0.22" # older 3.0 builds accept forged AuthEnvelopedData (CVE-2026-34182)

# Debian 12 package names; the list is the single source of what the project needs from the system.
readonly packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev libsqlite3-dev
    libssl-dev libssl3 openssl
    libbenchmark-dev
    postgresql
    xvfb xauth fonts-dejavu-core poppler-utils
    tzdata
    dpkg-dev fakeroot file librsvg2-bin lintian desktop-file-utils appstream man-db devscripts
    dbus-daemon dbus-bin
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

# A throwaway PostgreSQL cluster for the store's PostgreSQL suite: created as the postgres user in a fresh
# directory, on a free loopback port, stopped and deleted when the tests end. Where none can start (no root,
# no sudo), the suite prints why and skips.
test_cluster_directory=""
test_cluster_bin=""

run_as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n -u postgres -- "$@"
    else
        return 1
    fi
}

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# TLS for the throwaway cluster, as a court's server has it (docs/deployment.md): a throwaway CA, the server's
# certificate for 127.0.0.1 and localhost, and pg_hba.conf: the postgres superuser of the tests over the loopback
# (and its replication connections, which tst_store_ops's base backup and standby make), every other login over
# TLS with its SCRAM password only (the server suite's attacker included).
make_test_tls() {
    local directory="$1"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Probitas test CA" \
        -keyout "$directory/ca.key" -out "$directory/ca.pem" >/dev/null 2>&1 &&
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
            -keyout "$directory/server.key" -out "$directory/server.csr" >/dev/null 2>&1 &&
        openssl x509 -req -in "$directory/server.csr" -CA "$directory/ca.pem" -CAkey "$directory/ca.key" \
            -CAcreateserial -days 2 -out "$directory/server.crt" \
            -extfile <(printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n') >/dev/null 2>&1 &&
        printf '%s\n' "local all all trust" "host all postgres 127.0.0.1/32 trust" \
            "host replication postgres 127.0.0.1/32 trust" \
            "hostssl all all 127.0.0.1/32 scram-sha-256" "host all all 127.0.0.1/32 reject" \
            >"$directory/pg_hba.conf" &&
        chmod 644 "$directory/server.key" "$directory/server.crt" "$directory/ca.pem" "$directory/pg_hba.conf" &&
        run_as_postgres sh -c 'cp "$1/server.key" "$1/server.crt" "$1/pg_hba.conf" "$1/data/" &&
            chmod 600 "$1/data/server.key"' sh "$directory"
}

start_test_postgresql() {
    test_cluster_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$test_cluster_bin" ] || ! id postgres >/dev/null 2>&1; then
        echo "dev.sh: no PostgreSQL server installed: the PostgreSQL tests will be skipped"
        return 0
    fi
    test_cluster_directory="$(mktemp -d "${TMPDIR:-/tmp}/probitas-pgtest.XXXXXX")"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$test_cluster_directory"
    else
        chmod 777 "$test_cluster_directory" # the postgres user writes its data and socket here
    fi
    local port
    for port in $(seq 55432 55532); do
        port_is_free "$port" && break
    done
    if ! run_as_postgres "$test_cluster_bin/initdb" -D "$test_cluster_directory/data" -A trust -U postgres \
        -E UTF8 --no-sync >"$test_cluster_directory/initdb.log" 2>&1 ||
        ! make_test_tls "$test_cluster_directory" ||
        ! run_as_postgres "$test_cluster_bin/pg_ctl" -D "$test_cluster_directory/data" -w -t 60 \
            -l "$test_cluster_directory/server.log" \
            -o "-k $test_cluster_directory -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on" \
            start >/dev/null; then
        echo "dev.sh: could not start a throwaway PostgreSQL server (needs root, sudo or the postgres user):" \
            "the PostgreSQL tests will be skipped"
        return 0
    fi
    export PROBITAS_TEST_POSTGRESQL="postgresql://postgres@127.0.0.1:$port/postgres"
    export PROBITAS_TEST_POSTGRESQL_CA="$test_cluster_directory/ca.pem"
    # For tst_store_ops, which starts clusters of its own (a restored base backup, a standby) beside it.
    export PROBITAS_TEST_POSTGRESQL_BIN="$test_cluster_bin"
    export PROBITAS_TEST_POSTGRESQL_DIR="$test_cluster_directory"
    echo "dev.sh: throwaway PostgreSQL server on 127.0.0.1:$port for the tests"
}

stop_test_postgresql() {
    if [ -n "$test_cluster_directory" ] && [ -d "$test_cluster_directory/data" ]; then
        run_as_postgres "$test_cluster_bin/pg_ctl" -D "$test_cluster_directory/data" -m immediate stop \
            >/dev/null 2>&1 || true
    fi
    if [ -n "$test_cluster_directory" ]; then
        rm -rf "$test_cluster_directory"
    fi
}

build() {
    cd "$source_dir"
    if [ ! -f build/CMakeCache.txt ]; then
        cmake --preset default >/dev/null
    fi
    cmake --build --preset default
}

# The .deb, with CPack (packaging/CMakeLists.txt); dpkg-shlibdeps computes its library dependencies.
build_package() {
    cd "$source_dir/build"
    rm -rf package
    cpack -G DEB >/dev/null
    echo "dev.sh: $(ls "$source_dir"/build/package/probitas_*.deb)"
}

case "${1:-}" in
run)
    ensure_system_packages
    build
    # The demonstration at once, not the first start's choice a new user sees.
    exec "$source_dir/build/app/probitas" --demo "${@:2}"
    ;;
package)
    ensure_system_packages
    build
    build_package
    ;;
test)
    ensure_system_packages
    build
    build_package
    cd "$source_dir"
    start_test_postgresql
    trap stop_test_postgresql EXIT
    status=0
    ctest --preset default -j "$(nproc)" || status=$?
    exit "$status"
    ;;
*)
    echo "usage: packaging/dev.sh run|package|test" >&2
    exit 2
    ;;
esac
