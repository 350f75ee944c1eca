// SPDX-License-Identifier: GPL-3.0-or-later
// The Range header of media downloads (server/http/RangeHeader). The first 8 bytes choose the file
// size, the rest is the header. A satisfiable range must lie inside the file.
#include "server/http/RangeHeader.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace nestje::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 8)
        return 0;
    qint64 fileSize = 0;
    std::memcpy(&fileSize, data, 8);
    if (fileSize < 0)
        fileSize = -(fileSize + 1); // any non-negative size, including huge ones
    const QByteArray header(reinterpret_cast<const char *>(data + 8), qsizetype(size - 8));
    ByteRange range;
    bool present = false;
    const bool satisfiable = parseRange(header, fileSize, &range, &present);
    if (satisfiable && present &&
        !(range.first >= 0 && range.first <= range.last && range.last < fileSize))
        std::abort();
    return 0;
}
