#include "server/auth/PasswordHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace nestje::server {

static QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, 32);
}

PasswordHash PasswordHash::create(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    PasswordHash hash;
    hash.saltHex = salt.toHex();
    hash.iterations = iterations;
    hash.hashHex = derive(password, salt, iterations).toHex();
    return hash;
}

bool PasswordHash::verify(const QString &password) const
{
    if (iterations < 1 || saltHex.isEmpty())
        return false;
    const QByteArray candidate = derive(password, QByteArray::fromHex(saltHex), iterations).toHex();
    return constantTimeEquals(candidate, hashHex);
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
