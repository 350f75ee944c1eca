// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/ExtraDayQuestion.h"

#include "features/agenda/AgendaText.h"
#include "features/agenda/ExtraDayRecords.h"
#include "text/PortalTime.h"

#include <QCoreApplication>

namespace nestje {

namespace {

// lupdate files a namespace-level tr() under the enclosing namespace: look up the same context
// (tst_translations::helpersLookUpTheContextLupdateFilesThemUnder checks it). The class's own
// tr() (Q_OBJECT) serves its member functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("nestje", text);
}

QVariantMap paymentMap(const ExtraDayPayment &payment, const QString &unit)
{
    const bool credit = payment.type == QLatin1String("credit");
    const QString text =
        credit ? tr("%1 (%2 left)").arg(payment.label, agendatext::amount(payment.remaining, unit))
               : tr("On the invoice");
    return {{QStringLiteral("type"), payment.type},
            {QStringLiteral("creditId"), payment.creditId},
            {QStringLiteral("label"), credit ? payment.label : tr("On the invoice")},
            {QStringLiteral("remaining"), payment.remaining},
            {QStringLiteral("text"), text}};
}

QVariantMap optionMap(const ExtraDayOption &option, const QString &unit)
{
    QVariantList payments;
    for (const ExtraDayPayment &payment : option.payments)
        payments << paymentMap(payment, unit);
    QVariantList notOffered;
    for (const CreditNotOffered &credit : option.notOffered)
        notOffered << QVariantMap{{QStringLiteral("label"), credit.label},
                                  {QStringLiteral("reason"), credit.reason},
                                  {QStringLiteral("text"),
                                   tr("%1 cannot be used: %2.").arg(credit.label, credit.reason)}};
    return {{QStringLiteral("optionId"), option.optionId},
            {QStringLiteral("code"), option.code},
            {QStringLiteral("label"), option.label},
            {QStringLiteral("times"), agendatext::times(option.startTime, option.endTime)},
            {QStringLiteral("startTime"), option.startTime},
            {QStringLiteral("endTime"), option.endTime},
            {QStringLiteral("value"), option.value},
            {QStringLiteral("valueText"), agendatext::amount(option.value, unit)},
            {QStringLiteral("available"), option.available},
            {QStringLiteral("refusal"), option.refusal},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("notOffered"), notOffered}};
}

QVariantMap childMap(const ExtraDayChild &child, const QString &unit)
{
    QStringList planned;
    for (const ExtraDayPlanned &part : child.planned)
        planned << agendatext::times(part.startTime, part.endTime);
    QVariantList options;
    qint64 open = 0;
    qint64 close = 0;
    for (const ExtraDayOption &option : child.options) {
        options << optionMap(option, unit);
        open = open ? std::min(open, option.startTime) : option.startTime;
        close = std::max(close, option.endTime);
    }
    return {{QStringLiteral("childId"), child.childId},
            {QStringLiteral("firstName"), child.firstName},
            {QStringLiteral("flexible"), child.flexible},
            {QStringLiteral("alreadyPlanned"), child.alreadyPlanned},
            {QStringLiteral("plannedText"),
             planned.isEmpty() ? QString()
                               : tr("already planned: %1").arg(planned.join(QStringLiteral(", ")))},
            // Own times (flexible care) lie within the day parts' hours.
            {QStringLiteral("openFrom"), open ? portaltime::timeOfDay(open).left(5) : QString()},
            {QStringLiteral("openUntil"), close ? portaltime::timeOfDay(close).left(5) : QString()},
            {QStringLiteral("options"), options}};
}

} // namespace

void ExtraDayQuestion::ask(const QString &dayIso)
{
    const QDate day = QDate::fromString(dayIso, Qt::ISODate);
    ApiCall call;
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/request/extraday/options/%1/until/%1")
                    .arg(portaltime::ymd(day));
    PortalQuestion::ask(call, [day](const QJsonValue &payload) -> QVariant {
        const ExtraDayOptions options = parseExtraDayOptions(payload);
        if (!options.valid)
            return {};
        QVariantList children;
        bool closed = false;
        bool holiday = false;
        for (const ExtraDayDate &date : options.days) {
            if (date.date != day)
                continue;
            closed = date.closed;
            holiday = date.schoolHoliday;
            for (const ExtraDayChild &child : date.children)
                children << childMap(child, options.unit);
        }
        return QVariantMap{
            {QStringLiteral("unit"), options.unit},
            {QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), portaltime::dayLabel(day, portaltime::today())},
            {QStringLiteral("closed"), closed},
            {QStringLiteral("schoolHoliday"), holiday},
            {QStringLiteral("children"), children}};
    });
}

} // namespace nestje
