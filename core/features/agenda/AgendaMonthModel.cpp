// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaMonthModel.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/PlanningStore.h"
#include "text/PortalTime.h"

#include <QLocale>

namespace nestje {

AgendaMonthModel::AgendaMonthModel(QObject *parent)
    : SessionListModel({QStringLiteral("planning")}, parent)
    , m_accounts({QStringLiteral("planning")}, [this] { refresh(); }, [this] { return account(); }, this)
    , m_first(portaltime::today().addDays(1 - portaltime::today().day()))
{
}

void AgendaMonthModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    refresh();
}

void AgendaMonthModel::setAccounts(AccountModel *accounts)
{
    if (m_accounts.setModel(accounts))
        emit accountsChanged();
}

void AgendaMonthModel::setAccountId(const QString &accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    emit accountIdChanged();
    refresh();
}

void AgendaMonthModel::setMonth(const QString &isoDay)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    if (!day.isValid() || day.addDays(1 - day.day()) == m_first)
        return;
    m_first = day.addDays(1 - day.day());
    emit monthChanged();
    refresh();
}

void AgendaMonthModel::step(int months)
{
    setMonth(m_first.addMonths(months).toString(Qt::ISODate));
}

QString AgendaMonthModel::title() const
{
    return QLocale().toString(m_first, QStringLiteral("MMMM yyyy"));
}

void AgendaMonthModel::reload()
{
    m_today = portaltime::today();
    const QDate start = m_first.addDays(1 - m_first.dayOfWeek()); // the Monday on or before the 1st
    QList<Row> next;
    for (int i = 0; i < 42; ++i)
        next << Row{start.addDays(i), {}, {}};
    const QList<AccountsWatch::Source> shown = m_accounts.shown(account(), m_accountId);
    QStringList summaries[42];
    for (const AccountsWatch::Source &source : shown) {
        for (const PlanningPart &part : PlanningStore(*source.session->database())
                                            .parts(start, start.addDays(41), m_childId)) {
            const qint64 i = start.daysTo(part.day);
            if (i < 0 || i >= 42)
                continue;
            if (!next[i].codes.contains(part.code))
                next[i].codes << part.code;
            summaries[i] << part.childName + QStringLiteral(": ") + agendatext::partStatus(part);
        }
    }
    for (int i = 0; i < 42; ++i)
        next[i].summary = summaries[i].join(QStringLiteral("; "));
    // Keys are the days: another month replaces every row (one reset), new data changes rows.
    updateRows(
        m_rows, next, [](const Row &row) { return row.day.toString(Qt::ISODate); },
        [](const Row &a, const Row &b) { return a == b; });
}

int AgendaMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DayRole:
        return row.day.toString(Qt::ISODate);
    case Qt::DisplayRole:
    case DayNumberRole:
        return row.day.day();
    case InMonthRole:
        return row.day.month() == m_first.month();
    case TodayRole:
        return row.day == m_today;
    case CodesRole:
        return row.codes;
    case SummaryRole:
        return row.summary;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgendaMonthModel::roleNames() const
{
    return {{DayRole, "day"},     {DayNumberRole, "dayNumber"}, {InMonthRole, "inMonth"},
            {TodayRole, "today"}, {CodesRole, "codes"},         {SummaryRole, "summary"}};
}

} // namespace nestje
