// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje::server::params {

// A non-negative decimal integer of at most 18 ASCII digits (offsets, numeric ids), or -1 when
// the text is anything else: such input is a 400, never a database query. QChar::isDigit() would
// let Arabic-Indic or full-width digits through, which toLongLong() then reads as 0.
inline qint64 nonNegative(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    for (QChar c : text)
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return -1;
    return text.toLongLong();
}

// "true" / "false" as in logbook/details/{id}/summary/{bool}; -1 for anything else.
inline int boolean(const QString &text)
{
    if (text == QLatin1String("true"))
        return 1;
    if (text == QLatin1String("false"))
        return 0;
    return -1;
}

} // namespace nestje::server::params
