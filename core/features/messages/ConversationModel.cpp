// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ConversationModel.h"

#include "accounts/AccountSession.h"
#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageWrites.h"
#include "media/MediaImageProvider.h"
#include "sync/Writes.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <algorithm>

namespace nestje {

namespace {

QVariantMap pendingRow(const PendingWrite &w, const QString &you)
{
    QVariantList photos;
    for (const QString &file : w.files) {
        const QString url = QUrl::fromLocalFile(file).toString();
        photos << QVariantMap{
            {QStringLiteral("id"), file},       {QStringLiteral("thumbUrl"), url},
            {QStringLiteral("mediumUrl"), url}, {QStringLiteral("fullUrl"), url},
            {QStringLiteral("video"), false},   {QStringLiteral("description"), QString()}};
    }
    return {{QStringLiteral("key"), QStringLiteral("pending/%1").arg(w.id)},
            {QStringLiteral("messageId"), QString()},
            {QStringLiteral("text"), w.payload.value(QLatin1String("text")).toString()},
            {QStringLiteral("author"), you},
            {QStringLiteral("fromParent"), true},
            {QStringLiteral("day"),
             portaltime::dayLabel(portaltime::dayOf(w.createdAt), portaltime::today())},
            {QStringLiteral("time"), portaltime::timeOfDay(w.createdAt)},
            {QStringLiteral("photos"), photos},
            {QStringLiteral("files"), QVariantList()},
            {QStringLiteral("pending"), true},
            {QStringLiteral("sendState"), Writes::stateText(w.state)},
            {QStringLiteral("errorText"), w.errorText},
            {QStringLiteral("writeId"), w.id}};
}

// Each message's day and time on the portal's calendar. Asking PortalTime per message cost
// a check of the device's own zone each time (about 27 µs: a 200-message conversation spent
// 5 ms on it when opened); here that is asked once, and each day is named once.
class MessageClock
{
public:
    MessageClock()
        : m_today(portaltime::today())
        , m_elsewhere(portaltime::deviceIsElsewhere())
    {
    }
    QString day(const QDate &date)
    {
        auto it = m_days.constFind(date);
        if (it == m_days.constEnd())
            it = m_days.insert(date, portaltime::dayLabel(date, m_today));
        return *it;
    }
    QString time(const QDateTime &at) const
    {
        const QString hhmm = at.toString(QStringLiteral("HH:mm"));
        //: A time of day at the daycare, shown to a parent whose device is in another time zone
        return m_elsewhere ? QCoreApplication::translate("PortalTime", "%1 (NL)").arg(hhmm) : hhmm;
    }

private:
    QDate m_today;
    bool m_elsewhere;
    QHash<QDate, QString> m_days;
};

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : MessageRowsModel({"messageId", "text", "author", "fromParent", "day", "dayStart", "time",
                        "photos", "files", "pending", "sendState", "errorText", "writeId"},
                       parent)
{
}

void ConversationModel::setThreadId(const QString &threadId)
{
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    emit threadIdChanged();
    refresh();
}

void ConversationModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    emit newestFirstChanged();
    refresh();
}

void ConversationModel::reload()
{
    QString subject, childName, groupName;
    bool found = false;
    bool unread = false;
    Database *db = database();
    if (db && db->isOpen() && !m_threadId.isEmpty()) {
        if (pendingThread()) {
            Writes *writes = account() ? account()->writes() : nullptr;
            const std::optional<PendingWrite> w =
                writes ? writes->write(m_threadId.mid(8).toLongLong()) : std::nullopt;
            if (w && w->kind == QLatin1String(NewMessageWrite::name)) {
                found = true;
                subject = w->payload.value(QLatin1String("subject")).toString();
                const QString childId = w->payload.value(QLatin1String("childId")).toString();
                for (const ChildRecord &child : AccountStore(*db).children()) {
                    if (child.id == childId)
                        childName = child.firstName;
                }
            }
        } else if (const std::optional<MessageThread> t = MessageStore(*db).thread(m_threadId)) {
            found = true;
            subject = t->subject;
            childName = t->childName;
            groupName = t->groupName;
            unread = t->unread;
        }
    }
    if (subject != m_subject || childName != m_childName || groupName != m_groupName ||
        found != m_found || unread != m_unread) {
        m_subject = subject;
        m_childName = childName;
        m_groupName = groupName;
        m_found = found;
        m_unread = unread;
        emit headerChanged();
    }
    MessageRowsModel::reload();
}

QList<QVariantMap> ConversationModel::readRows(Database &db, Writes *writes) const
{
    QList<QVariantMap> rows =
        chronological(db, writes, m_threadId, session() ? session()->accountId() : QString());
    // The first message of each day carries the day's heading.
    QString day;
    for (QVariantMap &row : rows) {
        const QString rowDay = row.value(QStringLiteral("day")).toString();
        row.insert(QStringLiteral("dayStart"), rowDay != day);
        day = rowDay;
    }
    if (m_newestFirst)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<QVariantMap> ConversationModel::chronological(Database &db, Writes *writes,
                                                    const QString &threadId,
                                                    const QString &accountId)
{
    QList<QVariantMap> rows;
    if (threadId.isEmpty())
        return rows;
    const QString you = tr("You");
    if (threadId.startsWith(QLatin1String("pending/"))) {
        const std::optional<PendingWrite> w =
            writes ? writes->write(threadId.mid(8).toLongLong()) : std::nullopt;
        if (w && w->kind == QLatin1String(NewMessageWrite::name))
            rows << pendingRow(*w, you);
        return rows;
    }
    MessageClock clock;
    QSet<QString> shown;
    for (const ThreadMessage &m : MessageStore(db).messages(threadId)) {
        QVariantList photos, files;
        for (const MessageAttachment &a : m.attachments) {
            if (a.kind == MessageAttachment::Kind::File)
                files << QVariantMap{{QStringLiteral("name"), a.name},
                                     {QStringLiteral("url"), a.fullUrl},
                                     {QStringLiteral("contentType"), a.contentType}};
            else
                photos << QVariantMap{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("thumbUrl"),
                     mediaImageSource(accountId, QStringLiteral("thumb"), a.id)},
                    {QStringLiteral("mediumUrl"),
                     mediaImageSource(accountId, QStringLiteral("medium"), a.id)},
                    {QStringLiteral("fullUrl"),
                     mediaImageSource(accountId, QStringLiteral("full"), a.id)},
                    {QStringLiteral("video"), a.kind == MessageAttachment::Kind::Video},
                    {QStringLiteral("description"), a.name}};
        }
        shown.insert(m.id);
        const QDateTime at = portaltime::local(m.date);
        rows << QVariantMap{
            {QStringLiteral("key"), QStringLiteral("message/") + m.id},
            {QStringLiteral("messageId"), m.id},
            {QStringLiteral("text"), m.text},
            {QStringLiteral("author"), m.fromParent ? you : m.writtenBy},
            {QStringLiteral("fromParent"), m.fromParent},
            {QStringLiteral("day"), clock.day(at.date())},
            {QStringLiteral("time"), clock.time(at)},
            {QStringLiteral("photos"), photos},
            {QStringLiteral("files"), files},
            {QStringLiteral("pending"), false},
            {QStringLiteral("sendState"), QString()},
            {QStringLiteral("errorText"), QString()},
            {QStringLiteral("writeId"), qint64(0)}};
    }
    // The parent's replies on their way, oldest first, until the synced conversation has them.
    if (writes) {
        QList<PendingWrite> replies = writes->pending(QString::fromLatin1(MessageReplyWrite::name));
        std::reverse(replies.begin(), replies.end());
        for (const PendingWrite &w : std::as_const(replies)) {
            if (w.payload.value(QLatin1String("threadId")).toString() != threadId)
                continue;
            // Sent and already synced: the portal's own message shows it (no double).
            if (w.state == PendingWrite::State::Sent && w.results.size() > w.files.size() &&
                shown.contains(parseSentMessage(w.results.last()).messageId))
                continue;
            rows << pendingRow(w, you);
        }
    }
    return rows;
}

} // namespace nestje
