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
#include "RequestListener.h"
#include "ScreenshotPages.h"
#include "accounts/AccountSession.h"
#include "features/timeline/DiaryWriter.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
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

// The portal as the app sees it: every request is passed on to the reference server, except
// that writing a diary entry is refused with `refusal` as the organisation's reason - the
// reference server's own refusals are fixed Dutch sentences, and this one must carry markup.
class RefusingFront : public QObject
{
public:
    RefusingFront(QUrl backend, QString refusal)
        : m_backend(std::move(backend))
        , m_refusal(std::move(refusal))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int refused = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            else if (name.compare("Host", Qt::CaseInsensitive) != 0 &&
                     name.compare("Connection", Qt::CaseInsensitive) != 0 &&
                     name.compare("Accept-Encoding", Qt::CaseInsensitive) != 0)
                headers << std::pair{name, value};
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const QByteArray method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        if (method == "PUT" && target.contains("/restservices-parent/journal/")) {
            ++refused;
            const QJsonObject refusal{
                {QStringLiteral("result"), false},
                {QStringLiteral("payload"), QJsonValue::Null},
                {QStringLiteral("messages"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("messageCode"), QStringLiteral("x.refused")},
                                 {QStringLiteral("text"), m_refusal}}}}};
            respond(socket, 200, {{"Content-Type", "application/json"}},
                    QJsonDocument(refusal).toJson(QJsonDocument::Compact));
            return;
        }
        QNetworkRequest request(m_backend.resolved(QUrl::fromEncoded(target)));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QPointer<QTcpSocket> guarded(socket);
        connect(reply, &QNetworkReply::finished, this, [this, reply, guarded] {
            reply->deleteLater();
            if (!guarded)
                return;
            QList<std::pair<QByteArray, QByteArray>> out;
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                if (name.compare("Content-Length", Qt::CaseInsensitive) != 0 &&
                    name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0 &&
                    name.compare("Connection", Qt::CaseInsensitive) != 0 &&
                    name.compare("Content-Encoding", Qt::CaseInsensitive) != 0)
                    out << std::pair{name, value};
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            respond(guarded, status > 0 ? status : 502, out, reply->readAll());
        });
    }

    static void respond(QTcpSocket *socket, int status,
                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                        const QByteArray &body)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        for (const auto &[name, value] : headers)
            response += name + ": " + value + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        socket->write(response);
    }

    QUrl m_backend;
    QString m_refusal;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestTextSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    RequestListener m_listener;
    std::unique_ptr<server::ReferenceServer> m_server;
    std::unique_ptr<RefusingFront> m_front;
    std::unique_ptr<Application> m_app;
    QString m_childId;

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
            QSqlQuery child(db);
            child.prepare(
                QStringLiteral("SELECT c.id FROM children c JOIN organisations o ON o.id = c.org_id"
                               " WHERE o.slug = ? AND c.active = 1 ORDER BY c.id LIMIT 1"));
            child.addBindValue(QString::fromLatin1(server::demo::daycareSlug));
            if (ok && child.exec() && child.next())
                m_childId = child.value(0).toString();
            child.finish();
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
        // Every page inside Mijn kind, through the tab's deep links (as the screenshot registry
        // does).
        for (const ScreenshotPage &page : screenshotPages()) {
            if (page.tab != QLatin1String("mijnkind") || !page.target ||
                !controller->session()->account())
                continue;
            controller->myChild()->open(page.target(*controller->session()->account()->database()));
            settle(1500);
        }
        controller->myChild()->open(QString()); // back to the timeline
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
        QVERIFY(!m_childId.isEmpty());
        const quint16 serverPort = m_server->listen(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(serverPort != 0, qPrintable(error));
        m_front = std::make_unique<RefusingFront>(
            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(serverPort)),
            QStringLiteral("Geweigerd ") + raw(QStringLiteral("refusal")));
        QVERIFY(m_front->listen());
        const QUrl portal(QStringLiteral("http://127.0.0.1:%1/%2")
                              .arg(m_front->port())
                              .arg(QLatin1String(server::demo::daycareSlug)));

        AppOptions options;
        options.language = QStringLiteral("nl");
        options.singleInstance = false;
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        QVERIFY(m_app->window());
        AppController *controller = m_app->controller();
        // The demo's login path (no keychain needed), to this server.
        controller->login()->loginToDemo(portal, QString::fromLatin1(server::demo::username),
                                         QString::fromLatin1(server::demo::password));
        QTRY_COMPARE_WITH_TIMEOUT(controller->screen(), AppController::MainScreen, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->session()->isSyncing() &&
                                     controller->myChild()->timeline()->rowCount() > 0,
                                 120000);

        // A diary entry the organisation refuses: its reason shows on the timeline card.
        DiaryWriter *diary = controller->myChild()->diary();
        // With a photo: a text-only entry currently cannot be stored (writes.files NOT NULL).
        QImage photo(32, 32, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        const QString photoFile = m_dir.filePath(QStringLiteral("photo.jpg"));
        QVERIFY(photo.save(photoFile, "JPG"));
        QVERIFY(diary->write(m_childId, 0, QStringLiteral("Hallo juf"),
                             {QUrl::fromLocalFile(photoFile)}));
        QTRY_VERIFY_WITH_TIMEOUT(m_front->refused > 0, 30000);
        const auto failed = [diary] {
            const QList<DiaryWriter::Entry> entries = diary->entries();
            return std::any_of(entries.begin(), entries.end(), [](const DiaryWriter::Entry &e) {
                return e.state == QLatin1String("failed") &&
                       e.errorText.contains(QLatin1String("Geweigerd"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(failed(), 30000);

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
        QTest::newRow("refusal texts") << QStringLiteral("/refusal-");
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
