// SPDX-License-Identifier: GPL-3.0-or-later
// The Cookie header (Request::cookie, server/http/Exchange), as the refresh-token routes read it.
// A value found must come from the header as sent.
#include "server/http/Exchange.h"

#include <cstdint>
#include <cstdlib>

using namespace nestje::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    Request request;
    request.headers.append({QByteArrayLiteral("Cookie"), header});
    for (const QByteArray &name : {QByteArrayLiteral("refresh_token"), QByteArrayLiteral("SESSION"),
                                   QByteArrayLiteral("a")}) {
        const QByteArray value = request.cookie(name);
        if (!value.isEmpty() && !header.contains(value))
            std::abort();
    }
    return 0;
}
