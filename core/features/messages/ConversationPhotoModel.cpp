// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/ConversationPhotoModel.h"

#include "features/messages/ConversationModel.h"

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
    const QList<QVariantMap> messages = ConversationModel::chronological(
        db, writes, m_threadId, session() ? session()->accountId() : QString());
    QList<QVariantMap> rows;
    for (const QVariantMap &message : messages) {
        const bool pending = message.value(QStringLiteral("pending")).toBool();
        const QString messageKey = message.value(QStringLiteral("key")).toString();
        for (const QVariant &value : message.value(QStringLiteral("photos")).toList()) {
            const QVariantMap photo = value.toMap();
            const QString id = photo.value(QStringLiteral("id")).toString();
            rows << QVariantMap{
                {QStringLiteral("key"), messageKey + QLatin1Char('/') + id},
                {QStringLiteral("mediaId"), id},
                {QStringLiteral("video"), photo.value(QStringLiteral("video"))},
                {QStringLiteral("thumb"), photo.value(QStringLiteral("thumbUrl"))},
                {QStringLiteral("medium"), photo.value(QStringLiteral("mediumUrl"))},
                {QStringLiteral("full"), photo.value(QStringLiteral("fullUrl"))},
                {QStringLiteral("description"), photo.value(QStringLiteral("description"))},
                {QStringLiteral("downloadable"), !pending},
                {QStringLiteral("dayLabel"), message.value(QStringLiteral("day"))}};
        }
    }
    return rows;
}

} // namespace nestje
