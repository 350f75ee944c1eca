// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace nestje::server {

// The value of field `name` in an application/x-www-form-urlencoded body (an HTML form post),
// decoded as browsers encode it: '+' is a space and %XX a byte, the bytes UTF-8. QUrlQuery
// keeps '+' as a plus, which turned the password "nieuw wachtwoord" into "nieuw+wachtwoord".
// The first occurrence wins; a missing field is a null QString.
QString formField(const QByteArray &body, QByteArrayView name);

} // namespace nestje::server
