// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace nestje::server::uploadcheck {

// A parent's photo may have at most this many pixels. Decoding costs 4 bytes a pixel (RGB32)
// before it is scaled down to 2048 px, so 25 megapixels is at most 100 MB for one request.
// That takes every phone photo (12 MP, 4032x3024) and 24 MP cameras (6000x4000); a 48 MP
// full-resolution phone shot is refused with a clear message rather than risking the server.
// Without it a 29 KB 5600x5600 PNG (31 MP, a solid colour) cost 150 MB.
inline constexpr qint64 maxImagePixels = 25'000'000;

// The image's size from its header, without decoding it; invalid when the bytes are not a
// readable `format` ("png" or "jpeg") image.
QSize imageSize(const QByteArray &bytes, const QByteArray &format);

// The container the first bytes of a video say it is ("video/mp4", "video/quicktime",
// "video/webm", "video/x-msvideo"), or empty when they are not a video container this server
// accepts: an ISO-BMFF file with a video brand (not a HEIC/AVIF still image, which shares the
// container), QuickTime, Matroska/WebM (EBML with a webm or matroska DocType), or RIFF AVI.
QString videoContainer(const QByteArray &bytes);

} // namespace nestje::server::uploadcheck
