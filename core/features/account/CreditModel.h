// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountListModel.h"

namespace nestje {

// Tegoeden: each child's credits, oldest expiry first (all children when `childId` is empty).
// Roles: key, creditId, childId, childName, label ("KDV flextegoed"), usableFor, remaining
// ("11 uur"), total ("40 uur"), used ("29 uur"), status ("usable"/"used"/"expired"),
// statusLabel (the portal's "Bruikbaar"), validUntil ("31 december 2026"), expiringSoon (bool:
// usable and ends within four weeks), history (plain text, a line per grant/use/refund, with
// the request that used it).
class CreditModel : public nestje::AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int expiringCount READ expiringCount NOTIFY countChanged)
public:
    explicit CreditModel(QObject *parent = nullptr);
    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    int expiringCount() const { return m_expiring; }

signals:
    void childIdChanged();

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;

private:
    QString m_childId;
    mutable int m_expiring = 0;
};

} // namespace nestje
