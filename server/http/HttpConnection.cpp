// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/HttpConnection.h"

#include "server/http/Replies.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

#include <cctype>

namespace nestje::server {

// Qt reads the kernel's socket buffer into its own until this much is waiting; beyond it, TCP
// flow control makes the client wait. Without a cap Qt would buffer whatever a client sends.
static constexpr qint64 socketBufferBytes = 64 * 1024;
// After a refusal, what the client still sends is read and thrown away (so the kernel does not
// answer it with a reset that could destroy our answer in flight), up to this much.
static constexpr qsizetype maxDrainBytes = 4 * 1024 * 1024;
// A file body up to this size leaves with its headers in one write (a photo); a larger one is
// read a part at a time, topping up the socket's buffer to this much as the client takes it.
static constexpr qint64 fileInOneWriteBytes = 256 * 1024;
static constexpr qint64 filePartBytes = 64 * 1024;

QByteArray RequestHead::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

static QHttpServerRequest::Method methodOf(const QByteArray &name)
{
    using M = QHttpServerRequest::Method;
    static const QList<QPair<QByteArray, M>> methods = {
        {"GET", M::Get},       {"PUT", M::Put},         {"POST", M::Post},
        {"DELETE", M::Delete}, {"HEAD", M::Head},       {"OPTIONS", M::Options},
        {"PATCH", M::Patch},   {"CONNECT", M::Connect}, {"TRACE", M::Trace},
    };
    for (const auto &m : methods)
        if (m.first == name)
            return m.second;
    return M::Unknown;
}

static QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

static QString clientAddress(const QHostAddress &address)
{
    // A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d; one client, one spelling.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler &handler,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(handler)
    , m_peer(clientAddress(socket->peerAddress()))
{
    socket->setParent(this);
    socket->setReadBufferSize(socketBufferBytes);
    // Headers and body leave in one write, but a small answer after a pause could still wait
    // for the client's delayed ACK (~40 ms) under Nagle.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QIODevice::readyRead, this, [this] {
        if (m_state == State::Closing)
            drain();
        else
            process();
    });
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_state == State::Sending && sendMoreOfFile())
            answered();
        if (m_state == State::Closing && !m_shutDown && m_socket->bytesToWrite() == 0)
            closeAfterWrite();
    });
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
    arm(m_limits.idleTimeoutMs);
    // A TLS socket may hold decrypted bytes already.
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::arm(int ms)
{
    m_timer.start(std::max(ms, 1));
}

void HttpConnection::pull(qsizetype maxBytes)
{
    const qint64 n = std::min<qint64>(maxBytes, m_socket->bytesAvailable());
    if (n > 0)
        m_buffer.append(m_socket->read(n));
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    for (bool more = true; more;) {
        switch (m_state) {
        case State::Idle:
        case State::Head:
            more = readHead();
            break;
        case State::Body:
            more = readBody();
            break;
        case State::ChunkSize:
        case State::ChunkData:
        case State::ChunkEnd:
        case State::Trailers:
            more = readChunked();
            break;
        case State::Handling:
        case State::Sending:
        case State::Closing:
            more = false;
            break;
        }
    }
    m_processing = false;
}

bool HttpConnection::readHead()
{
    pull(m_limits.maxHeaderBytes + 4 - m_buffer.size());
    if (m_state == State::Idle) {
        qsizetype skip = 0; // blank lines between requests are allowed (RFC 9112 2.2)
        while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
            ++skip;
        m_buffer.remove(0, skip);
        if (m_buffer.isEmpty())
            return false;
        m_state = State::Head;
        arm(m_limits.headerTimeoutMs); // a total deadline: dripping bytes does not extend it
    }
    qsizetype end = -1;
    const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
    const qsizetype lf = m_buffer.indexOf("\n\n");
    if (crlf >= 0)
        end = crlf + 4;
    if (lf >= 0 && (end < 0 || lf + 2 < end))
        end = lf + 2;
    if (end < 0 || end > m_limits.maxHeaderBytes + 4) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            refuse(431, QStringLiteral("Request headers too large"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end);

    RequestHead head;
    const QByteArray requestLine =
        lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
        refuse(400, QStringLiteral("Malformed request line"));
        return false;
    }
    if (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0") {
        refuse(parts.at(2).startsWith("HTTP/") ? 505 : 400,
               QStringLiteral("HTTP/1.0 or HTTP/1.1 only"));
        return false;
    }
    head.method = methodOf(parts.at(0));
    head.target = parts.at(1);
    head.minorVersion = parts.at(2).at(7) - '0';
    if (!head.target.startsWith('/') && !head.target.startsWith("http://") &&
        !head.target.startsWith("https://")) {
        refuse(400, QStringLiteral("Malformed request target"));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // No folded lines (obsolete, and a classic smuggling trick) and no spaces in names.
        if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 ||
            line.left(colon).contains(' ') || line.left(colon).contains('\t')) {
            refuse(400, QStringLiteral("Malformed header line"));
            return false;
        }
        if (head.headers.size() >= m_limits.maxHeaderCount) {
            refuse(431, QStringLiteral("Too many request headers"));
            return false;
        }
        head.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    QList<QByteArray> lengths;
    QList<QByteArray> codings;
    for (const auto &h : std::as_const(head.headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(h.second);
        else if (h.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings.append(h.second);
    }
    const QByteArray connection = head.header("Connection").toLower();
    m_keepAlive =
        head.minorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive");
    m_head = head;

    // Two lengths, or a length and a coding, are how requests are smuggled past proxies.
    if (lengths.size() > 1) {
        refuse(400, QStringLiteral("More than one Content-Length"));
        return false;
    }
    const bool chunked = !codings.isEmpty();
    if (chunked && !lengths.isEmpty()) {
        refuse(400, QStringLiteral("Content-Length and Transfer-Encoding together"));
        return false;
    }
    if (chunked && (codings.size() != 1 || codings.first().toLower() != "chunked")) {
        refuse(501, QStringLiteral("Only the chunked transfer coding is supported"));
        return false;
    }
    qint64 length = 0;
    if (!lengths.isEmpty()) {
        const QByteArray &text = lengths.first();
        bool digits = !text.isEmpty() && text.size() <= 18;
        for (char c : text)
            digits = digits && c >= '0' && c <= '9';
        if (!digits) {
            refuse(400, QStringLiteral("Malformed Content-Length"));
            return false;
        }
        length = text.toLongLong();
    }
    m_bodyLimit = m_handler.bodyLimit(m_head);
    if (length > m_bodyLimit) {
        refuse(413, QStringLiteral("Request body too large"));
        return false;
    }
    m_body.clear();
    if ((chunked || length > 0) && head.header("Expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (chunked) {
        m_state = State::ChunkSize;
        arm(m_limits.bodyTimeoutMs);
    } else if (length > 0) {
        m_remaining = length;
        m_body.reserve(length);
        m_state = State::Body;
        arm(m_limits.bodyTimeoutMs);
    } else {
        dispatch();
    }
    return true;
}

bool HttpConnection::readBody()
{
    qsizetype before = m_remaining;
    const qsizetype buffered = std::min(m_remaining, m_buffer.size());
    if (buffered > 0) {
        m_body.append(m_buffer.constData(), buffered);
        m_buffer.remove(0, buffered);
        m_remaining -= buffered;
    }
    const qint64 n = std::min<qint64>(m_remaining, m_socket->bytesAvailable());
    if (n > 0) {
        const QByteArray data = m_socket->read(n);
        m_body.append(data);
        m_remaining -= data.size();
    }
    if (m_remaining > 0) {
        if (m_remaining != before)
            arm(m_limits.bodyTimeoutMs); // the body timeout is for silence, not for slow links
        return false;
    }
    if (m_state == State::Body) {
        dispatch();
    } else {
        m_state = State::ChunkEnd;
        arm(m_limits.bodyTimeoutMs);
    }
    return true;
}

bool HttpConnection::takeLine(QByteArray *line, qsizetype maxLength)
{
    pull(maxLength + 2 - m_buffer.size());
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0 || newline > maxLength + 1) {
        if (m_buffer.size() > maxLength + 1)
            refuse(400, QStringLiteral("Malformed chunked body"));
        return false;
    }
    *line = m_buffer.left(newline);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, newline + 1);
    return true;
}

bool HttpConnection::readChunked()
{
    QByteArray line;
    switch (m_state) {
    case State::ChunkSize: {
        if (!takeLine(&line, 1024))
            return false;
        const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
        const QByteArray hex = (extension < 0 ? line : line.left(extension)).trimmed();
        bool ok = !hex.isEmpty() && hex.size() <= 15;
        for (char c : hex)
            ok = ok && std::isxdigit(static_cast<unsigned char>(c));
        const qint64 size = ok ? hex.toLongLong(nullptr, 16) : -1;
        if (size < 0) {
            refuse(400, QStringLiteral("Malformed chunk size"));
            return false;
        }
        if (size == 0) {
            m_state = State::Trailers;
            m_trailerBytes = 0;
        } else if (m_body.size() + size > m_bodyLimit) {
            // Cut off as soon as the declared chunk would pass the limit, not after reading it.
            refuse(413, QStringLiteral("Request body too large"));
            return false;
        } else {
            m_remaining = size;
            m_state = State::ChunkData;
        }
        arm(m_limits.bodyTimeoutMs);
        return true;
    }
    case State::ChunkData:
        return readBody();
    case State::ChunkEnd:
        if (!takeLine(&line, 2))
            return false;
        if (!line.isEmpty()) {
            refuse(400, QStringLiteral("Malformed chunked body"));
            return false;
        }
        m_state = State::ChunkSize;
        return true;
    case State::Trailers:
        if (!takeLine(&line, m_limits.maxHeaderBytes))
            return false;
        m_trailerBytes += line.size() + 2;
        if (m_trailerBytes > m_limits.maxHeaderBytes) {
            refuse(431, QStringLiteral("Request trailers too large"));
            return false;
        }
        if (line.isEmpty())
            dispatch(); // trailers themselves are ignored
        return true;
    default:
        return false;
    }
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_timer.stop(); // a slow answer (a queued password check) is not the client's fault
    const QByteArray body = std::move(m_body);
    m_body = QByteArray();
    m_handler.handle(this, m_head, body);
}

void HttpConnection::respond(const Reply &reply)
{
    if (m_state != State::Handling)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (write(reply, !m_keepAlive))
        answered();
}

// The whole answer is written (or queued in the socket): the next request, or the close.
void HttpConnection::answered()
{
    if (!m_keepAlive) {
        closeAfterWrite();
        return;
    }
    m_state = State::Idle;
    m_head = RequestHead();
    arm(m_limits.idleTimeoutMs);
    process(); // a pipelined request may be waiting already (no-op when called from process)
}

// The status line and headers of `reply`, its body `length` bytes long.
QByteArray HttpConnection::head(const Reply &reply, qint64 length, bool close) const
{
    QByteArray out;
    out.reserve(256);
    out +=
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    // Every answer: a browser must never guess a type (an uploaded "photo" run as HTML).
    out += "X-Content-Type-Options: nosniff\r\n";
    if (close)
        out += "Connection: close\r\n";
    for (const auto &header : reply.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    return out;
}

bool HttpConnection::write(const Reply &reply, bool close)
{
    const bool withBody = m_head.method != QHttpServerRequest::Method::Head;
    if (!reply.file) {
        QByteArray out = head(reply, reply.body.size(), close);
        if (withBody)
            out += reply.body;
        m_socket->write(out);
        return true;
    }
    const Reply::FilePart &part = *reply.file;
    auto file = std::make_unique<QFile>(part.path);
    if (!file->open(QIODevice::ReadOnly) || !file->seek(part.offset))
        return write(reply::notFound(), close); // gone since the route found it
    if (!withBody) {
        m_socket->write(head(reply, part.length, close));
        return true;
    }
    if (part.length <= fileInOneWriteBytes) {
        const QByteArray body = file->read(part.length);
        if (body.size() != part.length)
            return write(reply::notFound(), close);
        m_socket->write(head(reply, part.length, close) + body);
        return true;
    }
    m_socket->write(head(reply, part.length, close));
    m_file = std::move(file);
    m_fileLeft = part.length;
    m_state = State::Sending;
    return sendMoreOfFile();
}

// Tops the socket's buffer up from the file; bytesWritten calls again as the client reads. A
// client that stops reading is cut off after bodyTimeoutMs without progress. True: all of the
// file is written.
bool HttpConnection::sendMoreOfFile()
{
    while (m_fileLeft > 0 && m_socket->bytesToWrite() < fileInOneWriteBytes) {
        const QByteArray part = m_file->read(std::min(filePartBytes, m_fileLeft));
        if (part.isEmpty()) {
            // The file shrank under us: the promised length cannot be kept, so the client
            // must not take what it got for the whole.
            m_file.reset();
            m_socket->abort();
            return false;
        }
        m_socket->write(part);
        m_fileLeft -= part.size();
    }
    if (m_fileLeft > 0) {
        arm(m_limits.bodyTimeoutMs);
        return false;
    }
    m_file.reset();
    return true;
}

void HttpConnection::refuse(int status, const QString &text)
{
    static const QHash<int, QString> codes = {
        {400, QStringLiteral("web.general.message.bad_request")},
        {408, QStringLiteral("web.general.message.request_timeout")},
        {413, QStringLiteral("web.general.message.payload_too_large")},
        {431, QStringLiteral("web.general.message.headers_too_large")},
        {501, QStringLiteral("web.general.message.not_implemented")},
        {505, QStringLiteral("web.general.message.http_version_not_supported")},
    };
    write(reply::error(
              status, codes.value(status, QStringLiteral("web.general.message.bad_request")), text),
          true);
    closeAfterWrite();
}

void HttpConnection::closeAfterWrite()
{
    if (m_state != State::Closing) {
        m_state = State::Closing;
        m_buffer = QByteArray();
        m_body = QByteArray();
        arm(m_limits.lingerMs);
    }
    if (m_socket->bytesToWrite() > 0 || m_shutDown)
        return; // bytesWritten brings us back
    m_shutDown = true;
    if (qobject_cast<QSslSocket *>(m_socket)) {
        m_socket->disconnectFromHost(); // TLS cannot half-close; the answer is flushed first
        return;
    }
    // Half-close: the client reads our answer and end-of-stream, while what it still sends is
    // drained until it gives up or the linger time is over.
    ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    drain();
}

void HttpConnection::drain()
{
    char scratch[16 * 1024];
    while (m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(scratch, sizeof scratch);
        if (n <= 0)
            break;
        m_drained += n;
        if (m_drained > maxDrainBytes) {
            m_socket->abort();
            return;
        }
    }
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        m_state = State::Closing;
        m_socket->disconnectFromHost();
        break;
    case State::Head:
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkEnd:
    case State::Trailers:
        refuse(408, QStringLiteral("Request timed out"));
        break;
    case State::Closing:
    case State::Sending: // the client stopped taking the file
        m_socket->abort();
        break;
    case State::Handling:
        break;
    }
}

} // namespace nestje::server
