// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/CreditModel.h"

#include "features/account/AccountNotifications.h"
#include "features/account/AccountStore.h"
#include "features/account/AccountText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace nestje {

CreditModel::CreditModel(QObject *parent)
    : AccountListModel({QStringLiteral("credits"), QStringLiteral("children")},
                       {"creditId", "childId", "childName", "label", "usableFor", "remaining", "total", "used", "status",
                        "statusLabel", "validUntil", "expiringSoon", "history"},
                       parent)
{
}

void CreditModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    refresh();
}

static QString historyLine(const CreditHistoryRecord &h, const QString &unit)
{
    const QString amount = accounttext::amount(h.amount, unit);
    QString line;
    if (h.kind == QLatin1String("grant"))
        line = QCoreApplication::translate("CreditModel", "%1: %2 added").arg(accounttext::day(h.date), amount);
    else if (h.kind == QLatin1String("use"))
        line = QCoreApplication::translate("CreditModel", "%1: %2 used").arg(accounttext::day(h.date), amount);
    else if (h.kind == QLatin1String("refund"))
        line = QCoreApplication::translate("CreditModel", "%1: %2 given back").arg(accounttext::day(h.date), amount);
    else
        line = QCoreApplication::translate("CreditModel", "%1: %2 withdrawn").arg(accounttext::day(h.date), amount);
    if (!h.description.isEmpty())
        line += QStringLiteral(" · ") + h.description;
    if (!h.requestId.isEmpty())
        line += QStringLiteral(" · ") + QCoreApplication::translate("CreditModel", "request %1").arg(h.requestId);
    return line;
}

QList<QVariantMap> CreditModel::readRows(AccountStore &store) const
{
    QHash<QString, QString> names;
    for (const ChildRecord &child : store.children())
        names.insert(child.id, child.firstName);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QVariantMap> rows;
    m_expiring = 0;
    for (const CreditRecord &c : store.credits(m_childId)) {
        const bool soon = c.remaining > 1e-9 && c.status != QLatin1String("expired") && c.validUntil >= now
                          && c.validUntil <= now + creditWarningMs;
        m_expiring += soon ? 1 : 0;
        QStringList history;
        for (const CreditHistoryRecord &h : c.history)
            history << historyLine(h, c.unit);
        rows << QVariantMap{{QStringLiteral("key"), c.id},
                            {QStringLiteral("creditId"), c.id},
                            {QStringLiteral("childId"), c.childId},
                            {QStringLiteral("childName"), names.value(c.childId)},
                            {QStringLiteral("label"), c.typeLabel},
                            {QStringLiteral("usableFor"), c.usableFor},
                            {QStringLiteral("remaining"), accounttext::amount(c.remaining, c.unit)},
                            {QStringLiteral("total"), accounttext::amount(c.total, c.unit)},
                            {QStringLiteral("used"), accounttext::amount(std::max(0.0, c.total - c.remaining), c.unit)},
                            {QStringLiteral("status"), c.status},
                            {QStringLiteral("statusLabel"), c.statusLabel},
                            {QStringLiteral("validUntil"), accounttext::day(c.validUntil)},
                            {QStringLiteral("expiringSoon"), soon},
                            {QStringLiteral("history"), history.join(QLatin1Char('\n'))}};
    }
    return rows;
}

} // namespace nestje
