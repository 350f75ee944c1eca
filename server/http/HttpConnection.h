// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"
#include "server/http/HttpLimits.h"

#include <QByteArray>
#include <QFile>
#include <QHttpServerRequest>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace nestje::server {

// A request line and its headers, before the body is read.
struct RequestHead
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QByteArray target; // as sent: "/deboomhut/auth-api/login?x=1"
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
};

// One HTTP/1.x connection: reads requests with the limits of HttpLimits, hands each complete
// request to its Handler, writes the answer, and keeps the connection alive for the next.
// Requests on one connection are answered in order: while one is being handled (possibly on a
// worker thread) the next is left unread in the socket, whose buffer is capped, so TCP flow
// control holds the client back instead of the server's memory.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    class Handler
    {
    public:
        virtual ~Handler() = default;
        // The largest body the route for this head accepts.
        virtual qsizetype bodyLimit(const RequestHead &head) = 0;
        // A complete request; answer it with respond(), now or later.
        virtual void handle(HttpConnection *connection, const RequestHead &head,
                            const QByteArray &body) = 0;
    };

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler &handler,
                   QObject *parent = nullptr);

    QString peerAddress() const { return m_peer; }
    // Answers the request last handed to Handler::handle.
    void respond(const Reply &reply);

private:
    enum class State
    {
        Idle,
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Handling,
        Sending, // a file's body, a part at a time as the client takes it
        Closing
    };

    void process();
    bool readHead();
    bool readBody();
    bool readChunked();
    bool takeLine(QByteArray *line, qsizetype maxLength);
    void pull(qsizetype maxBytes);
    void dispatch();
    void refuse(int status, const QString &text);
    QByteArray head(const Reply &reply, qint64 length, bool close) const;
    // True: the whole answer is written; false: a file's body follows (State::Sending).
    bool write(const Reply &reply, bool close);
    bool sendMoreOfFile();
    void answered();
    void closeAfterWrite();
    void drain();
    void onTimeout();
    void arm(int ms);

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Handler &m_handler;
    QString m_peer;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_buffer; // read from the socket, not yet consumed
    RequestHead m_head;
    QByteArray m_body;
    qsizetype m_bodyLimit = 0;
    qsizetype m_remaining = 0; // of the declared body or the current chunk
    qsizetype m_trailerBytes = 0;
    qsizetype m_drained = 0;
    std::unique_ptr<QFile> m_file; // while Sending
    qint64 m_fileLeft = 0;
    bool m_keepAlive = true;
    bool m_processing = false;
    bool m_shutDown = false;
};

} // namespace nestje::server
