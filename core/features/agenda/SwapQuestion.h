// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "sync/PortalQuestion.h"

namespace nestje {

// "Which day parts can I give up on this day, and which can I get on that one?" (X25), for the
// Ruildag form. The answer: {unit, children: [{childId, firstName, targetNotice, giveUp: [part],
// take: [part]}]}, a part being {optionId, day, dayLabel, label, times, startTime, endTime, value,
// valueText, available, refusal}.
//
//     SwapQuestion { id: options; session: App.session }
//     options.ask("2026-12-01", "2026-12-03")                 // one day for another
//     options.ask("2026-12-01", "2026-12-15", "2026-12-04")   // 1-4 Dec for 15-18 Dec
class SwapQuestion : public nestje::PortalQuestion
{
    Q_OBJECT
    QML_ELEMENT
public:
    using PortalQuestion::PortalQuestion;

    // `untilIso` after `dayIso`: the period [day, until] for the period of the same length from
    // `targetIso`.
    Q_INVOKABLE void ask(const QString &dayIso, const QString &targetIso,
                         const QString &untilIso = QString());
};

} // namespace nestje
