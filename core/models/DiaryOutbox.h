#pragma once

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nestje {

class Database;
class Outbox;
class SyncEngine;

// The parent's own diary entries ("Dagboek schrijven") on their way to the portal. An entry is
// stored at once (the timeline shows it as being sent), its photos and videos are copied next to
// the cache and go through the Outbox as uploads, and when every upload has its media id the
// entry itself is queued (PUT journal/{childId}/{YYYYMMDD}). Each step has its own stored
// Idempotency-Key, so a crash or a lost answer never writes an entry twice. Once the portal's
// timeline carries the entry, the local copy goes.
class DiaryOutbox : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    struct Entry
    {
        qint64 id = 0;
        QString childId;
        QDate day;
        QString text;
        QStringList files; // local copies
        QString state;     // "sending", "sent", "failed"
        QString errorText;
        QString journalId;
        QString author;
    };

    explicit DiaryOutbox(QObject *parent = nullptr);

    void setSession(Database *db, Outbox *outbox, SyncEngine *sync, const QString &outgoingDirectory);
    QList<Entry> entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }

    // Validation before sending; "" when the entry may be sent.
    Q_INVOKABLE QString problem(const QString &text, const QList<QUrl> &files, const QDate &day) const;
    // Stores the entry and starts sending. False (and writeFailed) when it could not be stored:
    // the form then keeps what the parent typed.
    Q_INVOKABLE bool write(const QString &childId, const QDate &day, const QString &text, const QList<QUrl> &files);
    Q_INVOKABLE void retry(qint64 id);
    Q_INVOKABLE void discard(qint64 id);
    // Entries the portal's timeline now carries are removed (call after a sync).
    void dropDelivered();

    static bool isVideoFile(const QString &path);
    static QByteArray contentTypeOf(const QString &path);
    static constexpr int maxText = 10000;
    static constexpr int maxFiles = 20;

signals:
    void changed();
    void written(qint64 id);
    void writeFailed(const QString &reason);

private:
    struct Upload
    {
        QString path;
        QByteArray contentType;
        QByteArray key;
        qint64 item = 0;
        QString mediaId;
    };
    void load();
    void onItemChanged(qint64 item, int state);
    bool store(const QString &childId, const QDate &day, const QString &text, const QStringList &files);
    bool enqueueJournal(qint64 id);
    QList<Upload> uploadsOf(qint64 id) const;
    bool saveUploads(qint64 id, const QList<Upload> &uploads);
    void setState(qint64 id, const QString &state, const QString &errorText);
    void syncSoon();

    Database *m_db = nullptr;
    QPointer<Outbox> m_outbox;
    QPointer<SyncEngine> m_sync;
    QString m_directory;
    QList<Entry> m_entries;
    bool m_syncAgain = false;
};

} // namespace nestje
