// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiError.h"

#include <QCoreApplication>

namespace nestje {

QString ApiError::text() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "No connection with the portal.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The portal is taking too long to answer.");
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "The portal has a problem right now. Nestje tries again later.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError", "Your session has ended. Log in again.");
    case Kind::Refused:
        if (!serverText.isEmpty())
            return serverText;
        return QCoreApplication::translate("ApiError", "The organisation did not accept this.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "This item no longer exists on the portal.");
    case Kind::Unsupported:
        return QCoreApplication::translate("ApiError", "Your organisation does not offer this in the app.");
    case Kind::Malformed:
        return QCoreApplication::translate("ApiError", "The portal sent an answer Nestje does not understand.");
    case Kind::Storage:
        return QCoreApplication::translate("ApiError", "Nestje could not save on this device. Is its storage full?");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    }
    return {};
}

} // namespace nestje
