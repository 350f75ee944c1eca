// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/SecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using nestje::SecretStore;

// Round trips through the real Secret Service (gnome-keyring in the D-Bus session that
// ./dev test starts). There is no insecure fallback, so a missing keychain fails this test.
class TestKeychain : public QObject
{
    Q_OBJECT
private:
    SecretStore m_store{QStringLiteral("Nestje-test")};

    SecretStore::Result run(void (SecretStore::*operation)(const QString &, SecretStore::Callback),
                            const QString &key)
    {
        SecretStore::Result result;
        bool done = false;
        (m_store.*operation)(key, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }
    SecretStore::Result write(const QString &key, const QString &secret)
    {
        SecretStore::Result result;
        bool done = false;
        m_store.write(key, secret, [&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

private slots:
    void roundTrip()
    {
        const QString key = QStringLiteral("https://deboomhut.ouderportaal.nl ouder@example.nl password");
        const QString secret = QStringLiteral("g3h€im wachtwoord ✓ %1").arg(QDateTime::currentMSecsSinceEpoch());

        const SecretStore::Result written = write(key, secret);
        QVERIFY2(written.ok, qPrintable(written.error));

        SecretStore::Result read = run(&SecretStore::read, key);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.value, secret);

        // Overwriting replaces, it does not append a second entry.
        QVERIFY(write(key, secret + QStringLiteral("-new")).ok);
        read = run(&SecretStore::read, key);
        QCOMPARE(read.value, secret + QStringLiteral("-new"));

        // The secret is not written in plain text anywhere under the home directory.
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }

        const SecretStore::Result removed = run(&SecretStore::remove, key);
        QVERIFY2(removed.ok, qPrintable(removed.error));
        read = run(&SecretStore::read, key);
        QVERIFY(!read.ok);
        QVERIFY(read.notFound);
        QVERIFY(read.value.isEmpty());
    }

    void missingEntryIsNotFound()
    {
        const SecretStore::Result read = run(&SecretStore::read, QStringLiteral("never-written"));
        QVERIFY(!read.ok);
        QVERIFY2(read.notFound, qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
