// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace nestje {

class AccountSession;
class Writes;

// "Dagboek schrijven" (App.myChild.diary): checks an entry, copies its photos and videos next
// to the cache (the originals may move before their upload's turn) and submits it as a
// DiaryWrite. The timeline shows it at once as being sent; failed entries can be retried or
// discarded from there.
class DiaryWriter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.myChild.diary")
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(bool videoAllowed READ videoAllowed NOTIFY changed)
    Q_PROPERTY(QString draftKey READ draftKey CONSTANT)
public:
    // A diary entry on its way, as the timeline shows it.
    struct Entry
    {
        qint64 id = 0;
        QString childId;
        QDate day;
        QString text;
        QStringList files;
        QString state; // "sending", "sent", "failed"
        QString errorText;
        QString author;
    };

    explicit DiaryWriter(QObject *parent = nullptr);

    void setSession(AccountSession *session);
    QList<Entry> entries() const;
    int count() const { return int(entries().size()); }
    // Whether the organisation takes videos (its "video" module).
    bool videoAllowed() const;

    // The days are the portal's: `daysAgo` 0 is today at the daycare, whatever the device's zone.
    // "Vandaag", "Gisteren", "vrijdag 27 november", for the form's day choice.
    Q_INVOKABLE QString dayName(int daysAgo) const;
    // Why the entry cannot be sent, or "" when it can.
    Q_INVOKABLE QString problem(const QString &text, const QList<QUrl> &files, int daysAgo) const;
    // Stores the entry and starts sending. False (and writeFailed) when it could not be stored:
    // the form then keeps what the parent typed.
    Q_INVOKABLE bool write(const QString &childId, int daysAgo, const QString &text, const QList<QUrl> &files);
    Q_INVOKABLE void retry(qint64 id);
    Q_INVOKABLE void discard(qint64 id);

    // The form's Draft key; the draft goes once the entry is stored for sending.
    QString draftKey() const { return QStringLiteral("diary"); }

    static constexpr int maxText = 10000;
    static constexpr int maxFiles = 20;

signals:
    void changed();
    void written(qint64 id);
    void writeFailed(const QString &reason);

private:
    bool submit(const QString &childId, const QDate &day, const QString &text, const QStringList &files);
    QString outgoingDirectory() const;

    QPointer<AccountSession> m_session;
};

} // namespace nestje
