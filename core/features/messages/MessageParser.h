// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageRecords.h"

#include <QJsonValue>

namespace nestje {

// logbook/overview (P6): a bare array of conversations, newest first. Rows without an id are
// skipped; anything that is not an array gives none.
QList<MessageThread> parseThreadOverview(const QJsonValue &payload);

// logbook/details/{id}/summary/{bool} (P7). `threadId` is the id asked for (the summary may
// be absent). Messages without text and attachments are kept: they still happened.
ThreadDetails parseThreadDetails(const QString &threadId, const QJsonValue &payload);

// The ids of the portal's answer to a new message or a reply (X12, X13):
// {logMessageMessageId, messageId}.
struct SentMessage
{
    QString threadId;
    QString messageId;
};
SentMessage parseSentMessage(const QJsonValue &payload);

// The portal's answer to a photo upload (media/upload): {mediaId, mediaType, fullSizeUrl,
// mediumUrl, thumbUrl}, as an attachment of the message it goes with.
MessageAttachment parseUploadedMedia(const QJsonValue &payload);

} // namespace nestje

namespace nestje {

// A group a child can be written to about (child/{id}/details placements).
struct ChildGroup
{
    QString id;
    QString name;
};
// The groups of the child's placements that have not ended by `todayMs`, each once, in the
// portal's order.
QList<ChildGroup> parseChildGroups(const QJsonValue &payload, qint64 todayMs);

} // namespace nestje
