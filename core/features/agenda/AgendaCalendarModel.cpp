// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaCalendarModel.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/PlanningStore.h"
#include "text/PortalTime.h"

#include <algorithm>

namespace nestje {

AgendaCalendarModel::AgendaCalendarModel(QObject *parent)
    : SessionListModel({QStringLiteral("planning")}, parent)
    , m_accounts({QStringLiteral("planning")}, [this] { refresh(); }, [this] { return account(); }, this)
{
}

void AgendaCalendarModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    refresh();
}

void AgendaCalendarModel::setAccounts(AccountModel *accounts)
{
    if (m_accounts.setModel(accounts))
        emit accountsChanged();
}

void AgendaCalendarModel::setAccountId(const QString &accountId)
{
    if (m_accountId == accountId)
        return;
    m_accountId = accountId;
    emit accountIdChanged();
    refresh();
}

void AgendaCalendarModel::followWrites()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_writesConnections))
        disconnect(connection);
    m_writesConnections.clear();
    for (const AccountsWatch::Source &source : m_accounts.shown(account(), m_accountId)) {
        if (Writes *writes = source.session->writes()) {
            m_writesConnections << connect(writes, &Writes::changed, this, [this](const QString &kind) {
                if (kind == QLatin1String(AbsenceWrite::name))
                    reload();
            });
        }
    }
}

QString AgendaCalendarModel::keyOf(const Row &row)
{
    const PlanningPart &part = row.part;
    // "<child>@<start>" (a closure "@c<start>"), "<account>/…" with several accounts together.
    return (row.accountId.isEmpty() ? QString() : row.accountId + QLatin1Char('/')) + part.childId + QLatin1Char('@') +
           part.code.left(part.childId.isEmpty() ? 1 : 0) + QString::number(part.startTime);
}

// A closing day or school holiday as a row without a child: code "closed" or "holiday", the
// name as its status; a holiday shows on `day` (its first day in the list), its first and last
// day kept in startTime and endTime.
AgendaCalendarModel::Row AgendaCalendarModel::closureRow(const Closure &closure, const QDate &day)
{
    PlanningPart part;
    part.day = day;
    part.startTime = portaltime::startOfDay(closure.first); // the key: the same wherever it shows
    part.endTime = portaltime::startOfDay(closure.last);
    part.code = closure.kind;
    part.extraInfo = closure.name.isEmpty() && closure.kind == QLatin1String("closed")
                         ? tr("Closed")
                         : closure.name;
    Row row;
    row.part = part;
    return row;
}

QList<AgendaCalendarModel::Row> AgendaCalendarModel::rowsOf(AccountSession *session,
                                                            const QDate &first,
                                                            const QString &childId) const
{
    QList<Row> rows;
    PlanningStore store(*session->database());
    const QDate last = store.lastDay();
    if (!last.isValid())
        return rows;
    QList<AbsenceWrite::Mark> marks;
    if (Writes *writes = session->writes())
        marks = AbsenceWrite::marks(writes->pending(QString::fromLatin1(AbsenceWrite::name)));
    // Closing days and school holidays come first on their day, for every child.
    QList<Row> closures;
    for (const Closure &closure : store.closures(first, last))
        closures << closureRow(closure, std::max(closure.first, first));
    auto nextClosure = closures.cbegin();
    for (const PlanningPart &part : store.parts(first, last, childId)) {
        for (; nextClosure != closures.cend() && nextClosure->part.day <= part.day; ++nextClosure)
            rows << *nextClosure;
        Row row;
        row.part = part;
        for (const AbsenceWrite::Mark &mark : std::as_const(marks)) {
            if (mark.childId == part.childId && mark.startTime < part.endTime &&
                mark.endTime > part.startTime) {
                row.sending = mark.refused.isEmpty();
                row.refused = mark.refused;
            }
        }
        rows << row;
    }
    for (; nextClosure != closures.cend(); ++nextClosure)
        rows << *nextClosure;
    return rows;
}

void AgendaCalendarModel::reload()
{
    const QList<AccountsWatch::Source> all = m_accounts.sources();
    const bool together = all.size() > 1;
    if (!together && !m_accountId.isEmpty()) {
        m_accountId.clear(); // the account filtered to is gone, or the only one left
        emit accountIdChanged();
    }
    // The accounts may have changed: follow their outboxes (cheap to redo on every reload).
    followWrites();
    m_today = portaltime::today();
    const QDate first = m_today.addMonths(-monthsBack);

    QList<Row> next;
    QVariantList children;
    QVariantList organisations;
    if (together) {
        for (const AccountsWatch::Source &source : all) {
            const AccountInfo &info = source.session->info();
            organisations << QVariantMap{{QStringLiteral("id"), info.id},
                                         {QStringLiteral("name"), info.displayName()},
                                         {QStringLiteral("colorIndex"), source.colorIndex}};
        }
    }
    const QList<AccountsWatch::Source> shown = m_accounts.shown(account(), m_accountId);
    // The filter offers every account's children, also while it shows one account.
    for (const AccountsWatch::Source &source : together ? all : shown) {
        PlanningStore store(*source.session->database());
        for (const auto &[id, name] : store.children())
            children << QVariantMap{{QStringLiteral("id"), id},
                                    {QStringLiteral("firstName"), name},
                                    {QStringLiteral("accountId"), together ? source.session->info().id : QString()},
                                    {QStringLiteral("colorIndex"), source.colorIndex}};
    }
    for (const AccountsWatch::Source &source : shown) {
        const QString accountId = together ? source.session->info().id : QString();
        // With every account shown, a child chip filters to its own account (ids are the
        // portal's and may repeat across portals); a child id alone applies to the one shown.
        QList<Row> rows = rowsOf(source.session, first, m_childId);
        for (Row &row : rows) {
            row.accountId = accountId;
            row.organisation = together ? source.session->info().displayName() : QString();
            row.colorIndex = source.colorIndex;
        }
        next << rows;
    }
    if (shown.size() > 1) {
        // Each account's rows are in order; together by day, the closures first on their day,
        // then by time (stable: one account's children keep their order).
        std::stable_sort(next.begin(), next.end(), [](const Row &a, const Row &b) {
            const bool aClosure = a.part.childId.isEmpty();
            const bool bClosure = b.part.childId.isEmpty();
            if (a.part.day != b.part.day)
                return a.part.day < b.part.day;
            if (aClosure != bClosure)
                return aClosure;
            return !aClosure && a.part.startTime < b.part.startTime;
        });
    }
    if (children != m_children || organisations != m_organisations) {
        m_children = children;
        m_organisations = organisations;
        emit childrenChanged();
    }
    updateRows(
        m_rows, next, [](const Row &row) { return keyOf(row); },
        [](const Row &a, const Row &b) { return a == b; });
}

int AgendaCalendarModel::todayRow() const
{
    return rowOfDay(m_today.toString(Qt::ISODate));
}

int AgendaCalendarModel::rowOfDay(const QString &isoDay) const
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    // Rows are ordered by day: the first at or after `day`.
    const auto it =
        std::lower_bound(m_rows.begin(), m_rows.end(), day,
                         [](const Row &row, const QDate &d) { return row.part.day < d; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int AgendaCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgendaCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlanningPart &part = row.part;
    switch (role) {
    case KeyRole:
        return keyOf(row);
    case DayRole:
        return part.day.toString(Qt::ISODate);
    case DayLabelRole:
        return portaltime::dayLabel(part.day, m_today);
    case ChildIdRole:
        return part.childId;
    case Qt::DisplayRole:
    case ChildNameRole:
        return part.childName;
    case TimesRole:
        if (part.code == QLatin1String("closed"))
            return row.organisation.isEmpty() ? tr("The organisation is closed")
                                              : tr("%1 is closed").arg(row.organisation);
        if (part.code == QLatin1String("holiday"))
            return tr("School holiday until %1")
                .arg(agendatext::shortDay(portaltime::dayOf(part.endTime)));
        return agendatext::times(part.startTime, part.endTime);
    case CodeRole:
        return part.code;
    case StatusRole:
        return agendatext::partStatus(part);
    case SendingRole:
        return row.sending;
    case RefusedRole:
        return row.refused;
    case AccountIdRole:
        return row.accountId;
    case OrganisationRole:
        return row.organisation;
    case ColorIndexRole:
        return row.colorIndex;
    case StartTimeRole:
        return double(part.startTime);
    case EndTimeRole:
        return double(part.endTime);
    default:
        return {};
    }
}

QHash<int, QByteArray> AgendaCalendarModel::roleNames() const
{
    return {{KeyRole, "key"},
            {DayRole, "day"},
            {DayLabelRole, "dayLabel"},
            {ChildIdRole, "childId"},
            {ChildNameRole, "childName"},
            {TimesRole, "times"},
            {CodeRole, "code"},
            {StatusRole, "status"},
            {SendingRole, "sending"},
            {RefusedRole, "refused"},
            {AccountIdRole, "accountId"},
            {OrganisationRole, "organisation"},
            {ColorIndexRole, "colorIndex"},
            {StartTimeRole, "startTime"},
            {EndTimeRole, "endTime"}};
}

} // namespace nestje
