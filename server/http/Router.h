// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/http/Exchange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nestje::server {

// Who may call a route: anyone, or a parent with a valid Bearer access token.
enum class Access { Public, Parent };

using Handler = std::function<Reply(Request &)>;

// Method + path-pattern routing below the organisation prefix. Patterns are literal segments
// and `{}` placeholders for one non-empty segment, e.g. "/restservices-parent/calendar/{}/until/{}".
class Router
{
public:
    // `maxBody` overrides the frontend's default body limit for this route (uploads); 0: default.
    void add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler,
             qsizetype maxBody = 0);
    void get(const QString &pattern, Access access, Handler handler)
    {
        add(QHttpServerRequest::Method::Get, pattern, access, std::move(handler));
    }
    void put(const QString &pattern, Access access, Handler handler)
    {
        add(QHttpServerRequest::Method::Put, pattern, access, std::move(handler));
    }

    struct Rule
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        Access access;
        Handler handler;
        qsizetype maxBody = 0;
    };
    struct Match
    {
        const Rule *rule = nullptr;
        QStringList params;
        bool pathKnown = false; // some rule has this path, but not with this method (405)
    };
    Match match(QHttpServerRequest::Method method, const QString &path) const;
    // Every route in the order added, e.g. for a test that calls each one.
    const QList<Rule> &rules() const { return m_rules; }

private:
    QList<Rule> m_rules;
};

} // namespace nestje::server
