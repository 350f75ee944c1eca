// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/timeline/DayRhythm.h"

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
    bool downloadable = true; // the parent may save it (reference §5.P4, DN)
    // Its signed links (reference §5.M): they expire, and every fetch of the card brings fresh
    // ones, which the store keeps for the media cache.
    QString thumbUrl;
    QString mediumUrl;
    QString fullUrl;
};

// One card of the timeline (reference §5.P4), with everything the app shows as plain fields:
// the parser is the only code that reads the card's JSON, and the card's JSON is not kept.
struct TimelineCard
{
    QString key;  // stable identity: cards carry no id of their own
    QString type; // "journal", "photo", or anything else
    qint64 date = 0;
    QStringList childIds;
    QList<MediaItem> media;
    QList<DayRhythmMoment> moments;
    QString writtenBy;  // journal: "Juf Anna", or the parent's name
    bool byParent = false;
    QString text;       // plain text: the diary, or an unknown card type's text
    QByteArray contentHash; // ignores signed URLs, which change on every fetch
};

TimelineCard parseTimelineCard(const QJsonObject &card);
// A page of cards/v2/{offset}; empty past the end.
QList<TimelineCard> parseTimelinePage(const QJsonValue &payload);

} // namespace nestje
