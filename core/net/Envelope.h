// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

namespace nestje {

// The outcome of one protocol call after the envelope rules of the reference (§3.1):
// `{result, payload, messages}` is unwrapped, `result:false` is an error even with HTTP 200,
// and a body without an envelope is used as it is.
struct ApiResult
{
    ApiError error;
    QJsonValue payload;
    QJsonArray messages; // warnings that came with a successful answer
    QByteArray raw;      // the body, for binary downloads
    bool ok() const { return error.kind == ApiError::Kind::None; }
};

struct ReplyFacts
{
    int httpStatus = 0;
    QByteArray body;
    bool extensionRoute = false; // a Nestje extension: 404/405 means "not offered"
    bool binary = false;         // keep the body as bytes (PDF, media)
};

ApiResult interpretReply(const ReplyFacts &facts);

} // namespace nestje
