// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/RangeHeader.h"

#include <algorithm>

namespace nestje::server {

bool parseRange(const QByteArray &header, qint64 size, ByteRange *range, bool *present)
{
    *present = false;
    if (!header.startsWith("bytes=") || header.contains(','))
        return true;
    const QByteArray spec = header.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return true;
    bool okFirst = false;
    bool okLast = false;
    const qint64 first = spec.left(dash).toLongLong(&okFirst);
    const qint64 last = spec.mid(dash + 1).toLongLong(&okLast);
    *present = true;
    if (dash == 0) {                           // suffix: the last n bytes
        if (!okLast || last <= 0 || size <= 0) // an empty file has no last bytes
            return false;
        range->first = std::max<qint64>(0, size - last);
        range->last = size - 1;
    } else {
        if (!okFirst || first >= size)
            return false;
        range->first = first;
        range->last = (dash + 1 < spec.size() && okLast) ? std::min(last, size - 1) : size - 1;
        if (range->last < range->first)
            return false;
    }
    return true;
}

} // namespace nestje::server
