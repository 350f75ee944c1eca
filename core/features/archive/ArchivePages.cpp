// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchivePages.h"

#include "features/archive/ArchiveHtml.h"
#include "features/archive/ArchiveLayout.h"
#include "features/timeline/PhotoStore.h"
#include "features/timeline/TimelineStore.h"
#include "text/PortalTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSaveFile>

namespace nestje {

using archivehtml::dayHeading;
using archivehtml::esc;
using archivehtml::monthHeading;
using archivehtml::page;

QString archivePageList(const QString &root, const QString &fromFolder,
                        const QList<ArchivePageLink> &links)
{
    QString list = QStringLiteral("<ul class=\"list\">\n");
    for (const ArchivePageLink &link : links) {
        const QDate day = portaltime::dayOf(link.date);
        list +=
            QStringLiteral("<li><time datetime=\"%1\">%2</time> · <a href=\"%3\">%4</a></li>\n")
                .arg(day.toString(Qt::ISODate), esc(QLocale().toString(day, QLocale::ShortFormat)),
                     esc(archivehtml::relativeLink(root, fromFolder, link.path)),
                     esc(link.title.isEmpty() ? QObject::tr("(no subject)") : link.title));
    }
    return list + QStringLiteral("</ul>\n");
}

ArchivePages::ArchivePages(Database &db, const QString &root, const QString &organisation,
                           const ArchiveChild &child)
    : m_db(db)
    , m_root(root)
    , m_organisation(organisation)
    , m_child(child)
{
}

void ArchivePages::addFile(const QString &mediaId, const QString &relativePath)
{
    m_files.insert(mediaId, relativePath);
}

void ArchivePages::setConversations(const QList<ArchivePageLink> &conversations)
{
    m_conversations = conversations;
}

void ArchivePages::setAccountPage(const QString &relativePath)
{
    m_accountPage = relativePath;
}

QString ArchivePages::relativeLink(const QString &fromFolder, const QString &target) const
{
    return archivehtml::relativeLink(m_root, fromFolder, target);
}

QString ArchivePages::mediaLink(const QString &fromFolder, const QString &mediaId, bool video,
                                const QString &description) const
{
    const QString target = m_files.value(mediaId);
    if (target.isEmpty())
        return {};
    const QString href = esc(relativeLink(fromFolder, target));
    const QString alt = esc(description);
    if (video)
        return QStringLiteral("<a href=\"%1\" title=\"%2\">▶ %3</a>")
            .arg(href, alt, esc(QObject::tr("Video")));
    return QStringLiteral(
               "<a href=\"%1\"><img loading=\"lazy\" src=\"%1\" alt=\"%2\" title=\"%2\"></a>")
        .arg(href, alt);
}

int ArchivePages::write(QStringList *failures)
{
    int written = 0;
    const QString childFolder = archivelayout::childFolder(m_organisation, m_child.name);
    const auto save = [&](const QString &relative, const QByteArray &content) {
        const int result =
            archivehtml::writeIfChanged(m_root + QLatin1Char('/') + relative, content);
        if (result < 0 && failures)
            failures->append(QObject::tr("%1 could not be written").arg(relative));
        written += std::max(0, result);
    };

    // The diary, one page per month, oldest day first within the month.
    QMap<QPair<int, int>, QString> months; // (year, month) -> articles
    const TimelineStore timeline(m_db);
    for (const TimelineEntry &entry : timeline.journal(m_child.id)) {
        const QDate day = portaltime::dayOf(entry.date);
        const QString pageFolder = QFileInfo(archivelayout::diaryPage(m_organisation, m_child.name,
                                                                      day.year(), day.month()))
                                       .path();
        QString article =
            QStringLiteral("<article id=\"%1\"><h2><time datetime=\"%1\">%2</time></h2>\n")
                .arg(day.toString(Qt::ISODate), esc(dayHeading(day)));
        if (!entry.writtenBy.isEmpty())
            article += QStringLiteral("<p class=\"who\">%1</p>\n")
                           .arg(esc(entry.byParent
                                        ? QObject::tr("Written by %1 (parent)").arg(entry.writtenBy)
                                        : QObject::tr("Written by %1").arg(entry.writtenBy)));
        if (!entry.text.isEmpty())
            article += QStringLiteral("<p class=\"text\">%1</p>\n").arg(esc(entry.text));
        if (!entry.moments.isEmpty()) {
            article += QStringLiteral("<table>\n");
            for (const DayRhythmMoment &m : entry.moments) {
                const QString time = m.endTime.isEmpty()
                                         ? m.startTime
                                         : m.startTime + QStringLiteral(" – ") + m.endTime;
                QString what = esc(m.title);
                for (const QString &more : {m.description, m.remarks}) {
                    if (!more.isEmpty())
                        what += QStringLiteral("<br>") + esc(more);
                }
                article += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(time), what);
            }
            article += QStringLiteral("</table>\n");
        }
        QString media;
        for (const TimelineEntry::Media &m : entry.media)
            media += mediaLink(pageFolder, m.id, m.video, m.description);
        if (!media.isEmpty())
            article += QStringLiteral("<div class=\"grid\">%1</div>\n").arg(media);
        months[{day.year(), day.month()}] += article + QStringLiteral("</article>\n");
    }
    for (auto it = months.constBegin(); it != months.constEnd(); ++it) {
        const QString title = QObject::tr("Diary of %1, %2")
                                  .arg(m_child.name, monthHeading(it.key().first, it.key().second));
        const QString body =
            QStringLiteral("<nav><a href=\"../index.html\">%1</a></nav>\n<h1>%2</h1>\n%3")
                .arg(esc(QObject::tr("All of %1").arg(m_child.name)), esc(title), it.value());
        save(
            archivelayout::diaryPage(m_organisation, m_child.name, it.key().first, it.key().second),
            page(title, body));
    }

    // index.html: the diary's months, then every saved photo and video by year and month.
    QString body;
    if (!m_accountPage.isEmpty())
        body += QStringLiteral("<nav><a href=\"%1\">%2</a></nav>\n")
                    .arg(esc(relativeLink(childFolder, m_accountPage)), esc(m_organisation));
    body +=
        QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
            .arg(esc(m_child.name), esc(QObject::tr("%1 · saved by Nestje").arg(m_organisation)));
    if (!m_conversations.isEmpty())
        body += QStringLiteral("<h2>%1</h2>\n%2")
                    .arg(esc(QObject::tr("Conversations")),
                         archivePageList(m_root, childFolder, m_conversations));
    if (!months.isEmpty()) {
        body += QStringLiteral("<h2>%1</h2>\n<nav>").arg(esc(QObject::tr("Diary")));
        for (auto it = months.constEnd(); it != months.constBegin();) {
            --it;
            const QString relative = relativeLink(
                childFolder, archivelayout::diaryPage(m_organisation, m_child.name, it.key().first,
                                                      it.key().second));
            body += QStringLiteral("<a href=\"%1\">%2</a> ")
                        .arg(esc(relative), esc(monthHeading(it.key().first, it.key().second)));
        }
        body += QStringLiteral("</nav>\n");
    }
    const PhotoStore photos(m_db);
    QList<PhotoRow> rows = photos.older(m_child.id, nullptr, 500);
    int shownYear = 0, shownMonth = 0;
    QString grid;
    const auto closeGrid = [&] {
        if (!grid.isEmpty())
            body += QStringLiteral("<div class=\"grid\">%1</div>\n").arg(grid);
        grid.clear();
    };
    while (!rows.isEmpty()) {
        for (const PhotoRow &row : std::as_const(rows)) {
            const QString link = mediaLink(childFolder, row.id, row.video, row.description);
            if (link.isEmpty())
                continue;
            const QDate day = portaltime::dayOf(row.date ? row.date : row.cardDate);
            if (day.year() != shownYear || day.month() != shownMonth) {
                closeGrid();
                shownYear = day.year();
                shownMonth = day.month();
                body +=
                    QStringLiteral("<h2>%1</h2>\n").arg(esc(monthHeading(shownYear, shownMonth)));
            }
            grid += link;
        }
        if (rows.size() < 500)
            break;
        const PhotoRow last = rows.last();
        rows = photos.older(m_child.id, &last, 500);
    }
    closeGrid();
    save(archivelayout::indexPage(m_organisation, m_child.name), page(m_child.name, body));
    return written;
}

} // namespace nestje
