// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace nestje {

// Berichten as the app shows it. The parser (MessageParser) is the only code that reads the
// protocol's JSON for these; everything else sees these plain records. Text is plain already.

// A photo, video or file attached to one message (reference §5.P7 `photos`,
// `attachmentContentItems`). Media are shown straight from their signed links.
struct MessageAttachment
{
    enum class Kind
    {
        Photo,
        Video,
        File
    };
    Kind kind = Kind::Photo;
    QString id;   // media id, or the file's name when it has no id
    QString name; // a file's name; a photo's description
    QString thumbUrl;
    QString mediumUrl;
    QString fullUrl;     // the photo at full size, the clip, or the file
    QString contentType; // files only
    bool operator==(const MessageAttachment &) const = default;
};

// One message of a conversation, oldest first (P7).
struct ThreadMessage
{
    QString id;
    QString text;      // plain text of the message's HTML
    QString writtenBy; // the staff member's name, or the parent's
    qint64 date = 0;
    bool fromParent = false;
    QList<MessageAttachment> attachments;
    bool operator==(const ThreadMessage &) const = default;
};

// One conversation as the overview lists it (P6), completed by its details (P7 summary).
struct MessageThread
{
    QString id;
    QString subject;
    QString lastText;   // the newest message, plain text
    QString lastWriter; // who wrote the newest message
    qint64 date = 0;    // the newest message's time
    bool unread = false;
    bool lastFromParent = false;
    QString childId;
    QString childName; // from the details (P7 summary); "" until they arrived
    QString groupId;   // "" for a question to the organisation
    QString groupName;
    int attachmentCount = 0; // from the details
    int mediaCount = 0;      // photos and videos among them; the rest are files
};

// P7: a conversation's summary (with summary/true) and all its messages.
struct ThreadDetails
{
    QString threadId;
    bool hasSummary = false;
    QString subject;
    QString childId;
    QString childName;
    QString groupId;
    QString groupName;
    QList<ThreadMessage> messages;
};

} // namespace nestje
