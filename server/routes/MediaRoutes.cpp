// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/Portal.h"
#include "server/http/RangeHeader.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QFileInfo>

namespace nestje::server {

// M1: signed media links, no Authorization. "/media/<mediaId>[-medium|-thumb].<ext>"
static Reply media(Portal &portal, Request &r)
{
    const QString fileName = r.params.at(0);
    const UrlSigner::Check check = portal.signer.check(
        r.org->slug, r.path, r.query.queryItemValue(QStringLiteral("Expires")),
        r.query.queryItemValue(QStringLiteral("Signature"), QUrl::FullyDecoded));
    if (check != UrlSigner::Check::Valid)
        return reply::error(403, check == UrlSigner::Check::Expired ? QStringLiteral("media.link.expired")
                                                                    : QStringLiteral("media.link.invalid"),
                            QStringLiteral("Access denied"));

    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return reply::notFound();
    const QString ext = fileName.mid(dot + 1);
    QString stem = fileName.left(dot);
    QString variant;
    for (const QLatin1String suffix : {QLatin1String("-medium"), QLatin1String("-thumb")}) {
        if (stem.endsWith(suffix)) {
            variant = suffix;
            stem.chop(suffix.size());
        }
    }
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT kind, content_key, mime FROM media WHERE id = ? AND org_id = ?"),
                                 {stem, r.org->id});
    if (!q.next()) {
        q.finish();
        return reply::notFound();
    }
    const QString kind = q.value(0).toString();
    const QString key = q.value(1).toString();
    QByteArray mime = q.value(2).toByteArray();
    q.finish();
    // Photo sizes and video posters are JPEG; the full size of a video or document is itself.
    const QString expectedExt = variant.isEmpty() ? MediaStore::extensionFor(kind, QString::fromLatin1(mime))
                                                  : QStringLiteral("jpeg");
    if (ext != expectedExt)
        return reply::notFound();
    if (expectedExt == QLatin1String("jpeg"))
        mime = QByteArrayLiteral("image/jpeg");

    const QString path = portal.media.pathOf(key + variant + QLatin1Char('.') + ext);
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        return reply::notFound();
    const qint64 size = file.size();
    // Files under a content key never change, so name + size is a strong validator.
    const QByteArray etag = '"' + (key + variant).toLatin1() + '-' + QByteArray::number(size, 16) + '"';
    Reply out;
    out.contentType = mime;
    out.headers.append({QByteArrayLiteral("ETag"), etag});
    out.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    out.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=3600")});
    if (r.header(QByteArrayLiteral("If-None-Match")) == etag) {
        out.status = 304;
        return out;
    }
    ByteRange range;
    bool ranged = false;
    if (!parseRange(r.header(QByteArrayLiteral("Range")), size, &range, &ranged)) {
        out.status = 416;
        out.headers.append({QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size)});
        return out;
    }
    if (ranged) {
        out.file = Reply::FilePart{path, range.first, range.last - range.first + 1};
        out.status = 206;
        out.headers.append({QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(range.first) + '-'
                                                                   + QByteArray::number(range.last) + '/' + QByteArray::number(size)});
        return out;
    }
    out.file = Reply::FilePart{path, 0, size};
    return out;
}

void addMediaRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/media/{}"), Access::Public, [&portal](Request &r) { return media(portal, r); });
    router.add(QHttpServerRequest::Method::Head, QStringLiteral("/media/{}"), Access::Public,
               [&portal](Request &r) { return media(portal, r); });
}

} // namespace nestje::server
