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
{
}

void AgendaCalendarModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    emit childIdChanged();
    reload();
}

void AgendaCalendarModel::followWrites()
{
    disconnect(m_writesConnection);
    AccountSession *session = account();
    if (session && session->writes()) {
        m_writesConnection =
            connect(session->writes(), &Writes::changed, this, [this](const QString &kind) {
                if (kind == QLatin1String(AbsenceWrite::name))
                    reload();
            });
    }
}

QString AgendaCalendarModel::keyOf(const PlanningPart &part)
{
    return part.childId + QLatin1Char('@') + part.code.left(part.childId.isEmpty() ? 1 : 0) +
           QString::number(part.startTime);
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
    return Row{part, false, {}};
}

void AgendaCalendarModel::reload()
{
    // The account may have changed: follow its outbox (cheap to redo on every reload).
    followWrites();
    QList<Row> next;
    QVariantList children;
    m_today = portaltime::today();
    if (Database *db = database()) {
        PlanningStore store(*db);
        for (const auto &[id, name] : store.children())
            children << QVariantMap{{QStringLiteral("id"), id},
                                    {QStringLiteral("firstName"), name}};
        const QDate last = store.lastDay();
        QList<AbsenceWrite::Mark> marks;
        if (Writes *writes = account() ? account()->writes() : nullptr)
            marks = AbsenceWrite::marks(writes->pending(QString::fromLatin1(AbsenceWrite::name)));
        if (last.isValid()) {
            const QDate first = m_today.addMonths(-monthsBack);
            // Closing days and school holidays come first on their day, for every child.
            QList<Row> closures;
            for (const Closure &closure : store.closures(first, last))
                closures << closureRow(closure, std::max(closure.first, first));
            auto nextClosure = closures.cbegin();
            for (const PlanningPart &part : store.parts(first, last, m_childId)) {
                for (; nextClosure != closures.cend() && nextClosure->part.day <= part.day;
                     ++nextClosure)
                    next << *nextClosure;
                Row row{part, false, {}};
                for (const AbsenceWrite::Mark &mark : std::as_const(marks)) {
                    if (mark.childId == part.childId && mark.startTime < part.endTime &&
                        mark.endTime > part.startTime) {
                        row.sending = mark.refused.isEmpty();
                        row.refused = mark.refused;
                    }
                }
                next << row;
            }
            for (; nextClosure != closures.cend(); ++nextClosure)
                next << *nextClosure;
        }
    }
    if (children != m_children) {
        m_children = children;
        emit childrenChanged();
    }
    updateRows(
        m_rows, next,
        [](const Row &row) { return keyOf(row.part); },
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
        return keyOf(part);
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
            return tr("The organisation is closed");
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
            {RefusedRole, "refused"}};
}

} // namespace nestje
