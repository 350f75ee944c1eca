#include "media/MediaLibrary.h"

#include "accounts/AccountSession.h"
#include "accounts/Accounts.h"

namespace nestje {

MediaLibrary::MediaLibrary(Accounts *accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
{
}

QString MediaLibrary::directoryOf(const QString &accountId)
{
    return AccountSession::mediaRoot() + QLatin1Char('/') + accountId;
}

MediaCache *MediaLibrary::cache(const QString &accountId)
{
    if (MediaCache *cache = m_caches.value(accountId))
        return cache;
    AccountSession *session = m_accounts ? m_accounts->session(accountId) : nullptr;
    if (!session || !session->database()->isOpen())
        return nullptr;
    // A child of the session: it goes when the account is logged out.
    auto *cache = new MediaCache(&m_network, session->database(), session->api(), session->mediaDirectory(), session);
    m_caches.insert(accountId, cache);
    return cache;
}

} // namespace nestje
