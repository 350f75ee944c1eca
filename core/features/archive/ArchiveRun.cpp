// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveRun.h"

#include "db/Database.h"
#include "features/archive/ArchiveAccountPages.h"
#include "features/archive/ArchiveConversationPages.h"
#include "features/archive/ArchiveFile.h"
#include "features/archive/ArchiveFileFetcher.h"
#include "features/archive/ArchiveLayout.h"
#include "features/archive/ArchivePages.h"
#include "media/MediaCache.h"
#include "media/PhotoMetadata.h"
#include "net/ApiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QThreadPool>

#include <limits>

namespace nestje {

ArchiveRun::ArchiveRun(Database *db, ApiClient *api, const ArchiveOptions &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api)
    , m_options(options)
{
    m_options.parallel = std::clamp(m_options.parallel, 1, 32);
}

ArchiveRun::~ArchiveRun()
{
    *m_alive = false; // placements still running on the pool report to no one
}

int ArchiveRun::downloadsStarted() const
{
    return m_downloadsBefore + (m_cache ? m_cache->downloadsStarted() : 0) +
           (m_fetcher ? m_fetcher->downloadsStarted() : 0);
}

int ArchiveRun::linkRefreshes() const
{
    return m_refreshesBefore + (m_cache ? m_cache->recordRefreshes() : 0) +
           (m_fetcher ? m_fetcher->linkRefreshes() : 0);
}

void ArchiveRun::dropCache()
{
    // The counts outlive the cache and the fetcher: they describe the whole run.
    if (m_cache) {
        m_downloadsBefore += m_cache->downloadsStarted();
        m_refreshesBefore += m_cache->recordRefreshes();
    }
    if (m_fetcher) {
        m_downloadsBefore += m_fetcher->downloadsStarted();
        m_refreshesBefore += m_fetcher->linkRefreshes();
    }
    m_cache.reset();
    m_fetcher.reset();
}

int ArchiveRun::secondsLeft() const
{
    const int fetchedNow = m_itemsDone - m_alreadySaved;
    const int left = m_itemsTotal - m_itemsDone - m_failed;
    if (fetchedNow < 3 || !m_clock.isValid())
        return -1;
    return int(m_clock.elapsed() / 1000.0 / fetchedNow * left);
}

void ArchiveRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void ArchiveRun::start()
{
    if (isActive())
        return;
    ++m_generation;
    m_placing = 0;
    m_running = 0;
    m_error.clear();
    m_failures.clear();
    m_queue.clear();
    m_folderListing.clear();
    // Folders are remembered for one run only: the parent may tidy up between runs.
    m_madeFolders = std::make_shared<ArchiveFolders>();
    m_itemsDone = m_alreadySaved = m_failed = m_pagesWritten = 0;
    m_downloadsBefore = m_refreshesBefore = 0;
    m_bytesSaved = 0;
    const QString root = m_options.root;
    if (root.isEmpty() || !QDir().mkpath(root) || !m_manifest.open(root, &m_error)) {
        if (m_error.isEmpty())
            m_error = tr("The folder %1 cannot be written.").arg(QDir::toNativeSeparators(root));
        setState(State::Failed);
        emit finished();
        return;
    }
    // Work files of an interrupted run are not trusted: they may be half-tagged.
    const QString partial = root + QLatin1Char('/') + archivelayout::partialFolder();
    QDir(partial + QStringLiteral("/work")).removeRecursively();
    QDir(partial + QStringLiteral("/bestanden")).removeRecursively();

    // A media cache of the archive's own, inside the archive's hidden folder: its downloads
    // land on the same disk as their final place (rename, not copy), it never evicts, and it
    // refreshes an expired link by asking the portal for the card again.
    m_cache = std::make_unique<MediaCache>(
        &m_network, m_db, m_api.data(), root + QLatin1Char('/') + archivelayout::partialFolder());
    m_cache->setMaxParallel(m_options.parallel);
    m_cache->setSyncToDisk(false); // placed (renamed) at once; a flush per photo would dominate
    m_cache->setCapBytes(std::numeric_limits<qint64>::max()); // also sweeps torn downloads
    m_fetcher = std::make_unique<ArchiveFileFetcher>(&m_network, m_api.data(),
                                                     partial + QStringLiteral("/bestanden"));

    m_items = ArchivePlan::media(*m_db, m_options.scope, &m_notDownloadable);
    m_itemsTotal = int(m_items.size());
    QHash<QString, int> workOf; // media id -> index in m_queue
    for (int i = 0; i < m_items.size(); ++i) {
        const ArchiveItem &item = m_items[i];
        const ArchiveManifest::Entry saved = m_manifest.entry(item.key);
        if ((!saved.path.isEmpty() && QFileInfo::exists(root + QLatin1Char('/') + saved.path)) ||
            adoptExisting(item.key, item.folder, item.baseName)) {
            ++m_itemsDone;
            ++m_alreadySaved;
            continue;
        }
        auto it = workOf.constFind(item.mediaId);
        if (it == workOf.constEnd()) {
            workOf.insert(item.mediaId, int(m_queue.size()));
            m_queue.append({item.mediaId, {i}});
        } else {
            m_queue[*it].items.append(i);
        }
    }
    m_folderListing.clear();
    // The queue is taken from its back: newest first, so the parent sees recent photos at once.
    std::reverse(m_queue.begin(), m_queue.end());
    // Then the conversations' files, news attachments and documents (at the front: last).
    m_files = archivefiles::plan(*m_db, m_options.scope, m_api ? m_api->portal() : QUrl());
    m_itemsTotal += int(m_files.size());
    QList<Work> fileWork;
    for (int i = int(m_files.size()) - 1; i >= 0; --i) {
        const ArchiveFileItem &file = m_files[i];
        const ArchiveManifest::Entry saved = m_manifest.entry(file.key);
        if ((!saved.path.isEmpty() && QFileInfo::exists(root + QLatin1Char('/') + saved.path)) ||
            adoptExisting(file.key, file.folder, file.baseName)) {
            ++m_itemsDone;
            ++m_alreadySaved;
            continue;
        }
        fileWork.append({QString(), {}, i});
    }
    m_folderListing.clear();
    m_queue = fileWork + m_queue;
    m_clock.start();
    setState(State::Running);
    emit progressChanged();
    pump();
}

bool ArchiveRun::adoptExisting(const QString &key, const QString &folder, const QString &baseName)
{
    // Placed by a run that was killed before it could write the manifest line.
    auto listing = m_folderListing.constFind(folder);
    if (listing == m_folderListing.constEnd())
        listing = m_folderListing.insert(
            folder, QDir(m_options.root + QLatin1Char('/') + folder).entryList(QDir::Files));
    const QString prefix = baseName + QLatin1Char('.');
    for (const QString &name : *listing) {
        if (!name.startsWith(prefix))
            continue;
        const QString relative = folder + QLatin1Char('/') + name;
        m_manifest.add(key, relative,
                       QFileInfo(m_options.root + QLatin1Char('/') + relative).size());
        return true;
    }
    return false;
}

void ArchiveRun::pause()
{
    if (m_state == State::Running)
        setState(State::Paused);
}

void ArchiveRun::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    pump();
}

void ArchiveRun::cancel()
{
    if (!isActive())
        return;
    m_queue.clear();
    // Dropping the cache aborts its downloads; their temporary files go with them.
    m_tickets.clear();
    dropCache();
    m_running = 0;
    setState(State::Cancelled);
    emit progressChanged();
    emit finished();
}

void ArchiveRun::pump()
{
    while (m_state == State::Running && m_running < m_options.parallel && !m_queue.isEmpty()) {
        const Work work = m_queue.takeLast();
        fetchOne(work);
    }
    if (m_state == State::Running && m_queue.isEmpty() && m_running == 0 && m_placing == 0)
        finish();
}

void ArchiveRun::fetchOne(const Work &work)
{
    if (work.file >= 0) {
        fetchFile(work);
        return;
    }
    ++m_running;
    const ArchiveItem first = m_items[work.items.first()];
    const quint64 ticket =
        m_cache->fetch(work.mediaId, QStringLiteral("full"),
                       [this, work, first](const QString &path, const QString &error) {
                           m_tickets.remove(work.mediaId);
                           --m_running;
                           if (!error.isEmpty()) {
                               placed(work, {}, 0, error, false);
                               return;
                           }
                           ArchivePlacement placement;
                           placement.downloaded = path;
                           placement.taken = portalLocalTime(first.date);
                           placement.description = first.description;
                           placement.video = first.video;
                           placement.baseName = first.baseName;
                           for (int index : work.items)
                               placement.folders << m_items[index].folder;
                           place(work, placement);
                       });
    if (ticket)
        m_tickets.insert(work.mediaId, ticket);
}

void ArchiveRun::fetchFile(const Work &work)
{
    ++m_running;
    const ArchiveFileItem file = m_files[work.file];
    m_fetcher->fetch(file, [this, work, file](const QString &path, const QString &error) {
        --m_running;
        if (!error.isEmpty()) {
            placed(work, {}, 0, error, false);
            return;
        }
        ArchivePlacement placement;
        placement.downloaded = path;
        placement.taken = portalLocalTime(file.date);
        placement.description = file.description;
        placement.video = file.video;
        placement.baseName = file.baseName;
        placement.extension = file.extension;
        placement.folders << file.folder;
        place(work, placement);
    });
}

void ArchiveRun::place(const Work &work, const ArchivePlacement &how)
{
    ArchivePlacement placement = how;
    placement.root = m_options.root;
    placement.workFolder = m_options.root + QLatin1Char('/') + archivelayout::partialFolder() +
                           QStringLiteral("/work");
    placement.madeFolders = m_madeFolders;
    ++m_placing;
    // Tagging and renaming off the UI thread; the result comes back through the event loop,
    // and only while this run still exists.
    std::shared_ptr<bool> alive = m_alive;
    QPointer<ArchiveRun> self(this);
    const int generation = m_generation;
    QThreadPool::globalInstance()->start([placement, alive, self, work, generation] {
        const ArchivePlaced result = placeArchiveFile(placement);
        QMetaObject::invokeMethod(qApp, [alive, self, work, result, generation] {
            if (*alive && self && self->m_generation == generation)
                self->placed(work, result.paths, result.bytes, result.error, true);
        });
    });
    pump(); // the download slot is free while the file is being placed
}

void ArchiveRun::placed(const Work &work, const QStringList &paths, qint64 bytes,
                        const QString &error, bool wasPlacing)
{
    if (wasPlacing)
        --m_placing;
    if (m_state == State::Cancelled || m_state == State::Idle)
        return;
    if (work.file >= 0) {
        const ArchiveFileItem &file = m_files[work.file];
        if (!paths.isEmpty() && m_manifest.add(file.key, paths.first(), bytes)) {
            ++m_itemsDone;
            m_bytesSaved += bytes;
        } else {
            ++m_failed;
            m_failures << QStringLiteral("%1: %2").arg(
                file.baseName,
                paths.isEmpty() ? error : tr("the archive's list could not be written"));
        }
        emit progressChanged();
        pump();
        return;
    }
    for (int i = 0; i < work.items.size(); ++i) {
        const ArchiveItem &item = m_items[work.items[i]];
        if (i < paths.size()) {
            if (!m_manifest.add(item.key, paths[i], bytes)) {
                ++m_failed;
                m_failures << tr("%1: the archive's list could not be written").arg(item.baseName);
                continue;
            }
            ++m_itemsDone;
            m_bytesSaved += bytes;
        } else {
            ++m_failed;
            m_failures << QStringLiteral("%1 (%2): %3").arg(item.baseName, item.childName, error);
        }
    }
    emit progressChanged();
    pump();
}

void ArchiveRun::finish()
{
    writePages();
    dropCache();
    setState(m_failed ? State::Incomplete : State::Finished);
    emit progressChanged();
    emit finished();
}

void ArchiveRun::writePages()
{
    const bool wholeAccount = m_options.scope.child.isEmpty();
    ArchiveConversationPages conversations(*m_db, m_options.root, m_options.scope, m_manifest);
    m_pagesWritten += conversations.write(&m_failures);
    const QString accountPage = archivelayout::accountIndexPage(m_options.scope.organisation);
    for (const ArchiveChild &child : ArchivePlan::children(*m_db, m_options.scope)) {
        ArchivePages pages(*m_db, m_options.root, m_options.scope.organisation, child);
        // Every saved file of this child, also from earlier runs and wider scopes.
        for (auto it = m_manifest.entries().constBegin(); it != m_manifest.entries().constEnd();
             ++it) {
            if (it.key().startsWith(child.id + QLatin1Char('/')))
                pages.addFile(it.key().mid(child.id.size() + 1), it.value().path);
        }
        pages.setConversations(conversations.pagesOf(child.id));
        // A run for one child leaves the account's page as it was (if there is one).
        if (wholeAccount || QFileInfo::exists(m_options.root + QLatin1Char('/') + accountPage))
            pages.setAccountPage(accountPage);
        m_pagesWritten += pages.write(&m_failures);
    }
    if (wholeAccount) {
        ArchiveAccountPages account(*m_db, m_options.root, m_options.scope, m_manifest,
                                    m_api ? m_api->portal() : QUrl());
        account.setConversations(conversations.pagesOf({}));
        m_pagesWritten += account.write(&m_failures);
    }
}

} // namespace nestje
