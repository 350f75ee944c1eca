// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ConversationModel.h"

#include "accounts/AccountSession.h"
#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/messages/MessageFiles.h"
#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageWrites.h"
#include "media/MediaImageProvider.h"
#include "sync/Writes.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QScopedValueRollback>
#include <QUrl>

#include <algorithm>

namespace nestje {

namespace {

ConversationModel::Row pendingRow(const PendingWrite &w)
{
    ConversationModel::Row row;
    row.key = QStringLiteral("pending/%1").arg(w.id);
    row.message.text = w.payload.value(QLatin1String("text")).toString();
    row.message.fromParent = true;
    row.message.date = w.createdAt;
    row.localFiles = w.files;
    row.pending = true;
    row.sendState = Writes::stateText(w.state);
    row.errorText = w.errorText;
    row.writeId = w.id;
    return row;
}

// The portal's day of each message, in order. Asking the zone for every message costs a
// conversion each; messages come in date order, so the bounds of the day at hand answer most.
class DayOfMessage
{
public:
    QDate operator()(qint64 date)
    {
        if (!m_day.isValid() || date < m_start || date >= m_end) {
            m_day = portaltime::dayOf(date);
            m_start = portaltime::startOfDay(m_day);
            m_end = portaltime::startOfDay(m_day.addDays(1));
        }
        return m_day;
    }

private:
    QDate m_day;
    qint64 m_start = 0;
    qint64 m_end = 0;
};

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : MessageListModel(parent)
{
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{KeyRole, "key"},
            {MessageIdRole, "messageId"},
            {TextRole, "text"},
            {AuthorRole, "author"},
            {FromParentRole, "fromParent"},
            {DayRole, "day"},
            {DayStartRole, "dayStart"},
            {TimeRole, "time"},
            {PhotosRole, "photos"},
            {FilesRole, "files"},
            {PendingRole, "pending"},
            {SendStateRole, "sendState"},
            {ErrorTextRole, "errorText"},
            {WriteIdRole, "writeId"}};
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case MessageIdRole:
        return row.message.id;
    case TextRole:
        return row.message.text;
    case AuthorRole:
        return row.message.fromParent ? tr("You") : row.message.writtenBy;
    case FromParentRole:
        return row.message.fromParent;
    case DayRole:
        return portaltime::dayLabel(row.day, m_today);
    case DayStartRole:
        return row.dayStart;
    case TimeRole: {
        const QString hhmm = portaltime::local(row.message.date).toString(QStringLiteral("HH:mm"));
        return m_elsewhere ? portaltime::markedAsPortals(hhmm) : hhmm;
    }
    case PhotosRole:
        return photosOf(row, session() ? session()->accountId() : QString());
    case FilesRole: {
        QVariantList files;
        QString cache; // asked only for a message with files: it is a path lookup
        for (const MessageAttachment &a : row.message.attachments) {
            if (a.kind != MessageAttachment::Kind::File)
                continue;
            if (cache.isEmpty() && account())
                cache = account()->cacheDirectory();
            files << QVariantMap{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("messageId"), row.message.id},
                {QStringLiteral("key"), MessageFiles::keyOf(row.message.id, a.id)},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("contentType"), a.contentType},
                {QStringLiteral("offline"),
                 !cache.isEmpty() &&
                     QFile::exists(MessageFiles::pathOf(cache, row.message.id, a.id, a.name))}};
        }
        return files;
    }
    case PendingRole:
        return row.pending;
    case SendStateRole:
        return row.sendState;
    case ErrorTextRole:
        return row.errorText;
    case WriteIdRole:
        return row.writeId;
    default:
        return {};
    }
}

QVariantMap ConversationModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_rows.size())
        return map;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int ConversationModel::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

QVariantList ConversationModel::photosOf(const Row &row, const QString &accountId)
{
    QVariantList photos;
    for (const QString &file : row.localFiles) {
        const QString url = QUrl::fromLocalFile(file).toString();
        photos << QVariantMap{
            {QStringLiteral("id"), file},       {QStringLiteral("thumbUrl"), url},
            {QStringLiteral("mediumUrl"), url}, {QStringLiteral("fullUrl"), url},
            {QStringLiteral("video"), false},   {QStringLiteral("description"), QString()}};
    }
    for (const MessageAttachment &a : row.message.attachments) {
        if (a.kind == MessageAttachment::Kind::File)
            continue;
        photos << QVariantMap{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("thumbUrl"),
             mediaImageSource(accountId, QStringLiteral("thumb"), a.id)},
            {QStringLiteral("mediumUrl"),
             mediaImageSource(accountId, QStringLiteral("medium"), a.id)},
            {QStringLiteral("fullUrl"), mediaImageSource(accountId, QStringLiteral("full"), a.id)},
            {QStringLiteral("video"), a.kind == MessageAttachment::Kind::Video},
            {QStringLiteral("description"), a.name}};
    }
    return photos;
}

void ConversationModel::setThreadId(const QString &threadId)
{
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    m_olderNotLoaded.reset();
    emit threadIdChanged();
    reload();
}

void ConversationModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    m_olderNotLoaded.reset();
    emit newestFirstChanged();
    reload();
}

void ConversationModel::reload()
{
    const QScopedValueRollback<bool> reloading(m_reloading, true);
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
    Writes *writes = followWrites();
    QList<Row> next;
    if (db && db->isOpen())
        next = readRows(*db, writes);
    const QDate today = portaltime::today();
    const bool elsewhere = portaltime::deviceIsElsewhere();
    // The rows compare by what they hold, not by the words data() makes of them: after
    // midnight or a move to another zone every row's day and time are said anew.
    const bool wordsChanged = today != m_today || elsewhere != m_elsewhere;
    m_today = today;
    m_elsewhere = elsewhere;
    if (m_rows.isEmpty()) {
        // A conversation opening: all its rows at once. (updateRows would first build sets of
        // the keys to compare with an empty list: a third of opening a long conversation's rows.)
        if (!next.isEmpty()) {
            beginInsertRows({}, 0, int(next.size()) - 1);
            m_rows = std::move(next);
            endInsertRows();
        }
    } else {
        updateRows(
            m_rows, next, [](const Row &row) { return row.key; },
            [](const Row &a, const Row &b) { return a == b; });
    }
    if (wordsChanged && !m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {DayRole, TimeRole});
}

bool ConversationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_reloading && m_olderNotLoaded.value_or(0) > 0;
}

void ConversationModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_olderNotLoaded = std::max(0, *m_olderNotLoaded - pageSize);
    reload(); // the older page arrives as rows inserted at the end (the top of the list)
}

QList<ConversationModel::Row> ConversationModel::readRows(Database &db, Writes *writes)
{
    // Newest first reads the newest page, or as many as are read already plus what is new.
    std::optional<int> read;
    if (m_newestFirst && !pendingThread()) {
        const int total = MessageStore(db).messageCount(m_threadId);
        read = std::min(total, m_olderNotLoaded ? std::max(total - *m_olderNotLoaded, pageSize) : pageSize);
        m_olderNotLoaded = total - *read;
    }
    // One message more than is shown when older ones wait: whether the oldest shown message
    // starts its day depends on the one before it.
    const bool oneOlder = m_olderNotLoaded.value_or(0) > 0;
    QList<Row> rows = chronological(db, writes, m_threadId,
                                    read ? std::optional<int>(*read + (oneOlder ? 1 : 0)) : std::nullopt);
    // The first message of each day carries the day's heading.
    QDate day;
    for (Row &row : rows) {
        row.dayStart = row.day != day;
        day = row.day;
    }
    if (oneOlder && !rows.isEmpty())
        rows.removeFirst();
    if (m_newestFirst)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<ConversationModel::Row> ConversationModel::chronological(Database &db, Writes *writes,
                                                               const QString &threadId,
                                                               std::optional<int> newest)
{
    QList<Row> rows;
    if (threadId.isEmpty())
        return rows;
    DayOfMessage dayOf;
    if (threadId.startsWith(QLatin1String("pending/"))) {
        const std::optional<PendingWrite> w =
            writes ? writes->write(threadId.mid(8).toLongLong()) : std::nullopt;
        if (w && w->kind == QLatin1String(NewMessageWrite::name)) {
            rows << pendingRow(*w);
            rows.last().day = dayOf(w->createdAt);
        }
        return rows;
    }
    const QList<ThreadMessage> messages = MessageStore(db).messages(threadId, newest);
    rows.reserve(messages.size());
    for (const ThreadMessage &m : messages) {
        Row row;
        row.key = QStringLiteral("message/") + m.id;
        row.message = m;
        row.day = dayOf(m.date);
        rows << row;
    }
    // The parent's replies on their way, oldest first, until the synced conversation has them.
    if (writes) {
        QList<PendingWrite> replies = writes->pending(QString::fromLatin1(MessageReplyWrite::name));
        std::reverse(replies.begin(), replies.end());
        for (const PendingWrite &w : std::as_const(replies)) {
            if (w.payload.value(QLatin1String("threadId")).toString() != threadId)
                continue;
            // Sent and already synced: the portal's own message shows it (no double). Asked of
            // the store, not of the rows read: those may be only the newest page.
            if (w.state == PendingWrite::State::Sent && w.results.size() > w.files.size() &&
                MessageStore(db).hasMessage(threadId, parseSentMessage(w.results.last()).messageId))
                continue;
            rows << pendingRow(w);
            rows.last().day = dayOf(w.createdAt);
        }
    }
    return rows;
}

} // namespace nestje
