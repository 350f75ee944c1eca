// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchivePlan.h"

#include <QHash>
#include <QList>
#include <QString>

namespace nestje {

class Database;

// A page of the archive in a list: a conversation, a news item, a newsletter, a document.
struct ArchivePageLink
{
    QString path; // relative to the archive's root
    QString title;
    qint64 date = 0;
};

// A dated list of links (newest first, as given) from a page in `fromFolder`.
QString archivePageList(const QString &root, const QString &fromFolder,
                        const QList<ArchivePageLink> &links);

// The readable part of a child's archive, plain HTML that any browser opens offline (no
// scripts, no fonts, nothing fetched): the diary as one page per month (dagboek/<yyyy-mm>.html:
// each day with who wrote it, the text, the day rhythm and its photos) and index.html with
// every month's diary link and every saved photo and video, newest year first. A page is
// rewritten only when its content changed, so a run that found nothing new touches no file.
class ArchivePages
{
public:
    ArchivePages(Database &db, const QString &root, const QString &organisation,
                 const ArchiveChild &child);

    // A saved file of this child: media id -> path relative to the archive's root.
    void addFile(const QString &mediaId, const QString &relativePath);
    // The child's conversations (ArchiveConversationPages), listed on index.html.
    void setConversations(const QList<ArchivePageLink> &conversations);
    // The account's index.html, linked from the child's ("" when there is none).
    void setAccountPage(const QString &relativePath);
    // Writes the pages; returns how many were new or changed. Problems go to `failures`.
    int write(QStringList *failures);

private:
    // A link from a page in `fromFolder` to `target`, both relative to the root.
    QString relativeLink(const QString &fromFolder, const QString &target) const;
    QString mediaLink(const QString &fromFolder, const QString &mediaId, bool video,
                      const QString &description) const;

    Database &m_db;
    QString m_root;
    QString m_organisation;
    ArchiveChild m_child;
    QHash<QString, QString> m_files;
    QList<ArchivePageLink> m_conversations;
    QString m_accountPage;
};

} // namespace nestje
