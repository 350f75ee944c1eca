// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageParser.h"

#include "net/JsonValues.h"
#include "text/HtmlText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

namespace {

QString plain(const QJsonValue &html)
{
    return html.isString() ? plainTextFromHtml(html.toString()).trimmed() : QString();
}

MessageAttachment parsePhoto(const QJsonObject &photo)
{
    MessageAttachment a;
    a.kind = photo.value(QLatin1String("mediaType")).toString() == QLatin1String("video")
                 ? MessageAttachment::Kind::Video
                 : MessageAttachment::Kind::Photo;
    a.id = json::id(photo.value(QLatin1String("id")));
    a.name = plain(photo.value(QLatin1String("description")));
    a.thumbUrl = json::text(photo, {"thumbUrl", "mediumUrl", "fullSizeUrl"});
    a.mediumUrl = json::text(photo, {"mediumUrl", "fullSizeUrl", "thumbUrl"});
    a.fullUrl = json::text(photo, {"fullSizeUrl", "mediumUrl"});
    return a;
}

// attachmentContentItems: seen empty on every portal so far; read the shape content items
// have elsewhere (P11's attachment part) so a file is at least listed and can be opened.
MessageAttachment parseFile(const QJsonObject &item)
{
    MessageAttachment a;
    a.kind = MessageAttachment::Kind::File;
    a.fullUrl = json::text(item, {"awsUrl", "url", "fullSizeUrl"});
    a.name = json::text(item, {"fileName", "name", "title"});
    a.id = json::id(item.value(QLatin1String("id")));
    if (a.id.isEmpty())
        a.id = a.name;
    a.contentType = json::text(item, {"contentType"});
    return a;
}

ThreadMessage parseMessage(const QJsonObject &m)
{
    ThreadMessage message;
    message.id = json::id(m.value(QLatin1String("messageId")));
    message.text = plain(m.value(QLatin1String("message")));
    message.writtenBy =
        plainTextFromHtml(m.value(QLatin1String("writtenBy")).toString()).simplified();
    message.date = json::dateMs(m.value(QLatin1String("date")));
    message.fromParent = m.value(QLatin1String("fromParent")).toBool();
    for (const QJsonValue &photo : m.value(QLatin1String("photos")).toArray()) {
        const MessageAttachment a = parsePhoto(photo.toObject());
        if (!a.fullUrl.isEmpty())
            message.attachments << a;
    }
    for (const QJsonValue &item : m.value(QLatin1String("attachmentContentItems")).toArray()) {
        const MessageAttachment a = parseFile(item.toObject());
        if (!a.fullUrl.isEmpty())
            message.attachments << a;
    }
    return message;
}

} // namespace

QList<MessageThread> parseThreadOverview(const QJsonValue &payload)
{
    QList<MessageThread> threads;
    for (const QJsonValue &value : payload.toArray()) {
        const QJsonObject row = value.toObject();
        MessageThread t;
        t.id = json::id(row.value(QLatin1String("logMessageMessageId")));
        if (t.id.isEmpty())
            continue;
        t.subject = plainTextFromHtml(row.value(QLatin1String("subject")).toString()).simplified();
        t.lastText = plain(row.value(QLatin1String("message")));
        t.lastWriter =
            plainTextFromHtml(row.value(QLatin1String("lastWritten")).toString()).simplified();
        t.date = json::dateMs(row.value(QLatin1String("date")));
        t.unread = row.value(QLatin1String("unread")).toBool();
        t.lastFromParent = row.value(QLatin1String("lastFromParent")).toBool();
        t.childId = json::id(row.value(QLatin1String("childId")));
        t.groupId = json::id(row.value(QLatin1String("groupId")));
        t.groupName = row.value(QLatin1String("groupName")).toString().simplified();
        threads << t;
    }
    return threads;
}

ThreadDetails parseThreadDetails(const QString &threadId, const QJsonValue &payload)
{
    ThreadDetails details;
    details.threadId = threadId;
    const QJsonObject body = payload.toObject();
    const QJsonValue summaryValue = body.value(QLatin1String("summary"));
    if (summaryValue.isObject()) {
        const QJsonObject summary = summaryValue.toObject();
        details.hasSummary = true;
        details.subject =
            plainTextFromHtml(summary.value(QLatin1String("subject")).toString()).simplified();
        details.childId = json::id(summary.value(QLatin1String("childId")));
        details.childName = summary.value(QLatin1String("childFirstName")).toString().simplified();
        details.groupId = json::id(summary.value(QLatin1String("groupId")));
        details.groupName = summary.value(QLatin1String("groupName")).toString().simplified();
    }
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &m : messages) {
        if (!m.isObject())
            continue;
        details.messages << parseMessage(m.toObject());
        if (details.childName.isEmpty())
            details.childName =
                m.toObject().value(QLatin1String("childFirstName")).toString().simplified();
    }
    return details;
}

SentMessage parseSentMessage(const QJsonValue &payload)
{
    const QJsonObject o = payload.toObject();
    return {json::id(o.value(QLatin1String("logMessageMessageId"))),
            json::id(o.value(QLatin1String("messageId")))};
}

MessageAttachment parseUploadedMedia(const QJsonValue &payload)
{
    const QJsonObject o = payload.toObject();
    MessageAttachment a = parsePhoto(o);
    a.id = json::id(o.value(QLatin1String("mediaId")));
    return a;
}

} // namespace nestje

namespace nestje {

QList<ChildGroup> parseChildGroups(const QJsonValue &payload, qint64 todayMs)
{
    QList<ChildGroup> groups;
    for (const QJsonValue &value :
         payload.toObject().value(QLatin1String("placements")).toArray()) {
        const QJsonObject placement = value.toObject();
        const QJsonValue end = placement.value(QLatin1String("endDate"));
        if (!end.isNull() && !end.isUndefined() && json::dateMs(end) > 0 &&
            json::dateMs(end) < todayMs)
            continue;
        const QJsonObject group = placement.value(QLatin1String("group")).toObject();
        const ChildGroup g{json::id(group.value(QLatin1String("id"))),
                           group.value(QLatin1String("name")).toString().simplified()};
        if (g.id.isEmpty() || std::any_of(groups.cbegin(), groups.cend(),
                                          [&](const ChildGroup &o) { return o.id == g.id; }))
            continue;
        groups << g;
    }
    return groups;
}

} // namespace nestje
