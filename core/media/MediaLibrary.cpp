// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/MediaLibrary.h"

#include "accounts/AccountSession.h"
#include "accounts/Accounts.h"

#include <QSettings>

namespace nestje {

MediaLibrary::MediaLibrary(Accounts *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
    m_capBytes = QSettings().value(QStringLiteral("media/capBytes"), MediaCache::defaultCapBytes).toLongLong();
}

void MediaLibrary::setCapBytes(qint64 bytes)
{
    m_capBytes = bytes;
    QSettings().setValue(QStringLiteral("media/capBytes"), bytes);
    for (const QPointer<MediaCache> &cache : std::as_const(m_caches)) {
        if (cache)
            cache->setCapBytes(bytes);
    }
}

qint64 MediaLibrary::cacheBytes()
{
    qint64 total = 0;
    if (m_accounts) {
        for (const AccountInfo &info : m_accounts->list()) {
            if (MediaCache *c = cache(info.id))
                total += c->cacheBytes();
        }
    }
    return total;
}

void MediaLibrary::clear()
{
    if (!m_accounts)
        return;
    for (const AccountInfo &info : m_accounts->list()) {
        if (MediaCache *c = cache(info.id))
            c->clear();
    }
}

QString MediaLibrary::directoryOf(const QString &accountId)
{
    return AccountSession::mediaRoot() + QLatin1Char('/') + accountId;
}

MediaCache *MediaLibrary::cache(const QString &accountId)
{
    // Asked every time: a logged-out account's cache lives on until its session is deleted,
    // and must not fetch (and so recreate its directory) meanwhile.
    AccountSession *session = m_accounts ? m_accounts->session(accountId) : nullptr;
    if (!session || !session->database()->isOpen())
        return nullptr;
    if (MediaCache *cache = m_caches.value(accountId))
        return cache;
    // A child of the session: it goes when the account is logged out.
    auto *cache = new MediaCache(&m_network, session->database(), session->api(), session->mediaDirectory(), session);
    if (m_capBytes != cache->capBytes())
        cache->setCapBytes(m_capBytes); // a scan of the directory; the default waits for the first download
    m_caches.insert(accountId, cache);
    return cache;
}

} // namespace nestje
