// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/SwapWrite.h"

#include "features/agenda/AbsenceWrite.h"

namespace nestje {

std::optional<ApiCall> SwapWrite::step(const PendingWrite &write, int step) const
{
    if (step > 0)
        return std::nullopt;
    QJsonObject body = write.payload;
    if (body.value(QLatin1String("expiresAt")).toInteger() <= 0)
        body.remove(QLatin1String("expiresAt"));
    if (body.value(QLatin1String("remark")).toString().isEmpty())
        body.remove(QLatin1String("remark"));
    // One day: the body of X26 as before periods, which every portal takes.
    if (body.value(QLatin1String("until")) == body.value(QLatin1String("date")))
        body.remove(QLatin1String("until"));
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/swap");
    call.body = body;
    return call;
}

bool SwapWrite::delivered(Database &db, const PendingWrite &write) const
{
    return !write.results.isEmpty() && applyRequestAnswer(db, write.results.last());
}

} // namespace nestje
