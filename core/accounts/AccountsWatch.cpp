// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountsWatch.h"

#include "accounts/AccountModel.h"
#include "accounts/AccountSession.h"
#include "accounts/Accounts.h"

namespace nestje {

AccountsWatch::AccountsWatch(QStringList topics, std::function<void()> reload,
                             std::function<AccountSession *()> followed, QObject *parent)
    : QObject(parent)
    , m_topics(std::move(topics))
    , m_reload(std::move(reload))
    , m_followed(std::move(followed))
{
}

bool AccountsWatch::setModel(AccountModel *model)
{
    if (m_model == model)
        return false;
    m_model = model;
    follow();
    return true;
}

QList<AccountsWatch::Source> AccountsWatch::sources() const
{
    QList<Source> sources;
    Accounts *accounts = m_model ? m_model->accounts() : nullptr;
    if (!accounts)
        return sources;
    const QList<AccountInfo> list = accounts->list();
    for (int i = 0; i < list.size(); ++i) {
        if (AccountSession *session = accounts->session(list.at(i).id))
            sources << Source{session, i};
    }
    return sources;
}

QList<AccountsWatch::Source> AccountsWatch::shown(AccountSession *active,
                                                 const QString &accountId) const
{
    const QList<Source> all = sources();
    if (all.size() <= 1)
        return active ? QList<Source>{Source{active, -1}} : QList<Source>{};
    QList<Source> shown;
    for (const Source &source : all) {
        if (accountId.isEmpty() || source.session->info().id == accountId)
            shown << source;
    }
    return shown;
}

void AccountsWatch::follow()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (Accounts *accounts = m_model ? m_model->accounts() : nullptr) {
        // Accounts added, logged out or named by a sync: connect to the new set of caches.
        m_connections << connect(accounts, &Accounts::accountsChanged, this, &AccountsWatch::follow);
        for (const Source &source : sources()) {
            AccountSession *session = source.session;
            m_connections << connect(session->database(), &Database::changed, this,
                                     [this, session](const QString &topic) {
                                         // Asked when the change comes: the account in view
                                         // may have changed since.
                                         if (m_topics.contains(topic) && session != m_followed())
                                             m_reload();
                                     });
        }
    }
    m_reload();
}

} // namespace nestje
