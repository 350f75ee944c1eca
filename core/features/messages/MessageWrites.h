// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// Berichten's writes through the one local-first write path (sync/Writes). A reply and a new
// message first upload their photos one by one (media/upload), then send the text with the
// media ids; the read mark is one step. Each step has its own Idempotency-Key, so a retry
// after a crash or a lost answer never sends a message twice.

// A reply in a conversation (X13). Payload {threadId, text}. Once the portal has it, the
// portal's answer puts it into the cached conversation (a reply does not move the unread
// counter, so the next sync of the messages may be a while away).
class MessageReplyWrite : public WriteKind
{
public:
    static constexpr auto name = "message-reply";
    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

// "Bericht schrijven" (X12). Payload {childId, groupId ("" when the child has one group),
// subject, text}; once the portal has it, the new conversation goes into the cache as a reply
// does.
class NewMessageWrite : public WriteKind
{
public:
    static constexpr auto name = "message-new";
    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;
};

// The parent opened a conversation (X14), so the web portal and the counters agree. Payload
// {threadId}; nothing to wait for once the portal has it.
class MessageReadWrite : public WriteKind
{
public:
    static constexpr auto name = "message-read";
    QString kind() const override { return QString::fromLatin1(name); }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &, const PendingWrite &write) const override
    {
        return write.state == PendingWrite::State::Sent;
    }
    // The store marked it read before it was sent: nothing to sync.
    bool syncAfter() const override { return false; }
};

} // namespace nestje
