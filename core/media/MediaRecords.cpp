// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaRecords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nestje::media {

namespace {
QString jsonId(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

const char *urlKey(const QString &variant)
{
    if (variant == QLatin1String("thumb"))
        return "thumbUrl";
    if (variant == QLatin1String("medium"))
        return "mediumUrl";
    return "fullSizeUrl";
}
} // namespace

QJsonObject itemInCard(const QByteArray &cardJson, const QString &mediaId)
{
    const QJsonObject card = QJsonDocument::fromJson(cardJson).object();
    const QJsonArray lists[] = {
        card.value(QLatin1String("photos")).toArray(),
        card.value(QLatin1String("journal")).toObject().value(QLatin1String("photos")).toArray()};
    for (const QJsonArray &list : lists) {
        for (const QJsonValue &value : list) {
            const QJsonObject item = value.toObject();
            if (jsonId(item.value(QLatin1String("id"))) == mediaId)
                return item;
        }
    }
    return {};
}

QJsonObject item(const QByteArray &itemJson)
{
    return QJsonDocument::fromJson(itemJson).object();
}

QJsonObject messageItem(bool video, const QString &description, const QString &thumbUrl,
                        const QString &mediumUrl, const QString &fullUrl, qint64 dateMs)
{
    return {
        {QStringLiteral("mediaType"), video ? QStringLiteral("video") : QStringLiteral("photo")},
        {QStringLiteral("description"), description},
        {QStringLiteral("thumbUrl"), thumbUrl},
        {QStringLiteral("mediumUrl"), mediumUrl},
        {QStringLiteral("fullSizeUrl"), fullUrl},
        {QStringLiteral("date"), double(dateMs)}};
}

QString signedUrl(const QJsonObject &item, const QString &variant)
{
    return item.value(QLatin1String(urlKey(variant))).toString();
}

SavedFacts savedFacts(const QJsonObject &item)
{
    SavedFacts facts;
    facts.video = item.value(QLatin1String("mediaType")).toString() == QLatin1String("video");
    facts.dateMs = qint64(item.value(QLatin1String("date")).toDouble());
    facts.description = item.value(QLatin1String("description")).toString();
    return facts;
}

} // namespace nestje::media
