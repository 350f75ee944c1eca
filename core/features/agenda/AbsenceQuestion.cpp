// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AbsenceQuestion.h"

#include "features/agenda/AgendaRecords.h"
#include "features/agenda/AgendaText.h"
#include "text/PortalTime.h"

namespace nestje {

void AbsenceQuestion::ask(const QString &fromIso, const QString &toIso)
{
    const QDate from = QDate::fromString(fromIso, Qt::ISODate);
    const QDate to = toIso.isEmpty() ? from : QDate::fromString(toIso, Qt::ISODate);
    ApiCall call;
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/absence/options/%1/until/%2")
                    .arg(portaltime::ymd(from), portaltime::ymd(std::max(from, to)));
    PortalQuestion::ask(call, [](const QJsonValue &payload) -> QVariant {
        const AbsenceOptions options = parseAbsenceOptions(payload);
        if (!options.valid)
            return {};
        const QDate today = portaltime::today();
        QVariantList reasons;
        for (const AbsenceReason &reason : options.reasons)
            reasons << QVariantMap{{QStringLiteral("code"), reason.code},
                                   {QStringLiteral("label"), reason.label}};
        QVariantList parts;
        for (const AbsenceOption &option : options.parts) {
            parts << QVariantMap{
                {QStringLiteral("optionId"), option.optionId},
                {QStringLiteral("childId"), option.childId},
                {QStringLiteral("firstName"), option.firstName},
                {QStringLiteral("day"), option.day.toString(Qt::ISODate)},
                {QStringLiteral("dayLabel"), portaltime::dayLabel(option.day, today)},
                {QStringLiteral("label"), option.label},
                {QStringLiteral("times"), agendatext::times(option.startTime, option.endTime)},
                {QStringLiteral("startTime"), option.startTime},
                {QStringLiteral("endTime"), option.endTime},
                {QStringLiteral("selected"), option.selected},
                {QStringLiteral("available"), option.available},
                {QStringLiteral("refusal"), option.refusal}};
        }
        return QVariantMap{{QStringLiteral("reasons"), reasons}, {QStringLiteral("parts"), parts}};
    });
}

} // namespace nestje
