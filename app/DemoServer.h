// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

namespace nestje::server {
class ReferenceServer;
}

namespace nestje {

// The reference server, run in-process on a loopback port for --demo and "Probeer de demo".
// It lives on its own thread so seeding and serving never stall the UI.
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override;

    // Asynchronous; emits ready() or failed(). Calling it again after ready() re-emits ready().
    void start();

signals:
    void ready(const QUrl &portal, const QString &username, const QString &password);
    void failed(const QString &reason);

private:
    QThread m_thread;
    QObject *m_context = nullptr;              // lives on m_thread
    server::ReferenceServer *m_server = nullptr; // created and destroyed on m_thread
    QUrl m_portal;
};

} // namespace nestje
