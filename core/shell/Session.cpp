// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Session.h"

#include "accounts/AccountSession.h"
#include "text/PortalTime.h"

#include <QLocale>

namespace nestje {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

void Session::setAccount(AccountSession *account)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_account = account;
    if (account && account->sync()) {
        SyncEngine *sync = account->sync();
        m_connections << connect(sync, &SyncEngine::runningChanged, this, &Session::syncStateChanged)
                      << connect(sync, &SyncEngine::progressChanged, this, &Session::syncStateChanged)
                      << connect(sync, &SyncEngine::finished, this, &Session::syncStateChanged)
                      << connect(sync, &SyncEngine::featureStatusChanged, this, &Session::featuresChanged)
                      << connect(sync, &SyncEngine::capabilitiesChanged, this, &Session::featuresChanged);
    }
    if (account)
        m_connections << connect(account, &AccountSession::organisationNamed, this,
                                 &Session::organisationChanged);
    emit accountChanged();
    emit organisationChanged();
    emit syncStateChanged();
    emit featuresChanged();
}

AccountSession *Session::account() const
{
    return m_account;
}

bool Session::isActive() const
{
    return m_account != nullptr;
}

QString Session::accountId() const
{
    return m_account ? m_account->info().id : QString();
}

QString Session::organisation() const
{
    return m_account ? m_account->info().displayName() : QString();
}

QString Session::username() const
{
    return m_account ? m_account->info().username : QString();
}

bool Session::isDemo() const
{
    return m_account && m_account->info().ephemeral;
}

bool Session::isSyncing() const
{
    return m_account && m_account->sync() && m_account->sync()->isRunning();
}

double Session::syncProgress() const
{
    return m_account && m_account->sync() ? m_account->sync()->progress() : 0;
}

QString Session::syncStatus() const
{
    if (!m_account || !m_account->sync())
        return {};
    SyncEngine *sync = m_account->sync();
    if (sync->isRunning())
        return sync->hasCompletedFullSync() ? tr("Updating…") : tr("Fetching everything for the first time…");
    const QDateTime last = sync->lastSuccess();
    // The portal's day and clock, as every other time in the app ("Bijgewerkt vandaag 14:05").
    const QString when = last.isValid() ? portaltime::moment(last.toMSecsSinceEpoch()) : QString();
    const ApiError error = sync->lastErrorDetail();
    if (error.isTransient())
        return last.isValid() ? tr("Offline, last updated %1").arg(when) : tr("Offline");
    if (error.kind != ApiError::Kind::None && error.kind != ApiError::Kind::Cancelled)
        return error.text();
    return last.isValid() ? tr("Updated %1").arg(when) : QString();
}

QString Session::featureState(const QString &feature) const
{
    if (!m_account || !m_account->sync())
        return QStringLiteral("unknown");
    switch (m_account->sync()->status(feature).state) {
    case FeatureStatus::State::Fresh:
        return QStringLiteral("fresh");
    case FeatureStatus::State::Stale:
        return QStringLiteral("stale");
    case FeatureStatus::State::Unavailable:
        return QStringLiteral("unavailable");
    case FeatureStatus::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool Session::offers(const QString &feature) const
{
    return featureState(feature) != QLatin1String("unavailable");
}

QString Session::staleNote(const QString &feature) const
{
    if (!m_account || !m_account->sync())
        return {};
    const FeatureStatus status = m_account->sync()->status(feature);
    if (status.state != FeatureStatus::State::Stale)
        return {};
    const ApiError::Kind kind = status.error.kind;
    const QString reason = kind == ApiError::Kind::Storage
                               ? tr("Could not be updated: Nestje could not save on this device. Is its storage full?")
                           : status.error.isTransient() && kind != ApiError::Kind::Server
                               ? tr("Could not be updated: no connection.")
                               : tr("Could not be updated: the portal answered with an error.");
    if (!status.lastSuccess.isValid())
        return reason;
    return reason + QLatin1Char(' ')
           + tr("Last updated %1.").arg(portaltime::moment(status.lastSuccess.toMSecsSinceEpoch()));
}

QString Session::statusOf(const QString &feature) const
{
    // While syncing, and for the sync's own trouble (offline, logged out), the status goes for
    // every page. Asked first: the note reads the cache, and this runs on every progress tick.
    if (!m_account || !m_account->sync() || isSyncing()
        || m_account->sync()->lastErrorDetail().kind != ApiError::Kind::None)
        return syncStatus();
    const QString note = staleNote(feature);
    return note.isEmpty() ? syncStatus() : note;
}

void Session::syncNow()
{
    if (m_account && m_account->sync())
        m_account->start();
}

} // namespace nestje
