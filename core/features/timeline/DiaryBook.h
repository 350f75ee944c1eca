// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nestje {

class Database;
class MediaLibrary;

// "Dagboek downloaden": a child's whole diary as one PDF book, oldest day first: the date,
// who wrote it, the day rhythm, the text and the photos. Reading and drawing run on a worker
// thread with its own read connection (the cache is in WAL mode); missing photos are fetched
// through the media cache first.
class DiaryBook : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.book")
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
public:
    struct Moment
    {
        QString time, title, description, remarks;
    };
    struct Entry
    {
        QDate day;
        QString writtenBy;
        bool byParent = false;
        QString text;
        QList<Moment> moments;
        QStringList photoIds;
    };

    explicit DiaryBook(MediaLibrary *library, QObject *parent = nullptr);
    void setSource(Database *db, const QString &accountId);

    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }

    // Writes the book of `childId` to `file` (a local file URL or path).
    Q_INVOKABLE void save(const QString &childId, const QUrl &file);
    // A file name to suggest: "Dagboek Noor.pdf".
    Q_INVOKABLE QString suggestedFileName(const QString &childId) const;

    // The parts, for tests and the bench: read entries from a cache file; draw them.
    static QList<Entry> readEntries(const QString &databaseFile, const QString &childId, QString *childName);
    static bool render(const QString &pdfFile, const QString &childName, const QList<Entry> &entries,
                       const QString &mediaDirectory, QString *error);

signals:
    void busyChanged();
    void progressChanged();
    void saved(const QString &path);
    void failed(const QString &reason);

private:
    void setProgress(double progress);
    void fetchPhotos(QStringList missing, int total, std::function<void()> then);

    QPointer<MediaLibrary> m_library;
    Database *m_db = nullptr;
    QString m_accountId;
    bool m_busy = false;
    double m_progress = 0;
};

} // namespace nestje
