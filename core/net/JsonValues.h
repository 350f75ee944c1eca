// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Tolerant readers for the protocol's value shapes (reference §5 conventions): dates come as
// epoch milliseconds or ISO strings, ids as strings or numbers.
namespace nestje::json {

QDateTime date(const QJsonValue &value);
qint64 dateMs(const QJsonValue &value); // 0 when absent or unreadable
QString id(const QJsonValue &value);    // "" when absent
QString text(const QJsonObject &object, std::initializer_list<const char *> keys);
QString compact(const QJsonObject &object); // for storing the raw JSON next to indexed columns

} // namespace nestje::json
