// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ConversationPhotoModel.h"

#include "features/messages/ConversationModel.h"
#include "shell/Session.h"
#include "text/PortalTime.h"

namespace nestje {

ConversationPhotoModel::ConversationPhotoModel(QObject *parent)
    : MessageRowsModel({"mediaId", "video", "thumb", "medium", "full", "description",
                        "downloadable", "dayLabel"},
                       parent)
{
}

void ConversationPhotoModel::setThreadId(const QString &threadId)
{
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    emit threadIdChanged();
    refresh();
}

int ConversationPhotoModel::rowOf(const QString &mediaId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (get(row).value(QStringLiteral("mediaId")).toString() == mediaId)
            return row;
    }
    return -1;
}

QList<QVariantMap> ConversationPhotoModel::readRows(Database &db, Writes *writes) const
{
    // The conversation's own rows, so the order is the one on screen.
    const QString accountId = session() ? session()->accountId() : QString();
    const QDate today = portaltime::today();
    QList<QVariantMap> rows;
    for (const ConversationModel::Row &message :
         ConversationModel::chronological(db, writes, m_threadId)) {
        const QString dayLabel = portaltime::dayLabel(message.day, today);
        for (const QVariant &value : ConversationModel::photosOf(message, accountId)) {
            const QVariantMap photo = value.toMap();
            const QString id = photo.value(QStringLiteral("id")).toString();
            rows << QVariantMap{
                {QStringLiteral("key"), message.key + QLatin1Char('/') + id},
                {QStringLiteral("mediaId"), id},
                {QStringLiteral("video"), photo.value(QStringLiteral("video"))},
                {QStringLiteral("thumb"), photo.value(QStringLiteral("thumbUrl"))},
                {QStringLiteral("medium"), photo.value(QStringLiteral("mediumUrl"))},
                {QStringLiteral("full"), photo.value(QStringLiteral("fullUrl"))},
                {QStringLiteral("description"), photo.value(QStringLiteral("description"))},
                {QStringLiteral("downloadable"), !message.pending},
                {QStringLiteral("dayLabel"), dayLabel}};
        }
    }
    return rows;
}

} // namespace nestje
