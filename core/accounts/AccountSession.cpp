// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountSession.h"

#include "accounts/SecretStore.h"
#include "features/Features.h"
#include "features/account/AccountStore.h"
#include "features/agenda/KeptCalendarFile.h"
#include "features/archive/ArchiveService.h"
#include "features/location/LocationStore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
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

QList<NewItem> AccountSession::takeNewItems()
{
    if (!m_db.isOpen())
        return {};
    return NotificationFeed(m_db).takeNew(AccountStore(m_db).pushEnabledKinds());
}

QList<NewItem> AccountSession::waitingItems()
{
    if (!m_db.isOpen())
        return {};
    return NotificationFeed(m_db).waiting(AccountStore(m_db).pushEnabledKinds());
}

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
    // An account's cache (diary, messages, copies of photos on their way) and its media cache
    // are the family's: folders only this user can enter, whatever the umask made of them.
    for (const QString &folder : {cacheDirectory(), mediaDirectory()}) {
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (!m_db.open(cacheDirectory() + QStringLiteral("/cache.sqlite"), error))
        return false;
    m_sync = std::make_unique<SyncEngine>(&m_api, &m_db, this);
    addFeatureSyncs(*m_sync);
    m_outbox = std::make_unique<Outbox>(&m_api, &m_db, this);
    m_writes = std::make_unique<Writes>(&m_db, m_outbox.get(), this);
    addWriteKinds(*m_writes);
    // A finished write shows up in its feature's data with the next sync: sync now, unless the
    // write applied its result here already (a read mark).
    connect(m_writes.get(), &Writes::completed, this, [this](const QString &kind) {
        if (!m_writes->syncsAfter(kind)) {
            m_writes->dropDelivered();
            return;
        }
        if (m_sync->isRunning())
            m_syncAgain = true; // that sync may be past the feature already
        else
            m_sync->start(SyncEngine::Mode::Incremental);
    });
    // A read mark, a sync page: many changes come in a burst; what is still new is read once after.
    m_stillNew.setSingleShot(true);
    m_stillNew.setInterval(250);
    connect(&m_stillNew, &QTimer::timeout, this, [this] { emit stillNew(NotificationFeed(m_db).stillNew()); });
    if (!m_info.ephemeral) // the demo announces nothing, so takes nothing back
        connect(&m_db, &Database::changed, &m_stillNew, qOverload<>(&QTimer::start));
    // What a sync brings in may be what a queued write was waiting for (a thread, a login).
    m_retryStale.setSingleShot(true);
    connect(&m_retryStale, &QTimer::timeout, this, [this] {
        if (m_sync)
            m_sync->start(SyncEngine::Mode::Incremental);
    });
    connect(m_sync.get(), &SyncEngine::finished, this, [this](bool ok) {
        m_writes->dropDelivered();
        // The account is shown by the organisation's name (customer/info), not the portal's slug.
        const QString name = LocationStore(m_db).organisationName().simplified();
        if (!name.isEmpty() && name != m_info.organisationName) {
            m_info.organisationName = name;
            emit organisationNamed(name);
        }
        const ApiError::Kind failure = m_sync->lastErrorDetail().kind;
        if (ok || failure == ApiError::Kind::Unauthorized || failure == ApiError::Kind::Cancelled) {
            m_staleRetries = 0;
            m_retryStale.stop();
        } else {
            // 15 s, 30 s, 1 min … up to 5 min, with ±20% jitter so accounts and devices spread out.
            const int seconds = std::min(300, 15 << std::min(m_staleRetries++, 5));
            m_retryStale.start(int(seconds * 1000 * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble())));
        }
        if (m_syncAgain) {
            m_syncAgain = false;
            QMetaObject::invokeMethod(this, [this] { if (m_sync) m_sync->start(SyncEngine::Mode::Incremental); }, Qt::QueuedConnection);
        }
        // What the planning store holds now, also when another feature failed; unchanged
        // events leave the file alone (offline, or nothing new).
        keptcalendar::afterSync(this);
        // The portal answered (a feature may still be stale): announce what did arrive.
        if (!m_sync->lastSuccess().isValid() || m_sync->lastErrorDetail().kind != ApiError::Kind::None)
            return;
        m_outbox->retryWaitingNow();
        emit mayHaveNewItems();          // taken now, or after quiet hours (QuietHoursGate)
        archiveservice::afterSync(this); // "Automatisch bewaren", or a run cut short by a restart
    });
    return true;
}

void AccountSession::start()
{
    m_keychainHadNoSession = false; // a login just now, or the keychain is asked again below
    if (m_info.ephemeral || m_api.hasAccessToken()) {
        m_sync->start();
        m_outbox->resume();
        return;
    }
    // The keychain answers later; the session may have been logged out and deleted by then.
    m_secrets->read(m_info.refreshTokenKey(), [self = QPointer<AccountSession>(this)](const SecretStore::Result &r) {
        if (!self || !self->m_sync)
            return;
        if (r.ok) {
            self->m_api.setRefreshToken(r.value);
        } else {
            // A keychain that forgets (an in-memory one, a wiped one) asks for a new login at
            // every start; the parent is told it was the keychain, not their password.
            self->m_keychainHadNoSession = true;
            qWarning("nestje: no session for an account in the keychain: %s",
                     r.notFound ? "not found" : qPrintable(r.error));
        }
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
    m_retryStale.stop();
    m_writes.reset();
    m_outbox.reset();
    m_sync.reset();
    m_db.close();
    QDir(cacheDirectory()).removeRecursively();
    QDir(mediaDirectory()).removeRecursively();
}

} // namespace nestje
