// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/CancelWrite.h"

#include "features/agenda/AbsenceWrite.h"

#include <QUrl>

namespace nestje {

std::optional<ApiCall> CancelWrite::step(const PendingWrite &write, int step) const
{
    if (step > 0)
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    call.path = QStringLiteral("/restservices-parent/request/%1/cancel")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                        write.payload.value(QLatin1String("requestId")).toString())));
    call.body =
        QJsonObject{{QStringLiteral("childId"), write.payload.value(QLatin1String("childId"))}};
    return call;
}

bool CancelWrite::delivered(Database &db, const PendingWrite &write) const
{
    return !write.results.isEmpty() && applyRequestAnswer(db, write.results.last());
}

} // namespace nestje
