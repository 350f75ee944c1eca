// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveAccountPages.h"

#include "features/account/AccountStore.h"
#include "features/archive/ArchiveHtml.h"
#include "features/archive/ArchiveLayout.h"
#include "features/location/LocationStore.h"
#include "text/PortalTime.h"
#include "text/Sanitiser.h"

#include <QFileInfo>
#include <QLocale>

namespace nestje {

using archivehtml::esc;

namespace {
// The organisation's HTML, safe and inert: an image the archive saved shows from the
// archive's copy (`localImage(n)` for the n-th kept image, counted from 1), any other becomes
// its alt text. Nothing is loaded from the portal.
QString inertHtml(const QString &html, const QUrl &portal,
                  const std::function<QString(int)> &localImage = {})
{
    SanitiseOptions options;
    int seen = 0;
    options.mapImage = [&](const QUrl &) { return localImage ? localImage(++seen) : QString(); };
    return sanitiseHtml(html, portal, options);
}

int save(const QString &root, const QString &path, const QByteArray &content, QStringList *failures)
{
    const int result = archivehtml::writeIfChanged(root + QLatin1Char('/') + path, content);
    if (result < 0 && failures)
        failures->append(QObject::tr("%1 could not be written").arg(path));
    return std::max(0, result);
}
} // namespace

ArchiveAccountPages::ArchiveAccountPages(Database &db, const QString &root,
                                         const ArchiveScope &scope, const ArchiveManifest &manifest,
                                         const QUrl &portal)
    : m_db(db)
    , m_root(root)
    , m_scope(scope)
    , m_manifest(manifest)
    , m_portal(portal)
{
}

void ArchiveAccountPages::setConversations(const QList<ArchivePageLink> &conversations)
{
    m_conversations = conversations;
}

QList<ArchivePageLink> ArchiveAccountPages::writeNews(int *written, QStringList *failures)
{
    QList<ArchivePageLink> links;
    const LocationStore store(m_db);
    const QString folder = archivelayout::newsFolder(m_scope.organisation);
    const QString index = archivelayout::accountIndexPage(m_scope.organisation);
    for (const NewsItem &news : store.news()) {
        const std::optional<ContentBody> content = store.body(news.id);
        if (!content)
            continue;
        const QDate day = portaltime::dayOf(news.date);
        const QString path = folder + QLatin1Char('/') + archivelayout::datedName(day, news.id) +
                             QStringLiteral(".html");
        QString body =
            QStringLiteral("<nav><a href=\"%1\">%2</a></nav>\n<h1>%3</h1>\n"
                           "<p class=\"who\"><time datetime=\"%4\">%5</time></p>\n"
                           "<div class=\"content\">%6</div>\n")
                .arg(esc(archivehtml::relativeLink(m_root, folder, index)),
                     esc(m_scope.organisation), esc(news.title), day.toString(Qt::ISODate),
                     esc(archivehtml::dayHeading(day)),
                     inertHtml(content->html, m_portal, [&](int n) {
                         const ArchiveManifest::Entry saved = m_manifest.entry(
                             QStringLiteral("news/%1/image-%2").arg(news.id).arg(n));
                         return saved.path.isEmpty()
                                    ? QString()
                                    : archivehtml::relativeLink(m_root, folder, saved.path);
                     }));
        QString files;
        for (const ContentAttachment &a : content->attachments) {
            const ArchiveManifest::Entry saved =
                m_manifest.entry(QStringLiteral("news/%1/%2").arg(news.id, a.fileName));
            if (!saved.path.isEmpty())
                files += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                             .arg(esc(archivehtml::relativeLink(m_root, folder, saved.path)),
                                  esc(a.fileName));
        }
        if (!files.isEmpty())
            body += QStringLiteral("<h2>%1</h2>\n<ul class=\"list\">%2</ul>\n")
                        .arg(esc(QObject::tr("Attachments")), files);
        *written += save(m_root, path, archivehtml::page(news.title, body), failures);
        links.append({path, news.title, news.date});
    }
    return links;
}

QList<ArchivePageLink> ArchiveAccountPages::writeNewsletters(int *written, QStringList *failures)
{
    QList<ArchivePageLink> links;
    const LocationStore store(m_db);
    const QString folder = archivelayout::newsletterFolder(m_scope.organisation);
    const QString index = archivelayout::accountIndexPage(m_scope.organisation);
    for (const Newsletter &letter : store.newsletters()) {
        const QString html = store.newsletterHtml(letter.id);
        if (html.isEmpty())
            continue; // not fetched yet
        const QDate day = portaltime::dayOf(letter.date);
        const QString path = folder + QLatin1Char('/') + archivelayout::datedName(day, letter.id) +
                             QStringLiteral(".html");
        const QString body =
            QStringLiteral("<nav><a href=\"%1\">%2</a></nav>\n<h1>%3</h1>\n"
                           "<p class=\"who\"><time datetime=\"%4\">%5</time></p>\n"
                           "<div class=\"content\">%6</div>\n")
                .arg(esc(archivehtml::relativeLink(m_root, folder, index)),
                     esc(m_scope.organisation), esc(letter.subject), day.toString(Qt::ISODate),
                     esc(archivehtml::dayHeading(day)), inertHtml(html, m_portal));
        *written += save(m_root, path, archivehtml::page(letter.subject, body), failures);
        links.append({path, letter.subject, letter.date});
    }
    return links;
}

QString ArchiveAccountPages::documentSections() const
{
    const QString index = archivelayout::accountIndexPage(m_scope.organisation);
    const QString from = QFileInfo(index).path();
    QString sections;
    const QList<QPair<QString, QString>> types = {
        {QStringLiteral("invoice"), QObject::tr("Invoices")},
        {QStringLiteral("annualstatement"), QObject::tr("Annual statements")},
        {QStringLiteral("document"), QObject::tr("Documents")}};
    const QList<DocumentRecord> documents = AccountStore(m_db).documents();
    for (const auto &[type, heading] : types) {
        QList<ArchivePageLink> links;
        for (const DocumentRecord &doc : documents) {
            const bool ofType = doc.type == type || (type == QLatin1String("document") &&
                                                     doc.type != QLatin1String("invoice") &&
                                                     doc.type != QLatin1String("annualstatement"));
            if (!ofType)
                continue;
            const ArchiveManifest::Entry saved = m_manifest.entry(
                QStringLiteral("doc/%1/%2/%3").arg(doc.type, doc.adminId, doc.itemId));
            if (!saved.path.isEmpty())
                links.append({saved.path, doc.subject, doc.date});
        }
        if (!links.isEmpty())
            sections += QStringLiteral("<h2>%1</h2>\n%2")
                            .arg(esc(heading), archivePageList(m_root, from, links));
    }
    return sections;
}

int ArchiveAccountPages::write(QStringList *failures)
{
    int written = 0;
    const QList<ArchivePageLink> news = writeNews(&written, failures);
    const QList<ArchivePageLink> newsletters = writeNewsletters(&written, failures);

    const QString index = archivelayout::accountIndexPage(m_scope.organisation);
    const QString from = QFileInfo(index).path();
    QString body = QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
                       .arg(esc(m_scope.organisation), esc(QObject::tr("Saved by Nestje")));
    QString children;
    for (const ArchiveChild &child : ArchivePlan::children(m_db, m_scope))
        children +=
            QStringLiteral("<a href=\"%1\">%2</a> ")
                .arg(esc(archivehtml::relativeLink(
                         m_root, from, archivelayout::indexPage(m_scope.organisation, child.name))),
                     esc(child.name));
    if (!children.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n<nav>%2</nav>\n")
                    .arg(esc(QObject::tr("Children")), children);
    const QList<QPair<QString, QList<ArchivePageLink>>> lists = {
        {QObject::tr("Conversations"), m_conversations},
        {QObject::tr("News"), news},
        {QObject::tr("Newsletters"), newsletters}};
    for (const auto &[heading, links] : lists) {
        if (!links.isEmpty())
            body += QStringLiteral("<h2>%1</h2>\n%2")
                        .arg(esc(heading), archivePageList(m_root, from, links));
    }
    body += documentSections();
    written += save(m_root, index, archivehtml::page(m_scope.organisation, body), failures);
    return written;
}

} // namespace nestje
