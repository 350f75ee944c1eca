// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "sync/PortalQuestion.h"

namespace nestje {

// "What can my children get on this date?" (X20), for the Dag aanvragen wizard. The answer, for
// one date: {unit, day, dayLabel, closed, schoolHoliday, children: [{childId, firstName,
// flexible, alreadyPlanned, plannedText, openFrom, openUntil, options: [{optionId, label,
// times, startTime, endTime, value, valueText, available, refusal, payments: [{type, creditId,
// label, remaining, text}], notOffered: [{label, reason, text}]}]}]}. `plannedText` is "reeds
// gepland" with the planned times; `notOffered` says why a credit of the child cannot pay the
// part (no combined payment).
//
//     ExtraDayQuestion { id: options; session: App.session }
//     options.ask("2026-12-01")
class ExtraDayQuestion : public nestje::PortalQuestion
{
    Q_OBJECT
    QML_ELEMENT
public:
    using PortalQuestion::PortalQuestion;

    Q_INVOKABLE void ask(const QString &dayIso);
};

} // namespace nestje
