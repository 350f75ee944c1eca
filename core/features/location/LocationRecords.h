// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Mijn locatie's records: everything the tab shows, as plain fields. LocationParser is the only
// code that reads the portal's JSON for them.
namespace nestje {

// A news item in the list (reference §5.P10).
struct NewsItem
{
    QString id;
    QString title;
    QString snippet; // plain text
    qint64 date = 0;
    bool isNew = false;
    bool hasAttachment = false; // known once the body is in the store
};

// A file attached to a news item or page (Nestje extension of P11: an `attachment` item).
struct ContentAttachment
{
    QString fileName;
    QString url; // signed, may expire: fetched again with the body on the next sync
    QString contentType;
};

// A news item's or information page's body (P11): its text parts joined as HTML (still the
// organisation's HTML: it goes through the sanitiser when shown), its images' media ids and
// its attachments.
struct ContentBody
{
    QString html;
    QStringList imageUrls; // the image parts' medium URLs (signed)
    QList<ContentAttachment> attachments;
};

// A newsletter in the list (P8).
struct Newsletter
{
    QString id;
    QString subject;
    QString snippet; // plain text
    qint64 date = 0;
    bool unread = false;
};

// One page of P8.
struct NewsletterPage
{
    QList<Newsletter> items;
    bool moreItems = false;
};

// An information page of the organisation (Nestje extension X2).
struct InfoPage
{
    QString id;
    QString title;
};

// A member of staff (Nestje extension X3).
struct TeamMember
{
    QString id;
    QString name;
    QString role;
    QString bio;       // plain text
    QString groupName; // the group they work on
    QString avatarUrl; // medium, signed; "" when none
};

// A place the organisation runs (P2 `locations`, extension).
struct OrganisationLocation
{
    QString id;
    QString name;
    QString address;
    QString phone;
};

// The organisation's contact details (P2).
struct CustomerInfo
{
    QString name;
    QString type; // "KDV", "BSO"
    QString address;
    QString phone;
    QString email;
    QString website;
    QList<OrganisationLocation> locations;
};

} // namespace nestje
