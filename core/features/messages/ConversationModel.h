// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageListModel.h"
#include "features/messages/MessageRecords.h"

#include <QDate>
#include <QVariantMap>

#include <optional>

namespace nestje {

class Writes;

// One conversation, oldest message first, with the parent's replies on their way at the end
// (`newestFirst` turns it round: a bottom-to-top list then opens at the newest message and
// builds only what is on screen; it then also reads only the newest `pageSize` messages, and
// older ones a page at a time as the list asks for them with fetchMore(), so opening a
// conversation of 2,000 messages reads no more than one of 40). `ConversationModel { session: App.session; threadId: "42" }`;
// a threadId "pending/<write id>" shows a new message that is not on the portal yet.
//
// Roles (plain text and plain values):
//   key        "message/<id>", or "pending/<write id>" for a reply on its way
//   messageId  the portal's id ("" while pending)
//   text       the message as plain text
//   author     the staff member's name, or "Jij"
//   fromParent written by the parent (this family)
//   day        "Vandaag", "dinsdag 4 november": the day the message is of
//   dayStart   the first message of its day (the day's heading goes above it)
//   time       "14:05" (marked when the device is in another zone)
//   photos     [{id, thumbUrl, mediumUrl, fullUrl, video, description}]: image://media sources
//              (the account's media cache, which renews expired links), local files while sending
//   files      [{id, messageId, key, name, contentType, offline}]: a message's files; `key` names it to
//              MessageFiles, `offline` says it is on this device already
//   pending    on its way; sendState "sending", "sent" or "failed"; errorText the portal's
//              reason when refused; writeId for retry and discard
//
// The rows are the store's records as they are (typed, as issue 9's models hold theirs); the
// words and lists QML shows (day, time, photos, files) are made in data(), so opening a long
// conversation formats only the screen of messages the list builds, not all of them.
class ConversationModel : public nestje::MessageListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString threadId READ threadId WRITE setThreadId NOTIFY threadIdChanged)
    // The header: subject, the child and the group it is about.
    Q_PROPERTY(QString subject READ subject NOTIFY headerChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY headerChanged)
    Q_PROPERTY(QString groupName READ groupName NOTIFY headerChanged)
    // Whether the conversation is known here (a wrong or removed id shows "not found").
    Q_PROPERTY(bool found READ found NOTIFY headerChanged)
    Q_PROPERTY(bool unread READ unread NOTIFY headerChanged)
    // A new message not on the portal yet: no replies until it is.
    Q_PROPERTY(bool pendingThread READ pendingThread NOTIFY headerChanged)
    Q_PROPERTY(bool newestFirst READ newestFirst WRITE setNewestFirst NOTIFY newestFirstChanged)
public:
    enum Role
    {
        KeyRole = Qt::UserRole,
        MessageIdRole,
        TextRole,
        AuthorRole,
        FromParentRole,
        DayRole,
        DayStartRole,
        TimeRole,
        PhotosRole,
        FilesRole,
        PendingRole,
        SendStateRole,
        ErrorTextRole,
        WriteIdRole,
    };

    // One message as the conversation shows it: the stored message (its id "" while it is on
    // its way), or a reply or new message in the outbox.
    struct Row
    {
        QString key;
        ThreadMessage message;  // a pending one: the parent's text, the time it was written
        QStringList localFiles; // a pending message's photos (local files)
        QDate day;              // the portal's day of the message
        bool dayStart = false;  // the first message of its day (set in the shown order)
        bool pending = false;
        QString sendState; // Writes::stateText of a pending one
        QString errorText;
        qint64 writeId = 0;
        bool operator==(const Row &) const = default;
    };

    explicit ConversationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The stored messages a newest-first conversation reads at a time.
    static constexpr int pageSize = 40;

    // One row as a map of its roles (for panes outside views and tests).
    Q_INVOKABLE QVariantMap get(int row) const;
    // The row of `key`, or -1.
    Q_INVOKABLE int indexOfKey(const QString &key) const;

    QString threadId() const { return m_threadId; }
    void setThreadId(const QString &threadId);
    QString subject() const { return m_subject; }
    QString childName() const { return m_childName; }
    QString groupName() const { return m_groupName; }
    bool found() const { return m_found; }
    bool unread() const { return m_unread; }
    bool pendingThread() const { return m_threadId.startsWith(QLatin1String("pending/")); }
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);

signals:
    void threadIdChanged();
    void headerChanged();
    void newestFirstChanged();

public:
    // The rows of `threadId` oldest first, with their days (dayStart not set): what the
    // conversation shows, in its order (ConversationPhotoModel steps through their photos).
    // `newest`: only the newest that many stored messages (replies on their way all the same).
    static QList<Row> chronological(Database &db, Writes *writes, const QString &threadId,
                                    std::optional<int> newest = {});
    // A row's photos as the `photos` role has them (image://media sources of `accountId`'s
    // media cache; local files while sending).
    static QVariantList photosOf(const Row &row, const QString &accountId);

protected:
    void reload() override;

private:
    QList<Row> readRows(Database &db, Writes *writes);

    QList<Row> m_rows;
    // What data() formats with, fixed at each reload: the portal's today, and whether the
    // device is in another zone (times then say "(NL)").
    QDate m_today;
    bool m_elsewhere = false;
    QString m_threadId;
    QString m_subject;
    QString m_childName;
    QString m_groupName;
    bool m_found = false;
    bool m_unread = false;
    bool m_newestFirst = false;
    // Newest first: the stored messages older than those read (fetchMore() reads them); unset
    // while a conversation opens (it reads its newest page). Counted from the oldest, so a
    // message synced in at the newest end leaves the rows the parent scrolled to in place.
    std::optional<int> m_olderNotLoaded;
    // Inside reload(): a view (or a model tester) answering its row signals asks for no more then.
    bool m_reloading = false;
};

} // namespace nestje
