// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace nestje {

class Database;

// One photo or video to have in the archive, in one child's folder.
struct ArchiveItem
{
    QString key; // "<child id>/<media id>": the manifest's key
    QString mediaId;
    QString childId;
    QString childName;
    qint64 date = 0; // when it was taken, ms since the epoch
    QDate day;       // the portal's day of `date`
    bool video = false;
    QString description;
    QString folder;   // relative: <organisation>/<child>/<yyyy>
    QString baseName; // <yyyy-mm-dd>_<id>, the extension follows from the bytes
};

// Which children and from when: the parent's choice (all children, everything by default).
struct ArchiveScope
{
    QString organisation;
    QString child; // a child's id or first name; empty: every child
    QDate since;   // invalid: from the beginning
};

// A child whose archive is being made.
struct ArchiveChild
{
    QString id;
    QString name;
    bool active = true;
};

// What to save, read from the stores (AccountStore for the children, PhotoStore for the
// media): every photo and video tagged with one of the family's children, per child, newest
// first. Media the organisation does not let parents download are left out and counted.
class ArchivePlan
{
public:
    static QList<ArchiveChild> children(Database &db, const ArchiveScope &scope);
    static QList<ArchiveItem> media(Database &db, const ArchiveScope &scope,
                                    int *notDownloadable = nullptr);
};

} // namespace nestje
