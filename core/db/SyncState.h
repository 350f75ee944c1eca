// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

class Database;

// Small key/value facts about the sync: last success, each feature's status and due times,
// the unread counters, the organisation's modules.
class SyncState
{
public:
    explicit SyncState(Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace nestje
