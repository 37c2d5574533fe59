// Faults at any write, for the tests: loaded with LD_PRELOAD into a probitas-cli run (SQLite and Qt both
// write through these calls, glibc's symbols, which a preloaded library interposes). Counted are writes to
// regular files (outputs, the store, their temporary files); pipes and terminals are left alone, so a run
// still reports. Each set by an environment variable:
//   PROBITAS_FULL_DISK_AFTER=N   a full disk after N bytes: the write that crosses the limit is cut short,
//                                every later one fails with ENOSPC, as a filled file system does;
//   PROBITAS_KILL_AT_WRITE=N     SIGKILL just before the Nth write (the process killed at that moment);
//   PROBITAS_WRITE_COUNT_FILE=F  at exit, the number of writes made, into F (to choose N).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

std::atomic<long long> g_left{-1}; // bytes still allowed; -1 until read from the environment

long long budgetLeft()
{
    long long left = g_left.load();
    if (left < 0) {
        const char* setting = std::getenv("PROBITAS_FULL_DISK_AFTER");
        left = setting ? std::atoll(setting) : (1LL << 62);
        long long unset = -1;
        g_left.compare_exchange_strong(unset, left);
        left = g_left.load();
    }
    return left;
}

bool isRegularFile(int descriptor)
{
    struct stat status = {};
    return fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode);
}

std::atomic<long> g_writes{0};

long killAt()
{
    static const long at = [] {
        const char* setting = std::getenv("PROBITAS_KILL_AT_WRITE");
        return setting ? std::atol(setting) : 0L;
    }();
    return at;
}

// How many of `wanted` bytes may be written to `descriptor` now; -1 with errno ENOSPC when none. Counts the
// write, and kills the process when it is the chosen one.
long long allowed(int descriptor, size_t wanted)
{
    if (wanted == 0 || !isRegularFile(descriptor)) {
        return static_cast<long long>(wanted);
    }
    const long write = ++g_writes;
    if (write == killAt()) {
        std::raise(SIGKILL);
    }
    long long left = budgetLeft();
    while (true) {
        if (left <= 0) {
            errno = ENOSPC;
            return -1;
        }
        const long long granted = std::min<long long>(left, static_cast<long long>(wanted));
        if (g_left.compare_exchange_weak(left, left - granted)) {
            return granted;
        }
    }
}

template <typename Function> Function next(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// The count, for the test to choose where to kill (written with the real write: it is not counted).
__attribute__((destructor)) void reportWrites()
{
    const char* file = std::getenv("PROBITAS_WRITE_COUNT_FILE");
    if (!file) {
        return;
    }
    static const auto realWrite = next<ssize_t (*)(int, const void*, size_t)>("write");
    const int descriptor = ::open(file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (descriptor < 0) {
        return;
    }
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%ld\n", g_writes.load());
    static_cast<void>(realWrite(descriptor, text, static_cast<size_t>(length)));
    ::close(descriptor);
}

} // namespace

extern "C" {

ssize_t write(int descriptor, const void* buffer, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t)>("write");
    const long long granted = allowed(descriptor, count);
    return granted < 0 ? -1 : real(descriptor, buffer, static_cast<size_t>(granted));
}

ssize_t pwrite(int descriptor, const void* buffer, size_t count, off_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    const long long granted = allowed(descriptor, count);
    return granted < 0 ? -1 : real(descriptor, buffer, static_cast<size_t>(granted), offset);
}

ssize_t pwrite64(int descriptor, const void* buffer, size_t count, off64_t offset)
{
    static const auto real = next<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    const long long granted = allowed(descriptor, count);
    return granted < 0 ? -1 : real(descriptor, buffer, static_cast<size_t>(granted), offset);
}

// A vectored write is cut to its first buffer when the limit is near: a short write, as the kernel may give.
ssize_t writev(int descriptor, const struct iovec* vector, int count)
{
    static const auto real = next<ssize_t (*)(int, const struct iovec*, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < count; ++i) {
        total += vector[i].iov_len;
    }
    const long long granted = allowed(descriptor, total);
    if (granted < 0) {
        return -1;
    }
    if (static_cast<size_t>(granted) == total) {
        return real(descriptor, vector, count);
    }
    static const auto realWrite = next<ssize_t (*)(int, const void*, size_t)>("write");
    const size_t first = count > 0 ? std::min<size_t>(vector[0].iov_len, static_cast<size_t>(granted)) : 0;
    return realWrite(descriptor, count > 0 ? vector[0].iov_base : nullptr, first);
}

// Space reserved ahead (SQLite may, for its WAL): refused once the disk is full.
int posix_fallocate(int descriptor, off_t offset, off_t length)
{
    static const auto real = next<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (isRegularFile(descriptor) && budgetLeft() <= 0) {
        return ENOSPC;
    }
    return real(descriptor, offset, length);
}

} // extern "C"
