// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoServer.h"

#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace nestje {

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-server"));
}

DemoServer::~DemoServer()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_context;
}

void DemoServer::start()
{
    const QString username = QString::fromLatin1(server::demo::username);
    const QString password = QString::fromLatin1(server::demo::password);
    if (m_portal.isValid()) {
        emit ready(m_portal, username, password);
        return;
    }
    if (m_thread.isRunning())
        return; // already starting
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();

    // The demo data is cached between runs, per day: the demo week always ends today, and
    // seeding only does work on the first start of a day. Older days are cleared.
    const QString root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                         + QStringLiteral("/demo-server");
    const QString today = QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    for (const QString &day : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (day != today)
            QDir(root + QLatin1Char('/') + day).removeRecursively();
    }
    const QString dataDir = root + QLatin1Char('/') + today;
    QMetaObject::invokeMethod(m_context, [this, dataDir, username, password] {
        m_server = new server::ReferenceServer({dataDir, {}, {}, {}});
        QString error;
        quint16 port = 0;
        if (m_server->open(&error) && m_server->seedDemo(1, &error))
            port = m_server->listen(QHostAddress::LocalHost, 0, &error);
        if (port == 0) {
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); });
            return;
        }
        const QUrl portal = m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug));
        QMetaObject::invokeMethod(this, [this, portal, username, password] {
            m_portal = portal;
            emit ready(portal, username, password);
        });
    });
}

} // namespace nestje
