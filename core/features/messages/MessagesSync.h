// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

#include <QStringList>

namespace nestje {

// Berichten (reference §5.P6, P7): the thread overview, paged by offset, and the messages of
// every thread that is new or has a newer message. Due when the unread counter moved, on the
// parent's request, and every half hour (a thread can change without becoming unread).
class MessagesSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("messages"); }
    QString module() const override { return QStringLiteral("messages"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchOverview(SyncRun &run, int offset);
    void fetchDetails(SyncRun &run, QStringList threadIds, std::function<void()> then);
};

} // namespace nestje
