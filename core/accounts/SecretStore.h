// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace nestje {

// Secrets (passwords, refresh tokens) live only in the system keychain, never in a file.
// There is deliberately no insecure fallback: without a keychain, nothing is stored.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        QString value;     // the secret, for reads
        QString error;     // the keychain's reason when !ok
        bool notFound = false;
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QString service = QStringLiteral("Nestje"), QObject *parent = nullptr);

    void write(const QString &key, const QString &secret, Callback done);
    void read(const QString &key, Callback done);
    void remove(const QString &key, Callback done);

private:
    QString m_service;
};

} // namespace nestje
