#pragma once

#include "media/MediaCache.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace nestje {

class Accounts;
class AccountSession;

// The media caches of all accounts, one per account, created on first use and dropped with
// the account's session. Lives on the UI thread; the image provider reaches it by queued calls.
class MediaLibrary : public QObject
{
    Q_OBJECT
public:
    explicit MediaLibrary(Accounts *accounts, QObject *parent = nullptr);

    MediaCache *cache(const QString &accountId);
    QNetworkAccessManager *network() { return &m_network; }
    // Where an account's media lives; safe from any thread.
    static QString directoryOf(const QString &accountId);

private:
    Accounts *m_accounts;
    QNetworkAccessManager m_network;
    QHash<QString, QPointer<MediaCache>> m_caches;
};

} // namespace nestje
