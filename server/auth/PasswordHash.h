#pragma once

#include <QByteArray>
#include <QString>

namespace nestje::server {

// PBKDF2-HMAC-SHA256 with a per-user random salt. 100,000 iterations costs about 60 ms on the
// reference machine: slow enough to make offline guessing expensive, fast enough for logins.
struct PasswordHash
{
    static constexpr int defaultIterations = 100000;

    QByteArray hashHex;
    QByteArray saltHex;
    int iterations = defaultIterations;

    static PasswordHash create(const QString &password, int iterations = defaultIterations);
    bool verify(const QString &password) const;
};

// Compares in time independent of where the inputs differ (for hashes and signatures).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace nestje::server
