// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace nestje {

class Database;

// The family's requests (extra days, swaps, absence) as the overview route lists them.
class RequestStore
{
public:
    explicit RequestStore(Database &db) : m_db(db) {}

    bool replaceRequests(const QJsonArray &requests);
    int requestCount() const;

private:
    Database &m_db;
};

} // namespace nestje
