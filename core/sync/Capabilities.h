// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace nestje {

// The organisation's modules and rules (Nestje extension `nestje/capabilities`). A portal
// without the extension has none: then every module counts as offered and features find out
// from their own routes (404 means not offered).
struct Capabilities
{
    bool known = false;
    QHash<QString, bool> modules; // "messages", "video", "absence", "credits" …
    QHash<QString, QString> rules;
    QString organisationName;

    // Whether the organisation offers `module`; true when it did not say.
    bool offers(const QString &module) const { return module.isEmpty() || modules.value(module, true); }
    // Changes when the organisation switches a module on or off (features marked unavailable
    // are asked again then).
    QByteArray fingerprint() const;

    static Capabilities parse(const QJsonObject &payload);
    QString serialise() const;
    static Capabilities deserialise(const QString &text);
};

} // namespace nestje
