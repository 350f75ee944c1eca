// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/JsonValues.h"

#include <QJsonDocument>

#include <algorithm>

namespace nestje::json {

QDateTime date(const QJsonValue &value)
{
    if (value.isDouble())
        // Clamped first: casting a double beyond qint64 (1e300 from a portal) is undefined.
        return QDateTime::fromMSecsSinceEpoch(
            static_cast<qint64>(std::clamp(value.toDouble(), -8.64e15, 8.64e15)), Qt::UTC);
    if (value.isString()) {
        const QString text = value.toString();
        bool isNumber = false;
        const qint64 ms = text.toLongLong(&isNumber);
        if (isNumber)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    return {};
}

qint64 dateMs(const QJsonValue &value)
{
    const QDateTime parsed = date(value);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

QString id(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(static_cast<qint64>(std::clamp(value.toDouble(), -9.2e18, 9.2e18)));
    return {};
}

QString text(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace nestje::json
