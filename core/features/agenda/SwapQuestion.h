// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "sync/PortalQuestion.h"

namespace nestje {

// "Which day parts can I give up on this day, and which can I get on that one?" (X25), for the
// Ruildag form. The answer: {unit, children: [{childId, firstName, targetNotice, giveUp: [part],
// take: [part]}]}, a part being {optionId, label, times, startTime, endTime, value, valueText,
// available, refusal}.
//
//     SwapQuestion { id: options; session: App.session }
//     options.ask("2026-12-01", "2026-12-03")
class SwapQuestion : public nestje::PortalQuestion
{
    Q_OBJECT
    QML_ELEMENT
public:
    using PortalQuestion::PortalQuestion;

    Q_INVOKABLE void ask(const QString &dayIso, const QString &targetIso);
};

} // namespace nestje
