// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace nestje {

class AccountSession;
class Session;

// A form's text and attachments, kept on disk while the parent types:
//     Draft { id: draft; session: App.session; key: "diary/" + childId }
//     TextArea { text: draft.text; onTextChanged: draft.text = text }
// It loads when the session or key is set, saves shortly after every change and when it is
// destroyed, and `clear()` forgets it once the form has been sent.
class Draft : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QList<QUrl> attachments READ attachments WRITE setAttachments NOTIFY attachmentsChanged)
    Q_PROPERTY(bool saved READ isSaved NOTIFY savedChanged)
public:
    explicit Draft(QObject *parent = nullptr);
    ~Draft() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString key() const { return m_key; }
    void setKey(const QString &key);
    QString text() const { return m_text; }
    void setText(const QString &text);
    QList<QUrl> attachments() const { return m_attachments; }
    void setAttachments(const QList<QUrl> &attachments);
    // Whether what is on screen is also on disk.
    bool isSaved() const { return !m_saveTimer.isActive() && !m_unsaved; }

    // Writes now (the form is about to go away).
    Q_INVOKABLE void flush();
    // The form was sent: forget the draft, on screen and on disk.
    Q_INVOKABLE void clear();

    static constexpr int saveDelayMs = 300;

signals:
    void sessionChanged();
    void keyChanged();
    void textChanged();
    void attachmentsChanged();
    void savedChanged();
    // The disk refused; what the parent typed stays on screen.
    void saveFailed();

private:
    void load();
    void followAccount();
    void scheduleSave();

    QPointer<Session> m_session;
    QPointer<AccountSession> m_account; // where the draft was loaded from and is saved to
    QString m_key;
    QString m_text;
    QList<QUrl> m_attachments;
    QTimer m_saveTimer;
    bool m_unsaved = false;
    bool m_loading = false;
};

} // namespace nestje
