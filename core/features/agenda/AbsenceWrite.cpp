// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AbsenceWrite.h"

#include "db/SyncState.h"
#include "features/agenda/AgendaRecords.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/RequestStore.h"

#include <QJsonArray>

namespace nestje {

QList<AbsenceWrite::Mark> AbsenceWrite::marks(const QList<PendingWrite> &pending)
{
    QList<Mark> marks;
    for (const PendingWrite &write : pending) {
        const QString refused =
            write.state == PendingWrite::State::Failed ? write.errorText : QString();
        for (const QJsonValue &value : write.payload.value(QLatin1String("parts")).toArray()) {
            const QJsonObject part = value.toObject();
            Mark mark;
            mark.childId = part.value(QLatin1String("childId")).toString();
            mark.startTime = part.value(QLatin1String("startTime")).toInteger();
            mark.endTime = part.value(QLatin1String("endTime")).toInteger();
            mark.refused = refused;
            marks << mark;
        }
    }
    return marks;
}

namespace {
QString ymdOf(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

// Offline the form had no options: the ids of the portal's parts that lie inside the parts the
// parent chose on the calendar (the portal cuts a day into its day parts).
QJsonArray optionIdsFor(const QJsonObject &payload, const QJsonValue &optionsAnswer)
{
    PendingWrite asChosen;
    asChosen.payload = payload;
    const QList<AbsenceWrite::Mark> chosen = AbsenceWrite::marks({asChosen});
    QJsonArray ids;
    for (const AbsenceOption &option : parseAbsenceOptions(optionsAnswer).parts) {
        if (!option.available)
            continue;
        for (const AbsenceWrite::Mark &mark : chosen) {
            if (mark.childId == option.childId && option.startTime >= mark.startTime &&
                option.endTime <= mark.endTime) {
                ids.append(option.optionId);
                break;
            }
        }
    }
    return ids;
}
} // namespace

std::optional<ApiCall> AbsenceWrite::step(const PendingWrite &write, int step) const
{
    // With the options' ids (the form was online): one step. Without (the form was filled in
    // offline from the calendar): ask the options first, at sending time, then report.
    const bool hasIds = !write.payload.value(QLatin1String("optionIds")).toArray().isEmpty();
    const int reportStep = hasIds ? 0 : 1;
    ApiCall call;
    call.extension = true;
    if (step < reportStep) {
        call.path = QStringLiteral("/restservices-parent/absence/options/%1/until/%2")
                        .arg(ymdOf(write.payload, "from"), ymdOf(write.payload, "to"));
        return call;
    }
    if (step > reportStep)
        return std::nullopt;
    call.method = "PUT";
    call.path = QStringLiteral("/restservices-parent/absence");
    QJsonObject body = write.payload;
    body.remove(QLatin1String("parts")); // the calendar's, not the portal's
    if (body.value(QLatin1String("remark")).toString().isEmpty())
        body.remove(QLatin1String("remark"));
    if (!hasIds)
        body.insert(QStringLiteral("optionIds"),
                    optionIdsFor(write.payload,
                                 write.results.isEmpty() ? QJsonValue() : write.results.at(0)));
    call.body = body;
    return call;
}

bool AbsenceWrite::delivered(Database &db, const PendingWrite &write) const
{
    return !write.results.isEmpty() && applyRequestAnswer(db, write.results.last());
}

bool applyRequestAnswer(Database &db, const QJsonValue &answer)
{
    const AgendaRequest request = parseRequest(answer);
    if (request.id.isEmpty())
        return false;
    RequestStore requests(db);
    const std::optional<AgendaRequest> stored = requests.request(request.id);
    if (stored && *stored == request)
        return true; // a sync brought it already
    if (!requests.upsert(request))
        return false;
    // The calendar changed on the portal: the next sync fetches it (not only after half an hour).
    SyncState(db).setValue(QStringLiteral("feature/planning/at"), QStringLiteral("0"));
    PlanningStore(db).applyRequest(request);
    return true;
}

} // namespace nestje
