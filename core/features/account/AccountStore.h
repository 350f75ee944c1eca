// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace nestje {

class Database;

// A child of the family as the app shows it.
struct ChildRecord
{
    QString id;
    QString firstName;
    QString fullName;
    bool active = true; // inactive: care has ended
};

// The family and its paperwork: children (the active first), credits, documents, and the
// parent's notification settings.
class AccountStore
{
public:
    explicit AccountStore(Database &db) : m_db(db) {}

    bool replaceChildren(const QJsonObject &childrenPayload); // {activeChildren, inactiveChildren}
    bool replaceCredits(const QJsonObject &creditsPayload); // {unit, children: [{childId, credits}]}
    bool replaceDocuments(const QString &type, const QJsonArray &items);
    // Kinds of notifications the parent wants as push (notification settings; all by default).
    QStringList pushEnabledKinds() const;
    int childCount() const;
    // Active children first, in the portal's order.
    QList<ChildRecord> children() const;
    int creditCount() const;
    int documentCount() const;
    // Organisation settings the app reads: capabilities, notification settings …
    bool setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const;

private:
    Database &m_db;
};

} // namespace nestje
