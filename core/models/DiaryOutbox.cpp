#include "models/DiaryOutbox.h"

#include "store/Database.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QThreadPool>
#include <QUuid>

namespace nestje {

namespace {
const QString uploadKind = QStringLiteral("upload");
const QString journalKind = QStringLiteral("journal");
} // namespace

DiaryOutbox::DiaryOutbox(QObject *parent)
    : QObject(parent)
{
}

bool DiaryOutbox::isVideoFile(const QString &path)
{
    return contentTypeOf(path).startsWith("video/");
}

QByteArray DiaryOutbox::contentTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("mp4") || suffix == QLatin1String("m4v"))
        return "video/mp4";
    if (suffix == QLatin1String("mov"))
        return "video/quicktime";
    if (suffix == QLatin1String("webm"))
        return "video/webm";
    return QMimeDatabase().mimeTypeForFile(path).name().toLatin1();
}

void DiaryOutbox::setSession(Database *db, Outbox *outbox, SyncEngine *sync, const QString &outgoingDirectory)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_db = db;
    m_outbox = outbox;
    m_sync = sync;
    m_directory = outgoingDirectory;
    if (m_outbox) {
        connect(m_outbox, &Outbox::itemChanged, this,
                [this](qint64 item, Outbox::State state) { onItemChanged(item, int(state)); });
    }
    if (m_sync) {
        connect(m_sync, &SyncEngine::finished, this, [this](bool) {
            dropDelivered();
            if (m_syncAgain) {
                m_syncAgain = false;
                syncSoon();
            }
        });
    }
    load();
    // Uploads that finished while the app was closed: queue the entry itself now.
    if (m_db) {
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.state == QLatin1String("sending"))
                enqueueJournal(entry.id);
        }
    }
    emit changed();
}

void DiaryOutbox::load()
{
    m_entries.clear();
    if (!m_db || !m_db->isOpen())
        return;
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT id, child_id, day, text, files, state, error_text, journal_id"
                                               " FROM diary_outgoing ORDER BY id DESC"));
    while (q && q->next()) {
        Entry entry;
        entry.id = q->value(0).toLongLong();
        entry.childId = q->value(1).toString();
        entry.day = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        entry.text = q->value(3).toString();
        for (const QJsonValue &file : QJsonDocument::fromJson(q->value(4).toByteArray()).array())
            entry.files << file.toObject().value(QLatin1String("path")).toString();
        entry.state = q->value(5).toString();
        entry.errorText = q->value(6).toString();
        entry.journalId = q->value(7).toString();
        entry.author = tr("You");
        m_entries << entry;
    }
}

QString DiaryOutbox::problem(const QString &text, const QList<QUrl> &files, const QDate &day) const
{
    if (text.trimmed().isEmpty() && files.isEmpty())
        return tr("Write a few words or add a photo.");
    if (text.size() > maxText)
        return tr("The entry is too long: at most %1 characters.").arg(maxText);
    if (files.size() > maxFiles)
        return tr("Add at most %1 photos or videos.").arg(maxFiles);
    const QDate today = QDate::currentDate();
    if (day.isValid() && day > today)
        return tr("You can write about today or a day that has been.");
    for (const QUrl &url : files) {
        const QByteArray type = contentTypeOf(url.toLocalFile());
        if (!type.startsWith("image/") && !type.startsWith("video/"))
            return tr("%1 is not a photo or a video.").arg(url.fileName());
    }
    return {};
}

bool DiaryOutbox::write(const QString &childId, const QDate &day, const QString &text, const QList<QUrl> &files)
{
    const QString reason = problem(text, files, day);
    if (!m_db || !m_outbox || !reason.isEmpty() || childId.isEmpty()) {
        emit writeFailed(reason.isEmpty() ? tr("The diary cannot be written right now.") : reason);
        return false;
    }
    const QDate when = day.isValid() ? day : QDate::currentDate();
    if (files.isEmpty())
        return store(childId, when, text.trimmed(), {});
    // Copy what the parent chose next to the cache first (off the UI thread): the originals
    // may move or vanish before the upload gets its turn.
    QStringList sources;
    for (const QUrl &url : files)
        sources << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    const QString directory = m_directory;
    QPointer<DiaryOutbox> self(this);
    QThreadPool::globalInstance()->start([self, sources, directory, childId, when, text] {
        QStringList copies;
        QString failure;
        QDir().mkpath(directory);
        for (const QString &source : sources) {
            const QString copy = directory + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                 + QLatin1Char('.') + QFileInfo(source).suffix().toLower();
            if (!QFile::copy(source, copy)) {
                failure = QFileInfo(source).fileName();
                break;
            }
            copies << copy;
        }
        QMetaObject::invokeMethod(qApp, [self, copies, failure, childId, when, text] {
            if (!self) {
                for (const QString &copy : copies)
                    QFile::remove(copy);
                return;
            }
            if (!failure.isEmpty()) {
                for (const QString &copy : copies)
                    QFile::remove(copy);
                emit self->writeFailed(tr("%1 could not be read.").arg(failure));
                return;
            }
            self->store(childId, when, text.trimmed(), copies);
        });
    });
    return true;
}

bool DiaryOutbox::store(const QString &childId, const QDate &day, const QString &text, const QStringList &files)
{
    qint64 id = 0;
    const bool ok = m_db->transaction([&] {
        QList<Upload> uploads;
        for (const QString &file : files)
            uploads.append({file, contentTypeOf(file), QUuid::createUuid().toByteArray(QUuid::WithoutBraces), 0, {}});
        QSqlQuery *q = m_db->select(QStringLiteral("INSERT INTO diary_outgoing (child_id, day, text, files, journal_key,"
                                                   " state, created_at) VALUES (?, ?, ?, '[]', ?, 'sending', ?)"),
                                    {childId, day.toString(Qt::ISODate), text,
                                     QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentMSecsSinceEpoch()});
        if (!q)
            return false;
        id = q->lastInsertId().toLongLong();
        for (Upload &upload : uploads) {
            ApiCall call;
            call.method = "PUT";
            call.path = QStringLiteral("/restservices-parent/media/upload");
            call.bodyFile = upload.path;
            call.contentType = upload.contentType;
            call.idempotencyKey = upload.key;
            call.extension = true;
            upload.item = m_outbox->enqueue(uploadKind, call);
            if (!upload.item)
                return false;
        }
        if (!saveUploads(id, uploads))
            return false;
        return uploads.isEmpty() ? enqueueJournal(id) : true;
    });
    if (!ok) {
        for (const QString &file : files)
            QFile::remove(file);
        emit writeFailed(tr("The entry could not be stored on this device. Nothing was sent; try again."));
        return false;
    }
    load();
    emit changed();
    emit written(id);
    return true;
}

QList<DiaryOutbox::Upload> DiaryOutbox::uploadsOf(qint64 id) const
{
    QList<Upload> uploads;
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT files FROM diary_outgoing WHERE id = ?"), {id});
    if (!q || !q->next())
        return uploads;
    const QJsonArray files = QJsonDocument::fromJson(q->value(0).toByteArray()).array();
    q->finish();
    for (const QJsonValue &value : files) {
        const QJsonObject o = value.toObject();
        uploads.append({o.value(QLatin1String("path")).toString(), o.value(QLatin1String("contentType")).toString().toLatin1(),
                        o.value(QLatin1String("key")).toString().toLatin1(),
                        qint64(o.value(QLatin1String("item")).toDouble()), o.value(QLatin1String("mediaId")).toString()});
    }
    return uploads;
}

bool DiaryOutbox::saveUploads(qint64 id, const QList<Upload> &uploads)
{
    QJsonArray files;
    for (const Upload &upload : uploads) {
        files.append(QJsonObject{{QStringLiteral("path"), upload.path},
                                 {QStringLiteral("contentType"), QString::fromLatin1(upload.contentType)},
                                 {QStringLiteral("key"), QString::fromLatin1(upload.key)},
                                 {QStringLiteral("item"), double(upload.item)},
                                 {QStringLiteral("mediaId"), upload.mediaId}});
    }
    return m_db->exec(QStringLiteral("UPDATE diary_outgoing SET files = ? WHERE id = ?"),
                      {QString::fromUtf8(QJsonDocument(files).toJson(QJsonDocument::Compact)), id});
}

bool DiaryOutbox::enqueueJournal(qint64 id)
{
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT child_id, day, text, journal_key, journal_item FROM diary_outgoing"
                                               " WHERE id = ?"),
                                {id});
    if (!q || !q->next())
        return false;
    const QString childId = q->value(0).toString();
    const QDate day = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    const QString text = q->value(2).toString();
    const QByteArray key = q->value(3).toString().toLatin1();
    const bool queued = q->value(4).toLongLong() > 0;
    q->finish();
    if (queued)
        return true;
    QJsonArray photoIds;
    for (const Upload &upload : uploadsOf(id)) {
        if (upload.mediaId.isEmpty())
            return true; // still uploading: queued when the last upload is in
        photoIds.append(upload.mediaId);
    }
    ApiCall call;
    call.method = "PUT";
    call.path = QStringLiteral("/restservices-parent/journal/%1/%2")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(childId)), day.toString(QStringLiteral("yyyyMMdd")));
    QJsonObject body{{QStringLiteral("journalContent"), text}};
    if (!photoIds.isEmpty())
        body.insert(QStringLiteral("photoIds"), photoIds);
    call.body = body;
    call.idempotencyKey = key;
    call.extension = true;
    qint64 item = m_outbox->enqueue(journalKind, call);
    if (!item) {
        // Queued before a crash under the same key: find it instead of writing twice.
        QSqlQuery *existing = m_db->select(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"),
                                           {QString::fromLatin1(key)});
        item = existing && existing->next() ? existing->value(0).toLongLong() : 0;
        if (existing)
            existing->finish();
        if (!item)
            return false;
    }
    return m_db->exec(QStringLiteral("UPDATE diary_outgoing SET journal_item = ? WHERE id = ?"), {item, id});
}

void DiaryOutbox::onItemChanged(qint64 item, int stateValue)
{
    if (!m_db || !m_outbox)
        return;
    const auto state = Outbox::State(stateValue);
    if (state != Outbox::State::Sent && state != Outbox::State::Failed)
        return;
    const Outbox::Item outboxItem = m_outbox->item(item);
    if (outboxItem.kind != uploadKind && outboxItem.kind != journalKind)
        return;
    // Which entry is this item part of?
    qint64 entryId = 0;
    if (outboxItem.kind == journalKind) {
        QSqlQuery *q = m_db->select(QStringLiteral("SELECT id FROM diary_outgoing WHERE journal_item = ?"), {item});
        entryId = q && q->next() ? q->value(0).toLongLong() : 0;
        if (q)
            q->finish();
        if (!entryId)
            return;
        if (state == Outbox::State::Sent) {
            const QString journalId = outboxItem.result.toObject().value(QLatin1String("journalId")).toString();
            m_db->exec(QStringLiteral("UPDATE diary_outgoing SET state = 'sent', journal_id = ?, error_text = NULL WHERE id = ?"),
                       {journalId, entryId});
            syncSoon();
        } else {
            setState(entryId, QStringLiteral("failed"), outboxItem.errorText);
        }
    } else {
        for (const Entry &entry : std::as_const(m_entries)) {
            QList<Upload> uploads = uploadsOf(entry.id);
            auto it = std::find_if(uploads.begin(), uploads.end(), [&](const Upload &u) { return u.item == item; });
            if (it == uploads.end())
                continue;
            entryId = entry.id;
            if (state == Outbox::State::Sent) {
                it->mediaId = outboxItem.result.toObject().value(QLatin1String("mediaId")).toString();
                m_db->transaction([&] { return saveUploads(entryId, uploads) && enqueueJournal(entryId); });
            } else {
                setState(entryId, QStringLiteral("failed"), outboxItem.errorText);
            }
            break;
        }
        if (!entryId)
            return;
    }
    load();
    emit changed();
}

void DiaryOutbox::setState(qint64 id, const QString &state, const QString &errorText)
{
    m_db->exec(QStringLiteral("UPDATE diary_outgoing SET state = ?, error_text = ? WHERE id = ?"),
               {state, errorText.isEmpty() ? QVariant() : QVariant(errorText), id});
}

void DiaryOutbox::retry(qint64 id)
{
    if (!m_db || !m_outbox)
        return;
    for (const Upload &upload : uploadsOf(id)) {
        if (upload.mediaId.isEmpty() && m_outbox->item(upload.item).state == Outbox::State::Failed)
            m_outbox->retry(upload.item);
    }
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT journal_item FROM diary_outgoing WHERE id = ?"), {id});
    const qint64 journalItem = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    if (journalItem && m_outbox->item(journalItem).state == Outbox::State::Failed)
        m_outbox->retry(journalItem);
    setState(id, QStringLiteral("sending"), {});
    load();
    emit changed();
}

void DiaryOutbox::discard(qint64 id)
{
    if (!m_db || !m_outbox)
        return;
    const QList<Upload> uploads = uploadsOf(id);
    for (const Upload &upload : uploads) {
        m_outbox->discard(upload.item);
        QFile::remove(upload.path);
    }
    QSqlQuery *q = m_db->select(QStringLiteral("SELECT journal_item FROM diary_outgoing WHERE id = ?"), {id});
    const qint64 journalItem = q && q->next() ? q->value(0).toLongLong() : 0;
    if (q)
        q->finish();
    if (journalItem)
        m_outbox->discard(journalItem);
    m_db->exec(QStringLiteral("DELETE FROM diary_outgoing WHERE id = ? AND state = 'failed'"), {id});
    load();
    emit changed();
}

void DiaryOutbox::dropDelivered()
{
    if (!m_db || !m_db->isOpen())
        return;
    bool dropped = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.state != QLatin1String("sent") || entry.journalId.isEmpty())
            continue;
        if (m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM cards WHERE card_key = ?"),
                         {QStringLiteral("journal:") + entry.journalId}) == 0)
            continue;
        for (const QString &file : entry.files)
            QFile::remove(file);
        m_db->exec(QStringLiteral("DELETE FROM diary_outgoing WHERE id = ?"), {entry.id});
        dropped = true;
    }
    if (dropped) {
        load();
        emit changed();
    }
}

void DiaryOutbox::syncSoon()
{
    if (!m_sync)
        return;
    if (m_sync->isRunning()) {
        m_syncAgain = true; // that sync may be past the timeline already
        return;
    }
    m_sync->start(SyncEngine::Mode::Incremental);
}

} // namespace nestje
