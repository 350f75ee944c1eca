// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A host the portal is not: records the first line of every request made to 127.0.0.1:port and
// answers 404. Text-safety tests point images, style sheets and frames in server text at it and
// expect it to stay silent.
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

class RequestListener : public QObject
{
public:
    RequestListener()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
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
    QStringList requests;

private:
    QTcpServer m_server;
};
