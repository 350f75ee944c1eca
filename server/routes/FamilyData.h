// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nestje::server {

struct Portal;

// Reads shared by several parent routes. Every query is scoped to the caller's family and
// organisation: that scoping *is* the authorisation, so another family's ids simply find nothing.
struct ChildRow
{
    QString id;
    QString firstName;
    QString middleName;
    QString lastName;
    qint64 dateOfBirth = 0;
    bool active = true;
    QString avatarMedia;
    qint64 groupId = 0;
    QString groupName;
};

QList<ChildRow> familyChildren(Portal &portal, const Request &request);

// The child object of children/ and of timeline cards (protocol §5.P3).
QJsonObject childJson(Portal &portal, const Organisation &org, const ChildRow &child);

// Photo/video items (card photos, journal photos, thread photos) keyed by their owner id.
// `column` is "card_id" or "message_id".
QHash<qint64, QJsonArray> photosOf(Portal &portal, const Organisation &org, const QString &column,
                                   const QList<qint64> &ownerIds, const QHash<QString, QString> &ownChildren);

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n);

} // namespace nestje::server
