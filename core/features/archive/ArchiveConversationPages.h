// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchiveManifest.h"
#include "features/archive/ArchivePages.h"
#include "features/archive/ArchivePlan.h"

#include <QHash>
#include <QList>

namespace nestje {

class Database;

// The conversations as pages: one per conversation (<yyyy-mm-dd>_<id>.html, the day it began
// in the portal's calendar), every message with its day and time, who wrote it and its text,
// its photos and files linked from the archive's own copies (ArchiveFilePlan's "msg/…" keys).
// A conversation about a child goes in that child's folder, one about no child in the
// organisation's. Pages are rewritten only when their content changed.
class ArchiveConversationPages
{
public:
    ArchiveConversationPages(Database &db, const QString &root, const ArchiveScope &scope,
                             const ArchiveManifest &manifest);

    // Writes the pages; returns how many were new or changed. Problems go to `failures`.
    int write(QStringList *failures);
    // The pages written, per child id ("" for the organisation's), newest activity first.
    QList<ArchivePageLink> pagesOf(const QString &childId) const { return m_links.value(childId); }

private:
    Database &m_db;
    QString m_root;
    ArchiveScope m_scope;
    const ArchiveManifest &m_manifest;
    QHash<QString, QList<ArchivePageLink>> m_links;
};

} // namespace nestje
