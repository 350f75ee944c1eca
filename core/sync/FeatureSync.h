// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "sync/Capabilities.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nestje {

class SyncRun;

// The unread counters of the portal (notification/notifications); they drive the badges and
// tell features whether something changed since the last sync.
struct Counters
{
    int messages = 0;
    int news = 0;
    int newsletters = 0;
    // Changes with every message the family can see (Nestje's extension lastMessageId); empty
    // when the portal does not send it. The unread counter alone misses a reply in a
    // conversation that is unread already.
    QString messagesMark;
    bool operator==(const Counters &) const = default;
};

// What a feature may look at to decide whether it is due.
struct SyncContext
{
    bool full = false;        // a first sync, or the parent asked for everything
    Counters counters;        // as fetched at the start of this sync
    Counters previous;        // as they were when this feature last synced successfully
    Capabilities capabilities;
    QDate today;              // the portal's day (Europe/Amsterdam)
    qint64 now = 0;           // ms since the epoch
    // Seconds since `feature` last synced successfully (a large number when never).
    std::function<qint64(const QString &feature)> ageOf;
};

// Where a feature's data stands, shown by its page and used to hide what is not offered.
struct FeatureStatus
{
    enum class State {
        Unknown,     // never synced on this device
        Fresh,       // the last sync of this feature succeeded
        Stale,       // the last sync failed (server error, timeout, bad answer): older data shown
        Unavailable, // the organisation does not offer it (404/405, or off in its modules)
    };
    State state = State::Unknown;
    QDateTime lastSuccess;
    ApiError error; // why it is stale
};

// How one feature brings its part of the cache up to date. Features register with the
// SyncEngine (see features/Features.cpp); the engine asks each whether it is due and runs the
// due ones side by side. A feature talks to the portal only through its SyncRun, which turns
// every failure into that feature's status: the other features carry on.
class FeatureSync
{
public:
    virtual ~FeatureSync() = default;
    // Stable name for its status and its due times: "timeline", "messages", "planning" …
    virtual QString name() const = 0;
    // The organisation's module that switches it on (capabilities "modules"), or empty.
    virtual QString module() const { return {}; }
    // 0 runs first (needs nothing else); 1 runs after the counters and capabilities arrived.
    virtual int phase() const { return 1; }
    // Whether the later phases wait for this feature of phase 0: the counters, the modules and
    // the children decide what the rest fetches. The timeline decides nothing, so the rest
    // starts beside it instead of after its last page.
    virtual bool laterPhasesWait() const { return true; }
    virtual bool isDue(const SyncContext &context) const = 0;
    // Fetches and stores through `run`, and calls run.finish() when its data is up to date.
    virtual void start(SyncRun &run) = 0;
};

} // namespace nestje
