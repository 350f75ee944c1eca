// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/agenda/AgendaRecords.h"

#include <QHash>
#include <QList>

#include <optional>

namespace nestje {

class Database;

// The family's requests (extra days, swaps, absence) as the overview route lists them, with
// their children and bookings as columns. Writes announce "requests" after their commit.
class RequestStore
{
public:
    explicit RequestStore(Database &db)
        : m_db(db)
    {
    }

    // The overview as the portal sent it: requests it no longer lists go.
    bool replaceRequests(const QList<AgendaRequest> &requests);
    // One request as a write's answer carries it (a cancellation, a new absence).
    bool upsert(const AgendaRequest &request);
    int requestCount() const;

    // Newest first (created, then id).
    QList<AgendaRequest> requests() const;
    std::optional<AgendaRequest> request(const QString &id) const;

private:
    bool write(const AgendaRequest &request);
    // Per request id; every request's when `requestId` is empty.
    QHash<QString, QList<RequestChild>> childrenOf(const QString &requestId) const;

    Database &m_db;
};

} // namespace nestje
