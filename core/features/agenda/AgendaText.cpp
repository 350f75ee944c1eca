// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaText.h"

#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace nestje::agendatext {

namespace {
// lupdate files a namespace-level tr() under the enclosing namespace: look up the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje::agendatext", text);
}

} // namespace

QString shortDay(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

QString times(qint64 start, qint64 end)
{
    return portaltime::timeRange(start, end);
}

QString partStatus(const PlanningPart &part)
{
    if (!part.extraInfo.isEmpty())
        return part.extraInfo;
    if (part.code == QLatin1String("absent"))
        return tr("Absent");
    if (part.code == QLatin1String("tentative"))
        return tr("Option");
    return tr("Planned");
}

QString requestType(const QString &type)
{
    if (type == QLatin1String("swap"))
        return tr("Swap day");
    if (type == QLatin1String("absence"))
        return tr("Absence");
    return tr("Extra day");
}

QString reason(const QString &code)
{
    if (code == QLatin1String("sick"))
        return tr("sick");
    if (code == QLatin1String("holiday"))
        return tr("holiday");
    if (code == QLatin1String("other"))
        return tr("other");
    return {};
}

QString period(const QList<RequestBooking> &bookings)
{
    QDate first;
    QDate last;
    for (const RequestBooking &booking : bookings) {
        if (!booking.date.isValid())
            continue;
        if (!first.isValid() || booking.date < first)
            first = booking.date;
        if (!last.isValid() || booking.date > last)
            last = booking.date;
    }
    if (!first.isValid())
        return {};
    if (first == last)
        return shortDay(first);
    return shortDay(first) + QStringLiteral(" – ") + shortDay(last);
}

QString amount(double value, const QString &unit)
{
    return QLocale().toString(value, 'g', 4) +
           (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString bookingLine(const RequestBooking &booking)
{
    QStringList parts{shortDay(booking.date)};
    QString part = booking.label;
    if (booking.startTime && booking.endTime)
        part += (part.isEmpty() ? QString() : QStringLiteral(" ")) +
                times(booking.startTime, booking.endTime);
    if (booking.role == QLatin1String("swap_from"))
        part = tr("gives up %1").arg(part);
    else if (booking.role == QLatin1String("swap_to"))
        part = tr("takes %1").arg(part);
    parts << part;
    if (booking.value > 0 && !booking.unit.isEmpty())
        parts << amount(booking.value, booking.unit);
    if (booking.paymentType == QLatin1String("credit") && !booking.creditLabel.isEmpty())
        parts << tr("paid with %1").arg(booking.creditLabel);
    else if (booking.paymentType == QLatin1String("invoice"))
        parts << tr("on the invoice");
    if (!booking.statusLabel.isEmpty())
        parts << booking.statusLabel;
    return parts.join(QStringLiteral(" · "));
}

} // namespace nestje::agendatext
