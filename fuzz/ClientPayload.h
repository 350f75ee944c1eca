// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the client's fuzz targets share: the bytes as a portal's 200 answer, read through the same
// envelope rules as every sync (core/net/Envelope), and a check that aborts with its reason, so a
// broken promise of a parser is a finding like a crash.
#include "net/Envelope.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace nestje::fuzz {

// The payload a feature's parser gets for these bytes answered with HTTP 200; nullopt when the
// client would not hand them to a parser (not JSON, or an envelope with result:false).
inline std::optional<QJsonValue> payloadOf(const uint8_t *data, size_t size)
{
    ReplyFacts facts;
    facts.httpStatus = 200;
    facts.body = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    ApiResult result = interpretReply(facts);
    if (!result.ok())
        return std::nullopt;
    return result.payload;
}

} // namespace nestje::fuzz
