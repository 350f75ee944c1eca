// SPDX-License-Identifier: GPL-3.0-or-later
// `nestje archive` as a scheduled job runs it: the real executable, no display (DISPLAY and
// WAYLAND_DISPLAY removed, no QT_QPA_PLATFORM), the password on standard input, against the
// reference server on loopback. Checks the exit codes (0 saved, 2 usage, 3 wrong password),
// the last line's counts, the files on disk, and that a second run saves nothing new.
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Every file the archive downloaded: photos, videos, message attachments and documents (not the
// pages it writes itself, nor its bookkeeping in .nestje-archief).
int mediaFiles(const QString &root)
{
    int count = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/.nestje-archief/")) && !path.endsWith(QLatin1String(".html")) &&
            !path.endsWith(QLatin1String(".css")))
            ++count;
    }
    return count;
}
} // namespace

class TestArchiveCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ReferenceServer> m_server;

    // The command speaks the app's language: Dutch unless the system is English. These tests
    // read its English, except where they say otherwise.
    Result archive(const QStringList &arguments, const QByteArray &input,
                   const QString &locale = QStringLiteral("en_GB.UTF-8"))
    {
        QProcess nestje;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(variable));
        for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
            env.insert(QString::fromLatin1(variable), m_dir.filePath(QString::fromLatin1(variable)));
        for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
            env.insert(QString::fromLatin1(variable), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        nestje.setProcessEnvironment(env);
        nestje.start(QStringLiteral(NESTJE_APP_EXECUTABLE), QStringList{QStringLiteral("archive")} + arguments);
        nestje.write(input);
        nestje.closeWriteChannel();
        // The event loop runs while waiting: the reference server lives in this process.
        QSignalSpy finished(&nestje, &QProcess::finished);
        if (!finished.wait(180000))
            return {};
        return {nestje.exitCode(), QString::fromUtf8(nestje.readAllStandardOutput()),
                QString::fromUtf8(nestje.readAllStandardError())};
    }

    QStringList login(const QString &to)
    {
        return {QStringLiteral("--portal"), m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)).toString(),
                QStringLiteral("--user"), QString::fromLatin1(server::demo::username), QStringLiteral("--to"), to,
                QStringLiteral("--password-stdin")};
    }

private slots:
    void initTestCase()
    {
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}, {}};
        m_server = std::make_unique<server::ReferenceServer>(options);
        QString error;
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(1, &error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
    }

    void archivesWithoutADisplayAndThenFindsNothingNew()
    {
        const QString to = m_dir.filePath(QStringLiteral("Archief"));
        const Result first = archive(login(to), QByteArray(server::demo::password) + '\n');
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const int files = mediaFiles(to);
        QVERIFY(files > 10);
        // The last line: "<total> files: <new> new, 0 already saved, 0 failed, …".
        const QString last = first.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(last.startsWith(QStringLiteral("%1 files: %1 new, 0 already saved, 0 failed").arg(files)), qPrintable(last));
        QVERIFY2(first.err.contains(QLatin1String(" of ")), "progress on standard error");

        const Result second = archive(login(to), QByteArray(server::demo::password) + '\n');
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QString again = second.out.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(again.startsWith(QStringLiteral("%1 files: 0 new, %1 already saved").arg(files)), qPrintable(again));
        QCOMPARE(mediaFiles(to), files);
    }

    // It spoke English on a Dutch system: the archive command never loaded the app's
    // translations (the calendar command did).
    void speaksTheAppsLanguage()
    {
        const Result dutch = archive({QStringLiteral("--help")}, {}, QStringLiteral("nl_NL.UTF-8"));
        QCOMPARE(dutch.exitCode, 0);
        QVERIFY2(dutch.out.contains(QStringLiteral("Bewaart elke foto")), qPrintable(dutch.out));
        QVERIFY2(dutch.out.contains(QStringLiteral("Het ouderportaal")), qPrintable(dutch.out)); // the shared login options
        const Result english = archive({QStringLiteral("--help")}, {});
        QVERIFY2(english.out.contains(QStringLiteral("Saves every photo")), qPrintable(english.out));
    }

    void wrongPasswordAndUsageErrorsSayWhy()
    {
        const Result wrong = archive(login(m_dir.filePath(QStringLiteral("Nergens"))), "not-the-password\n");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(!wrong.err.trimmed().isEmpty());
        QCOMPARE(mediaFiles(m_dir.filePath(QStringLiteral("Nergens"))), 0);

        const Result usage = archive({QStringLiteral("--user"), QStringLiteral("x@example.nl")}, {});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QLatin1String("--portal")), qPrintable(usage.err));
    }
};

QTEST_GUILESS_MAIN(TestArchiveCli)
#include "tst_archive_cli.moc"
