// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/FeatureSync.h"

#include <QStringList>

namespace nestje {

// Berichten (reference §5.P6, P7): the thread overview, paged by offset, and the messages of
// every thread that is new or has a newer message. The portal's counter (P5 nrOfNewMessages)
// counts unread conversations, so a reply to one that is unread already leaves it as it was,
// and so does a new conversation while the parent reads another on the web portal: a sync that
// went by the counter stored none of those messages until half an hour had passed. So it is
// due when Nestje's message mark (P5 lastMessageId) or the counter moved since it last synced,
// and in every sync on a portal without the mark: the overview's first page is then the
// change marker.
class MessagesSync : public FeatureSync
{
public:
    QString name() const override { return QStringLiteral("messages"); }
    QString module() const override { return QStringLiteral("messages"); }
    bool isDue(const SyncContext &context) const override;
    void start(SyncRun &run) override;

private:
    void fetchOverview(SyncRun &run, int offset);
    void fetchDetails(SyncRun &run, const QStringList &threadIds, std::function<void()> then);
};

} // namespace nestje
