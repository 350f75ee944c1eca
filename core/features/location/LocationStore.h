// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace nestje {

class Database;

// The organisation's own content: news, newsletters, information pages and the team.
class LocationStore
{
public:
    explicit LocationStore(Database &db) : m_db(db) {}

    bool replaceNews(const QJsonArray &newsItems);
    bool storeNewsBody(const QString &newsId, const QJsonObject &container);
    bool upsertNewsletters(const QJsonArray &newsletterItems);
    bool storeNewsletterHtml(const QString &newsletterId, const QString &html);
    bool replacePages(const QJsonArray &pages);
    bool storePageBody(const QString &pageId, const QJsonObject &container);
    bool replaceTeam(const QJsonArray &members);
    QStringList newsWithoutBody() const;
    QStringList newslettersWithoutHtml() const;
    QStringList pagesWithoutBody() const;
    int newsCount() const;
    int newsletterCount() const;
    int pageCount() const;
    int teamCount() const;

private:
    Database &m_db;
};

} // namespace nestje
