// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nestje {

// What the media code reads from the JSON the timeline keeps for a media item: its signed
// links, date, caption and type (reference §5.M). The only code in media/ that looks inside it.
namespace media {

// The item `mediaId` inside a stored card: top-level photos (photo cards) or journal.photos;
// empty when the card does not hold it.
QJsonObject itemInCard(const QByteArray &cardJson, const QString &mediaId);
// A stored item on its own.
QJsonObject item(const QByteArray &itemJson);
// A conversation's photo or video in the same shape (MediaStore::messageMedia's fields).
QJsonObject messageItem(bool video, const QString &description, const QString &thumbUrl,
                        const QString &mediumUrl, const QString &fullUrl, qint64 dateMs);
// Its signed link for `variant` ("thumb", "medium", anything else: the full size).
QString signedUrl(const QJsonObject &item, const QString &variant);

// The fields a saved file is named and tagged after.
struct SavedFacts
{
    bool video = false;
    qint64 dateMs = 0; // 0 when the item carries none
    QString description;
};
SavedFacts savedFacts(const QJsonObject &item);

} // namespace media
} // namespace nestje
