// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/CalendarExport.h"

#include "db/Database.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"
#include "text/PortalTime.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSaveFile>

#include <libical/ical.h>

#include <memory>

namespace nestje {

namespace {

const char *const zoneId = "Europe/Amsterdam";

// The zone's rules since 1996 (EU summer time: last Sunday of March to the last Sunday of
// October), as calendar apps expect them. Written out rather than taken from libical's
// builtin zones, whose TZID carries a "/freeassociation.sourceforge.net/" prefix and whose
// rules depend on the machine's tzdata.
const char *const zoneText = "BEGIN:VTIMEZONE\r\n"
                             "TZID:Europe/Amsterdam\r\n"
                             "BEGIN:DAYLIGHT\r\n"
                             "TZOFFSETFROM:+0100\r\n"
                             "TZOFFSETTO:+0200\r\n"
                             "TZNAME:CEST\r\n"
                             "DTSTART:19700329T020000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                             "END:DAYLIGHT\r\n"
                             "BEGIN:STANDARD\r\n"
                             "TZOFFSETFROM:+0200\r\n"
                             "TZOFFSETTO:+0100\r\n"
                             "TZNAME:CET\r\n"
                             "DTSTART:19701025T030000\r\n"
                             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n";

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// A moment as the portal's wall clock (Europe/Amsterdam), for a DTSTART/DTEND with TZID.
icalproperty *portalTime(icalproperty *(*make)(struct icaltimetype), qint64 msSinceEpoch)
{
    const QDateTime local = portaltime::local(msSinceEpoch);
    struct icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    icalproperty *property = make(t);
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId));
    return property;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// The request behind a part: the same child's booking that starts at the same moment.
QHash<QString, QString> requestStatuses(const QList<AgendaRequest> &requests)
{
    QHash<QString, QString> statuses;
    for (const AgendaRequest &request : requests) { // newest first: the newest wins
        for (const RequestChild &child : request.children) {
            for (const RequestBooking &booking : child.bookings) {
                const QString key =
                    child.childId + QLatin1Char('/') + QString::number(booking.startTime);
                if (statuses.contains(key))
                    continue;
                const QString status =
                    !booking.statusLabel.isEmpty() ? booking.statusLabel : child.statusLabel;
                statuses.insert(key, agendatext::requestType(request.type) + QStringLiteral(": ") +
                                         status);
            }
        }
    }
    return statuses;
}

// The account only as a hash in a UID: the file may be shared with a calendar service.
QString accountHash(const QString &accountId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

QString CalendarExport::uidFor(const QString &accountId, const QString &childId, qint64 startTime)
{
    const QString moment =
        portaltime::local(startTime).toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    return QStringLiteral("%1-%2-%3@nestje").arg(childId, moment, accountHash(accountId));
}

QByteArray CalendarExport::build(const QString &accountId, const QList<PlanningPart> &parts,
                                 const QList<AgendaRequest> &requests, const QDateTime &stamp,
                                 const QList<Closure> &closures)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Nestje//Agenda//NL"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_component(calendar.get(), icalcomponent_new_from_string(zoneText));

    const QDateTime utcStamp = stamp.toUTC();
    struct icaltimetype dtstamp = icaltime_from_timet_with_zone(time_t(utcStamp.toSecsSinceEpoch()),
                                                                0, icaltimezone_get_utc_timezone());
    const QHash<QString, QString> statuses = requestStatuses(requests);

    for (const PlanningPart &part : parts) {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(
            event, icalproperty_new_uid(
                       utf8(uidFor(accountId, part.childId, part.startTime)).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(event, portalTime(&icalproperty_new_dtstart, part.startTime));
        icalcomponent_add_property(event, portalTime(&icalproperty_new_dtend, part.endTime));

        // The portal's words ("Optie extra", "Ziek") are plain text: libical escapes them.
        const QString status = agendatext::partStatus(part);
        const QString summary = part.code == QLatin1String("attend") && part.extraInfo.isEmpty()
                                    ? tr("Care: %1").arg(part.childName)
                                    : tr("Care: %1 · %2").arg(part.childName, status);
        icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
        QStringList description{status};
        const QString request =
            statuses.value(part.childId + QLatin1Char('/') + QString::number(part.startTime));
        if (!request.isEmpty())
            description << request;
        icalcomponent_add_property(
            event,
            icalproperty_new_description(utf8(description.join(QLatin1Char('\n'))).constData()));

        // An option is tentative; an absence stays visible as cancelled and takes no time.
        if (part.code == QLatin1String("absent")) {
            icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CANCELLED));
            icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        } else if (part.code == QLatin1String("tentative")) {
            icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_TENTATIVE));
        } else {
            icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        }
        icalcomponent_add_component(calendar.get(), event);
    }

    // Closing days and school holidays: all-day, shown but free ("De opvang is gesloten").
    const QString account = accountHash(accountId);
    for (const Closure &closure : closures) {
        const QString uid = QStringLiteral("%1-%2-%3@nestje")
                                .arg(closure.kind, closure.first.toString(QStringLiteral("yyyyMMdd")),
                                     account);
        const auto date = [](const QDate &day) {
            struct icaltimetype t = icaltime_null_date();
            t.year = day.year();
            t.month = day.month();
            t.day = day.day();
            return t;
        };
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(event, icalproperty_new_dtstart(date(closure.first)));
        // DTEND of an all-day event is the day after the last (RFC 5545 3.6.1).
        icalcomponent_add_property(event, icalproperty_new_dtend(date(closure.last.addDays(1))));
        const QString summary = closure.kind == QLatin1String("closed")
                                    ? tr("Closed: %1").arg(closure.name)
                                    : tr("School holiday: %1").arg(closure.name);
        icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
        icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray ics(text);
    free(text);
    return ics;
}

QByteArray CalendarExport::fromStores(Database &db, const QString &accountId, int *events,
                                      const QDateTime &stamp)
{
    const PlanningStore planning(db);
    const RequestStore requests(db);
    const QDate first = planning.firstDay();
    const QList<PlanningPart> parts =
        first.isValid() ? planning.parts(first, planning.lastDay()) : QList<PlanningPart>();
    const QList<Closure> closures =
        first.isValid() ? planning.closures(first, planning.lastDay()) : QList<Closure>();
    if (events)
        *events = int(parts.size()); // care moments: what the parent is told was saved
    return build(accountId, parts, requests.requests(), stamp, closures);
}

bool CalendarExport::save(const QString &path, const QByteArray &ics, QString *error)
{
    QSaveFile file(path);
    // Permissions before a byte is written: the family's days are nobody else's business on
    // this machine.
    if (file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(ics) == ics.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

int CalendarExport::write(Database &db, const QString &accountId, const QString &path,
                          QString *error)
{
    int events = 0;
    return save(path, fromStores(db, accountId, &events), error) ? events : -1;
}

bool CalendarExport::sameEvents(const QByteArray &a, const QByteArray &b)
{
    const auto withoutStamps = [](const QByteArray &ics) {
        QList<QByteArray> lines = ics.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("DTSTAMP"); });
        return lines;
    };
    return withoutStamps(a) == withoutStamps(b);
}

} // namespace nestje
