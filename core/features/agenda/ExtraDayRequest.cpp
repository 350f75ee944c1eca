// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/ExtraDayRequest.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/ExtraDayWrite.h"
#include "sync/SyncEngine.h"
#include "text/PortalTime.h"

#include <QDateTime>
#include <QSet>

namespace nestje {

ExtraDayRequest::ExtraDayRequest(QObject *parent)
    : QObject(parent)
    , m_binding(
          {}, [this] { clear(); }, this)
{
}

void ExtraDayRequest::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

QString ExtraDayRequest::rule(const char *name, const char *fallback) const
{
    AccountSession *account = m_binding.account();
    const QString value = account && account->sync()
                              ? account->sync()->capabilities().rules.value(QLatin1String(name))
                              : QString();
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

QVariantList ExtraDayRequest::bookings() const
{
    QVariantList list;
    const QDate today = portaltime::today();
    for (const Booking &b : m_bookings) {
        const QString times = agendatext::times(b.startTime, b.endTime);
        const QString payment = b.paymentType == QLatin1String("credit")
                                    ? tr("paid with %1").arg(b.creditLabel)
                                    : tr("on the invoice");
        const QString value = agendatext::amount(b.value, b.unit);
        list << QVariantMap{
            {QStringLiteral("childId"), b.childId},
            {QStringLiteral("firstName"), b.firstName},
            {QStringLiteral("day"), b.day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), portaltime::dayLabel(b.day, today)},
            {QStringLiteral("label"), b.label},
            {QStringLiteral("times"), times},
            {QStringLiteral("valueText"), value},
            {QStringLiteral("paymentText"), payment},
            {QStringLiteral("line"),
             QStringList{b.label.isEmpty() ? times : b.label + QLatin1Char(' ') + times, value,
                         payment}
                 .join(QStringLiteral(" · "))}};
    }
    return list;
}

bool ExtraDayRequest::asWholeOffered() const
{
    // "… is alleen van toepassing op aanvragen voor 1 specifieke dag."
    QSet<QDate> days;
    for (const Booking &b : m_bookings)
        days.insert(b.day);
    return days.size() == 1;
}

void ExtraDayRequest::setAsWhole(bool asWhole)
{
    if (m_asWhole == asWhole)
        return;
    m_asWhole = asWhole;
    emit changed();
}

void ExtraDayRequest::setExpiryDay(const QString &day)
{
    if (m_expiryDay == day)
        return;
    m_expiryDay = day;
    emit changed();
}

QString ExtraDayRequest::latestExpiryDay() const
{
    if (m_bookings.isEmpty())
        return {};
    QDate first = m_bookings.first().day;
    for (const Booking &b : m_bookings)
        first = std::min(first, b.day);
    // It lapses at the end of the chosen day: at the latest the day before the care starts.
    const QDate latest =
        std::min(first.addDays(-1),
                 portaltime::today().addDays(rule("request.maxExpiryDays", "60").toInt()));
    return latest < portaltime::today() ? QString() : latest.toString(Qt::ISODate);
}

qint64 ExtraDayRequest::expiresAt() const
{
    const QDate day = QDate::fromString(m_expiryDay, Qt::ISODate);
    if (!day.isValid())
        return 0;
    return QDateTime(day, QTime(23, 59), portaltime::zone()).toMSecsSinceEpoch();
}

QString ExtraDayRequest::totalText() const
{
    double total = 0;
    for (const Booking &b : m_bookings)
        total += b.value;
    return m_bookings.isEmpty() ? QString() : agendatext::amount(total, m_bookings.first().unit);
}

QVariantList ExtraDayRequest::creditLines() const
{
    QVariantList lines;
    QStringList seen;
    for (const Booking &b : m_bookings) {
        if (b.paymentType != QLatin1String("credit") || seen.contains(b.creditId))
            continue;
        seen << b.creditId;
        double used = 0;
        for (const Booking &other : m_bookings)
            used += other.creditId == b.creditId && other.paymentType == b.paymentType ? other.value
                                                                                       : 0;
        lines << QVariantMap{
            {QStringLiteral("label"), b.creditLabel},
            {QStringLiteral("used"), used},
            {QStringLiteral("left"), b.creditRemaining - used},
            {QStringLiteral("text"),
             tr("%1 of %2: %3 used, %4 left")
                 .arg(b.creditLabel, b.firstName, agendatext::amount(used, b.unit),
                      agendatext::amount(std::max(0.0, b.creditRemaining - used), b.unit))}};
    }
    return lines;
}

bool ExtraDayRequest::qualifiesForAutoApproval(const Booking &b) const
{
    // The organisation's rule (X10 rules): credit-paid bookings within the term.
    if (b.paymentType != QLatin1String("credit") ||
        rule("request.autoApproveCredit", "false") != QLatin1String("true"))
        return false;
    const qint64 ahead = b.startTime - QDateTime::currentMSecsSinceEpoch();
    return ahead >= rule("request.autoApproveMinHours", "48").toLongLong() * 3600 * 1000 &&
           ahead <= rule("request.autoApproveMaxDays", "30").toLongLong() * 86400 * 1000;
}

bool ExtraDayRequest::approvedAtOnce() const
{
    return !m_bookings.isEmpty() &&
           std::all_of(m_bookings.begin(), m_bookings.end(),
                       [this](const Booking &b) { return qualifiesForAutoApproval(b); });
}

QString ExtraDayRequest::approvalText() const
{
    if (m_bookings.isEmpty())
        return {};
    if (approvedAtOnce())
        return tr("Approved at once: paid with credit within the organisation's term.");
    const int qualifying =
        int(std::count_if(m_bookings.begin(), m_bookings.end(),
                          [this](const Booking &b) { return qualifiesForAutoApproval(b); }));
    if (qualifying > 0 && !asWhole())
        return tr("%n booking(s) paid with credit within the term are approved at once; the "
                  "organisation assesses the rest.",
                  nullptr, qualifying);
    return tr("The organisation assesses the request. Until then it shows as 'Optie extra' in the "
              "calendar.");
}

QString ExtraDayRequest::problem() const
{
    if (m_bookings.isEmpty())
        return tr("Add a day first.");
    for (const QVariant &line : creditLines()) {
        const QVariantMap credit = line.toMap();
        if (credit.value(QStringLiteral("left")).toDouble() < -1e-9)
            return tr("%1 does not cover all these bookings. Paying partly with credit is not "
                      "possible: choose the invoice for one of them.")
                .arg(credit.value(QStringLiteral("label")).toString());
    }
    if (!m_expiryDay.isEmpty() &&
        (latestExpiryDay().isEmpty() || m_expiryDay > latestExpiryDay() ||
         QDate::fromString(m_expiryDay, Qt::ISODate) < portaltime::today()))
        return tr("The request can lapse at the latest on the day before the care starts.");
    return {};
}

QString ExtraDayRequest::add(const QVariantMap &map)
{
    Booking b;
    b.childId = map.value(QStringLiteral("childId")).toString();
    b.firstName = map.value(QStringLiteral("firstName")).toString();
    b.day = QDate::fromString(map.value(QStringLiteral("day")).toString(), Qt::ISODate);
    b.optionId = map.value(QStringLiteral("optionId")).toString();
    b.label = map.value(QStringLiteral("label")).toString();
    b.startTime = map.value(QStringLiteral("startTime")).toLongLong();
    b.endTime = map.value(QStringLiteral("endTime")).toLongLong();
    b.value = map.value(QStringLiteral("value")).toDouble();
    b.unit = map.value(QStringLiteral("unit")).toString();
    const QVariantMap payment = map.value(QStringLiteral("payment")).toMap();
    b.paymentType = payment.value(QStringLiteral("type")).toString();
    if (b.paymentType != QLatin1String("credit"))
        b.paymentType = QStringLiteral("invoice");
    b.creditId = payment.value(QStringLiteral("creditId")).toString();
    b.creditLabel = payment.value(QStringLiteral("label")).toString();
    b.creditRemaining = payment.value(QStringLiteral("remaining")).toDouble();
    if (b.childId.isEmpty() || !b.day.isValid() || b.endTime <= b.startTime)
        return tr("Choose a day part first.");
    for (const Booking &other : std::as_const(m_bookings)) {
        if (other.childId == b.childId && other.startTime < b.endTime &&
            other.endTime > b.startTime)
            return tr("%1 already has this time in the request.").arg(b.firstName);
    }
    m_bookings << b;
    std::stable_sort(m_bookings.begin(), m_bookings.end(), [](const Booking &l, const Booking &r) {
        return l.startTime != r.startTime ? l.startTime < r.startTime : l.firstName < r.firstName;
    });
    emit changed();
    return {};
}

void ExtraDayRequest::remove(int index)
{
    if (index < 0 || index >= m_bookings.size())
        return;
    m_bookings.removeAt(index);
    emit changed();
}

void ExtraDayRequest::clear()
{
    m_bookings.clear();
    m_asWhole = false;
    m_expiryDay.clear();
    emit changed();
}

QVariantMap ExtraDayRequest::ownTimes(const QString &dayIso, const QString &from,
                                      const QString &until, const QString &openFrom,
                                      const QString &openUntil, const QString &unit) const
{
    const QDate day = QDate::fromString(dayIso, Qt::ISODate);
    const QTime start = QTime::fromString(from.trimmed(), QStringLiteral("H:mm"));
    const QTime end = QTime::fromString(until.trimmed(), QStringLiteral("H:mm"));
    const QTime open = QTime::fromString(openFrom, QStringLiteral("HH:mm"));
    const QTime close = QTime::fromString(openUntil, QStringLiteral("HH:mm"));
    if (!day.isValid() || !start.isValid() || !end.isValid() || end <= start)
        return {{QStringLiteral("problem"),
                 tr("Enter a start and an end time, such as 09:00 and 15:30.")}};
    if ((open.isValid() && start < open) || (close.isValid() && end > close))
        return {
            {QStringLiteral("problem"),
             tr("Choose times within the opening hours from %1 to %2.").arg(openFrom, openUntil)}};
    const qint64 startMs = QDateTime(day, start, portaltime::zone()).toMSecsSinceEpoch();
    const qint64 endMs = QDateTime(day, end, portaltime::zone()).toMSecsSinceEpoch();
    double value = double(endMs - startMs) / 3600000.0;
    if (unit != QLatin1String("uur"))
        value *= rule("request.pointsPerHour", "1").toDouble();
    return {{QStringLiteral("startTime"), startMs},
            {QStringLiteral("endTime"), endMs},
            {QStringLiteral("value"), value},
            {QStringLiteral("valueText"), agendatext::amount(value, unit)},
            {QStringLiteral("label"), tr("Own times")},
            {QStringLiteral("problem"), QString()}};
}

qint64 ExtraDayRequest::submit(const QString &remark)
{
    AccountSession *account = m_binding.account();
    if (!account || !account->writes() || !problem().isEmpty())
        return 0;
    const qint64 id = account->writes()->submit(
        QString::fromLatin1(ExtraDayWrite::name),
        ExtraDayWrite::payload(m_bookings, asWhole(), expiresAt(), remark));
    if (id > 0)
        clear();
    return id;
}

} // namespace nestje
