// SPDX-License-Identifier: GPL-3.0-or-later
// The client's reading of every answer (core/net/Envelope: interpretReply). The first byte picks
// the HTTP status (low four bits), "extension route" (0x10) and "binary" (0x80); the rest is the
// body. Beyond not crashing: the status decides the error kind before the body is looked at, a
// success is only ever a 2xx, and a binary success keeps the body byte for byte.
#include "fuzz/ClientPayload.h"

#include <QJsonDocument>

using namespace nestje;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static constexpr int statuses[16] = {200, 201, 204, 206, 400, 401, 403, 404,
                                         405, 409, 413, 429, 500, 502, 503, 302};
    ReplyFacts facts;
    facts.httpStatus = statuses[data[0] & 0x0f];
    facts.extensionRoute = data[0] & 0x10;
    facts.binary = data[0] & 0x80;
    facts.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const ApiResult result = interpretReply(facts);
    const int status = facts.httpStatus;
    using Kind = ApiError::Kind;
    FUZZ_CHECK(result.error.httpStatus == status);
    if (status == 404 || status == 405)
        FUZZ_CHECK(result.error.kind ==
                   (facts.extensionRoute ? Kind::Unsupported : Kind::NotFound));
    else if (status == 429 || status >= 500)
        FUZZ_CHECK(result.error.kind == Kind::Server);
    else if (status == 401 || status == 403)
        FUZZ_CHECK(result.error.kind == Kind::Unauthorized);
    else if (status >= 400 || status < 200 || status >= 300)
        FUZZ_CHECK(result.error.kind == Kind::Refused || result.error.kind == Kind::Malformed);
    if (result.ok()) {
        FUZZ_CHECK(status >= 200 && status < 300);
        if (facts.binary)
            FUZZ_CHECK(result.raw == facts.body);
        else
            FUZZ_CHECK(result.raw.isEmpty() && !QJsonDocument::fromJson(facts.body).isNull());
    }
    return 0;
}
