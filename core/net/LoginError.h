// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace nestje {

// Why a login did not succeed, specific enough to tell the parent what to do next.
struct LoginError
{
    enum class Kind {
        None,
        Unreachable,        // no connection, DNS failure, timeout
        NotAKonnectPortal,  // the server answered, but not like a Konnect portal
        WrongCredentials,   // 400/401/403 or result:false on login
        Locked,             // too many attempts; blockedUntil says until when
        MustResetPassword,  // the portal wants a new password first
        NotAParent,         // e.g. a staff account (redirectUrl not under /parent)
        TlsUntrusted,       // certificate not trusted
        ServerError,        // 5xx
    };

    Kind kind = Kind::None;
    QDateTime blockedUntil; // for Locked
    QString detail;         // technical detail for logs (never secrets)

    // Translated, Dutch-first explanation for the login page.
    QString text() const;
};

} // namespace nestje
