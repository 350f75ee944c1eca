// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the organisation is never markup, end to end: the reference server's data gets an
// <img src> pointing at a local listener in every kind of server text the app shows (child
// names, the organisation's name, who wrote a diary entry, diary text, day-rhythm titles,
// descriptions and remarks, photo captions) - raw, and escaped as HTML, which the app decodes
// to text that looks like markup. The real app logs in to that server, every Mijn kind page and
// Overig is shown at phone and desktop size, and the listener must get no request.
// A label that renders server text with the default textFormat (AutoText: anything that looks
// like HTML becomes styled text, images included) makes its row fail, naming the kind of text.
#include "Application.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

namespace {

// Records the first line of every request made to 127.0.0.1:port.
class Listener : public QObject
{
public:
    Listener()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    requests
                        << QString::fromLatin1(socket->readAll().split('\n').value(0)).trimmed();
                    socket->write(
                        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    QStringList requestsFor(const QString &marker) const { return requests.filter(marker); }
    int connections = 0;
    QStringList requests;

private:
    QTcpServer m_server;
};

} // namespace

class TestTextSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Listener m_listener;
    std::unique_ptr<server::ReferenceServer> m_server;
    std::unique_ptr<Application> m_app;

    // <img> as markup, for fields the protocol carries as plain text (names, captions).
    QString raw(const QString &kind) const
    {
        return QStringLiteral("<img src=\"%1/%2-raw.png\">").arg(m_listener.base(), kind);
    }
    // Raw and escaped, for fields the protocol carries as HTML (diary text, day rhythm): the
    // raw tag is dropped by HTML-to-text, the escaped one becomes text that looks like a tag.
    QString both(const QString &kind) const
    {
        return raw(kind) + QStringLiteral(" &lt;img src=&quot;%1/%2-escaped.png&quot;&gt;")
                               .arg(m_listener.base(), kind);
    }

    // Puts the markup into the server's data directly (there is no staff command to rename
    // a child or the organisation); the server sees changes at once (SQLite WAL).
    bool plantHostileText(QString *error)
    {
        const QString connection = QStringLiteral("hostile");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server/portal.sqlite")));
            if (!db.open()) {
                *error = db.lastError().text();
                return false;
            }
            const QString rhythm =
                QStringLiteral(
                    "<table class='day-rythm-moment'><tbody><tr><td><div class='icon "
                    "dagritme-flesje day-rythm-journal-icon'></div></td>"
                    "<td><span class='moment-title-span'>09:00 Fles %1</span><div "
                    "class='moment-entry-description'>130 ml %2</div>"
                    "<div class='moment-remarks'>Goed gedronken %3</div></td></tr></tbody></table>"
                    "<table class='day-rythm-moment'><tbody><tr><td><div class='icon "
                    "dagritme-slapen-bedje day-rythm-journal-icon'></div>"
                    "</td><td><span class='moment-title-span'>10:10 - 10:48 Slapen %1</span>"
                    "<div class='moment-remarks'>Lekker %3</div></td></tr></tbody></table>")
                    .arg(both(QStringLiteral("rhythm-title")),
                         both(QStringLiteral("rhythm-description")),
                         both(QStringLiteral("rhythm-remarks")));
            const QList<std::pair<QString, QVariantList>> statements{
                {QStringLiteral("UPDATE organisations SET name = name || ' ' || ? WHERE slug = ?"),
                 {raw(QStringLiteral("organisation")),
                  QString::fromLatin1(server::demo::daycareSlug)}},
                {QStringLiteral("UPDATE children SET first_name = first_name || ' ' || ?"),
                 {raw(QStringLiteral("child-name"))}},
                {QStringLiteral("UPDATE journals SET written_by_name = written_by_name || ' ' || ?"
                                " WHERE written_by_type NOT LIKE '%.parent'"),
                 {raw(QStringLiteral("written-by"))}},
                {QStringLiteral("UPDATE journals SET journal_text = ?, day_rhythm = ?"),
                 {QStringLiteral("<p>Vandaag %1</p>").arg(both(QStringLiteral("diary-text"))),
                  rhythm}},
                {QStringLiteral("UPDATE photos SET description = 'Foto ' || ?"),
                 {raw(QStringLiteral("photo-caption"))}},
            };
            for (const auto &[sql, values] : statements) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &value : values)
                    q.addBindValue(value);
                if (!q.exec() || q.numRowsAffected() <= 0) {
                    *error = sql + QStringLiteral(": ") + q.lastError().text() +
                             QStringLiteral(" (rows: %1)").arg(q.numRowsAffected());
                    ok = false;
                    break;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    void settle(int ms)
    {
        QTest::qWait(ms);
        QVERIFY(!m_app->window()->grabWindow().isNull()); // a real frame: layout, text, images
        QTest::qWait(300);
    }

    void showEveryPage(const QSize &size)
    {
        AppController *controller = m_app->controller();
        m_app->window()->resize(size);
        controller->setCurrentTab(controller->tabs()->indexOfKey(QStringLiteral("mijnkind")));
        settle(1500);
        for (const QString &page : TimelineController::pageNames()) {
            controller->myChild()->showPage(page);
            settle(1500);
        }
        controller->myChild()->showPage(QString()); // back to the timeline
        controller->setCurrentTab(controller->tabs()->indexOfKey(QStringLiteral("overig")));
        settle(1000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_listener.listen());

        m_server = std::make_unique<server::ReferenceServer>(
            server::ServerOptions{m_dir.filePath(QStringLiteral("server")), {}, {}, {}});
        QString error;
        server::SeedOptions seed;
        seed.months = 1; // a month of history is plenty and seeds fast
        QVERIFY2(m_server->open(&error) && m_server->seedDemo(seed, &error), qPrintable(error));
        QVERIFY2(plantHostileText(&error), qPrintable(error));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));

        AppOptions options;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        QVERIFY(m_app->window());
        AppController *controller = m_app->controller();
        // The demo's login path (no keychain needed), to this server.
        controller->login()->loginToDemo(
            m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)),
            QString::fromLatin1(server::demo::username),
            QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() &&
                                     controller->myChild()->timeline()->rowCount() > 0,
                                 120000);

        showEveryPage(QSize(390, 844));
        showEveryPage(QSize(1280, 800));
    }

    void serverTextIsNeverFetched_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::newRow("child names") << QStringLiteral("/child-name-");
        QTest::newRow("organisation name") << QStringLiteral("/organisation-");
        QTest::newRow("diary written by") << QStringLiteral("/written-by-");
        QTest::newRow("diary text") << QStringLiteral("/diary-text-");
        QTest::newRow("day-rhythm titles") << QStringLiteral("/rhythm-title-");
        QTest::newRow("day-rhythm descriptions") << QStringLiteral("/rhythm-description-");
        QTest::newRow("day-rhythm remarks") << QStringLiteral("/rhythm-remarks-");
        QTest::newRow("photo captions") << QStringLiteral("/photo-caption-");
    }

    void serverTextIsNeverFetched()
    {
        QFETCH(QString, marker);
        const QStringList fetched = m_listener.requestsFor(marker);
        QVERIFY2(fetched.isEmpty(), qPrintable(fetched.join(QStringLiteral(", "))));
    }

    // The control: in this process, with this event loop, a rich-text image does reach the
    // listener - so the silence above means nothing asked, not that nothing could be seen.
    void listenerSeesAFetchWhenThereIsOne()
    {
        QQmlEngine *engine = qmlEngine(m_app->window());
        QVERIFY(engine);
        QQmlComponent component(engine);
        component.setData(QByteArrayLiteral("import QtQuick\nText { textFormat: Text.RichText }"),
                          QUrl());
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
        auto *text = qobject_cast<QQuickItem *>(object.get());
        text->setParentItem(m_app->window()->contentItem());
        text->setProperty("text",
                          QStringLiteral("<img src=\"%1/control.png\">").arg(m_listener.base()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_listener.requestsFor(QStringLiteral("/control.png")).isEmpty(),
                                 10000);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
