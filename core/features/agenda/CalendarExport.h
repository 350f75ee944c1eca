// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/agenda/AgendaRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace nestje {

class Database;

// "Zet in mijn agenda": the family's care moments as an iCalendar file (RFC 5545, written with
// libical) that a calendar app can import or subscribe to. One VEVENT per child per planned
// day part, from the stores only (no network, no remote content), in Europe/Amsterdam with its
// VTIMEZONE. A UID is derived from the account, the child and the moment, so a second export
// updates the same events instead of adding copies.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // The calendar as iCalendar text. `requests` give a part the status of the request behind
    // it (same child, same start); `stamp` is the DTSTAMP of every event.
    // `closures` (closing days, school holidays) become all-day events that take no time.
    static QByteArray build(const QString &accountId, const QList<PlanningPart> &parts,
                            const QList<AgendaRequest> &requests,
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc(),
                            const QList<Closure> &closures = {});

    // "<child>-<local start>-<account hash>@nestje": the same for the same moment in every
    // export, different for another account, child or moment.
    static QString uidFor(const QString &accountId, const QString &childId, qint64 startTime);

    // Everything the account's PlanningStore holds (parts, and the closing days and holidays
    // from the first to the last part), with its RequestStore's statuses; `events` gets the
    // number of care moments (the closures not counted).
    static QByteArray fromStores(Database &db, const QString &accountId, int *events,
                                 const QDateTime &stamp = QDateTime::currentDateTimeUtc());

    // `ics` written to `path` atomically (QSaveFile) and readable by the owner only.
    static bool save(const QString &path, const QByteArray &ics, QString *error = nullptr);

    // fromStores() saved to `path`. Returns the number of events, or -1 with `error` set.
    static int write(Database &db, const QString &accountId, const QString &path,
                     QString *error = nullptr);

    // Whether two exports hold the same events: they differ at most in their DTSTAMPs (the
    // moment each was made), so a kept file is not rewritten when nothing changed.
    static bool sameEvents(const QByteArray &a, const QByteArray &b);
};

} // namespace nestje
