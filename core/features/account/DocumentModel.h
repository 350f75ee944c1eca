// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountListModel.h"

namespace nestje {

// Facturen, documenten en jaaropgaven, newest first; one `type` ("invoice",
// "annualstatement", "document") or all when empty. Roles: key, type, adminId, itemId,
// subject, date ("3 november 2026"), hasAttachment (bool), offline (bool: opened before, so
// its PDF is on this device).
class DocumentModel : public nestje::AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY typeChanged)
public:
    explicit DocumentModel(QObject *parent = nullptr);
    QString type() const { return m_type; }
    void setType(const QString &type);

signals:
    void typeChanged();

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;

private:
    QString m_type;
};

} // namespace nestje
