// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessagesSync.h"

#include "features/messages/MessageParser.h"
#include "features/messages/MessageStore.h"
#include "sync/SyncRun.h"

namespace nestje {

bool MessagesSync::isDue(const SyncContext &context) const
{
    // Without the mark, one page of 20 rows in every sync: see the class comment.
    if (context.full || context.counters.messagesMark.isEmpty())
        return true;
    // A new message changes the mark; a conversation read elsewhere changes the counter.
    return context.counters.messagesMark != context.previous.messagesMark
           || context.counters.messages != context.previous.messages;
}

void MessagesSync::start(SyncRun &run)
{
    fetchOverview(run, 0);
}

void MessagesSync::fetchOverview(SyncRun &run, int offset)
{
    run.get(QStringLiteral("/restservices-parent/logbook/overview?index=%1").arg(offset),
            [this, &run, offset](const QJsonValue &payload) {
                const QList<MessageThread> rows = parseThreadOverview(payload);
                QStringList changed;
                if (!MessageStore(run.database()).upsertThreads(rows, &changed))
                    return false;
                // A later sync stops at the first page where some thread is unchanged.
                const int received = int(rows.size());
                const bool more =
                    received > 0 && (run.context().full || changed.size() == rows.size());
                fetchDetails(run, changed, [this, &run, more, next = offset + received] {
                    if (more)
                        fetchOverview(run, next);
                    else
                        run.finish();
                });
                return true;
            });
}

void MessagesSync::fetchDetails(SyncRun &run, const QStringList &threadIds,
                                std::function<void()> then)
{
    // The next page of the overview waits for these, so Berichten never crowds out the other
    // features' requests.
    run.getEach(
        threadIds,
        [](const QString &id) {
            return QStringLiteral("/restservices-parent/logbook/details/%1/summary/true").arg(id);
        },
        [&run](const QString &id, const QJsonValue &payload) {
            return MessageStore(run.database()).storeDetails(parseThreadDetails(id, payload));
        },
        std::move(then));
}

} // namespace nestje
