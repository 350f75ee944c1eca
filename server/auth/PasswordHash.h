// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace nestje::server {

// A stored password: argon2id (libsodium, self-describing "$argon2id$v=19$m=…,t=…,p=1$salt$hash"
// string in `hashHex`, `saltHex` empty, `iterations` 0) or, for accounts that have not logged in
// since the upgrade, the old PBKDF2-HMAC-SHA256 (hex hash and salt, iteration count).
//
// Cost: OWASP's argon2id baseline, 19 MiB and 2 passes, about 40 ms on one core of the reference
// machine. Memory-hard, so a GPU guesses far slower than with PBKDF2, and five times cheaper in
// CPU than PBKDF2 at 600,000 iterations: the server can hash about 25 logins a second per core.
// Hashing is slow by design: the HTTP layer runs it on its worker pool (Deferred), never on the
// event thread.
struct PasswordHash
{
    static constexpr unsigned long long argonPasses = 2;
    static constexpr unsigned long long argonMemoryBytes = 19ULL * 1024 * 1024;
    static constexpr int legacyIterations = 100000; // PBKDF2, before argon2id

    QByteArray hashHex;
    QByteArray saltHex;
    int iterations = 0;

    static PasswordHash create(const QString &password);
    // The old format, kept so tests can plant an account that predates argon2id.
    static PasswordHash createPbkdf2(const QString &password, int iterations = legacyIterations);
    // What an unknown user's login is checked against: the same cost as a real account.
    static const PasswordHash &dummy();

    bool verify(const QString &password) const;
    // True for PBKDF2 hashes and argon2id hashes with other parameters: rehash after the next
    // successful login, while the plain password is at hand.
    bool needsUpgrade() const;
    bool isArgon2() const { return hashHex.startsWith("$argon2id$"); }
};

// Compares in time independent of where the inputs differ (for hashes and signatures).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace nestje::server
