#include "features/agenda/PlanningStore.h"

#include "net/JsonValues.h"

#include <QJsonArray>
#include <QTimeZone>

namespace nestje {

namespace {
qint64 amsterdamMidnight(const QDate &date)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return QDateTime(date, QTime(0, 0), amsterdam).toMSecsSinceEpoch();
}
} // namespace

bool PlanningStore::replaceWindow(const QDate &from, const QDate &until, const QJsonObject &payload)
{
    return m_db.transaction([&] {
        if (!m_db.exec(QStringLiteral("DELETE FROM planning WHERE start_time >= ? AND start_time < ?"),
                       {amsterdamMidnight(from), amsterdamMidnight(until.addDays(1))}))
            return false;
        for (const QJsonValue &day : payload.value(QLatin1String("days")).toArray()) {
            for (const QJsonValue &childValue : day.toObject().value(QLatin1String("children")).toArray()) {
                const QJsonObject childEntry = childValue.toObject();
                const QString childId = json::id(childEntry.value(QLatin1String("child")).toObject().value(QLatin1String("id")));
                for (const QJsonValue &combined : childEntry.value(QLatin1String("combinedPlanningParts")).toArray()) {
                    for (const QJsonValue &partValue : combined.toObject().value(QLatin1String("planningParts")).toArray()) {
                        const QJsonObject part = partValue.toObject();
                        const QString code = part.value(QLatin1String("plannedAttendanceCode"))
                                                 .toObject()
                                                 .value(QLatin1String("code"))
                                                 .toString(QStringLiteral("attend"));
                        if (!m_db.exec(QStringLiteral("INSERT OR REPLACE INTO planning VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                       {childId, json::dateMs(part.value(QLatin1String("startTime"))),
                                        json::dateMs(part.value(QLatin1String("endTime"))), code,
                                        part.value(QLatin1String("extraInfo")).toString(),
                                        part.value(QLatin1String("toConfirmProduct")).toBool() ? 1 : 0,
                                        json::compact(part)}))
                            return false;
                    }
                }
            }
        }
        return true;
    });
}

int PlanningStore::partCount() const
{
    return int(m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM planning")));
}

} // namespace nestje
