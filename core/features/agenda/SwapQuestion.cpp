// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/SwapQuestion.h"

#include "features/agenda/AgendaText.h"
#include "features/agenda/SwapRecords.h"
#include "text/PortalTime.h"

namespace nestje {

namespace {
QVariantList partList(const QList<SwapPart> &parts, const QString &unit)
{
    QVariantList list;
    for (const SwapPart &part : parts)
        list << QVariantMap{
            {QStringLiteral("optionId"), part.optionId},
            {QStringLiteral("day"), part.day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), agendatext::shortDay(part.day)},
            {QStringLiteral("label"), part.label},
            {QStringLiteral("times"), agendatext::times(part.startTime, part.endTime)},
            {QStringLiteral("startTime"), part.startTime},
            {QStringLiteral("endTime"), part.endTime},
            {QStringLiteral("value"), part.value},
            {QStringLiteral("valueText"), agendatext::amount(part.value, unit)},
            {QStringLiteral("available"), part.available},
            {QStringLiteral("refusal"), part.refusal}};
    return list;
}
} // namespace

void SwapQuestion::ask(const QString &dayIso, const QString &targetIso, const QString &untilIso)
{
    const QDate day = QDate::fromString(dayIso, Qt::ISODate);
    const QDate until = QDate::fromString(untilIso, Qt::ISODate);
    const QDate target = QDate::fromString(targetIso, Qt::ISODate);
    ApiCall call;
    call.extension = true;
    call.path = until.isValid() && until > day
                    ? QStringLiteral("/restservices-parent/swap/options/%1/until/%2/to/%3")
                          .arg(portaltime::ymd(day), portaltime::ymd(until), portaltime::ymd(target))
                    : QStringLiteral("/restservices-parent/swap/options/%1/to/%2")
                          .arg(portaltime::ymd(day), portaltime::ymd(target));
    PortalQuestion::ask(call, [](const QJsonValue &payload) -> QVariant {
        const SwapOptions options = parseSwapOptions(payload);
        if (!options.valid)
            return {};
        QVariantList children;
        for (const SwapChild &child : options.children)
            children << QVariantMap{
                {QStringLiteral("childId"), child.childId},
                {QStringLiteral("firstName"), child.firstName},
                {QStringLiteral("targetNotice"), child.targetNotice},
                {QStringLiteral("giveUp"), partList(child.giveUp, options.unit)},
                {QStringLiteral("take"), partList(child.take, options.unit)}};
        return QVariantMap{{QStringLiteral("unit"), options.unit},
                           {QStringLiteral("children"), children}};
    });
}

} // namespace nestje
