// SPDX-License-Identifier: GPL-3.0-or-later
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

    // The account's cache; null when the account is not open (or was just logged out).
    MediaCache *cache(const QString &accountId);
    QNetworkAccessManager *network() { return &m_network; }
    // Where an account's media lives; safe from any thread.
    static QString directoryOf(const QString &accountId);

    // The cap on each account's cache (default MediaCache::defaultCapBytes), kept in the
    // settings; for Overig.
    qint64 capBytes() const { return m_capBytes; }
    void setCapBytes(qint64 bytes);
    // Bytes of media on disk over all open accounts, and emptying them all.
    qint64 cacheBytes();
    void clear();

private:
    Accounts *m_accounts;
    QNetworkAccessManager m_network;
    QHash<QString, QPointer<MediaCache>> m_caches;
    qint64 m_capBytes = MediaCache::defaultCapBytes;
};

} // namespace nestje
