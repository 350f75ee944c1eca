// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace nestje {

class AccountModel;
class AccountSession;

// Every account's cache, for a view that shows all accounts together (the family calendar of a
// daycare and an after-school care). It calls `reload` when accounts come, go or are renamed, and
// when any account's store announces one of `topics`, so the view never runs its own plumbing.
// `followed` names the account whose store the view already follows (a session model follows the
// account in view): its announcements are left to the view, so one change means one reload.
class AccountsWatch : public QObject
{
    Q_OBJECT
public:
    AccountsWatch(QStringList topics, std::function<void()> reload,
                  std::function<AccountSession *()> followed, QObject *parent);

    AccountModel *model() const { return m_model; }
    // Returns whether the model changed (so a property setter knows to emit).
    bool setModel(AccountModel *model);

    struct Source
    {
        AccountSession *session = nullptr;
        // The account's place in the device's list of accounts: its colour in the views.
        int colorIndex = 0;
    };
    // The accounts whose cache is open, in the device's order.
    QList<Source> sources() const;
    // Whether there are several: then a view shows them together, each in its colour.
    bool together() const { return sources().size() > 1; }
    // What a view shows: with several accounts all of them, or the one `accountId` names;
    // otherwise the account in view (`active`, colour -1: no colour needed).
    QList<Source> shown(AccountSession *active, const QString &accountId) const;

private:
    void follow();

    QStringList m_topics;
    std::function<void()> m_reload;
    std::function<AccountSession *()> m_followed;
    QPointer<AccountModel> m_model;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace nestje
