// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "CommandLine.h"
#include "SingleInstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QProcess>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

// The first Nestje runs in this process, wired exactly as main() wires it; the second start is
// the real nestje executable on the same (private, per-test) session bus.
class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    static QQuickItem *findItem(QQuickItem *item, const QString &name)
    {
        if (item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems()) {
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }

    // Starts nestje with `arguments`, waiting with the event loop running: this process is the
    // one the second start talks to, so blocking here would deadlock both.
    QProcess *startSecond(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("NESTJE_NO_SINGLE_INSTANCE"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"),
                           QStringLiteral("token-of-the-second-start"));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(QStringLiteral(NESTJE_APP_EXECUTABLE), arguments);
        return process;
    }
    // True when the process ended by itself, in time, with `exitCode`. A second start that
    // did not hand over would run on as a second app: it is killed after 30 s.
    static bool finishedWith(QProcess *process, int exitCode)
    {
        QDeadlineTimer deadline(30000);
        while (process->state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
            qWarning("the second start was still running after 30 s");
            return false;
        }
        return process->exitStatus() == QProcess::NormalExit && process->exitCode() == exitCode;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "needs a session bus (ctest runs this under dbus-run-session)");
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    void secondStartHandsItsRequestToTheFirst()
    {
        AppOptions options;
        options.language = QStringLiteral("nl");
        Application app(options);
        QVERIFY(app.start());
        SingleInstance instance;
        QCOMPARE(instance.claimOrForward(options), SingleInstance::Role::Primary);
        instance.serve(&app);
        QCOMPARE(app.controller()->screen(), AppController::LoginScreen);
        QQuickWindow *window = app.window();
        window->showMinimized();
        QSignalSpy activated(&instance, &SingleInstance::activated);
        QSignalSpy opened(&instance, &SingleInstance::openRequested);

        // nestje --portal: the second process ends by itself, and the first shows the portal.
        const QString portal = QStringLiteral("https://kindencoludens.ouderportaal.nl");
        QVERIFY(finishedWith(startSecond({QStringLiteral("--portal"), portal}), 0));
        QQuickItem *portalField = findItem(window->contentItem(), QStringLiteral("portalField"));
        QVERIFY(portalField);
        QTRY_COMPARE(portalField->property("text").toString(), portal);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("token-of-the-second-start"));
        QVERIFY(!(window->windowStates() & Qt::WindowMinimized)); // raised

        // nestje --open KIND:ID (what a notification's target looks like on the command line).
        QVERIFY(finishedWith(
            startSecond({QStringLiteral("--open"), QStringLiteral("messages:12@1700000000")}), 0));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first(),
                 (QVariantList{QStringLiteral("messages"), QStringLiteral("12@1700000000")}));

        // A plain second start only raises the window.
        QVERIFY(finishedWith(startSecond({}), 0));
        QCOMPARE(activated.size(), 3);
        QCOMPARE(portalField->property("text").toString(), portal);
    }

    void screenshotsRunBesideTheRunningApp()
    {
        // Only the running instance's bus side is needed here (one Application per process:
        // QML types are registered once).
        SingleInstance instance;
        QCOMPARE(instance.claimOrForward(AppOptions{}), SingleInstance::Role::Primary);
        QSignalSpy activated(&instance, &SingleInstance::activated);

        const QString file = m_home.filePath(QStringLiteral("login.png"));
        QVERIFY(finishedWith(startSecond({QStringLiteral("--screenshot"), file,
                                          QStringLiteral("--page"), QStringLiteral("login"),
                                          QStringLiteral("--size"), QStringLiteral("390x844")}),
                             0));
        QVERIFY(QFile::exists(file)); // rendered by its own process, not handed over
        QCOMPARE(activated.size(), 0);
        QVERIFY(!SingleInstance::wanted(parseOptions({QStringLiteral("--no-single-instance")})));
    }

    void anOwnerThatDoesNotAnswerIsAnError()
    {
        // Something holds the name but serves no org.freedesktop.Application: the second start
        // must not quietly run a second sync beside it, nor hang.
        QDBusConnection squatter =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("squatter"));
        QVERIFY(squatter.registerService(QLatin1String(SingleInstance::serviceName)));
        QVERIFY(finishedWith(startSecond({QStringLiteral("--portal"), QStringLiteral("deboomhut")}),
                             1));
        squatter.unregisterService(QLatin1String(SingleInstance::serviceName));
        QDBusConnection::disconnectFromBus(QStringLiteral("squatter"));
    }

private:
    static AppOptions parseOptions(QStringList arguments)
    {
        int exitCode = -1;
        arguments.prepend(QStringLiteral("nestje"));
        return parseCommandLine(arguments, &exitCode);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
