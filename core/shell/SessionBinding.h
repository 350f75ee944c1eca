// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace nestje {

class AccountSession;
class Database;
class Session;

// What a feature's QML-created object reads from: the account in view (App.session) and its
// cache. It calls `reload` when the account changes (switch, logout) and when the account's
// store announces one of `topics` (Database::announce after a commit), so an object that uses
// it never runs its own signal plumbing. Without an account, database() is null.
class SessionBinding : public QObject
{
    Q_OBJECT
public:
    SessionBinding(QStringList topics, std::function<void()> reload, QObject *parent);

    Session *session() const;
    // Returns whether the session changed (so a property setter knows to emit).
    bool setSession(Session *session);

    AccountSession *account() const;
    Database *database() const;

private:
    void follow();

    QStringList m_topics;
    std::function<void()> m_reload;
    QPointer<Session> m_session;
    QMetaObject::Connection m_accountConnection;
    QMetaObject::Connection m_storeConnection;
};

} // namespace nestje
