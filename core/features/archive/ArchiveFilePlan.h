// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/archive/ArchivePlan.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace nestje {

class Database;

// A file of the archive that is not a timeline photo: a message's photo, video or file, a
// news item's image or attachment, an invoice, annual statement or document.
struct ArchiveFileItem
{
    enum class Source
    {
        SignedLink, // `url` is a signed link (no credentials; it may expire)
        Portal      // `url` is a route of the portal, fetched with the account's token
    };
    // Who holds the link, so an expired one can be asked for again.
    enum class Owner
    {
        Message, // ownerId: the conversation; fileId: the attachment's id
        News,    // ownerId: the news item; fileId: the attachment's file name or "image-<n>"
        Document
    };

    QString key; // the manifest's: "msg/…", "news/…", "doc/…"
    Source source = Source::SignedLink;
    Owner owner = Owner::Message;
    QString url;
    QString contentType; // what the bytes must be: "application/pdf", "image/*"; "" any
    QString folder;      // relative to the archive's root
    QString baseName;    // without extension
    QString extension;   // "" : from the bytes
    qint64 date = 0;     // the message's or item's time: the file's date (and a photo's EXIF)
    QString description;
    bool video = false;
    QString ownerId;
    QString fileId;
};

// What else the archive should hold, read from the other features' stores (MessageStore,
// LocationStore, AccountStore). Conversations of the children in scope (and, when the scope is
// every child, those about no one child); news and documents only when the scope is the whole
// account. What the organisation does not offer is simply not in the stores, so not planned.
namespace archivefiles {

// `portal`: the portal's address; a news item's images are kept only when they come from it
// (as the sanitiser keeps them).
QList<ArchiveFileItem> plan(Database &db, const ArchiveScope &scope, const QUrl &portal);

// The images of a news item's HTML the sanitiser keeps (the portal's own), in the order they
// appear: the n-th is saved as "news/<id>/image-<n>".
QStringList newsImages(const QString &html, const QUrl &portal);

} // namespace archivefiles

} // namespace nestje
