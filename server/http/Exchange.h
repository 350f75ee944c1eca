// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace nestje::server {

// An organisation (tenant) hosted by this server, picked per request by host or path prefix.
struct Organisation
{
    qint64 id = 0;
    QString slug;
    QString name;
    QString kind; // "KDV" or "BSO"
};

// The authenticated parent behind a Bearer token.
struct Caller
{
    qint64 accountId = 0;
    qint64 familyId = 0;
    QString username;
    QString sessionId;
};

// What a route handler sees of a request.
struct Request
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;       // below the organisation, e.g. "/auth-api/login"
    QStringList params; // the route's {} segments, in order
    QUrlQuery query;
    QByteArray body;
    QString remote;
    QList<QPair<QByteArray, QByteArray>> headers; // as received, names in their original case
    const Organisation *org = nullptr;
    Caller caller; // filled for routes that need a parent

    // The first header called `name` (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    QByteArray cookie(const QByteArray &name) const;
};

struct Reply;

// Slow, self-contained work a handler hands back instead of an answer (password hashing): `work`
// runs on a bounded worker pool and must touch only what its lambdas captured (no database, no
// Portal); `then` runs afterwards on the server's thread and gives the answer (or defers again).
// Parent writes run `then` in a new transaction, with the Idempotency-Key stored as usual.
struct Deferred
{
    std::function<void()> work;
    std::function<Reply()> then;
};

// What a route handler answers. JSON by default.
struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    // Or a part of a file, read as the client takes it (photos, videos, PDFs): what a download
    // costs the server's memory does not grow with the file.
    struct FilePart
    {
        QString path;
        qint64 offset = 0;
        qint64 length = 0;
    };
    std::optional<FilePart> file;
    QList<QPair<QByteArray, QByteArray>> headers;
    // An HTTP error or a business refusal (`result: false`): whatever the handler wrote is
    // rolled back, so a refused write never leaves half a change behind.
    bool refused = false;
    // Set: not an answer yet (see Deferred).
    std::shared_ptr<Deferred> deferred;
};

} // namespace nestje::server
