// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/LoginError.h"

#include "text/PortalTime.h"

#include <QCoreApplication>

namespace nestje {

QString LoginError::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return QCoreApplication::translate("LoginError", "The portal cannot be reached. Check the address and your internet connection.");
    case Kind::NotAKonnectPortal:
        return QCoreApplication::translate("LoginError", "This address does not answer like a parent portal. Check the portal address.");
    case Kind::WrongCredentials:
        return QCoreApplication::translate("LoginError", "The e-mail address or password is not correct.");
    case Kind::Locked:
        // The portal's wall clock (with "(NL)" on a device elsewhere), like every time the app
        // shows from the portal: a parent abroad must not wait until the wrong hour.
        return QCoreApplication::translate("LoginError", "Too many attempts. You can try again after %1.")
            .arg(portaltime::timeOfDay(blockedUntil.toMSecsSinceEpoch()));
    case Kind::MustResetPassword:
        return QCoreApplication::translate("LoginError", "Your portal asks you to choose a new password first. Tap \"Forgot password?\" below, "
                  "follow the link in the e-mail and log in again here.");
    case Kind::NotAParent:
        return QCoreApplication::translate("LoginError", "This is not a parent account. Log in with the e-mail address you use as a parent.");
    case Kind::TlsUntrusted:
        return QCoreApplication::translate("LoginError", "The portal's security certificate is not trusted, so the connection was stopped.");
    case Kind::ServerError:
        return QCoreApplication::translate("LoginError", "The portal has a problem right now. Try again in a moment.");
    }
    return {};
}

} // namespace nestje
