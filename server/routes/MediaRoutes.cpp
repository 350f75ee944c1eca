#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QFile>
#include <QFileInfo>

namespace nestje::server {

struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1;
};

// One "bytes=a-b", "bytes=a-" or "bytes=-n" range. Multi-range requests get the whole file,
// which RFC 9110 allows. Returns false when the range cannot be satisfied.
static bool parseRange(const QByteArray &header, qint64 size, ByteRange *range, bool *present)
{
    *present = false;
    if (!header.startsWith("bytes=") || header.contains(','))
        return true;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return true;
    bool okFirst = false;
    bool okLast = false;
    const qint64 first = spec.left(dash).toLongLong(&okFirst);
    const qint64 last = spec.mid(dash + 1).toLongLong(&okLast);
    *present = true;
    if (dash == 0) { // suffix: the last n bytes
        if (!okLast || last <= 0)
            return false;
        range->first = std::max<qint64>(0, size - last);
        range->last = size - 1;
    } else {
        if (!okFirst || first >= size)
            return false;
        range->first = first;
        range->last = (dash + 1 < spec.size() && okLast) ? std::min(last, size - 1) : size - 1;
        if (range->last < range->first)
            return false;
    }
    return true;
}

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

    QFile file(portal.media.pathOf(key + variant + QLatin1Char('.') + ext));
    if (!file.open(QIODevice::ReadOnly))
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
        file.seek(range.first);
        out.body = file.read(range.last - range.first + 1);
        out.status = 206;
        out.headers.append({QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(range.first) + '-'
                                                                   + QByteArray::number(range.last) + '/' + QByteArray::number(size)});
        return out;
    }
    out.body = file.readAll();
    return out;
}

void addMediaRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/media/{}"), Access::Public, [&portal](Request &r) { return media(portal, r); });
    router.add(QHttpServerRequest::Method::Head, QStringLiteral("/media/{}"), Access::Public,
               [&portal](Request &r) { return media(portal, r); });
}

} // namespace nestje::server
