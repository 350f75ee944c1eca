// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace nestje {

// PUT /auth-api/password/forgot (X40): the body, and whether the portal took the request.
// The answer is the same for a known and an unknown address: an envelope with result true.
QByteArray forgotPasswordBody(const QString &username);
bool forgotPasswordAccepted(int httpStatus, const QByteArray &body);

} // namespace nestje
