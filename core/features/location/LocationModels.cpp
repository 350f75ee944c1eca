// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/LocationModels.h"

#include "features/account/AccountStore.h"
#include "features/location/LocationDownload.h"
#include "features/location/LocationStore.h"
#include "text/PortalTime.h"

#include <QFile>
#include <QUrl>

namespace nestje {

namespace {
QString dayOf(qint64 date)
{
    return date > 0 ? portaltime::dayLabel(portaltime::dayOf(date), portaltime::today())
                    : QString();
}

// "Juf Anna" -> "JA": shown where a photo is missing or not loaded yet.
QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (initials.size() < 2 && word.at(0).isLetter())
            initials += word.at(0).toUpper();
    }
    return initials;
}
} // namespace

NewsModel::NewsModel(QObject *parent)
    : LocationListModel({QStringLiteral("news")},
                        {"title", "snippet", "date", "day", "isNew", "hasAttachment"}, parent)
{
}

QList<QVariantMap> NewsModel::readRows(LocationStore &store, int limit) const
{
    QList<QVariantMap> rows;
    for (const NewsItem &item : store.news(limit))
        rows << QVariantMap{{QStringLiteral("key"), item.id},
                            {QStringLiteral("title"), item.title},
                            {QStringLiteral("snippet"), item.snippet},
                            {QStringLiteral("date"), item.date},
                            {QStringLiteral("day"), dayOf(item.date)},
                            {QStringLiteral("isNew"), item.isNew},
                            {QStringLiteral("hasAttachment"), item.hasAttachment}};
    return rows;
}

NewsletterModel::NewsletterModel(QObject *parent)
    : LocationListModel({QStringLiteral("newsletters")},
                        {"title", "snippet", "date", "day", "isNew"}, parent)
{
}

QList<QVariantMap> NewsletterModel::readRows(LocationStore &store, int limit) const
{
    QList<QVariantMap> rows;
    for (const Newsletter &item : store.newsletters(limit))
        rows << QVariantMap{
            {QStringLiteral("key"), item.id},          {QStringLiteral("title"), item.subject},
            {QStringLiteral("snippet"), item.snippet}, {QStringLiteral("date"), item.date},
            {QStringLiteral("day"), dayOf(item.date)}, {QStringLiteral("isNew"), item.unread}};
    return rows;
}

InfoPageModel::InfoPageModel(QObject *parent)
    : LocationListModel({QStringLiteral("pages")}, {"title"}, parent)
{
}

QList<QVariantMap> InfoPageModel::readRows(LocationStore &store, int limit) const
{
    QList<QVariantMap> rows;
    for (const InfoPage &page : store.pages()) {
        if (limit >= 0 && rows.size() >= limit)
            break;
        rows << QVariantMap{{QStringLiteral("key"), page.id},
                            {QStringLiteral("title"), page.title}};
    }
    return rows;
}

TeamModel::TeamModel(QObject *parent)
    : LocationListModel({QStringLiteral("team")},
                        {"name", "role", "bio", "groupName", "initials", "avatar"}, parent)
{
}

QList<QVariantMap> TeamModel::readRows(LocationStore &store, int limit) const
{
    QList<QVariantMap> rows;
    AccountSession *session = account();
    for (const TeamMember &member : store.team()) {
        // The photo once TeamPhotos brought it onto this device; the initials until then.
        const QString photo = session && !member.avatarUrl.isEmpty()
                                  ? locationfiles::imagePath(*session, QUrl(member.avatarUrl))
                                  : QString();
        if (limit >= 0 && rows.size() >= limit)
            break;
        rows << QVariantMap{{QStringLiteral("key"), member.id},
                            {QStringLiteral("name"), member.name},
                            {QStringLiteral("role"), member.role},
                            {QStringLiteral("bio"), member.bio},
                            {QStringLiteral("groupName"), member.groupName},
                            {QStringLiteral("initials"), initialsOf(member.name)},
                            {QStringLiteral("avatar"), !photo.isEmpty() && QFile::exists(photo)
                                                           ? QUrl::fromLocalFile(photo).toString()
                                                           : QString()}};
    }
    return rows;
}

// "childDetails" is the account feature's topic: its placements say where the children go.
OrganisationLocationModel::OrganisationLocationModel(QObject *parent)
    : LocationListModel({QStringLiteral("contact"), QStringLiteral("childDetails")},
                        {"name", "address", "phone"}, parent)
{
}

QList<QVariantMap> OrganisationLocationModel::readRows(LocationStore &store, int limit) const
{
    QList<QVariantMap> rows;
    const std::optional<CustomerInfo> info = store.customerInfo();
    if (!info)
        return rows;
    // The portal lists every location of the organisation; a parent needs the ones their
    // children go to. The placements come from the account feature (read only). Without them
    // (a portal that does not offer child details, or not synced yet) every location shows.
    QSet<QString> placed;
    if (Database *db = database())
        placed = AccountStore(*db).currentLocationNames(
            portaltime::startOfDay(portaltime::today()));
    for (const OrganisationLocation &place : info->locations) {
        if (limit >= 0 && rows.size() >= limit)
            break;
        if (!placed.isEmpty() && !placed.contains(place.name))
            continue;
        rows << QVariantMap{{QStringLiteral("key"), place.id.isEmpty() ? place.name : place.id},
                            {QStringLiteral("name"), place.name},
                            {QStringLiteral("address"), place.address},
                            {QStringLiteral("phone"), place.phone}};
    }
    return rows;
}

} // namespace nestje
