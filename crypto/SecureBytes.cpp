#include "SecureBytes.h"

#include <cstring>
#include <openssl/crypto.h>
#include <utility>

namespace probitas::crypto {

SecureBytes::SecureBytes(QByteArrayView bytes)
{
    append(bytes);
}

SecureBytes::SecureBytes(const SecureBytes& other)
{
    append(other.view());
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        append(other.view());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        if (m_data) {
            OPENSSL_clear_free(m_data, static_cast<size_t>(m_capacity + 1));
        }
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    if (m_data) {
        OPENSSL_clear_free(m_data, static_cast<size_t>(m_capacity + 1));
    }
}

SecureBytes SecureBytes::allocate(qsizetype size)
{
    SecureBytes bytes;
    bytes.reserve(size);
    bytes.m_size = size;
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return takeFrom(utf8);
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes bytes(QByteArrayView(source.constData(), source.size()));
    wipe(source);
    return bytes;
}

void SecureBytes::reserve(qsizetype capacity)
{
    if (capacity <= m_capacity && m_data) {
        return;
    }
    // Grow by copying into a fresh buffer and wiping the old one: realloc could leave a copy behind.
    const auto bytes = static_cast<size_t>(capacity + 1);
    auto* fresh = static_cast<char*>(OPENSSL_zalloc(bytes));
    if (!fresh) {
        qFatal("probitas.crypto: out of memory");
    }
    if (m_data) {
        std::memcpy(fresh, m_data, static_cast<size_t>(m_size));
        OPENSSL_clear_free(m_data, static_cast<size_t>(m_capacity + 1));
    }
    m_data = fresh;
    m_capacity = capacity;
}

void SecureBytes::append(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    const qsizetype needed = m_size + bytes.size();
    if (needed > m_capacity) {
        reserve(qMax(needed, m_capacity * 2));
    }
    std::memcpy(m_data + m_size, bytes.data(), static_cast<size_t>(bytes.size()));
    m_size = needed;
    m_data[m_size] = '\0';
}

void SecureBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, static_cast<size_t>(m_capacity + 1));
    }
    m_size = 0;
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, static_cast<size_t>(m_size)) == 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        char* data = bytes.data(); // detaches first if shared: the other holders keep their copy
        OPENSSL_cleanse(data, static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipeMemory(void* data, qsizetype size)
{
    if (data && size > 0) {
        OPENSSL_cleanse(data, static_cast<size_t>(size));
    }
}

} // namespace probitas::crypto
