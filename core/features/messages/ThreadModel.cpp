// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ThreadModel.h"

#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/messages/MessageStore.h"
#include "features/messages/MessageTimes.h"
#include "features/messages/MessageWrites.h"
#include "sync/Writes.h"

namespace nestje {

namespace {

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return (end < 0 ? trimmed : trimmed.left(end)).simplified().left(200);
}

QString about(const QString &child, const QString &group)
{
    if (child.isEmpty() || group.isEmpty())
        return child.isEmpty() ? group : child;
    return child + QStringLiteral(" · ") + group;
}

} // namespace

ThreadModel::ThreadModel(QObject *parent)
    : MessageRowsModel({"threadId", "subject", "about", "lastWriter", "lastText", "when", "unread",
                        "attachments", "photos", "pending", "sendState", "errorText", "writeId"},
                       parent)
{
}

void ThreadModel::setChildId(const QString &childId)
{
    if (childId == m_childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    refresh();
}

void ThreadModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit searchChanged();
    refresh();
}

void ThreadModel::reload()
{
    QVariantList children;
    int unread = 0;
    if (Database *db = database(); db && db->isOpen()) {
        for (const ChildRecord &child : AccountStore(*db).children()) {
            if (child.active)
                children << QVariantMap{{QStringLiteral("id"), child.id},
                                        {QStringLiteral("firstName"), child.firstName}};
        }
        unread = MessageStore(*db).unreadCount();
    }
    if (children != m_children) {
        m_children = children;
        emit childrenChanged();
    }
    if (unread != m_unread) {
        m_unread = unread;
        emit countsChanged();
    }
    MessageRowsModel::reload();
}

QList<QVariantMap> ThreadModel::readRows(Database &db, Writes *writes) const
{
    QList<QVariantMap> rows;
    const QString you = tr("You");
    QHash<QString, QString> childNames;
    for (const QVariant &child : m_children)
        childNames.insert(child.toMap().value(QStringLiteral("id")).toString(),
                          child.toMap().value(QStringLiteral("firstName")).toString());
    // What the parent is starting, on top until the portal has it (then it is a conversation).
    if (writes) {
        for (const PendingWrite &w : writes->pending(QString::fromLatin1(NewMessageWrite::name))) {
            if (w.state == PendingWrite::State::Sent)
                continue; // on the portal; the next sync lists it
            const QString childId = w.payload.value(QLatin1String("childId")).toString();
            if (!m_childId.isEmpty() && childId != m_childId)
                continue;
            const QString subject = w.payload.value(QLatin1String("subject")).toString();
            const QString text = w.payload.value(QLatin1String("text")).toString();
            if (!m_search.trimmed().isEmpty() &&
                !subject.contains(m_search.trimmed(), Qt::CaseInsensitive) &&
                !text.contains(m_search.trimmed(), Qt::CaseInsensitive))
                continue;
            rows << QVariantMap{{QStringLiteral("key"), QStringLiteral("pending/%1").arg(w.id)},
                                {QStringLiteral("threadId"), QString()},
                                {QStringLiteral("subject"), subject},
                                {QStringLiteral("about"), childNames.value(childId)},
                                {QStringLiteral("lastWriter"), you},
                                {QStringLiteral("lastText"), firstLine(text)},
                                {QStringLiteral("when"), messagetimes::listTime(w.createdAt)},
                                {QStringLiteral("unread"), false},
                                {QStringLiteral("attachments"), int(w.files.size())},
                                {QStringLiteral("photos"), int(w.files.size())}, // photos only
                                {QStringLiteral("pending"), true},
                                {QStringLiteral("sendState"), Writes::stateText(w.state)},
                                {QStringLiteral("errorText"), w.errorText},
                                {QStringLiteral("writeId"), w.id}};
        }
    }
    for (const MessageThread &t : MessageStore(db).threads(m_childId, m_search)) {
        const QString child = t.childName.isEmpty() ? childNames.value(t.childId) : t.childName;
        rows << QVariantMap{{QStringLiteral("key"), QStringLiteral("thread/") + t.id},
                            {QStringLiteral("threadId"), t.id},
                            {QStringLiteral("subject"), t.subject},
                            {QStringLiteral("about"), about(child, t.groupName)},
                            {QStringLiteral("lastWriter"), t.lastFromParent ? you : t.lastWriter},
                            {QStringLiteral("lastText"), firstLine(t.lastText)},
                            {QStringLiteral("when"), messagetimes::listTime(t.date)},
                            {QStringLiteral("unread"), t.unread},
                            {QStringLiteral("attachments"), t.attachmentCount},
                            {QStringLiteral("photos"), t.mediaCount},
                            {QStringLiteral("pending"), false},
                            {QStringLiteral("sendState"), QString()},
                            {QStringLiteral("errorText"), QString()},
                            {QStringLiteral("writeId"), qint64(0)}};
    }
    return rows;
}

} // namespace nestje
