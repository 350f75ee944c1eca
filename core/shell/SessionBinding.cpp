// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SessionBinding.h"

#include "accounts/AccountSession.h"
#include "db/Database.h"
#include "shell/Session.h"

namespace nestje {

SessionBinding::SessionBinding(QStringList topics, std::function<void()> reload, QObject *parent)
    : QObject(parent)
    , m_topics(std::move(topics))
    , m_reload(std::move(reload))
{
}

Session *SessionBinding::session() const
{
    return m_session;
}

bool SessionBinding::setSession(Session *session)
{
    if (m_session == session)
        return false;
    disconnect(m_accountConnection);
    m_session = session;
    if (session)
        m_accountConnection = connect(session, &Session::accountChanged, this, &SessionBinding::follow);
    follow();
    return true;
}

AccountSession *SessionBinding::account() const
{
    return m_session ? m_session->account() : nullptr;
}

Database *SessionBinding::database() const
{
    AccountSession *session = account();
    return session ? session->database() : nullptr;
}

void SessionBinding::follow()
{
    disconnect(m_storeConnection);
    if (Database *db = database()) {
        m_storeConnection = connect(db, &Database::changed, this, [this](const QString &topic) {
            if (m_topics.contains(topic))
                m_reload();
        });
    }
    m_reload();
}

} // namespace nestje
