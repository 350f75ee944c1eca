// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationReadWrite.h"

#include <QUrl>

namespace nestje {

std::optional<ApiCall> LocationReadWrite::step(const PendingWrite &write, int step) const
{
    const QString kind = write.payload.value(QLatin1String("kind")).toString();
    const QString id = write.payload.value(QLatin1String("id")).toString();
    if (step > 0 || id.isEmpty())
        return std::nullopt;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(id));
    call.path = kind == QLatin1String("newsletter")
                    ? QStringLiteral("/restservices-parent/newsletter/%1/read").arg(encoded)
                    : QStringLiteral("/restservices-parent/htmlnews/%1/read").arg(encoded);
    return call;
}

} // namespace nestje
