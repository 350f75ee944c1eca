// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Writes.h"

namespace nestje {

// Overig's writes, each one step through the one write path (Idempotency-Key, retries, a
// refusal kept for the parent). The portal answers each with the new state, which is applied
// to the store once the write is in, so the page shows the portal's word without a sync.
//
// "permission"           {childId, permissionId, granted}        PUT permissions/{child}/{id}
// "notificationSetting"  {item, push, email}                     PUT notification/settings
// "changeRequest"        {changes: {…}, remark}                  PUT parent/changerequest
// "question"             {subject, message, childId?}            PUT question
class AccountWriteKind : public WriteKind
{
public:
    explicit AccountWriteKind(QString kind) : m_kind(std::move(kind)) {}
    QString kind() const override { return m_kind; }
    std::optional<ApiCall> step(const PendingWrite &write, int step) const override;
    bool delivered(Database &db, const PendingWrite &write) const override;

    static constexpr auto permission = "permission";
    static constexpr auto notificationSetting = "notificationSetting";
    static constexpr auto changeRequest = "changeRequest";
    static constexpr auto question = "question";

private:
    QString m_kind;
};

void addAccountWriteKinds(Writes &writes);

} // namespace nestje
