// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nestje {

// Why a protocol call failed, in the terms the sync engine and outbox decide on.
struct ApiError
{
    enum class Kind {
        None,
        Network,        // no answer: retry later, show "offline"
        Timeout,        // slow server: retry later
        Server,         // 5xx or 429: retry with back-off
        Unauthorized,   // refresh and re-login failed: ask the user
        Refused,        // the organisation's rules said no (result:false / 4xx with a message)
        NotFound,       // 404 on an observed route
        Unsupported,    // 404/405 on a Nestje extension: the portal does not offer this
        Malformed,      // the body was not the JSON we expect
        Cancelled,      // the account was switched or removed
        Storage,        // a good answer this device could not store (full disk): retry later
        // The cache keeps a stale feature's kind as its number: new kinds go last.
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString messageCode; // from messages[0].messageCode
    QString serverText;  // the server's own (Dutch) text, shown as is
    QString detail;      // technical, for logs

    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server;
    }
    // Translated explanation for the user; prefers the server's own words for refusals.
    QString text() const;
};

} // namespace nestje
