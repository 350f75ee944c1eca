// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountSession.h"
#include "features/location/LocationStore.h"
#include "server/DemoOrganisation.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

// The demo family's account at `portal` of a reference server, as the tests of a feature start
// from it: ephemeral (nothing in the keychain or the settings), the demo password given when the
// portal asks. The cache is not opened yet: each test says how a failure to open reads.
inline std::unique_ptr<nestje::AccountSession> demoAccount(const QUrl &portal, QNetworkAccessManager *network,
                                                           nestje::SecretStore *secrets)
{
    nestje::AccountInfo info;
    info.portal = portal;
    info.username = QString::fromLatin1(nestje::server::demo::username);
    info.id = nestje::AccountInfo::idFor(info.portal, info.username);
    info.ephemeral = true;
    auto account = std::make_unique<nestje::AccountSession>(info, network, secrets);
    account->api()->setPasswordProvider(
        [](auto answer) { answer(QString::fromLatin1(nestje::server::demo::password)); });
    return account;
}

// The first synced news item that carries an attachment (the demo's has a PDF); "" when none.
inline QString newsWithAttachment(nestje::Database &db)
{
    nestje::LocationStore store(db);
    for (const nestje::NewsItem &item : store.news()) {
        const std::optional<nestje::ContentBody> body = store.body(item.id);
        if (body && !body->attachments.isEmpty())
            return item.id;
    }
    return {};
}

// One whole sync of `account` against the reference server, after the one running (if any);
// whether it ended well.
inline bool syncToEnd(nestje::AccountSession &account)
{
    if (!QTest::qWaitFor([&] { return !account.sync()->isRunning(); }, 60000))
        return false;
    QSignalSpy finished(account.sync(), &nestje::SyncEngine::finished);
    account.sync()->start();
    return finished.wait(120000) && finished.first().first().toBool();
}
