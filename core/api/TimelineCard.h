#pragma once

#include "api/DayRhythm.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace nestje {

struct MediaItem
{
    QString id;
    qint64 date = 0;
    QString mediaType; // "photo" or "video"
    QString description;
    QStringList childIds; // own children tagged in it
    QJsonObject json;
};

// One card of the timeline (reference §5.P4), reduced to what the cache indexes on. The full
// card stays in `json`, so unknown card types are kept and shown as generic cards.
struct TimelineCard
{
    QString key;  // stable identity: cards carry no id of their own
    QString type; // "journal", "photo", or anything else
    qint64 date = 0;
    QStringList childIds;
    QList<MediaItem> media;
    QList<DayRhythmMoment> moments;
    QByteArray contentHash; // ignores signed URLs, which change on every fetch
    QJsonObject json;
};

TimelineCard parseTimelineCard(const QJsonObject &card);

// A copy of `value` without the expiring media URLs, for hashing and comparing.
QJsonValue withoutSignedUrls(const QJsonValue &value);

} // namespace nestje
