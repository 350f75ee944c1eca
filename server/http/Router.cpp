// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Router.h"

namespace nestje::server {

static QStringList segmentsOf(const QString &path)
{
    // `children/` and `children` are the same resource: every client sends the trailing slash,
    // and being lenient about it costs nothing.
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return segments;
}

void Router::add(QHttpServerRequest::Method method, const QString &pattern, Access access, Handler handler,
                 qsizetype maxBody)
{
    m_rules.append(Rule{method, segmentsOf(pattern), access, std::move(handler), maxBody});
}

Router::Match Router::match(QHttpServerRequest::Method method, const QString &path) const
{
    Match result;
    const QStringList segments = segmentsOf(path);
    for (const Rule &rule : m_rules) {
        if (rule.segments.size() != segments.size())
            continue;
        QStringList params;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            if (rule.segments.at(i) == QLatin1String("{}"))
                params.append(segments.at(i));
            else
                same = rule.segments.at(i) == segments.at(i);
        }
        if (!same)
            continue;
        if (rule.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.rule = &rule;
        result.params = params;
        return result;
    }
    return result;
}

} // namespace nestje::server
