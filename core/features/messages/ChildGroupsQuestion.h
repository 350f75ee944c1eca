// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Session.h"
#include "sync/PortalQuestion.h"

namespace nestje {

// "In which groups is this child?" for the new message form: the group choice shows only when
// there are several (X12 asks for a group only then). `answer` is [{id, name}].
class ChildGroupsQuestion : public nestje::PortalQuestion
{
    Q_OBJECT
    QML_ELEMENT
public:
    using PortalQuestion::PortalQuestion;

    Q_INVOKABLE void ask(const QString &childId);
};

} // namespace nestje
