// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageSchema.h"

namespace nestje {

FeatureSchema messagesSchema()
{
    return {
        QStringLiteral("messages"),
        {
            // 1: typed columns instead of raw JSON. The old `threads` and `messages` tables
            // go; forgetting the sync keys makes the next sync fetch everything again.
            {QStringLiteral("DROP TABLE IF EXISTS messages"),
             QStringLiteral("DROP TABLE IF EXISTS threads"),
             QStringLiteral(
                 "CREATE TABLE message_threads (id TEXT PRIMARY KEY, subject TEXT NOT NULL,"
                 " last_text TEXT NOT NULL, last_writer TEXT NOT NULL, date INTEGER NOT NULL,"
                 " unread INTEGER NOT NULL, last_from_parent INTEGER NOT NULL,"
                 " child_id TEXT NOT NULL, child_name TEXT NOT NULL DEFAULT '',"
                 " group_id TEXT NOT NULL, group_name TEXT NOT NULL,"
                 " attachments INTEGER NOT NULL DEFAULT 0,"
                 // the newest message date whose messages we hold (-1: none yet)
                 " details_date INTEGER NOT NULL DEFAULT -1,"
                 // the date the parent read it at; an older 'unread' from the
                 // portal (its read mark still on the way) does not undo it
                 " read_date INTEGER NOT NULL DEFAULT -1)"),
             QStringLiteral(
                 "CREATE INDEX message_threads_by_date ON message_threads (date DESC, id DESC)"),
             QStringLiteral(
                 "CREATE TABLE thread_messages (thread_id TEXT NOT NULL, seq INTEGER NOT NULL,"
                 " id TEXT NOT NULL, text TEXT NOT NULL, written_by TEXT NOT NULL,"
                 " date INTEGER NOT NULL, from_parent INTEGER NOT NULL, PRIMARY KEY (thread_id, "
                 "seq))"),
             QStringLiteral("CREATE INDEX thread_messages_by_id ON thread_messages (id)"),
             QStringLiteral(
                 "CREATE TABLE message_attachments (thread_id TEXT NOT NULL, message_id TEXT NOT "
                 "NULL,"
                 " seq INTEGER NOT NULL, kind TEXT NOT NULL, media_id TEXT NOT NULL, name TEXT NOT "
                 "NULL,"
                 " thumb_url TEXT NOT NULL, medium_url TEXT NOT NULL, full_url TEXT NOT NULL,"
                 " content_type TEXT NOT NULL, PRIMARY KEY (thread_id, message_id, seq))"),
             QStringLiteral("DELETE FROM sync_state WHERE key LIKE 'feature/messages/%'")},
            // 2: the media cache finds a conversation's photo by its id (viewer, "Downloaden").
            {QStringLiteral("CREATE INDEX message_attachments_by_media ON message_attachments (media_id)")},
        }};
}

} // namespace nestje
