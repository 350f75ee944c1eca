// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/auth/PasswordHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <sodium.h>

#include <mutex>
#include <stdexcept>

namespace nestje::server {

static void initialiseSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium failed to initialise");
    });
}

static QByteArray derivePbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

PasswordHash PasswordHash::create(const QString &password)
{
    initialiseSodium();
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    // Fails only when memory for the 19 MiB block cannot be had: a 500, never a weak hash.
    if (crypto_pwhash_str_alg(encoded, utf8.constData(),
                              static_cast<unsigned long long>(utf8.size()), argonPasses,
                              argonMemoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("argon2id hashing failed (out of memory)");
    PasswordHash hash;
    hash.hashHex = QByteArray(encoded);
    hash.saltHex = QByteArrayLiteral(""); // the salt is inside the string; the column is NOT NULL
    return hash;
}

PasswordHash PasswordHash::createPbkdf2(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    PasswordHash hash;
    hash.saltHex = salt.toHex();
    hash.iterations = iterations;
    hash.hashHex = derivePbkdf2(password, salt, iterations).toHex();
    return hash;
}

const PasswordHash &PasswordHash::dummy()
{
    // Thread-safe lazy init; hashed once per process with the real parameters.
    static const PasswordHash hash = create(QStringLiteral("no account has this password"));
    return hash;
}

bool PasswordHash::verify(const QString &password) const
{
    if (isArgon2()) {
        initialiseSodium();
        const QByteArray utf8 = password.toUtf8();
        return crypto_pwhash_str_verify(hashHex.constData(), utf8.constData(),
                                        static_cast<unsigned long long>(utf8.size())) == 0;
    }
    if (iterations < 1 || saltHex.isEmpty())
        return false;
    const QByteArray candidate =
        derivePbkdf2(password, QByteArray::fromHex(saltHex), iterations).toHex();
    return constantTimeEquals(candidate, hashHex);
}

bool PasswordHash::needsUpgrade() const
{
    if (!isArgon2())
        return true;
    initialiseSodium();
    return crypto_pwhash_str_needs_rehash(hashHex.constData(), argonPasses, argonMemoryBytes) != 0;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace nestje::server
