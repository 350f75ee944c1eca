// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageRecords.h"

#include <QStringList>

#include <optional>

namespace nestje {

class Database;

// Berichten's cache: the conversations (overview rows completed by their details), the
// messages in each and their attachments. Owns every SQL statement of the feature; writes
// announce "messages" after their commit.
class MessageStore
{
public:
    static constexpr auto topic = "messages";

    explicit MessageStore(Database &db)
        : m_db(db)
    {
    }

    // Upserts overview rows in one transaction; `changedThreadIds` gets the conversations whose
    // messages need fetching (new, or a newer last message than the messages held). False on a
    // disk error.
    bool upsertThreads(const QList<MessageThread> &threads, QStringList *changedThreadIds);
    // Replaces the messages of one conversation with its details.
    bool storeDetails(const ThreadDetails &details);
    // The parent's own message the portal took (a reply, or a new conversation when `thread`
    // is not known yet): shown from the write's result until the next sync of the
    // conversation brings the portal's copy (its details are fetched again: they are older).
    bool addOwnMessage(const MessageThread &thread, const ThreadMessage &message);
    // The parent opened it: read at once here (the badge clears), whatever the portal still
    // says until its read mark arrives. False when nothing changed.
    bool markRead(const QString &threadId);

    // Newest activity first; `childId` "" for all children; `search` "" for all, otherwise
    // conversations whose subject or any message contains it (case-insensitive).
    QList<MessageThread> threads(const QString &childId = {}, const QString &search = {}) const;
    std::optional<MessageThread> thread(const QString &threadId) const;
    // Oldest first, with their attachments; with `newest` only the newest that many (a long
    // conversation opens on its last screen and reads older messages as the parent scrolls up).
    QList<ThreadMessage> messages(const QString &threadId, std::optional<int> newest = {}) const;
    bool hasMessage(const QString &threadId, const QString &messageId) const;
    // A file attached to a message (its freshest link, name and type); nullopt when the
    // conversation no longer has it.
    std::optional<MessageAttachment> file(const QString &threadId, const QString &messageId,
                                          const QString &fileId) const;
    // Conversations with something the parent has not read.
    int unreadCount() const;
    // Unread conversations whose newest message is the organisation's (for notifications).
    QList<MessageThread> unreadFromOrganisation() const;
    int threadCount() const;
    int messageCount(const QString &threadId) const;

private:
    Database &m_db;
};

} // namespace nestje
