// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Capabilities.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace nestje {

namespace {
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

bool flagOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    return value.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0 && value.toString() != QLatin1String("0");
}
} // namespace

Capabilities Capabilities::parse(const QJsonObject &payload)
{
    Capabilities capabilities;
    capabilities.known = payload.contains(QLatin1String("modules"));
    const QJsonObject modules = payload.value(QLatin1String("modules")).toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it)
        capabilities.modules.insert(it.key(), flagOf(it.value()));
    const QJsonObject rules = payload.value(QLatin1String("rules")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it)
        capabilities.rules.insert(it.key(), textOf(it.value()));
    capabilities.organisationName = payload.value(QLatin1String("organisation")).toObject().value(QLatin1String("name")).toString();
    return capabilities;
}

QString Capabilities::serialise() const
{
    QJsonObject modulesObject;
    for (auto it = modules.begin(); it != modules.end(); ++it)
        modulesObject.insert(it.key(), it.value());
    QJsonObject rulesObject;
    for (auto it = rules.begin(); it != rules.end(); ++it)
        rulesObject.insert(it.key(), it.value());
    QJsonObject all{{QStringLiteral("modules"), modulesObject}, {QStringLiteral("rules"), rulesObject},
                    {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("name"), organisationName}}}};
    if (!known)
        all.remove(QStringLiteral("modules"));
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

Capabilities Capabilities::deserialise(const QString &text)
{
    return parse(QJsonDocument::fromJson(text.toUtf8()).object());
}

QByteArray Capabilities::fingerprint() const
{
    QStringList parts;
    for (auto it = modules.begin(); it != modules.end(); ++it)
        parts << it.key() + (it.value() ? QStringLiteral("=1") : QStringLiteral("=0"));
    parts.sort();
    return QCryptographicHash::hash(parts.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace nestje
