// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "sync/PortalQuestion.h"

namespace nestje {

// "Which day parts can I report absent from … to …?" (X23), for the absence form. The answer
// is {reasons: [{code, label}], parts: [{optionId, childId, firstName, day, dayLabel, label,
// times, startTime, endTime, selected, available, refusal}]}, every child's parts by day.
//
//     AbsenceQuestion { id: options; session: App.session }
//     options.ask("2026-12-01", "2026-12-05")
class AbsenceQuestion : public nestje::PortalQuestion
{
    Q_OBJECT
    QML_ELEMENT
public:
    using PortalQuestion::PortalQuestion;

    Q_INVOKABLE void ask(const QString &fromIso, const QString &toIso);
};

} // namespace nestje
