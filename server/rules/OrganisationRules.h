// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace nestje::server {

class Database;

// A bookable part of a day ("ochtend", "middag", "hele dag"; BSO "VSO", "NSO", "vakantiedag").
// `when` says on which days it can be booked: "always", "school" (school weeks only) or
// "holiday" (school holidays only).
struct DayPart
{
    QString code;
    QString label;
    QTime start;
    QTime end;
    QString when = QStringLiteral("always");

    double hours() const { return start.secsTo(end) / 3600.0; }
};

// The organisation's rules and modules: data in `org_rules` (name -> text value), never
// constants in the routes. Every rule has a documented default (specs()); the demo seed sets
// every rule explicitly, differently for the KDV and the BSO. See docs/api.md "Rules".
class OrganisationRules
{
public:
    struct Spec
    {
        const char *name;
        const char *defaultValue;
        const char *meaning;
    };
    static const QList<Spec> &specs();

    static OrganisationRules load(Database &db, qint64 orgId);

    QString text(const QString &name) const;
    qint64 integer(const QString &name) const;
    bool flag(const QString &name) const;
    QList<DayPart> dayParts() const;

    // Which modules the organisation offers (capabilities route), e.g. "swapDays".
    bool offers(const QString &module) const { return flag(QStringLiteral("module.") + module); }
    // Every rule with its typed value, for the capabilities route.
    QJsonObject toJson() const;

private:
    QHash<QString, QString> m_values;
};

} // namespace nestje::server
