// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/DiaryWrite.h"

#include "features/timeline/TimelineStore.h"
#include "net/JsonValues.h"
#include "sync/WriteStore.h"
#include "text/PortalTime.h"

#include <QDate>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace nestje {

QByteArray DiaryWrite::contentTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v"))
        return "video/mp4";
    if (suffix == QLatin1String("mov"))
        return "video/quicktime";
    if (suffix == QLatin1String("webm"))
        return "video/webm";
    return QMimeDatabase().mimeTypeForFile(path).name().toLatin1();
}

std::optional<ApiCall> DiaryWrite::step(const PendingWrite &write, int step) const
{
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    if (step < write.files.size()) {
        call.path = QStringLiteral("/restservices-parent/media/upload");
        call.bodyFile = write.files.at(step);
        call.contentType = contentTypeOf(call.bodyFile);
        return call;
    }
    if (step > write.files.size())
        return std::nullopt;
    QJsonArray photoIds;
    for (int i = 0; i < write.files.size(); ++i)
        photoIds.append(write.results.at(i).toObject().value(QLatin1String("mediaId")));
    const QString childId = write.payload.value(QLatin1String("childId")).toString();
    const QDate day =
        QDate::fromString(write.payload.value(QLatin1String("day")).toString(), Qt::ISODate);
    call.path = QStringLiteral("/restservices-parent/journal/%1/%2")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(childId)),
                         day.toString(QStringLiteral("yyyyMMdd")));
    QJsonObject body{
        {QStringLiteral("journalContent"), write.payload.value(QLatin1String("text"))}};
    if (!photoIds.isEmpty())
        body.insert(QStringLiteral("photoIds"), photoIds);
    call.body = body;
    return call;
}

namespace {
QString journalIdOf(const PendingWrite &write)
{
    return write.results.isEmpty() ? QString()
                                   : write.results.last()
                                         .toObject()
                                         .value(QLatin1String("journalId"))
                                         .toVariant()
                                         .toString();
}
} // namespace

bool DiaryWrite::delivered(Database &db, const PendingWrite &write) const
{
    const QString journalId = journalIdOf(write);
    return !journalId.isEmpty() &&
           TimelineStore(db).hasCard(QStringLiteral("journal:") + journalId);
}

qint64 DiaryWrite::oldestAwaitedDay(Database &db)
{
    qint64 oldest = 0;
    const TimelineStore timeline(db);
    for (const PendingWrite &write : WriteStore(db).sent()) {
        const QString journalId = journalIdOf(write);
        if (write.kind != QLatin1String(name) || journalId.isEmpty() ||
            timeline.hasCard(QStringLiteral("journal:") + journalId))
            continue;
        // The portal's answer dates the entry; the day the parent chose when it does not.
        qint64 day = json::dateMs(write.results.last().toObject().value(QLatin1String("date")));
        const QDate chosen =
            QDate::fromString(write.payload.value(QLatin1String("day")).toString(), Qt::ISODate);
        if (day <= 0 && chosen.isValid())
            day = portaltime::startOfDay(chosen);
        if (day > 0 && (oldest == 0 || day < oldest))
            oldest = day;
    }
    return oldest;
}

} // namespace nestje
