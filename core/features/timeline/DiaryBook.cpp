// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/DiaryBook.h"

#include "media/MediaImageProvider.h"
#include "media/MediaLibrary.h"
#include "db/Database.h"
#include "features/account/AccountStore.h"
#include "features/timeline/TimelineStore.h"
#include "text/PortalTime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QThreadPool>
#include <QUuid>

namespace nestje {

DiaryBook::DiaryBook(MediaLibrary *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
}

void DiaryBook::setSource(Database *db, const QString &accountId)
{
    m_db = db;
    m_accountId = accountId;
}

QString DiaryBook::suggestedFileName(const QString &childId) const
{
    QString name;
    if (m_db) {
        for (const ChildRecord &child : AccountStore(*m_db).children()) {
            if (child.id == childId)
                name = child.firstName;
        }
    }
    return name.isEmpty() ? tr("Diary.pdf") : tr("Diary %1.pdf").arg(name);
}

QList<DiaryBook::Entry> DiaryBook::readEntries(const QString &databaseFile, const QString &childId, QString *childName)
{
    QList<Entry> entries;
    Database db; // its own connection: the book is made on a worker thread
    if (!db.open(databaseFile))
        return entries;
    for (const ChildRecord &child : AccountStore(db).children()) {
        if (child.id == childId && childName)
            *childName = child.firstName;
    }
    for (const TimelineEntry &journal : TimelineStore(db).journal(childId)) {
        Entry entry;
        entry.day = portaltime::dayOf(journal.date);
        entry.writtenBy = journal.writtenBy;
        entry.byParent = journal.byParent;
        entry.text = journal.text;
        for (const TimelineEntry::Media &media : journal.media) {
            if (!media.video)
                entry.photoIds << media.id;
        }
        for (const DayRhythmMoment &m : journal.moments)
            entry.moments.append({m.endTime.isEmpty() ? m.startTime : m.startTime + QStringLiteral("–") + m.endTime,
                                  m.title, m.description, m.remarks});
        entries << entry;
    }
    return entries;
}

bool DiaryBook::render(const QString &pdfFile, const QString &childName, const QList<Entry> &entries,
                       const QString &mediaDirectory, QString *error)
{
    QPdfWriter writer(pdfFile);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(150);
    writer.setTitle(tr("Diary of %1").arg(childName));
    writer.setCreator(QStringLiteral("Nestje"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The file could not be written.");
        return false;
    }
    const QRect page = painter.viewport();
    const int width = page.width();
    const int height = page.height();
    const QLocale locale;
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(20);
    title.setBold(true);
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setPointSizeF(13);
    heading.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8.5);
    const QColor accent(0x2E, 0x7D, 0x6B);
    const QColor grey(0x5E, 0x5B, 0x55);

    int y = 0;
    auto newPage = [&] {
        writer.newPage();
        y = 0;
    };
    auto ensure = [&](int needed) {
        if (y + needed > height && y > 0)
            newPage();
    };
    auto paragraph = [&](const QString &text, const QFont &font, const QColor &color, int indent = 0) {
        painter.setFont(font);
        painter.setPen(color);
        const QRect bounds = painter.boundingRect(QRect(indent, 0, width - indent, 100000), Qt::TextWordWrap, text);
        if (bounds.height() > height) {
            // Longer than a page: draw line by line so it flows over pages.
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const QRect b = painter.boundingRect(QRect(indent, 0, width - indent, 100000), Qt::TextWordWrap, line);
                ensure(b.height());
                painter.drawText(QRect(indent, y, width - indent, b.height()), Qt::TextWordWrap, line);
                y += b.height();
            }
            return;
        }
        ensure(bounds.height());
        painter.drawText(QRect(indent, y, width - indent, bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height();
    };

    // Title page header.
    paragraph(tr("Diary of %1").arg(childName), title, accent);
    if (!entries.isEmpty()) {
        paragraph(tr("%1 to %2").arg(locale.toString(entries.first().day, QLocale::LongFormat),
                                     locale.toString(entries.last().day, QLocale::LongFormat)),
                  body, grey);
    }
    y += 40;
    const int gap = 24;
    for (const Entry &entry : entries) {
        ensure(200);
        painter.setPen(QPen(QColor(0xDA, 0xD5, 0xCB), 2));
        painter.drawLine(0, y, width, y);
        y += gap;
        paragraph(locale.toString(entry.day, QStringLiteral("dddd d MMMM yyyy")), heading, QColor(0x1D, 0x1C, 0x1A));
        if (!entry.writtenBy.isEmpty())
            paragraph(entry.byParent ? tr("Written by %1 (parent)").arg(entry.writtenBy) : tr("Written by %1").arg(entry.writtenBy),
                      small, grey);
        y += gap / 2;
        for (const Moment &moment : entry.moments) {
            QString line = moment.time + QStringLiteral("  ") + moment.title;
            if (!moment.description.isEmpty() && moment.description != moment.title)
                line += QStringLiteral(" · ") + moment.description;
            if (!moment.remarks.isEmpty())
                line += QStringLiteral(" · ") + moment.remarks;
            paragraph(line, body, QColor(0x1D, 0x1C, 0x1A), 20);
        }
        if (!entry.moments.isEmpty())
            y += gap / 2;
        if (!entry.text.isEmpty()) {
            paragraph(entry.text, body, QColor(0x1D, 0x1C, 0x1A));
            y += gap / 2;
        }
        // Photos two to a row.
        const int photoWidth = (width - gap) / 2;
        int column = 0;
        int rowHeight = 0;
        for (const QString &id : entry.photoIds) {
            const QString path = MediaCache::filePath(mediaDirectory, id, QStringLiteral("medium"));
            if (!QFile::exists(path))
                continue;
            const QImage image = decodeMediaFile(path, QSize(640, 640), nullptr);
            if (image.isNull())
                continue;
            const QSize size = image.size().scaled(photoWidth, photoWidth, Qt::KeepAspectRatio);
            if (column == 0)
                ensure(size.height());
            painter.drawImage(QRect(column * (photoWidth + gap), y, size.width(), size.height()), image);
            rowHeight = std::max(rowHeight, size.height());
            if (++column == 2) {
                y += rowHeight + gap;
                column = 0;
                rowHeight = 0;
            }
        }
        if (column)
            y += rowHeight + gap;
        y += gap;
    }
    if (entries.isEmpty())
        paragraph(tr("There are no diary entries yet."), body, grey);
    painter.end();
    return true;
}

void DiaryBook::setProgress(double progress)
{
    m_progress = progress;
    emit progressChanged();
}

void DiaryBook::save(const QString &childId, const QUrl &file)
{
    if (m_busy || !m_db || !m_db->isOpen())
        return;
    const QString target = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_busy = true;
    emit busyChanged();
    setProgress(0);
    const QString databaseFile = m_db->filePath();
    const QString mediaDirectory = MediaLibrary::directoryOf(m_accountId);
    QPointer<DiaryBook> self(this);
    QThreadPool::globalInstance()->start([=] {
        QString childName;
        const QList<Entry> entries = readEntries(databaseFile, childId, &childName);
        QStringList missing;
        for (const Entry &entry : entries) {
            for (const QString &id : entry.photoIds) {
                if (!QFile::exists(MediaCache::filePath(mediaDirectory, id, QStringLiteral("medium"))))
                    missing << id;
            }
        }
        QMetaObject::invokeMethod(qApp, [=] {
            if (!self)
                return;
            self->fetchPhotos(missing, int(missing.size()), [=] {
                QThreadPool::globalInstance()->start([=] {
                    QString error;
                    const bool ok = render(target, childName, entries, mediaDirectory, &error);
                    QMetaObject::invokeMethod(qApp, [=] {
                        if (!self)
                            return;
                        self->m_busy = false;
                        emit self->busyChanged();
                        self->setProgress(1);
                        if (ok)
                            emit self->saved(target);
                        else
                            emit self->failed(error);
                    });
                });
            });
        });
    });
}

void DiaryBook::fetchPhotos(QStringList missing, int total, std::function<void()> then)
{
    MediaCache *cache = m_library ? m_library->cache(m_accountId) : nullptr;
    if (missing.isEmpty() || !cache) {
        then();
        return;
    }
    // A few at a time; a photo that cannot be fetched is left out of the book.
    auto remaining = std::make_shared<int>(int(missing.size()));
    QPointer<DiaryBook> self(this);
    for (const QString &id : std::as_const(missing)) {
        cache->fetch(id, QStringLiteral("medium"), [self, remaining, total, then](const QString &, const QString &) {
            --*remaining;
            if (self && total > 0)
                self->setProgress(0.9 * double(total - *remaining) / total);
            if (*remaining == 0)
                then();
        });
    }
}

} // namespace nestje
