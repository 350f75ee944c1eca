// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaImageProvider.h"

#include "media/MediaLibrary.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QRunnable>
#include <QThreadPool>
#include <QUrl>

#include <QMutex>
#include <atomic>
#include <memory>

namespace nestje {

QImage decodeMediaFile(const QString &path, const QSize &requestedSize, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (requestedSize.width() > 0 || requestedSize.height() > 0)) {
        QSize wanted = full;
        const int w = requestedSize.width() > 0 ? requestedSize.width() : full.width();
        const int h = requestedSize.height() > 0 ? requestedSize.height() : full.height();
        wanted.scale(QSize(std::min(w, full.width()), std::min(h, full.height())), Qt::KeepAspectRatio);
        if (wanted.isValid() && wanted != full)
            reader.setScaledSize(wanted);
    }
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

namespace {
std::atomic<int> responsesAlive{0};

QThreadPool *decodePool()
{
    // Created on whichever thread asks first (the pixmap reader), so it has no parent.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

class MediaImageResponse : public QQuickImageResponse
{
    // What the worker, the UI thread and the engine share. The engine may delete the response
    // as soon as finished() is emitted, so late work checks `finished` under the lock first.
    struct Shared
    {
        QMutex lock;
        MediaImageResponse *response = nullptr;
        bool finished = false;
        bool cancelled = false;
        quint64 ticket = 0;
    };

public:
    MediaImageResponse(QPointer<MediaLibrary> library, QString accountId, QString variant, QString mediaId, QSize size)
        : m_library(std::move(library))
        , m_accountId(std::move(accountId))
        , m_variant(std::move(variant))
        , m_mediaId(std::move(mediaId))
        , m_size(size)
        , m_shared(std::make_shared<Shared>())
    {
        m_shared->response = this;
        ++responsesAlive;
    }
    ~MediaImageResponse() override { --responsesAlive; }

    void begin()
    {
        if (m_mediaId.isEmpty())
            return done(m_shared, {}, QStringLiteral("bad media id"));
        const QString path = MediaCache::filePath(MediaLibrary::directoryOf(m_accountId), m_mediaId, m_variant);
        auto shared = m_shared;
        const QSize size = m_size;
        decodePool()->start([=, this] {
            if (isCancelled(shared))
                return done(shared, {}, {});
            if (QFile::exists(path)) {
                MediaCache::markUsed(path); // shown: the cache keeps it longest
                return decode(shared, path, size);
            }
            fetch();
        });
    }

    QQuickTextureFactory *textureFactory() const override { return QQuickTextureFactory::textureFactoryForImage(m_image); }
    QString errorString() const override { return m_error; }

    void cancel() override
    {
        {
            QMutexLocker locker(&m_shared->lock);
            m_shared->cancelled = true;
        }
        auto shared = m_shared;
        QMetaObject::invokeMethod(m_library, [library = m_library, accountId = m_accountId, shared] {
            quint64 ticket = 0;
            {
                QMutexLocker locker(&shared->lock);
                if (shared->finished || !shared->ticket)
                    return; // done already, or the fetch has not been asked for and will see the flag
                ticket = shared->ticket;
            }
            MediaCache *cache = library ? library->cache(accountId) : nullptr;
            if (cache && cache->cancel(ticket))
                done(shared, {}, {}); // the callback is gone, so nothing else will finish it
        }, Qt::QueuedConnection);
    }

private:
    static bool isCancelled(const std::shared_ptr<Shared> &shared)
    {
        QMutexLocker locker(&shared->lock);
        return shared->cancelled;
    }

    void fetch()
    {
        auto shared = m_shared;
        if (!m_library)
            return done(shared, {}, QStringLiteral("no media library"));
        QMetaObject::invokeMethod(m_library, [library = m_library, accountId = m_accountId, mediaId = m_mediaId,
                                              variant = m_variant, size = m_size, shared] {
            MediaCache *cache = library ? library->cache(accountId) : nullptr;
            if (!cache || isCancelled(shared))
                return done(shared, {}, cache ? QString() : QStringLiteral("account not open"));
            const quint64 ticket = cache->fetch(mediaId, variant, [shared, size](const QString &path, const QString &error) {
                if (!error.isEmpty() || isCancelled(shared))
                    return done(shared, {}, error);
                decodePool()->start([shared, path, size] { decode(shared, path, size); });
            });
            QMutexLocker locker(&shared->lock);
            shared->ticket = ticket;
        }, Qt::QueuedConnection);
    }

    static void decode(const std::shared_ptr<Shared> &shared, const QString &path, const QSize &size)
    {
        QString error;
        QImage image = isCancelled(shared) ? QImage() : decodeMediaFile(path, size, &error);
        done(shared, std::move(image), error);
    }

    static void done(const std::shared_ptr<Shared> &shared, QImage image, const QString &error)
    {
        MediaImageResponse *response = nullptr;
        {
            QMutexLocker locker(&shared->lock);
            if (shared->finished)
                return;
            shared->finished = true;
            response = shared->response;
        }
        response->m_image = std::move(image);
        response->m_error = error;
        emit response->finished();
    }

    QPointer<MediaLibrary> m_library;
    QString m_accountId, m_variant, m_mediaId;
    QSize m_size;
    QImage m_image;
    QString m_error;
    std::shared_ptr<Shared> m_shared;
};
} // namespace

int MediaImageProvider::responsesAlive()
{
    return nestje::responsesAlive;
}

MediaImageProvider::MediaImageProvider(MediaLibrary *library)
    : m_library(library)
{
}

QQuickImageResponse *MediaImageProvider::requestImageResponse(const QString &id, const QSize &requestedSize)
{
    const QStringList parts = id.split(QLatin1Char('/'));
    if (parts.size() < 3) {
        auto *response = new MediaImageResponse(m_library, {}, {}, {}, requestedSize);
        response->begin(); // finishes at once with an error
        return response;
    }
    const QString mediaId = QUrl::fromPercentEncoding(parts.mid(2).join(QLatin1Char('/')).toUtf8());
    auto *response = new MediaImageResponse(m_library, parts.at(0), parts.at(1), mediaId, requestedSize);
    response->begin();
    return response;
}

QString mediaImageSource(const QString &accountId, const QString &variant, const QString &mediaId)
{
    return QStringLiteral("image://media/%1/%2/%3")
        .arg(accountId, variant, QString::fromLatin1(QUrl::toPercentEncoding(mediaId)));
}

} // namespace nestje
