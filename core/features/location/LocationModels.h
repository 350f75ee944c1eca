// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/location/LocationListModel.h"

// Mijn locatie's lists, created in QML where they are shown: `NewsModel { session: App.session }`.
// Every value is plain text (or a number/bool); dates are also given as the portal's day label.
namespace nestje {

// Nieuws, newest first. Roles: key (the item's id), title, snippet, date (ms), day ("Vandaag",
// "dinsdag 4 november"), isNew, hasAttachment.
class NewsModel : public nestje::LocationListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit NewsModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(LocationStore &store, int limit) const override;
};

// Nieuwsbrieven, newest first. Roles: key, title (the subject), snippet, date, day, isNew (unread).
class NewsletterModel : public nestje::LocationListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit NewsletterModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(LocationStore &store, int limit) const override;
};

// Informatiepagina's in the organisation's order. Roles: key, title.
class InfoPageModel : public nestje::LocationListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit InfoPageModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(LocationStore &store, int limit) const override;
};

// Ons team: the staff of the family's groups. Roles: key, name, role, bio, groupName,
// initials, avatar (a local file URL once TeamPhotos fetched it, else "").
class TeamModel : public nestje::LocationListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit TeamModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(LocationStore &store, int limit) const override;
};

// The locations the family's children go to (every location when placements are unknown),
// from the organisation's contact details. Roles: key, name, address, phone.
class OrganisationLocationModel : public nestje::LocationListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit OrganisationLocationModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(LocationStore &store, int limit) const override;
};

} // namespace nestje
