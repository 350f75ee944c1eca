// SPDX-License-Identifier: GPL-3.0-or-later
// PUT media/upload (Nestje extension): a parent's photo or video as raw bytes, to be attached
// to a message or diary entry by its `mediaId` in `photoIds`. "Als ouder kan je ook foto's en
// video's toevoegen aan het verslag" (video only where the organisation offers it).
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/media/UploadCheck.h"
#include "server/routes/Routes.h"
#include "server/routes/WriteSupport.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

#include <optional>

namespace nestje::server {

// The router's ceiling; the organisation's rules set the real limits per kind (below it).
static constexpr qsizetype uploadCeiling = 64 * 1024 * 1024;
static constexpr int maxImageSide = 2048;
// Per account, in any 24 hours. A diary entry or message carries at most 20 photos or videos
// (maxAttachments), and a parent posts a few a day: 100 files is five full posts. 250 MB is ten
// videos at the demo's 25 MB limit. Uploads never attached are swept after a day
// (UploadSweeper), so one account can hold at most a day's quota in unattached files.
static constexpr int quotaFiles = 100;
static constexpr qint64 quotaBytes = 250LL * 1024 * 1024;
static constexpr qint64 quotaWindowMs = 24LL * 60 * 60 * 1000;

// A refusal when the account's uploads of the last 24 hours (as stored) reach the quota.
static std::optional<Reply> overQuota(Portal &portal, const Request &r, qint64 incoming)
{
    QSqlQuery &q = portal.db.run(QStringLiteral("SELECT content_key, kind, mime FROM media WHERE uploaded_by = ? AND uploaded_ms > ?"),
                                 {r.caller.accountId, portal.now() - quotaWindowMs});
    int files = 0;
    qint64 bytes = 0;
    while (q.next()) {
        ++files;
        bytes += portal.media.bytesOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    q.finish();
    if (files < quotaFiles && bytes + incoming <= quotaBytes)
        return std::nullopt;
    return reply::refusal(QStringLiteral("nestje.media.quota_reached"),
                          QStringLiteral("Je hebt vandaag al veel foto's en video's geüpload (maximaal %1 bestanden of %2 MB per dag)."
                                         " Probeer het morgen opnieuw.")
                              .arg(quotaFiles)
                              .arg(quotaBytes / (1024 * 1024)));
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

    if (auto refusal = overQuota(portal, r, r.body.size()))
        return *refusal;

    const QString key = randomId(QStringLiteral("upload-"), 12);
    QString mime;
    QString problem;
    if (image) {
        const QByteArray format = contentType == "image/png" ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg");
        QBuffer buffer(&r.body);
        buffer.open(QIODevice::ReadOnly);
        // The size from the header first: a small file can declare a huge picture.
        const QSize size = uploadcheck::imageSize(r.body, format);
        if (!size.isValid() || size.isEmpty())
            return reply::badRequest(QStringLiteral("the body is not a readable image"));
        if (qint64(size.width()) * size.height() > uploadcheck::maxImagePixels)
            return reply::error(413, QStringLiteral("nestje.media.too_many_pixels"),
                                QStringLiteral("Deze foto is te groot: maximaal %1 megapixel. Stuur een kleinere versie.")
                                    .arg(uploadcheck::maxImagePixels / 1'000'000));
        QImageReader reader(&buffer, format);
        reader.setDecideFormatFromContent(false);
        reader.setAutoTransform(true); // EXIF orientation; re-encoding drops the rest of EXIF (location)
        // Belt and braces: Qt refuses to allocate more than the budget (4 bytes a pixel) plus slack.
        reader.setAllocationLimit(int(uploadcheck::maxImagePixels * 4 / (1024 * 1024)) + 8);
        QImage picture = reader.read();
        if (picture.isNull())
            return reply::badRequest(QStringLiteral("the body is not a readable image"));
        if (std::max(picture.width(), picture.height()) > maxImageSide)
            picture = picture.scaled(maxImageSide, maxImageSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (!portal.media.storeImage(key, picture.convertToFormat(QImage::Format_RGB32), &problem))
            throw DatabaseError{problem}; // a disk problem: 500, nothing committed
        mime = QStringLiteral("image/jpeg");
    } else {
        // The bytes, not the Content-Type, decide: a video must start like a video container.
        mime = uploadcheck::videoContainer(r.body);
        if (mime.isEmpty())
            return reply::error(415, QStringLiteral("nestje.media.unsupported_type"),
                                QStringLiteral("Dit is geen video die we kunnen opslaan; gebruik MP4, MOV of WebM."));
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
