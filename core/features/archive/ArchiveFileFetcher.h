// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchiveFilePlan.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace nestje {

class ApiClient;

// Downloads the archive's other files (ArchiveFileItem) into a work folder, each streamed to
// its work file as it arrives (never whole in memory): signed links without credentials
// (trusting the portal's own CA), portal routes (documents) through the account's API client
// (ApiCall::sink, so token refresh and retry stay the client's). A signed link that has
// expired (403, 404, 410) is asked for again once, from the conversation's details (P7) or the
// news item's body (P11), and fetched with the fresh link. Bytes that are not what the item
// expects (an HTML error page instead of a PDF or a photo) are refused, never kept. Lives on
// the UI thread; deleting it aborts what is running, and no callback runs afterwards.
class ArchiveFileFetcher : public QObject
{
    Q_OBJECT
public:
    // `path`: the complete file in the work folder (the caller moves it), or `error`.
    using Done = std::function<void(const QString &path, const QString &error)>;

    ArchiveFileFetcher(QNetworkAccessManager *network, ApiClient *api, const QString &workFolder,
                       QObject *parent = nullptr);
    ~ArchiveFileFetcher() override;

    void fetch(const ArchiveFileItem &item, Done done);

    int downloadsStarted() const { return m_downloads; }
    int linkRefreshes() const { return m_refreshes; }

    // No byte for this long and the download counts as failed.
    static constexpr int transferTimeoutMs = 30000;

private:
    void fromLink(const ArchiveFileItem &item, const QString &url, bool refreshed, Done done);
    struct LinkStream;
    // One part of a link's file (a Range request from what `stream` holds so far); the next
    // part follows until the file is whole.
    void fetchPart(const ArchiveFileItem &item, const QString &url, bool refreshed, Done done,
                   std::shared_ptr<LinkStream> stream);
    void fromPortal(const ArchiveFileItem &item, Done done);
    // Asks for a fresh link and fetches with it; with `keep` (a file part-way), from where that
    // file ends.
    void refreshLink(const ArchiveFileItem &item, Done done,
                     std::shared_ptr<LinkStream> keep = {});
    // One download (a link or a portal route), written to its work file as it arrives.
    struct LinkStream
    {
        LinkStream(const ArchiveFileItem &what, const QString &path)
            : item(what)
            , file(path)
        {
        }
        ~LinkStream(); // removes the work file unless complete
        void discard();

        ArchiveFileItem item;
        QFile file;      // opened once the head has been checked
        QByteArray head; // the first bytes, until there are enough to check
        qint64 received = 0;
        qint64 total = -1; // the whole file's size, as the first part's Content-Range said
        QByteArray etag;   // the first part's, when it had one: every part is of that file
        QString error;     // why it was stopped
        bool complete = false;
    };
    // Writes (or, before the check, collects) one chunk; false when the download must stop.
    bool take(LinkStream &stream, const QByteArray &chunk);
    bool startFile(LinkStream &stream);
    bool finishStream(LinkStream &stream);
    // "" when `head` (the file's first bytes) is what the item expects, otherwise why not.
    static QString refusal(const ArchiveFileItem &item, const QByteArray &head);
    QString newPartPath();

    QNetworkAccessManager *m_network;
    QPointer<ApiClient> m_api;
    QString m_workFolder;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_downloads = 0;
    int m_refreshes = 0;
    int m_serial = 0;
    bool m_workFolderMade = false; // once per run (the run empties it when it starts)
};

} // namespace nestje
