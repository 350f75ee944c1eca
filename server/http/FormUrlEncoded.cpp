// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http/FormUrlEncoded.h"

namespace nestje::server {

static QString decoded(QByteArrayView raw)
{
    QByteArray bytes = raw.toByteArray();
    bytes.replace('+', ' '); // before percent-decoding, so "%2B" stays a literal plus
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QString formField(const QByteArray &body, QByteArrayView name)
{
    const QString wanted = QString::fromUtf8(name);
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair = QByteArrayView(body).sliced(start, end - start);
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView key = equals < 0 ? pair : pair.first(equals);
        if (!pair.isEmpty() && decoded(key) == wanted) {
            const QString value = equals < 0 ? QString() : decoded(pair.sliced(equals + 1));
            return value.isNull() ? QStringLiteral("") : value; // present but empty: not null
        }
        start = end + 1;
    }
    return {};
}

} // namespace nestje::server
