#pragma once

#include "db/Database.h"

#include <QDate>
#include <QJsonObject>

namespace nestje {

// The agenda: planned, absent and tentative day parts per child (reference §5.P12).
class PlanningStore
{
public:
    explicit PlanningStore(Database &db) : m_db(db) {}

    // Replaces everything in [from, until] (inclusive days) with the calendar payload.
    bool replaceWindow(const QDate &from, const QDate &until, const QJsonObject &calendarPayload);
    int partCount() const;

private:
    Database &m_db;
};

} // namespace nestje
