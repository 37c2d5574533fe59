#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace probitas::crypto {

// Bytes that are wiped (OPENSSL_cleanse) whenever they are released: passphrases, plaintexts, key
// material. The buffer is owned exclusively (no implicit sharing), so a copy is a real copy and every copy
// is wiped on its own. The buffer always ends with a NUL byte that is not counted in size(), so it can be
// handed to C APIs that want a C string (passphrases).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    // A zero-filled buffer of `size` bytes, to be filled through data().
    static SecureBytes allocate(qsizetype size);
    // The UTF-8 of `text`; the intermediate encoding is wiped. The QString itself is the caller's to clear.
    static SecureBytes fromUtf8(const QString& text);
    // Copies `source`, then wipes and clears it (only wipe buffers you own: a shared QByteArray detaches).
    static SecureBytes takeFrom(QByteArray& source);

    const char* constData() const { return m_data ? m_data : ""; }
    char* data() { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return QByteArrayView(constData(), m_size); }

    // A plain, NOT wiped copy, for the few sinks that need a QByteArray (writing plaintext to stdout).
    QByteArray toByteArrayUnwiped() const { return QByteArray(constData(), m_size); }

    void append(QByteArrayView bytes);
    void clear();

    // Constant-time comparison (CRYPTO_memcmp) for equal sizes.
    bool operator==(const SecureBytes& other) const;

private:
    void reserve(qsizetype capacity);

    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0; // bytes usable before the NUL terminator
};

// Wipes the buffer of `bytes` in place, then clears it.
void wipe(QByteArray& bytes);
// Wipes `size` bytes at `data` in a way the compiler cannot optimise away (OPENSSL_cleanse).
void wipeMemory(void* data, qsizetype size);

} // namespace probitas::crypto
