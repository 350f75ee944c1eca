// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/DocumentModel.h"

#include "accounts/AccountSession.h"
#include "features/account/AccountStore.h"
#include "features/account/AccountText.h"
#include "features/account/DocumentFiles.h"

#include <QFileInfo>

namespace nestje {

DocumentModel::DocumentModel(QObject *parent)
    : AccountListModel({QStringLiteral("documents")}, {"type", "adminId", "itemId", "subject", "date", "hasAttachment", "offline"},
                       parent)
{
}

void DocumentModel::setType(const QString &type)
{
    if (m_type == type)
        return;
    m_type = type;
    emit typeChanged();
    refresh();
}

QList<QVariantMap> DocumentModel::readRows(AccountStore &store) const
{
    QList<QVariantMap> rows;
    const QString directory = account() ? DocumentFiles::directoryOf(*account()) : QString();
    for (const DocumentRecord &d : store.documents(m_type)) {
        const QString key = DocumentFiles::keyOf(d.type, d.adminId, d.itemId);
        rows << QVariantMap{{QStringLiteral("key"), key},
                            {QStringLiteral("type"), d.type},
                            {QStringLiteral("adminId"), d.adminId},
                            {QStringLiteral("itemId"), d.itemId},
                            {QStringLiteral("subject"), d.subject},
                            {QStringLiteral("date"), accounttext::day(d.date)},
                            {QStringLiteral("hasAttachment"), d.hasAttachment},
                            {QStringLiteral("offline"), !directory.isEmpty() && QFileInfo::exists(directory + QLatin1Char('/') + key + QStringLiteral(".pdf"))}};
    }
    return rows;
}

} // namespace nestje
