// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountModel.h"
#include "accounts/AccountsWatch.h"
#include "shell/SessionListModel.h"

#include <QDate>
#include <QStringList>

namespace nestje {

// The month view of the calendar (wide windows): six weeks from the Monday before the 1st,
// each day with the kinds of its parts, for dots under the day number.
//
//     AgendaMonthModel { session: App.session; childId: "" }
//
// Roles: day ("2026-12-01"), dayNumber, inMonth, today, codes (the kinds on that day, e.g.
// ["attend", "absent"]), summary ("Daan: Gepland; Noor: Ziek"; plain text for screen readers).
// With `accounts` and `accountId` as in AgendaCalendarModel, every account's days together.
class AgendaMonthModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(QString title READ title NOTIFY monthChanged)
    Q_PROPERTY(QString month READ month WRITE setMonth NOTIFY monthChanged)
    Q_PROPERTY(nestje::AccountModel *accounts READ accounts WRITE setAccounts NOTIFY accountsChanged)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
public:
    enum Role
    {
        DayRole = Qt::UserRole + 1,
        DayNumberRole,
        InMonthRole,
        TodayRole,
        CodesRole,
        SummaryRole
    };

    explicit AgendaMonthModel(QObject *parent = nullptr);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    AccountModel *accounts() const { return m_accounts.model(); }
    void setAccounts(AccountModel *accounts);
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId);
    // Any day of the month shown (ISO); it opens on this month.
    QString month() const { return m_first.toString(Qt::ISODate); }
    void setMonth(const QString &isoDay);
    // "december 2026".
    QString title() const;
    Q_INVOKABLE void step(int months);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void childIdChanged();
    void accountsChanged();
    void accountIdChanged();
    void monthChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        QDate day;
        QStringList codes;
        QString summary;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QString m_childId;
    QString m_accountId;
    AccountsWatch m_accounts;
    QDate m_first;
    QDate m_today;
};

} // namespace nestje
