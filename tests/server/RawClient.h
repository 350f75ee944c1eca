// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A bare HTTP/1.1 client for the server tests that need what QNetworkAccessManager will not do:
// pick the local address (127.0.0.x: another client, as the server sees it), send malformed or
// huge requests, stall half-way, and see exactly when the server closes the connection.
// The server runs in the same thread, so every wait spins the event loop.

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <functional>

namespace nestje::server::testing {

inline bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

struct RawResponse
{
    int status = 0; // 0: no complete answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

class RawClient
{
public:
    explicit RawClient(const QHostAddress &local = QHostAddress::LocalHost)
    {
        m_socket.bind(local, 0);
        QObject::connect(&m_socket, &QTcpSocket::readyRead,
                         [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError) { m_closed = true; });
    }

    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return spinUntil(
                   [this] {
                       return m_socket.state() == QAbstractSocket::ConnectedState || m_closed;
                   },
                   5000) &&
               !m_closed;
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool closed() const { return m_closed; }
    bool hasReceived() const { return !m_received.isEmpty(); }
    qint64 unsent() const { return m_socket.bytesToWrite(); }
    QTcpSocket &socket() { return m_socket; }

    // The next complete answer (Content-Length framed), or status 0 after the timeout or when
    // the connection ended without one.
    RawResponse read(int timeoutMs = 10000)
    {
        RawResponse response;
        spinUntil([&] { return parse(&response) || m_closed; }, timeoutMs);
        if (response.status == 0)
            parse(&response);
        return response;
    }
    bool waitClosed(int timeoutMs)
    {
        return spinUntil([this] { return m_closed; }, timeoutMs);
    }

    // One request on this connection; `body` with its Content-Length.
    RawResponse request(const QByteArray &method, const QByteArray &target,
                        const QByteArray &body = {},
                        const QList<QPair<QByteArray, QByteArray>> &headers = {},
                        int timeoutMs = 20000)
    {
        QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            out += "Content-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        send(out);
        return read(timeoutMs);
    }

private:
    bool parse(RawResponse *response)
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        RawResponse r;
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        r.status = status.size() > 1 ? status.at(1).toInt() : -1;
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            if (line.left(colon).compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_received.size() < end + 4 + length)
            return false;
        r.body = m_received.mid(end + 4, length);
        m_received.remove(0, end + 4 + length);
        if (r.status == 100) // an interim answer to Expect: 100-continue; the real one follows
            return parse(response);
        *response = r;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

} // namespace nestje::server::testing
