// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveFilePlan.h"

#include "features/account/AccountStore.h"
#include "features/archive/ArchiveLayout.h"
#include "features/location/LocationStore.h"
#include "features/messages/MessageStore.h"
#include "text/PortalTime.h"
#include "text/Sanitiser.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace nestje::archivefiles {

namespace {

// A file's own name split into a safe stem and its extension ("Ziektebeleid.pdf" -> stem
// "Ziektebeleid", "pdf"); the extension only when it looks like one.
QPair<QString, QString> splitName(const QString &name)
{
    const QFileInfo info(name);
    const QString suffix = info.suffix().toLower();
    const bool plausible =
        !suffix.isEmpty() && suffix.size() <= 5 &&
        std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return plausible ? qMakePair(info.completeBaseName(), suffix) : qMakePair(name, QString());
}

void planConversations(Database &db, const ArchiveScope &scope, const qint64 since,
                       QList<ArchiveFileItem> &items)
{
    QHash<QString, QString> childNames; // id -> folder name, the children in scope
    for (const ArchiveChild &child : ArchivePlan::children(db, scope))
        childNames.insert(child.id, child.name);
    const MessageStore store(db);
    for (const MessageThread &thread : store.threads()) {
        const bool ofChild = childNames.contains(thread.childId);
        // A conversation about no one child (or a child no longer listed) is the account's.
        if (!ofChild && !scope.child.isEmpty())
            continue;
        if (thread.date < since)
            continue;
        const QList<ThreadMessage> messages = store.messages(thread.id);
        const QString folder = archivelayout::attachmentFolder(archivelayout::conversationFolder(
            scope.organisation, ofChild ? childNames.value(thread.childId) : QString()));
        for (const ThreadMessage &message : messages) {
            if (message.date < since)
                continue;
            const QDate day = portaltime::dayOf(message.date);
            for (const MessageAttachment &a : message.attachments) {
                if (a.fullUrl.isEmpty())
                    continue;
                ArchiveFileItem item;
                item.key = QStringLiteral("msg/%1/%2/%3").arg(thread.id, message.id, a.id);
                item.owner = ArchiveFileItem::Owner::Message;
                item.url = a.fullUrl;
                item.folder = folder;
                item.date = message.date;
                item.ownerId = thread.id;
                item.fileId = a.id;
                if (a.kind == MessageAttachment::Kind::File) {
                    const auto [stem, extension] = splitName(a.name.isEmpty() ? a.id : a.name);
                    item.baseName =
                        archivelayout::datedName(day, message.id + QLatin1Char('_') + stem);
                    item.extension = extension;
                    item.contentType = a.contentType;
                    item.description = a.name;
                } else {
                    item.baseName = archivelayout::datedName(day, a.id);
                    item.video = a.kind == MessageAttachment::Kind::Video;
                    item.description = a.name;
                }
                items.append(item);
            }
        }
    }
}

void planNews(Database &db, const ArchiveScope &scope, const qint64 since, const QUrl &portal,
              QList<ArchiveFileItem> &items)
{
    const LocationStore store(db);
    const QString folder =
        archivelayout::attachmentFolder(archivelayout::newsFolder(scope.organisation));
    for (const NewsItem &news : store.news()) {
        if (news.date < since)
            continue;
        const std::optional<ContentBody> body = store.body(news.id);
        if (!body)
            continue; // not fetched yet: the next run has it
        const QDate day = portaltime::dayOf(news.date);
        const auto add = [&](const QString &fileId, const QString &url, const QString &name,
                             const QString &contentType) {
            ArchiveFileItem item;
            item.key = QStringLiteral("news/%1/%2").arg(news.id, fileId);
            item.owner = ArchiveFileItem::Owner::News;
            item.url = url;
            item.contentType = contentType;
            item.folder = folder;
            const auto [stem, extension] = splitName(name);
            item.baseName = archivelayout::datedName(day, news.id + QLatin1Char('_') + stem);
            item.extension = extension;
            item.date = news.date;
            item.description = news.title;
            item.ownerId = news.id;
            item.fileId = fileId;
            items.append(item);
        };
        const QStringList images = newsImages(body->html, portal);
        for (qsizetype i = 0; i < images.size(); ++i) {
            const QString id = QStringLiteral("image-%1").arg(i + 1);
            add(id, images[i], id, QStringLiteral("image/*"));
        }
        for (const ContentAttachment &a : body->attachments)
            add(a.fileName, a.url, a.fileName, a.contentType);
    }
}

void planDocuments(Database &db, const ArchiveScope &scope, const qint64 since,
                   QList<ArchiveFileItem> &items)
{
    QSet<QString> taken; // two documents of one day with one subject keep both
    for (const DocumentRecord &doc : AccountStore(db).documents()) {
        if (!doc.hasAttachment || doc.date < since)
            continue;
        ArchiveFileItem item;
        item.key = QStringLiteral("doc/%1/%2/%3").arg(doc.type, doc.adminId, doc.itemId);
        item.source = ArchiveFileItem::Source::Portal;
        item.owner = ArchiveFileItem::Owner::Document;
        item.url = QStringLiteral("/restservices-parent/administration/%1/%2/%3")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(doc.adminId)),
                            QString::fromLatin1(QUrl::toPercentEncoding(doc.type)),
                            QString::fromLatin1(QUrl::toPercentEncoding(doc.itemId)));
        item.contentType = QStringLiteral("application/pdf");
        item.folder = archivelayout::documentFolder(scope.organisation, doc.type);
        item.baseName = archivelayout::datedName(portaltime::dayOf(doc.date), doc.subject);
        if (taken.contains(item.folder + item.baseName))
            item.baseName += QLatin1Char('_') + archivelayout::safeName(doc.itemId);
        taken.insert(item.folder + item.baseName);
        item.extension = QStringLiteral("pdf");
        item.date = doc.date;
        item.description = doc.subject;
        items.append(item);
    }
}

} // namespace

QStringList newsImages(const QString &html, const QUrl &portal)
{
    QStringList urls;
    SanitiseOptions options;
    options.mapImage = [&urls](const QUrl &url) {
        urls << url.toString();
        return QString();
    };
    sanitiseHtml(html, portal, options);
    return urls;
}

QList<ArchiveFileItem> plan(Database &db, const ArchiveScope &scope, const QUrl &portal)
{
    const qint64 since = scope.since.isValid() ? portaltime::startOfDay(scope.since) : 0;
    QList<ArchiveFileItem> items;
    planConversations(db, scope, since, items);
    if (scope.child.isEmpty()) {
        // The organisation's news and the family's paperwork belong to the whole account.
        planNews(db, scope, since, portal, items);
        planDocuments(db, scope, since, items);
    }
    return items;
}

} // namespace nestje::archivefiles
