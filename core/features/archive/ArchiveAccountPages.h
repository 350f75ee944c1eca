// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchiveManifest.h"
#include "features/archive/ArchivePages.h"
#include "features/archive/ArchivePlan.h"

#include <QUrl>

namespace nestje {

class Database;

// The account's part of the archive: a page per news item (its text through the sanitiser,
// its images and attachments from the archive's own copies) and per newsletter (the
// organisation's HTML through the sanitiser, images as their alt text: nothing is loaded from
// the portal), and <organisation>/index.html with the children, the conversations about no
// one child, the news, the newsletters and the documents (invoices, annual statements,
// documents) as saved PDFs. Only for a run over the whole account.
class ArchiveAccountPages
{
public:
    ArchiveAccountPages(Database &db, const QString &root, const ArchiveScope &scope,
                        const ArchiveManifest &manifest, const QUrl &portal);

    // The conversations about no one child, for the index.
    void setConversations(const QList<ArchivePageLink> &conversations);
    // Writes the pages; returns how many were new or changed. Problems go to `failures`.
    int write(QStringList *failures);

private:
    QList<ArchivePageLink> writeNews(int *written, QStringList *failures);
    QList<ArchivePageLink> writeNewsletters(int *written, QStringList *failures);
    QString documentSections() const;

    Database &m_db;
    QString m_root;
    ArchiveScope m_scope;
    const ArchiveManifest &m_manifest;
    QUrl m_portal;
    QList<ArchivePageLink> m_conversations;
};

} // namespace nestje
