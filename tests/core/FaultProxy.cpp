// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultProxy.h"

#include <QTcpSocket>
#include <QTimer>

struct FaultProxy::Exchange
{
    QTcpSocket *client = nullptr;
    QTcpSocket *upstream = nullptr;
    QByteArray request;
    QByteArray response;
    qsizetype responseLength = -1; // head + body, once the head is in
    Fault fault = Fault::None;
    bool done = false;
};

namespace {
// The length of a full message once its head is in `data`, or -1.
qsizetype messageLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    return end + 4 + length;
}

// One exchange per connection: the client must not reuse a connection the proxy will close.
QByteArray withConnectionClose(const QByteArray &message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(end).split('\n');
    lines.removeIf([](const QByteArray &line) { return line.trimmed().toLower().startsWith("connection:"); });
    QByteArray head = lines.join('\n');
    head += "\r\nConnection: close";
    return head + message.mid(end);
}
} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_random(seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

quint16 FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

FaultProxy::Fault FaultProxy::draw()
{
    if (m_random.generateDouble() >= m_faultRate)
        return Fault::None;
    static const Fault faults[] = {Fault::DropBefore, Fault::DropAfter, Fault::Delay, Fault::ResetMidAnswer,
                                   Fault::Answer502, Fault::Answer503};
    return faults[m_random.bounded(int(std::size(faults)))];
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        // Shared by the callbacks: a delayed forward may fire after the client has gone.
        auto exchange = std::make_shared<Exchange>();
        exchange->client = client;
        connect(client, &QTcpSocket::readyRead, this, [this, exchange] { readRequest(exchange); });
        connect(client, &QTcpSocket::disconnected, this, [this, exchange] { finish(exchange); });
    }
}

void FaultProxy::readRequest(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->done || exchange->upstream || !exchange->client)
        return;
    exchange->request += exchange->client->readAll();
    const qsizetype length = messageLength(exchange->request);
    if (length < 0 || exchange->request.size() < length)
        return;
    const QByteArray requestLine = exchange->request.left(exchange->request.indexOf("\r\n"));
    for (const Rule &rule : std::as_const(m_rules)) {
        if (requestLine.contains(rule.pathPart)) {
            exchange->fault = rule.fault;
            ++m_counts[exchange->fault];
            QTimer::singleShot(rule.delayMs, this, [this, exchange] { applyFault(exchange); });
            return;
        }
    }
    exchange->fault = draw();
    ++m_counts[exchange->fault];
    applyFault(exchange);
}

void FaultProxy::applyFault(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->done || !exchange->client)
        return;
    switch (exchange->fault) {
    case Fault::DropBefore:
        exchange->client->abort();
        return;
    case Fault::Answer502:
    case Fault::Answer503: {
        const bool bad = exchange->fault == Fault::Answer502;
        const QByteArray body = bad ? "Bad Gateway" : "Service Unavailable";
        exchange->client->write((bad ? "HTTP/1.1 502 Bad Gateway\r\n" : "HTTP/1.1 503 Service Unavailable\r\n")
                                + QByteArray("Content-Type: text/plain\r\nConnection: close\r\nContent-Length: ")
                                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        exchange->client->disconnectFromHost();
        return;
    }
    case Fault::Delay:
        QTimer::singleShot(200 + m_random.bounded(1200), this, [this, exchange] { forward(exchange); });
        return;
    default:
        forward(exchange);
    }
}

void FaultProxy::forward(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->done || !exchange->client)
        return;
    exchange->upstream = new QTcpSocket(this);
    connect(exchange->upstream, &QTcpSocket::connected, this,
            [exchange] {
                if (exchange->upstream)
                    exchange->upstream->write(withConnectionClose(exchange->request));
            });
    connect(exchange->upstream, &QTcpSocket::readyRead, this, [this, exchange] {
        if (!exchange->upstream)
            return;
        exchange->response += exchange->upstream->readAll();
        if (exchange->responseLength < 0)
            exchange->responseLength = messageLength(exchange->response);
        if (exchange->responseLength >= 0 && exchange->response.size() >= exchange->responseLength)
            answer(exchange);
    });
    connect(exchange->upstream, &QTcpSocket::disconnected, this, [this, exchange] { answer(exchange); });
    exchange->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::answer(const std::shared_ptr<Exchange> &exchange)
{
    if (exchange->done || !exchange->client)
        return;
    exchange->done = true; // the client socket goes in finish(), once it has disconnected
    switch (exchange->fault) {
    case Fault::DropAfter: // the server has applied the write; the client never hears of it
        exchange->client->abort();
        break;
    case Fault::ResetMidAnswer: {
        const QByteArray full = withConnectionClose(exchange->response);
        exchange->client->write(full.left(full.size() / 2));
        exchange->client->flush();
        exchange->client->abort();
        break;
    }
    default:
        exchange->client->write(withConnectionClose(exchange->response));
        exchange->client->disconnectFromHost();
    }
    if (exchange->upstream) {
        exchange->upstream->disconnect(this);
        exchange->upstream->deleteLater();
        exchange->upstream = nullptr;
    }
}

void FaultProxy::finish(const std::shared_ptr<Exchange> &exchange)
{
    exchange->done = true;
    if (exchange->upstream) {
        exchange->upstream->disconnect(this);
        exchange->upstream->abort();
        exchange->upstream->deleteLater();
        exchange->upstream = nullptr;
    }
    if (exchange->client) {
        exchange->client->deleteLater(); // its callbacks (holding `exchange`) go with it
        exchange->client = nullptr;
    }
}
