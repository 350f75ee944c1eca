// SPDX-License-Identifier: GPL-3.0-or-later
// The reset form's application/x-www-form-urlencoded body (server/http/FormUrlEncoded). A field
// that is the only one in the body and holds only unreserved characters reads back unchanged.
#include "server/http/FormUrlEncoded.h"

#include <cstdint>
#include <cstdlib>

using namespace nestje::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *name : {"token", "password", "password2"})
        (void)formField(body, name);
    // Round trip: "password=<percent-encoded bytes>" gives the bytes back (as UTF-8 text).
    const QByteArray encoded = "password=" + body.toPercentEncoding();
    const QString back = formField(encoded, "password");
    if (back != QString::fromUtf8(body))
        std::abort();
    return 0;
}
