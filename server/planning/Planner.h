// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"
#include "server/rules/OrganisationRules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nestje::server {

struct Portal;

// One row of a child's planning (the calendar's planning part).
struct PlanningRow
{
    qint64 id = 0;
    QString childId;
    int day = 0;
    qint64 start = 0;
    qint64 end = 0;
    QString code; // attend | absent | tentative
    QString extraInfo;
};

// A piece of time a parent can choose: a bookable day part (extra day, swap target) or a planned
// day part (absence, swap give-up). `optionId` is what the client sends back; the server always
// recomputes the options and matches on it, so a client can never book what it was not offered.
struct TimeOption
{
    QString optionId;
    QString childId;
    QDate date;
    QString code;
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    double value = 0;        // in the organisation's unit (hours or points)
    qint64 planningId = 0;   // planned parts: the row the piece belongs to
    bool alreadyPlanned = false;
    QString refusal;         // why it cannot be chosen (Dutch), empty when it can
};

// The organisation's calendar and capacity, computed from data: day parts and rules
// (org_rules), school holidays, placements, planning and group capacity. Used by the parent
// routes and by the staff commands, always inside the caller's transaction.
class Planner
{
public:
    Planner(Portal &portal, const Organisation &org);

    const OrganisationRules &rules() const { return m_rules; }
    const Organisation &org() const { return m_org; }
    qint64 now() const { return m_now; }

    bool isSchoolHoliday(QDate date) const;
    // Weekends and the public holidays the demo organisations are closed on.
    bool isClosed(QDate date) const;
    QList<DayPart> partsOn(QDate date) const;

    QList<PlanningRow> planning(const QString &childId, QDate date) const;
    // Bookable parts for a child on a date, with "reeds gepland" and capacity marks.
    QList<TimeOption> bookableParts(const QString &childId, QDate date) const;
    // The child's planned time on a date cut at day-part boundaries ("alle geplande dagdelen").
    QList<TimeOption> plannedParts(const QString &childId, QDate date) const;

    qint64 groupOf(const QString &childId) const;
    bool flexible(const QString &childId, QDate date) const;
    int capacity(qint64 groupId) const;
    // Children of the group expected (attend or Optie extra) during [start, end) on `day`.
    int placesTaken(qint64 groupId, int day, qint64 start, qint64 end) const;

    double valueOf(qint64 start, qint64 end) const;
    QString unit() const; // "uur" or "punten"

    // Cuts a planning row so that exactly [start, end) is one row; returns that row's id.
    qint64 isolate(qint64 planningId, qint64 start, qint64 end);
    qint64 addPlanning(const QString &childId, QDate date, qint64 start, qint64 end, const QString &code,
                       const QString &extraInfo);

    // The last valid day of credit created today (rule credit.validity).
    QDate newCreditValidUntil() const;

    struct Credit
    {
        qint64 id = 0;
        QString type;
        QString label;
        QString usableFor;
        bool holidayOnly = false;
        double total = 0;
        double remaining = 0;
        QDate validFrom;
        QDate validUntil;
    };
    QList<Credit> credits(const QString &childId) const;
    // Why this credit cannot pay for care on `date` (expired, not yet valid, holidays only), or
    // empty. "Tegoeden die bijvoorbeeld alleen geldig zijn in vakanties, zijn niet inzetbaar in schoolweken."
    QString creditRefusal(const Credit &credit, QDate date) const;
    // Adds credit to a child (staff, early absence); returns its id.
    qint64 grantCredit(const QString &childId, const QString &type, double amount, QDate validUntil, const QString &origin,
                       qint64 bookingId = 0);

private:
    Portal &m_portal;
    const Organisation &m_org;
    OrganisationRules m_rules;
    qint64 m_now;
};

// Dutch wording used in refusals and messages.
namespace dutch {
QString day(QDate date);            // "dinsdag 10 juni"
QString time(qint64 epochMs);       // "07:30"
QString amount(double value, const QString &unit); // "5,5 uur"
} // namespace dutch

// "20250610" <-> QDate, and local times on a date.
QString dayText(QDate date);
int dayKeyOf(QDate date);
QDate dateOfKey(int key);

} // namespace nestje::server
