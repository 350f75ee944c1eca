// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageWrites.h"

#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "features/timeline/DiaryWrite.h"

#include <QUrl>

namespace nestje {

namespace {

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The steps before the text: one upload per photo. Returns the upload of `step`, or nullopt
// when `step` is the text's turn.
std::optional<ApiCall> uploadStep(const PendingWrite &write, int step)
{
    if (step >= write.files.size())
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/media/upload");
    call.bodyFile = write.files.at(step);
    call.contentType = DiaryWrite::contentTypeOf(call.bodyFile);
    return call;
}

// The text with the media ids of the uploads before it.
QJsonObject messageBody(const PendingWrite &write)
{
    QJsonObject body{{QStringLiteral("message"), write.payload.value(QLatin1String("text"))}};
    QJsonArray photoIds;
    for (int i = 0; i < write.files.size() && i < write.results.size(); ++i)
        photoIds.append(write.results.at(i).toObject().value(QLatin1String("mediaId")));
    if (!photoIds.isEmpty())
        body.insert(QStringLiteral("photoIds"), photoIds);
    return body;
}

SentMessage sentBy(const PendingWrite &write)
{
    return write.results.size() > write.files.size()
               ? parseSentMessage(write.results.at(write.files.size()))
               : SentMessage{};
}

// The message as the portal took it: the text typed, the photos as uploaded.
ThreadMessage sentMessage(const PendingWrite &write, const SentMessage &sent)
{
    ThreadMessage m;
    m.id = sent.messageId;
    m.text = write.payload.value(QLatin1String("text")).toString();
    m.date = write.createdAt;
    m.fromParent = true;
    for (int i = 0; i < write.files.size() && i < write.results.size(); ++i) {
        const MessageAttachment a = parseUploadedMedia(write.results.at(i));
        if (!a.fullUrl.isEmpty())
            m.attachments << a;
    }
    return m;
}

} // namespace

std::optional<ApiCall> MessageReplyWrite::step(const PendingWrite &write, int step) const
{
    if (auto upload = uploadStep(write, step))
        return upload;
    if (step > write.files.size())
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/logbook/details/%1/reply")
                    .arg(encoded(write.payload.value(QLatin1String("threadId")).toString()));
    call.body = messageBody(write);
    return call;
}

// Called after each sync: the sent reply goes into the conversation from the portal's answer, so
// it shows at once, also when the sync that follows did not read that conversation again.
bool MessageReplyWrite::delivered(Database &db, const PendingWrite &write) const
{
    const SentMessage sent = sentBy(write);
    if (write.state != PendingWrite::State::Sent || sent.messageId.isEmpty())
        return false;
    MessageThread thread;
    thread.id = write.payload.value(QLatin1String("threadId")).toString();
    return MessageStore(db).addOwnMessage(thread, sentMessage(write, sent));
}

std::optional<ApiCall> NewMessageWrite::step(const PendingWrite &write, int step) const
{
    if (auto upload = uploadStep(write, step))
        return upload;
    if (step > write.files.size())
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/logbook/new");
    QJsonObject body = messageBody(write);
    body.insert(QStringLiteral("childId"), write.payload.value(QLatin1String("childId")));
    body.insert(QStringLiteral("subject"), write.payload.value(QLatin1String("subject")));
    const QString groupId = write.payload.value(QLatin1String("groupId")).toString();
    if (!groupId.isEmpty()) {
        bool number = false;
        const qint64 asNumber = groupId.toLongLong(&number);
        body.insert(QStringLiteral("groupId"), number ? QJsonValue(asNumber) : QJsonValue(groupId));
    }
    call.body = body;
    return call;
}

// As a reply: the new conversation shows from the portal's answer until a sync brings it.
bool NewMessageWrite::delivered(Database &db, const PendingWrite &write) const
{
    const SentMessage sent = sentBy(write);
    if (write.state != PendingWrite::State::Sent || sent.threadId.isEmpty() ||
        sent.messageId.isEmpty())
        return false;
    MessageThread thread;
    thread.id = sent.threadId;
    thread.subject = write.payload.value(QLatin1String("subject")).toString();
    thread.childId = write.payload.value(QLatin1String("childId")).toString();
    thread.groupId = write.payload.value(QLatin1String("groupId")).toString();
    return MessageStore(db).addOwnMessage(thread, sentMessage(write, sent));
}

std::optional<ApiCall> MessageReadWrite::step(const PendingWrite &write, int step) const
{
    if (step > 0)
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/logbook/details/%1/read")
                    .arg(encoded(write.payload.value(QLatin1String("threadId")).toString()));
    return call;
}

} // namespace nestje
