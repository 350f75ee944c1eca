#include "accounts/AccountSession.h"

#include "accounts/SecretStore.h"
#include "store/ContentStore.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>

namespace nestje {

QString AccountSession::cacheRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/accounts");
}

QString AccountSession::mediaRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/media");
}

AccountSession::AccountSession(const AccountInfo &info, QNetworkAccessManager *network, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_secrets(secrets)
    , m_api(network, info.portal, info.username)
{
    connect(&m_api, &ApiClient::authenticationRequired, this, &AccountSession::authenticationRequired);
    if (!m_info.extraCaPem.isEmpty())
        m_api.setExtraCaCertificates(QSslCertificate::fromData(m_info.extraCaPem, QSsl::Pem));
    if (!m_info.ephemeral) {
        // A rotated refresh token reaches the keychain before the client drops the old one.
        m_api.setRefreshTokenSaver([this](const QString &token, std::function<void(bool)> answer) {
            m_secrets->write(m_info.refreshTokenKey(), token, [answer = std::move(answer)](const SecretStore::Result &r) {
                answer(r.ok);
            });
        });
        m_api.setPasswordProvider([this](std::function<void(const QString &)> answer) {
            m_secrets->read(m_info.passwordKey(), [self = QPointer<AccountSession>(this), answer](const SecretStore::Result &r) {
                if (self)
                    answer(r.value);
            });
        });
    }
}

AccountSession::~AccountSession() = default;

QString AccountSession::cacheDirectory() const
{
    return cacheRoot() + QLatin1Char('/') + m_info.id;
}

QString AccountSession::mediaDirectory() const
{
    return mediaRoot() + QLatin1Char('/') + m_info.id;
}

bool AccountSession::open(QString *error)
{
    if (!m_db.open(cacheDirectory() + QStringLiteral("/cache.sqlite"), error))
        return false;
    m_sync = std::make_unique<SyncEngine>(&m_api, &m_db, this);
    m_outbox = std::make_unique<Outbox>(&m_api, &m_db, this);
    // What a sync brings in may be what a queued write was waiting for (a thread, a login).
    connect(m_sync.get(), &SyncEngine::finished, this, [this](bool ok) {
        if (!ok)
            return;
        m_outbox->retryWaitingNow();
        const QList<NewItem> items = NotificationFeed(m_db).takeNew(ContentStore(m_db).pushEnabledKinds());
        if (!items.isEmpty())
            emit newItems(items);
    });
    return true;
}

void AccountSession::start()
{
    if (m_info.ephemeral || m_api.hasAccessToken()) {
        m_sync->start();
        m_outbox->resume();
        return;
    }
    // The keychain answers later; the session may have been logged out and deleted by then.
    m_secrets->read(m_info.refreshTokenKey(), [self = QPointer<AccountSession>(this)](const SecretStore::Result &r) {
        if (!self || !self->m_sync)
            return;
        if (r.ok)
            self->m_api.setRefreshToken(r.value);
        self->m_sync->start();
        self->m_outbox->resume();
    });
}

void AccountSession::wipeLocalData(std::function<void()> portalTold)
{
    // The portal is told first (it needs the tokens), but nothing local waits for it: logging
    // out offline clears everything here at once.
    m_api.logout([portalTold = std::move(portalTold)](bool) {
        if (portalTold)
            portalTold();
    });
    if (m_sync)
        m_sync->cancel();
    m_outbox.reset();
    m_sync.reset();
    m_db.close();
    QDir(cacheDirectory()).removeRecursively();
    QDir(mediaDirectory()).removeRecursively();
}

} // namespace nestje
