// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace nestje {

class Database;

// A photo or video as the cache last stored it: its signed links (renewed by every fetch of
// the card or conversation that holds it), what a saved file is named and tagged after, and
// which card or conversation holds it (where fresh links come from).
struct StoredMedia
{
    QString cardKey;  // the timeline card that holds it ("" for a conversation's)
    QString threadId; // the conversation that holds it ("" for the timeline's)
    bool video = false;
    QString description;
    QString thumbUrl;
    QString mediumUrl;
    QString fullUrl;
    qint64 date = 0;   // the item's, else its card's or message's (ms)
    QString childName; // a conversation's: the child it is about ("" when not known yet)

    // The signed link of `variant` ("thumb", "medium", anything else: the full size).
    QString link(const QString &variant) const
    {
        return variant == QLatin1String("thumb")    ? thumbUrl
               : variant == QLatin1String("medium") ? mediumUrl
                                                    : fullUrl;
    }
};

// The media cache's reads of the timeline's tables (photos, cards, photo_children, children)
// and of the messages feature's attachments (message_attachments, thread_messages,
// message_threads): where a media item's signed links are, which card or conversation holds it
// and where that card sits, and what a saved file is named after. The media code runs no SQL of
// its own; TimelineStore and MessageStore write these tables.
class MediaStore
{
public:
    explicit MediaStore(Database &db)
        : m_db(db)
    {
    }

    bool isOpen() const;
    // `mediaId` in the timeline, else in a conversation; nullopt when the cache has neither.
    std::optional<StoredMedia> media(const QString &mediaId) const;
    // The first name of the first of the family's children tagged in it ("" when none).
    QString firstChildName(const QString &mediaId) const;
    // How many cached cards are newer than `cardKey`: its offset in the portal's timeline.
    qint64 cardPosition(const QString &cardKey) const;
    // `mediaId` when a timeline card holds it.
    std::optional<StoredMedia> timelineMedia(const QString &mediaId) const;
    // `mediaId` when a conversation holds it (a photo or video, not a file).
    std::optional<StoredMedia> messageMedia(const QString &mediaId) const;

private:
    // One row of `sql` (holder, kind, caption, thumb, medium and full link, date, child's
    // name), its first column kept in `holder` (the card's key or the conversation's id).
    std::optional<StoredMedia> read(const QString &sql, const QString &mediaId,
                                    QString StoredMedia::*holder) const;

    Database &m_db;
};

} // namespace nestje
