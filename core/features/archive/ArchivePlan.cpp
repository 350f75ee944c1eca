// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchivePlan.h"

#include "features/account/AccountStore.h"
#include "features/archive/ArchiveLayout.h"
#include "features/timeline/PhotoStore.h"
#include "text/PortalTime.h"

namespace nestje {

QList<ArchiveChild> ArchivePlan::children(Database &db, const ArchiveScope &scope)
{
    QList<ArchiveChild> chosen;
    for (const ChildRecord &child : AccountStore(db).children()) {
        if (!scope.child.isEmpty() && child.id != scope.child &&
            child.firstName.compare(scope.child, Qt::CaseInsensitive) != 0 &&
            child.fullName.compare(scope.child, Qt::CaseInsensitive) != 0)
            continue;
        chosen.append(
            {child.id, child.firstName.isEmpty() ? child.fullName : child.firstName, child.active});
    }
    return chosen;
}

QList<ArchiveItem> ArchivePlan::media(Database &db, const ArchiveScope &scope, int *notDownloadable)
{
    QList<ArchiveItem> items;
    int refused = 0;
    const qint64 since = scope.since.isValid() ? portaltime::startOfDay(scope.since) : 0;
    const PhotoStore photos(db);
    for (const ArchiveChild &child : children(db, scope)) {
        // Keyset pages of the store's own order, so a child with 10,000 photos costs 20
        // indexed queries, not one big result held twice.
        constexpr int pageSize = 500;
        QList<PhotoRow> page = photos.older(child.id, nullptr, pageSize);
        while (!page.isEmpty()) {
            for (const PhotoRow &row : std::as_const(page)) {
                const qint64 date = row.date ? row.date : row.cardDate;
                if (date < since)
                    continue;
                if (!row.downloadable) {
                    ++refused;
                    continue;
                }
                ArchiveItem item;
                item.mediaId = row.id;
                item.childId = child.id;
                item.childName = child.name;
                item.key = child.id + QLatin1Char('/') + row.id;
                item.date = date;
                item.day = portaltime::dayOf(date);
                item.video = row.video;
                item.description = row.description;
                item.folder = archivelayout::mediaFolder(scope.organisation, child.name, item.day);
                item.baseName = archivelayout::mediaBaseName(item.day, row.id);
                items.append(item);
            }
            if (page.size() < pageSize)
                break;
            const PhotoRow last = page.last();
            page = photos.older(child.id, &last, pageSize);
        }
    }
    if (notDownloadable)
        *notDownloadable = refused;
    return items;
}

} // namespace nestje
