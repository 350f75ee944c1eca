// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/location/LocationRecords.h"

#include <QStringList>

#include <optional>

namespace nestje {

class Database;

// Mijn locatie's cache: news, newsletters, information pages (with their bodies and
// attachments), the team and the organisation's contact details. All of its SQL is here.
// Writes announce their topic after the commit: "news", "newsletters", "pages", "team",
// "contact".
class LocationStore
{
public:
    explicit LocationStore(Database &db)
        : m_db(db)
    {
    }

    // --- written by the syncs
    // The full news list: items gone from the portal go (with their bodies).
    bool replaceNews(const QList<NewsItem> &items);
    // A news item's or page's body; replaces the attachments it had.
    bool storeBody(const QString &contentId, const ContentBody &body, const QString &topic);
    bool upsertNewsletters(const QList<Newsletter> &items);
    // After the last page: newsletters the portal no longer lists go.
    bool keepOnlyNewsletters(const QStringList &ids);
    bool storeNewsletterHtml(const QString &newsletterId, const QString &html);
    bool replacePages(const QList<InfoPage> &pages);
    bool replaceTeam(const QList<TeamMember> &members);
    bool replaceCustomerInfo(const CustomerInfo &info);

    QStringList newsWithoutBody() const;
    QStringList newslettersWithoutHtml() const;
    QStringList pagesWithoutBody() const;

    // --- the parent read something (local first: the badge clears at once)
    bool markNewsRead(const QString &id);
    bool markNewsletterRead(const QString &id);

    // --- reads
    // Newest first; `limit` < 0 for all.
    QList<NewsItem> news(int limit = -1) const;
    std::optional<NewsItem> newsItem(const QString &id) const;
    QList<Newsletter> newsletters(int limit = -1) const;
    std::optional<Newsletter> newsletter(const QString &id) const;
    // The newsletter's document as the portal sent it ("" until fetched).
    QString newsletterHtml(const QString &id) const;
    QList<InfoPage> pages() const;
    std::optional<InfoPage> page(const QString &id) const;
    // A news item's or page's body; nullopt until fetched.
    std::optional<ContentBody> body(const QString &contentId) const;
    QList<TeamMember> team() const;
    std::optional<TeamMember> teamMember(const QString &id) const;
    std::optional<CustomerInfo> customerInfo() const;
    // The organisation's own name ("Kinderdagverblijf De Boomhut"); empty until synced.
    QString organisationName() const;

    int unreadNewsCount() const;
    int unreadNewsletterCount() const;
    int newsCount() const;
    int newsletterCount() const;
    int pageCount() const;
    int teamCount() const;

private:
    Database &m_db;
};

} // namespace nestje
