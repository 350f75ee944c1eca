// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

class Database;

// What the notification feed has announced (the notified table), and whether it has taken its
// first look (the baseline) on this device.
class NotifiedStore
{
public:
    explicit NotifiedStore(Database &db)
        : m_db(db)
    {
    }

    bool hasBaseline() const;
    bool setBaseline();
    bool wasAnnounced(const QString &kind, const QString &id) const;
    bool markAnnounced(const QString &kind, const QString &id);

private:
    Database &m_db;
};

} // namespace nestje
