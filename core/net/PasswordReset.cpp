// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PasswordReset.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nestje {

QByteArray forgotPasswordBody(const QString &username)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("username"), username}})
        .toJson(QJsonDocument::Compact);
}

bool forgotPasswordAccepted(int httpStatus, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (httpStatus != 200 || !document.isObject())
        return false;
    // An envelope says it itself; a portal that answers without one took it with the 200.
    const QJsonObject envelope = document.object();
    return !envelope.contains(QLatin1String("result")) ||
           envelope.value(QLatin1String("result")).toBool();
}

} // namespace nestje
