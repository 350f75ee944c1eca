// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>

namespace nestje {

class AccountSession;

// The account in view, as QML sees it (App.session): who and where, its sync state, and the
// handle feature models take (`TimelineModel { session: App.session }`). It follows the active
// account; models re-read when `accountChanged` fires.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.session")
    Q_PROPERTY(QString accountId READ accountId NOTIFY accountChanged)
    Q_PROPERTY(QString organisation READ organisation NOTIFY organisationChanged)
    Q_PROPERTY(QString username READ username NOTIFY accountChanged)
    Q_PROPERTY(bool demo READ isDemo NOTIFY accountChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY accountChanged)
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncStateChanged)
    Q_PROPERTY(double syncProgress READ syncProgress NOTIFY syncStateChanged)
    Q_PROPERTY(QString syncStatus READ syncStatus NOTIFY syncStateChanged)
public:
    explicit Session(QObject *parent = nullptr);

    void setAccount(AccountSession *account);
    AccountSession *account() const;

    QString accountId() const;
    QString organisation() const;
    QString username() const;
    bool isDemo() const;
    bool isActive() const;
    bool isSyncing() const;
    double syncProgress() const;
    // "Bijgewerkt 14:05", "Offline, laatst bijgewerkt …", or the reason a sync stopped.
    QString syncStatus() const;

    // "Herladen" and pull to refresh: an incremental sync now.
    Q_INVOKABLE void syncNow();

    // Where a feature's data stands: "fresh", "stale", "unavailable" or "unknown" (never synced).
    Q_INVOKABLE QString featureState(const QString &feature) const;
    // Whether the organisation offers the feature (so its page or section shows at all).
    Q_INVOKABLE bool offers(const QString &feature) const;
    // For a stale feature: why, and since when its data is: "Niet bijgewerkt: de server gaf
    // een fout. Laatst bijgewerkt 14:05." Empty when it is fresh.
    Q_INVOKABLE QString staleNote(const QString &feature) const;
    // What a feature's page says under its title: the sync's status, or the feature's stale
    // note when the portal answered but this feature could not be updated (offline or logged
    // out, the status already says so for every page).
    Q_INVOKABLE QString statusOf(const QString &feature) const;

signals:
    void accountChanged();
    // The organisation's name arrived with a sync (or the account changed).
    void organisationChanged();
    void syncStateChanged();
    // A feature's status changed (synced, failed, found not offered).
    void featuresChanged();

private:
    QPointer<AccountSession> m_account;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace nestje
