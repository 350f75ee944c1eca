// SPDX-License-Identifier: GPL-3.0-or-later
// The router's path matching and the parsers its path parameters go through (server/http/Router,
// Params.h, Dates.h), on the shapes of the real route table. The first byte picks the method.
// A match must hand over one non-empty segment per placeholder; an accepted number or date
// consists of ASCII digits only (anything else is a 400, never a database query).
#include "server/http/Router.h"
#include "server/Dates.h"
#include "server/http/Params.h"

#include <cstdint>
#include <cstdlib>

using namespace nestje::server;

static const Router &router()
{
    static const Router table = [] {
        Router r;
        const Handler none = [](Request &) { return Reply{}; };
        for (const char *pattern :
             {"/auth-api/login", "/auth-api/token", "/restservices-parent/children/",
              "/restservices-parent/child/{}/details", "/restservices-parent/permissions/{}",
              "/restservices-parent/permissions/{}/{}", "/restservices-parent/journal/{}/{}",
              "/restservices-parent/photo/{}/like",
              "/restservices-parent/logbook/details/{}/summary/{}",
              "/restservices-parent/logbook/details/{}/reply", "/restservices-parent/request/{}",
              "/restservices-parent/request/{}/cancel",
              "/restservices-parent/administration/{}/overview/{}/{}",
              "/restservices-parent/administration/{}/{}/{}",
              "/restservices-parent/calendar/{}/until/{}",
              "/restservices-parent/timeline/cards/v2/{}", "/media/{}"}) {
            r.get(QString::fromLatin1(pattern), Access::Parent, none);
            r.put(QString::fromLatin1(pattern), Access::Parent, none);
        }
        return r;
    }();
    return table;
}

static bool asciiDigits(const QString &text)
{
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto method =
        (data[0] & 1) ? QHttpServerRequest::Method::Put : QHttpServerRequest::Method::Get;
    const QString path =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Router::Match match = router().match(method, path);
    if (!match.rule)
        return 0;
    if (match.params.size() != match.rule->segments.count(QStringLiteral("{}")))
        std::abort();
    for (const QString &param : match.params) {
        if (param.isEmpty() || param.contains(QLatin1Char('/')))
            std::abort();
        if (params::nonNegative(param) >= 0 && !asciiDigits(param))
            std::abort();
        if (dates::parsePathDate(param).isValid() && !asciiDigits(param))
            std::abort();
        (void)params::boolean(param);
    }
    return 0;
}
