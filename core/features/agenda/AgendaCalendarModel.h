// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountModel.h"
#include "accounts/AccountsWatch.h"
#include "features/agenda/AgendaRecords.h"
#include "shell/SessionListModel.h"

#include <QDate>
#include <QVariantList>

namespace nestje {

// The calendar of care days as a list: every planned part of every child (or of one), from
// three months back to the last planned day, by day and time. An absence the parent reported
// shows on its parts at once while the outbox sends it ("wordt verstuurd").
//
//     AgendaCalendarModel { session: App.session; childId: "" }
//
// Roles (plain text): key, day ("2026-12-01"), dayLabel ("Vandaag", "dinsdag 1 december"),
// childId, childName, times ("07:30 – 13:00"), code (attend|absent|tentative), status ("Ziek",
// "Optie extra", "Gepland"); the organisation's closing days and school holidays are rows without
// a child, code "closed" or "holiday", the day's or holiday's name as status ("Eerste Kerstdag",
// "Kerstvakantie") and times saying what it is ("De opvang is gesloten"), sending (an absence for
// it is on its way), refused (the portal refused that absence: its reason); accountId,
// organisation and colorIndex (the account's place on the device, -1 unless several accounts
// show together); startTime and endTime (ms since the epoch, to find the request behind a part).
//
// With `accounts: App.accountList` and more than one account on the device, the list shows every
// account's children together (a daycare and an after-school care in one family calendar), and
// `accountId` filters it to one account. Without it, only the account in view.
class AgendaCalendarModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    Q_PROPERTY(int todayRow READ todayRow NOTIFY countChanged)
    // The children with planning, for the filter: [{id, firstName}].
    // [{id, firstName, accountId, colorIndex}]; with several accounts, each account's children.
    Q_PROPERTY(QVariantList children READ children NOTIFY childrenChanged)
    // Every account on the device, to show them together: App.accountList.
    Q_PROPERTY(nestje::AccountModel *accounts READ accounts WRITE setAccounts NOTIFY accountsChanged)
    // The account to show alone ("" for all of them); only with several accounts.
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    // The accounts shown together, for the filter: [{id, name, colorIndex}]; empty with one.
    Q_PROPERTY(QVariantList organisations READ organisations NOTIFY childrenChanged)
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        DayRole,
        DayLabelRole,
        ChildIdRole,
        ChildNameRole,
        TimesRole,
        CodeRole,
        StatusRole,
        SendingRole,
        RefusedRole,
        AccountIdRole,
        OrganisationRole,
        ColorIndexRole,
        StartTimeRole,
        EndTimeRole,
    };
    static constexpr int monthsBack = 3;

    explicit AgendaCalendarModel(QObject *parent = nullptr);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    // The first row on or after today (where the list opens); -1 when none.
    int todayRow() const;
    QVariantList children() const { return m_children; }
    AccountModel *accounts() const { return m_accounts.model(); }
    void setAccounts(AccountModel *accounts);
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId);
    QVariantList organisations() const { return m_organisations; }
    // The row of `day` (ISO) or the first one after it; -1 when none.
    Q_INVOKABLE int rowOfDay(const QString &isoDay) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void childIdChanged();
    void childrenChanged();
    void accountsChanged();
    void accountIdChanged();

protected:
    void reload() override;

private:
    struct Row
    {
        PlanningPart part;
        bool sending = false;
        QString refused;
        QString accountId; // set only when several accounts show together
        QString organisation;
        int colorIndex = -1;
        bool operator==(const Row &) const = default;
    };
    void followWrites();
    // One account's rows from `first` to its last planned day, closures first on their day.
    QList<Row> rowsOf(AccountSession *session, const QDate &first, const QString &childId) const;
    static QString keyOf(const Row &row);
    static Row closureRow(const Closure &closure, const QDate &day);

    QList<Row> m_rows;
    QString m_childId;
    QString m_accountId;
    QVariantList m_children;
    QVariantList m_organisations;
    AccountsWatch m_accounts;
    QDate m_today;
    QList<QMetaObject::Connection> m_writesConnections;
};

} // namespace nestje
