// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveConversationPages.h"

#include "features/archive/ArchiveHtml.h"
#include "features/archive/ArchiveLayout.h"
#include "features/messages/MessageStore.h"
#include "text/PortalTime.h"

#include <QFileInfo>

namespace nestje {

using archivehtml::esc;

ArchiveConversationPages::ArchiveConversationPages(Database &db, const QString &root,
                                                   const ArchiveScope &scope,
                                                   const ArchiveManifest &manifest)
    : m_db(db)
    , m_root(root)
    , m_scope(scope)
    , m_manifest(manifest)
{
}

int ArchiveConversationPages::write(QStringList *failures)
{
    int written = 0;
    QHash<QString, QString> childNames;
    for (const ArchiveChild &child : ArchivePlan::children(m_db, m_scope))
        childNames.insert(child.id, child.name);
    const MessageStore store(m_db);
    for (const MessageThread &thread : store.threads()) {
        const bool ofChild = childNames.contains(thread.childId);
        if (!ofChild && !m_scope.child.isEmpty())
            continue;
        const QList<ThreadMessage> messages = store.messages(thread.id);
        if (messages.isEmpty())
            continue; // its details are not here yet: the next run writes it
        const QString childName = ofChild ? childNames.value(thread.childId) : QString();
        const QString folder = archivelayout::conversationFolder(m_scope.organisation, childName);
        const QString path =
            folder + QLatin1Char('/') +
            archivelayout::datedName(portaltime::dayOf(messages.first().date), thread.id) +
            QStringLiteral(".html");

        const QString up = ofChild ? archivelayout::indexPage(m_scope.organisation, childName)
                                   : archivelayout::accountIndexPage(m_scope.organisation);
        QString body =
            QStringLiteral("<nav><a href=\"%1\">%2</a></nav>\n<h1>%3</h1>\n")
                .arg(esc(archivehtml::relativeLink(m_root, folder, up)),
                     esc(ofChild ? QObject::tr("All of %1").arg(childName) : m_scope.organisation),
                     esc(thread.subject));
        QStringList about;
        if (!thread.childName.isEmpty())
            about << thread.childName;
        if (!thread.groupName.isEmpty())
            about << thread.groupName;
        if (!about.isEmpty())
            body += QStringLiteral("<p class=\"who\">%1</p>\n")
                        .arg(esc(about.join(QStringLiteral(" · "))));
        for (const ThreadMessage &message : messages) {
            const QDateTime when = portaltime::local(message.date);
            body +=
                QStringLiteral("<article id=\"m%1\"><h2><time datetime=\"%2\">%3, %4</time></h2>\n")
                    .arg(esc(message.id), when.toString(QStringLiteral("yyyy-MM-ddTHH:mm")),
                         esc(archivehtml::dayHeading(when.date())),
                         when.toString(QStringLiteral("HH:mm")));
            if (!message.writtenBy.isEmpty())
                body +=
                    QStringLiteral("<p class=\"who\">%1</p>\n")
                        .arg(esc(message.fromParent
                                     ? QObject::tr("Written by %1 (parent)").arg(message.writtenBy)
                                     : QObject::tr("Written by %1").arg(message.writtenBy)));
            if (!message.text.isEmpty())
                body += QStringLiteral("<p class=\"text\">%1</p>\n").arg(esc(message.text));
            QString grid, files;
            for (const MessageAttachment &a : message.attachments) {
                const ArchiveManifest::Entry saved = m_manifest.entry(
                    QStringLiteral("msg/%1/%2/%3").arg(thread.id, message.id, a.id));
                if (saved.path.isEmpty())
                    continue; // not saved (yet): no link that leads nowhere
                const QString href = esc(archivehtml::relativeLink(m_root, folder, saved.path));
                if (a.kind == MessageAttachment::Kind::Photo)
                    grid += QStringLiteral(
                                "<a href=\"%1\"><img loading=\"lazy\" src=\"%1\" alt=\"%2\"></a>")
                                .arg(href, esc(a.name));
                else if (a.kind == MessageAttachment::Kind::Video)
                    grid += QStringLiteral("<a href=\"%1\">▶ %2</a>")
                                .arg(href, esc(QObject::tr("Video")));
                else
                    files += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                                 .arg(href, esc(a.name.isEmpty() ? QFileInfo(saved.path).fileName()
                                                                 : a.name));
            }
            if (!grid.isEmpty())
                body += QStringLiteral("<div class=\"grid\">%1</div>\n").arg(grid);
            if (!files.isEmpty())
                body += QStringLiteral("<ul class=\"list\">%1</ul>\n").arg(files);
            body += QStringLiteral("</article>\n");
        }
        const int result = archivehtml::writeIfChanged(m_root + QLatin1Char('/') + path,
                                                       archivehtml::page(thread.subject, body));
        if (result < 0 && failures)
            failures->append(QObject::tr("%1 could not be written").arg(path));
        written += std::max(0, result);
        m_links[ofChild ? thread.childId : QString()].append({path, thread.subject, thread.date});
    }
    return written;
}

} // namespace nestje
