// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/Exchange.h"

namespace nestje::server {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

QByteArray Request::cookie(const QByteArray &name) const
{
    // "a=1; b=2": clients may send unrelated cookies (RZ sends nonsense ones); only ours counts.
    const QList<QByteArray> pairs = header(QByteArrayLiteral("Cookie")).split(';');
    for (const QByteArray &pair : pairs) {
        const QByteArray trimmed = pair.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq > 0 && trimmed.left(eq) == name)
            return trimmed.mid(eq + 1);
    }
    return {};
}

} // namespace nestje::server
