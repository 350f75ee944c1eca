// SPDX-License-Identifier: GPL-3.0-or-later
// The upload reader (server/media/UploadCheck): a photo's size from its header (PNG and JPEG,
// before any decoding) and a video's container from its first bytes.
#include "server/media/UploadCheck.h"

#include <cstdint>
#include <cstdlib>

using namespace nestje::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &format : {QByteArrayLiteral("png"), QByteArrayLiteral("jpeg")}) {
        const QSize imageSize = uploadcheck::imageSize(bytes, format);
        if (imageSize.isValid() && (imageSize.width() < 0 || imageSize.height() < 0))
            std::abort();
    }
    const QString container = uploadcheck::videoContainer(bytes);
    if (!container.isEmpty() && !container.startsWith(QLatin1String("video/")))
        std::abort();
    return 0;
}
