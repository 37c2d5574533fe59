#!/usr/bin/env bash
# One entry point for a Debian 12 machine: installs what is missing, builds, then runs the GUI or the tests.
#   packaging/dev.sh run    build and start the probitas GUI on the embedded demo store
#   packaging/dev.sh package  build the Debian package build/package/probitas_<version>_amd64.deb
#   packaging/dev.sh test   build, package, and run every test, the non-GUI ones under ASan and UBSan, then
#                           fuzz each parser for a bounded time (what .ci/run calls)
#   packaging/dev.sh fuzz TARGET [SECONDS]   fuzz one parser longer (docs/robustness.md)
# They are idempotent: with nothing missing and nothing changed they take seconds (but for the fuzzing).
set -euo pipefail

readonly source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly minimum_libssl="3.0.22" # older 3.0 builds accept forged AuthEnvelopedData (CVE-2026-34182)
# Each fuzz target's time in `test`: seven targets two at a time on two cores, about 2 minutes in all.
readonly fuzz_seconds_in_test=30

# Debian 12 package names; the list is the single source of what the project needs from the system.
readonly packages=(
    g++ cmake ninja-build pkg-config
    clang-14 libclang-rt-14-dev llvm lld
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

# The libraries, probitas-cli, their tests and the fuzz targets, with clang, AddressSanitizer and UBSan
# (the sanitize preset: no GUI).
# In `test`, the normal build makes only what its tests and the package need: the two programs, the package's
# files, and the programs of the tests it runs (tests/CMakeLists.txt, probitas_normal_build_tests, which also
# writes their labels to build/normal-build-test-labels). The other suites' programs are the sanitized
# build's to make and run: compiling them twice took about 7 minutes of the test command on two cores.
build_for_normal_tests() {
    cd "$source_dir"
    if [ ! -f build/CMakeCache.txt ]; then
        cmake --preset default >/dev/null
    fi
    cmake --build --preset default --target probitas probitas-cli probitas_package_files \
        probitas_normal_build_tests
}
normal_build_test_labels() {
    cat "$source_dir/build/normal-build-test-labels"
}
build_sanitized() {
    cd "$source_dir"
    if [ ! -f build-sanitize/CMakeCache.txt ]; then
        cmake --preset sanitize >/dev/null
    fi
    cmake --build --preset sanitize "$@"
}

# The sanitizers' settings for the fuzz targets, as the sanitize test preset gives them to the tests but for
# speed: shorter allocation stacks in reports and a smaller quarantine (the bundle target runs twice as many
# inputs so), and its scratch files in memory when it can.
sanitizer_environment() {
    export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:malloc_context_size=8:quarantine_size_mb=16:external_symbolizer_path=/usr/bin/llvm-symbolizer"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:external_symbolizer_path=/usr/bin/llvm-symbolizer"
    export LSAN_OPTIONS="suppressions=$source_dir/tests/lsan.supp:print_suppressions=0"
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then
        export TMPDIR=/dev/shm
    fi
}

# Fuzzes one target (a line of build-sanitize/fuzz-targets.tsv: name, program, dictionary, seed folders) for
# SECONDS, its corpus growing in build-sanitize/fuzz/corpus/TARGET (never in git). An input that crashes,
# leaks, takes more than 10 s or 2 GB is written to build-sanitize/fuzz/artifacts/TARGET/ and fails the run:
# keep it in tests/fuzz/regressions/TARGET/ with the fix (docs/robustness.md).
fuzz_target_names() {
    cut -f 1 "$source_dir/build-sanitize/fuzz-targets.tsv"
}

fuzz_target() {
    local name="$1" seconds="$2" line binary dictionary seeds
    line="$(awk -F '\t' -v name="$name" '$1 == name' "$source_dir/build-sanitize/fuzz-targets.tsv")"
    # cut, not read: read would merge the two tabs around an empty dictionary.
    binary="$(cut -f 2 <<<"$line")"
    dictionary="$(cut -f 3 <<<"$line")"
    seeds="$(cut -f 4 <<<"$line")"
    local corpus="$source_dir/build-sanitize/fuzz/corpus/$name"
    local artifacts="$source_dir/build-sanitize/fuzz/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    if [ -n "$dictionary" ]; then
        options+=(-dict="$dictionary")
    fi
    local seed_folders
    IFS=: read -r -a seed_folders <<<"$seeds"
    sanitizer_environment
    "$binary" "${options[@]}" "$corpus" "${seed_folders[@]}"
}

# Every fuzz target for SECONDS, two at a time, each one's output in build-sanitize/fuzz/logs/TARGET.log:
# a line each, and the end of the log of any that failed.
fuzz_all() {
    local seconds="$1" name status=0 running=0
    local logs="$source_dir/build-sanitize/fuzz/logs"
    mkdir -p "$logs"
    local names=()
    mapfile -t names < <(fuzz_target_names)
    echo "dev.sh: fuzzing ${names[*]}, ${seconds} s each, two at a time"
    for name in "${names[@]}"; do
        if [ "$running" -ge 2 ]; then
            wait -n || true
            running=$((running - 1))
        fi
        (
            code=0
            fuzz_target "$name" "$seconds" >"$logs/$name.log" 2>&1 || code=$?
            echo "$code" >"$logs/$name.status"
        ) &
        running=$((running + 1))
    done
    wait
    for name in "${names[@]}"; do
        local code executions
        code="$(cat "$logs/$name.status")"
        executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$name.log" | tail -n 1)"
        if [ "$code" -eq 0 ]; then
            echo "dev.sh: fuzz $name: ${executions:-?} inputs in ${seconds} s, nothing found"
        else
            status=1
            echo "dev.sh: fuzz $name FAILED (exit $code; the input is in build-sanitize/fuzz/artifacts/$name/):"
            tail -n 60 "$logs/$name.log"
        fi
    done
    return "$status"
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
    build_for_normal_tests
    build_package
    build_sanitized
    cd "$source_dir"
    start_test_postgresql
    trap stop_test_postgresql EXIT
    status=0
    # Each test runs once: the normal build runs what the sanitized one lacks (the GUI, its translation, the
    # package), the benchmarks' smoke tests and the parsers' linear cost, whose timings mean nothing under the
    # sanitizers, and the kill campaign (tests/store/CMakeLists.txt says why); the sanitized build runs every
    # other suite, and its fuzz targets over their regression inputs. One job more than cores there: its
    # PostgreSQL suites and its child processes leave a core idle while they wait.
    ctest --preset default -j "$(nproc)" -L "$(normal_build_test_labels)" || status=$?
    ctest --preset sanitize -j "$(($(nproc) + 1))" || status=$?
    fuzz_all "$fuzz_seconds_in_test" || status=$?
    exit "$status"
    ;;
fuzz)
    if [ -z "${2:-}" ]; then
        echo "usage: packaging/dev.sh fuzz TARGET [SECONDS]" >&2
        exit 2
    fi
    ensure_system_packages
    cd "$source_dir"
    if [ ! -f build-sanitize/CMakeCache.txt ]; then
        cmake --preset sanitize >/dev/null
    fi
    if ! fuzz_target_names | grep -qx -- "$2"; then
        echo "dev.sh: no fuzz target $2; the targets: $(fuzz_target_names | tr '\n' ' ')" >&2
        exit 2
    fi
    build_sanitized --target "fuzz_$2"
    fuzz_target "$2" "${3:-600}"
    ;;
*)
    echo "usage: packaging/dev.sh run|package|test|fuzz TARGET [SECONDS]" >&2
    exit 2
    ;;
esac
