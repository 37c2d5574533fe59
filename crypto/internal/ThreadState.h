#pragma once

// PRIVATE to probitas_crypto. libcrypto keeps state for each thread that uses it (its error queue, its random
// generators) until the thread ends. A QThread, Qt's pool threads among them, says it has finished, and
// QThread::wait returns, a moment before its thread ends: at exit, once Qt has waited for its thread pool,
// that state could still be held when LeakSanitizer looks, which then reports it as leaked (now and then, in
// the sanitize preset). What a QThread keeps in QThreadStorage is deleted before it says it has finished, so
// the entry points that run on pool threads call this first: it keeps there what lets go of libcrypto's state
// for the thread (OPENSSL_thread_stop, what libcrypto does itself when a thread ends).

namespace probitas::crypto::detail {

void releaseWithThread();

} // namespace probitas::crypto::detail
