#pragma once

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nestje {

// Children and the organisation's content: news, newsletters, documents, pages, team.
class ContentStore
{
public:
    explicit ContentStore(Database &db) : m_db(db) {}

    bool replaceChildren(const QJsonObject &childrenPayload); // {activeChildren, inactiveChildren}
    bool replaceNews(const QJsonArray &newsItems);
    bool storeNewsBody(const QString &newsId, const QJsonObject &container);
    bool upsertNewsletters(const QJsonArray &newsletterItems);
    bool storeNewsletterHtml(const QString &newsletterId, const QString &html);
    bool replaceDocuments(const QString &type, const QJsonArray &items);
    bool replacePages(const QJsonArray &pages);
    bool storePageBody(const QString &pageId, const QJsonObject &container);
    bool replaceTeam(const QJsonArray &members);
    bool replaceCredits(const QJsonObject &creditsPayload); // {unit, children: [{childId, credits}]}
    bool replaceRequests(const QJsonArray &requests);
    // Kinds of notifications the parent wants as push (notification settings; all by default).
    QStringList pushEnabledKinds() const;
    // Organisation settings the app reads: capabilities, notification settings …
    bool setSetting(const QString &key, const QString &value);
    QString setting(const QString &key) const;

    int childCount() const;
    int newsCount() const;
    int newsletterCount() const;
    int documentCount() const;
    QStringList newsWithoutBody() const;
    QStringList newslettersWithoutHtml() const;
    QStringList pagesWithoutBody() const;
    int pageCount() const;
    int teamCount() const;
    int creditCount() const;
    int requestCount() const;

private:
    Database &m_db;
};

// Small key/value facts about the sync: last success, last offsets, unread counters.
class SyncState
{
public:
    explicit SyncState(Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace nestje
