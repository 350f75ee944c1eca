// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nestje {

class Database;

// A photo or video attached to a message in a conversation, with its links as the messages
// feature last stored them. Conversations are not in the timeline: no card holds these.
struct MessageMedia
{
    QString threadId; // the conversation, whose details (P7) carry fresh links
    bool video = false;
    QString description;
    QString thumbUrl;
    QString mediumUrl;
    QString fullUrl;
    qint64 date = 0;   // the message's (ms)
    QString childName; // the child the conversation is about ("" when not known yet)
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
    // The JSON of the card that holds `mediaId` (its links are rewritten on every sync) and
    // that card's key; empty when the cache has no such item.
    QByteArray cardJson(const QString &mediaId, QString *cardKey = nullptr) const;
    // The item's own JSON as it was first stored (links not kept fresh).
    QByteArray itemJson(const QString &mediaId) const;
    // The item's date (ms) from the photos table; 0 when unknown.
    qint64 itemDate(const QString &mediaId) const;
    // The first name of the first of the family's children tagged in it ("" when none).
    QString firstChildName(const QString &mediaId) const;
    // How many cached cards are newer than `cardKey`: its offset in the portal's timeline.
    qint64 cardPosition(const QString &cardKey) const;
    // `mediaId` when a conversation holds it (a photo or video, not a file).
    std::optional<MessageMedia> messageMedia(const QString &mediaId) const;

private:
    Database &m_db;
};

} // namespace nestje
