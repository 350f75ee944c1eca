// SPDX-License-Identifier: GPL-3.0-or-later
// A separate process for tst_outbox: "kill" queues a reply and dies by SIGKILL the moment
// the server has answered it, before the outbox can record that; "resume" opens the same
// cache and delivers whatever is still waiting. Together they are a crash mid-send.
#include "net/ApiClient.h"
#include "db/Database.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

#include <csignal>

using namespace nestje;

namespace {
class DyingNetwork : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (request.url().path().endsWith(QLatin1String("/reply")))
            connect(reply, &QNetworkReply::metaDataChanged, [] { std::raise(SIGKILL); });
        return reply;
    }
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2; // outbox_worker kill|resume CACHE PORTAL THREAD_ID
    const bool kill = args.at(1) == QLatin1String("kill");
    std::unique_ptr<QNetworkAccessManager> network = kill ? std::make_unique<DyingNetwork>()
                                                          : std::make_unique<QNetworkAccessManager>();
    ApiClient api(network.get(), QUrl(args.at(3)), QStringLiteral("ouder@example.nl"));
    api.setPasswordProvider([](auto answer) { answer(QStringLiteral("nestje-demo")); });
    Database db;
    if (!db.open(args.at(2)))
        return 3;
    Outbox outbox(&api, &db);
    if (kill) {
        ApiCall call;
        call.method = "PUT";
        call.path = QStringLiteral("/restservices-parent/logbook/details/%1/reply").arg(args.at(4));
        call.body = QJsonObject{{QStringLiteral("message"), QStringLiteral("Na de crash: precies één keer")}};
        if (outbox.enqueue(QStringLiteral("reply"), call) == 0)
            return 4;
    } else {
        outbox.resume();
    }
    QObject::connect(&outbox, &Outbox::changed, &app, [&] {
        if (outbox.pendingCount() == 0)
            app.exit(0);
    });
    QTimer::singleShot(30000, &app, [&] { app.exit(5); });
    return app.exec();
}
