// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQuickAsyncImageProvider>

namespace nestje {

class MediaLibrary;

// image://media/<accountId>/<thumb|medium|full>/<mediaId>: photos from the account's media
// cache, decoded on a worker thread at the size QML asks for (sourceSize). A miss is fetched by
// the cache on the UI thread (which may first refresh an expired link) and then decoded.
class MediaImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit MediaImageProvider(MediaLibrary *library);
    QQuickImageResponse *requestImageResponse(const QString &id, const QSize &requestedSize) override;
    // Responses not yet deleted by the engine (tests and the scroll bench watch for leaks).
    static int responsesAlive();

private:
    QPointer<MediaLibrary> m_library;
};

// The image:// source of a media item of `accountId` ("thumb", "medium" or "full"): the
// timeline's photos and a conversation's alike.
QString mediaImageSource(const QString &accountId, const QString &variant, const QString &mediaId);

// Decodes `path` no larger than `requestedSize` (either side 0 = free), upright by EXIF.
QImage decodeMediaFile(const QString &path, const QSize &requestedSize, QString *error);

} // namespace nestje
