// SPDX-License-Identifier: GPL-3.0-or-later
// GET nestje/capabilities (Nestje extension): which modules this organisation offers and its
// rules, so a client hides what is off and can explain a deadline before the server refuses.
#include "server/Portal.h"
#include "server/http/Replies.h"
#include "server/http/Router.h"
#include "server/routes/Routes.h"

#include <QJsonArray>

namespace nestje::server {

static constexpr int apiVersion = 1;

static Reply capabilities(Portal &portal, Request &r)
{
    const OrganisationRules rules = portal.rules(*r.org);
    const QJsonObject all = rules.toJson();
    QJsonObject modules;
    QJsonObject values;
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1String("module.")))
            modules.insert(it.key().mid(7), it.value());
        else
            values.insert(it.key(), it.value());
    }
    return reply::envelope(QJsonObject{
        {QStringLiteral("apiVersion"), apiVersion},
        {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("slug"), r.org->slug},
                                                     {QStringLiteral("name"), r.org->name},
                                                     {QStringLiteral("kind"), r.org->kind}}},
        {QStringLiteral("modules"), modules},
        {QStringLiteral("rules"), values},
        // Every write honours this header (docs/api.md "Idempotency").
        {QStringLiteral("idempotencyHeader"), QStringLiteral("Idempotency-Key")},
    });
}

void addCapabilityRoutes(Router &router, Portal &portal)
{
    router.get(QStringLiteral("/restservices-parent/nestje/capabilities"), Access::Parent,
               [&portal](Request &r) { return capabilities(portal, r); });
}

} // namespace nestje::server
