// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace nestje::server {

// An inclusive byte range of a file.
struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1;
};

// One "bytes=a-b", "bytes=a-" or "bytes=-n" range of a file of `size` bytes. Multi-range requests
// get the whole file, which RFC 9110 allows. `present` says whether a usable range was given.
// Returns false when the range cannot be satisfied (a 416); when it returns true with `present`,
// 0 <= first <= last < size.
bool parseRange(const QByteArray &header, qint64 size, ByteRange *range, bool *present);

} // namespace nestje::server
