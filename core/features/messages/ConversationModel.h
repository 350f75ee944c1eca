// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageRowsModel.h"

namespace nestje {

// One conversation, oldest message first, with the parent's replies on their way at the end
// (`newestFirst` turns it round: a bottom-to-top list then opens at the newest message and
// builds only what is on screen). `ConversationModel { session: App.session; threadId: "42" }`;
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
//   files      [{name, url, contentType}]
//   pending    on its way; sendState "sending", "sent" or "failed"; errorText the portal's
//              reason when refused; writeId for retry and discard
class ConversationModel : public nestje::MessageRowsModel
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
    explicit ConversationModel(QObject *parent = nullptr);

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

protected:
    QList<QVariantMap> readRows(Database &db, Writes *writes) const override;
    void reload() override;

public:
    // The rows of `threadId` oldest first, without the day headings: what the conversation
    // shows, in its order (ConversationPhotoModel steps through their photos).
    static QList<QVariantMap> chronological(Database &db, Writes *writes, const QString &threadId,
                                            const QString &accountId);

private:
    QString m_threadId;
    QString m_subject;
    QString m_childName;
    QString m_groupName;
    bool m_found = false;
    bool m_unread = false;
    bool m_newestFirst = false;
};

} // namespace nestje
