// PUT media/upload (Nestje extension): a parent's photo or video as raw bytes, to be attached
// to a message or diary entry by its `mediaId` in `photoIds`. "Als ouder kan je ook foto's en
// video's toevoegen aan het verslag" (video only where the organisation offers it).
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace nestje::server {

// The router's ceiling; the organisation's rules set the real limits per kind (below it).
static constexpr qsizetype uploadCeiling = 64 * 1024 * 1024;
static constexpr int maxImageSide = 2048;

// The container a video's first bytes say it is, or empty.
static QString sniffVideo(const QByteArray &bytes)
{
    if (bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp")
        return bytes.mid(8, 4) == "qt  " ? QStringLiteral("video/quicktime") : QStringLiteral("video/mp4");
    if (bytes.startsWith("\x1a\x45\xdf\xa3"))
        return QStringLiteral("video/webm");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "AVI ")
        return QStringLiteral("video/x-msvideo");
    return {};
}

// A poster for an uploaded video (medium and thumb sizes): the server cannot decode video
// without codecs, so it draws a neutral frame with a play symbol.
static QImage videoPoster()
{
    QImage image(960, 540, QImage::Format_RGB32);
    image.fill(QColor(0x26, 0x32, 0x38));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 60));
    p.drawEllipse(QPointF(480, 270), 110, 110);
    QPainterPath triangle;
    triangle.moveTo(445, 205);
    triangle.lineTo(445, 335);
    triangle.lineTo(555, 270);
    triangle.closeSubpath();
    p.setBrush(Qt::white);
    p.drawPath(triangle);
    return image;
}

static Reply upload(Portal &portal, Request &r)
{
    const OrganisationRules rules = portal.rules(*r.org);
    const QByteArray contentType = r.header(QByteArrayLiteral("Content-Type")).split(';').first().trimmed().toLower();
    const bool image = contentType == "image/jpeg" || contentType == "image/png";
    const bool video = contentType.startsWith("video/");
    if (!image && !video)
        return reply::error(415, QStringLiteral("nestje.media.unsupported_type"),
                            QStringLiteral("Alleen foto's (JPEG, PNG) en video's (MP4, MOV, WebM) kunnen worden geüpload."));
    if (r.body.isEmpty())
        return reply::badRequest(QStringLiteral("the body must hold the file's bytes"));
    if (video && !rules.offers(QStringLiteral("video")))
        return reply::refusal(QStringLiteral("nestje.media.video_not_offered"),
                              QStringLiteral("Video's meesturen is bij deze organisatie niet mogelijk."));
    const qint64 limit = rules.integer(image ? QStringLiteral("upload.maxImageBytes") : QStringLiteral("upload.maxVideoBytes"));
    if (r.body.size() > limit)
        return reply::error(413, QStringLiteral("nestje.media.too_large"),
                            QStringLiteral("Dit bestand is te groot: maximaal %1 MB.").arg(limit / (1024 * 1024)));

    const QString key = randomId(QStringLiteral("upload-"), 12);
    QString mime;
    QString problem;
    if (image) {
        QBuffer buffer(&r.body);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, contentType == "image/png" ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
        reader.setAutoTransform(true); // EXIF orientation; re-encoding drops the rest of EXIF (location)
        const QSize size = reader.size();
        if (!size.isValid() || qint64(size.width()) * size.height() > 80'000'000)
            return reply::badRequest(QStringLiteral("the body is not a readable image"));
        QImage picture = reader.read();
        if (picture.isNull())
            return reply::badRequest(QStringLiteral("the body is not a readable image"));
        if (std::max(picture.width(), picture.height()) > maxImageSide)
            picture = picture.scaled(maxImageSide, maxImageSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (!portal.media.storeImage(key, picture.convertToFormat(QImage::Format_RGB32), &problem))
            throw DatabaseError{problem}; // a disk problem: 500, nothing committed
        mime = QStringLiteral("image/jpeg");
    } else {
        mime = sniffVideo(r.body);
        if (mime.isEmpty())
            return reply::error(415, QStringLiteral("nestje.media.unsupported_type"),
                                QStringLiteral("Dit videoformaat wordt niet ondersteund; gebruik MP4, MOV of WebM."));
        if (!portal.media.storeFile(key + QLatin1Char('.') + MediaStore::extensionFor(QStringLiteral("video"), mime), r.body, &problem)
            || !portal.media.storeImage(key, videoPoster(), &problem))
            throw DatabaseError{problem};
    }
    const QString kind = image ? QStringLiteral("photo") : QStringLiteral("video");
    const QString mediaId = randomId(QStringLiteral("m"));
    portal.db.run(QStringLiteral("INSERT INTO media (id, org_id, kind, content_key, mime, file_name, uploaded_by, uploaded_ms)"
                                 " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
                  {mediaId, r.org->id, kind, key, mime, r.caller.accountId, portal.now()});
    QJsonObject payload = portal.mediaUrls(*r.org, mediaId, MediaStore::extensionFor(kind, mime));
    payload.insert(QStringLiteral("mediaId"), mediaId);
    payload.insert(QStringLiteral("mediaType"), kind);
    return reply::envelope(payload);
}

void addUploadRoutes(Router &router, Portal &portal)
{
    router.add(QHttpServerRequest::Method::Put, QStringLiteral("/restservices-parent/media/upload"), Access::Parent,
               [&portal](Request &r) { return upload(portal, r); }, uploadCeiling);
}

} // namespace nestje::server
