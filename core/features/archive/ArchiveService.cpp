// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveService.h"

#include "accounts/AccountSession.h"
#include "features/account/AccountStore.h"
#include "features/archive/ArchiveRun.h"

#include <QNetworkInformation>
#include <QStandardPaths>

namespace nestje::archiveservice {

namespace {
const QString runName = QStringLiteral("nestje-archive-run");
const QString folderKey = QStringLiteral("archive/folder");
const QString autoKey = QStringLiteral("archive/auto");
const QString unfinishedKey = QStringLiteral("archive/unfinished");
} // namespace

ArchiveRun *runOf(AccountSession *session)
{
    return session ? session->findChild<ArchiveRun *>(runName, Qt::FindDirectChildrenOnly)
                   : nullptr;
}

QString defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
           QStringLiteral("/Nestje");
}

QString folder(AccountSession *session)
{
    const QString chosen =
        session ? AccountStore(*session->database()).setting(folderKey) : QString();
    return chosen.isEmpty() ? defaultFolder() : chosen;
}

void setFolder(AccountSession *session, const QString &folder)
{
    if (session)
        AccountStore(*session->database()).setSetting(folderKey, folder);
}

bool autoArchive(AccountSession *session)
{
    return session && AccountStore(*session->database()).setting(autoKey) == QLatin1String("1");
}

void setAutoArchive(AccountSession *session, bool on)
{
    if (session)
        AccountStore(*session->database())
            .setSetting(autoKey, on ? QStringLiteral("1") : QStringLiteral("0"));
}

bool unfinished(AccountSession *session)
{
    return session &&
           AccountStore(*session->database()).setting(unfinishedKey) == QLatin1String("1");
}

ArchiveRun *start(AccountSession *session, const QString &child)
{
    if (!session)
        return nullptr;
    ArchiveRun *run = runOf(session);
    if (run && run->isActive())
        return run;
    delete run;
    ArchiveOptions options;
    options.root = folder(session);
    options.scope.organisation = session->info().organisation;
    options.scope.child = child;
    run = new ArchiveRun(session->database(), session->api(), options, session);
    run->setObjectName(runName);
    // Remembered until the run ends, so a run cut short by closing the app resumes later.
    // Any end counts (done, failed items, cancelled by the parent); only a run the app never
    // saw end is taken up again.
    QObject::connect(run, &ArchiveRun::finished, session, [session] {
        AccountStore(*session->database()).setSetting(unfinishedKey, QStringLiteral("0"));
    });
    AccountStore(*session->database()).setSetting(unfinishedKey, QStringLiteral("1"));
    run->start();
    return run;
}

bool onMeteredNetwork()
{
    // Where the platform says (NetworkManager, Android, …); unknown counts as unmetered.
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered);
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered) && info->isMetered();
}

void afterSync(AccountSession *session)
{
    if (!session)
        return;
    if (ArchiveRun *run = runOf(session); run && run->isActive())
        return;
    // A run the parent started and the app never saw end goes on anywhere; keeping up by
    // itself waits for Wi-Fi (or another unmetered network).
    if (unfinished(session) || (autoArchive(session) && !onMeteredNetwork()))
        start(session);
}

} // namespace nestje::archiveservice
