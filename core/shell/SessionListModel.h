// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QQmlParserStatus>

#include "shell/KeyedListModel.h"
#include "shell/Session.h"
#include "shell/SessionBinding.h"

namespace nestje {

// The base of a feature's list model that QML creates where it is shown:
//
//     ThreadModel { id: threads; session: App.session }
//
// It follows the account in view and calls reload() when the account changes or the store
// announces one of the topics given to the constructor. A subclass reads its rows through its
// feature's store (never SQL of its own) and hands them to updateRows(), so a sync that brings
// one new row inserts one row.
//
// Made by QML, it reads once, when the component is complete: the session, the accounts and the
// filters are all set by then, and reading at each of them would read the store several times
// before the first frame. Setters of a subclass call refresh() for the same reason.
//
// A QML type's C++ base is written with its namespace (`public nestje::KeyedListModel`), here
// and in every model: Qt 6.4's qmltyperegistrar finds the base type by the name as written, so
// without it qmllint and the QML compiler see none of the inherited properties (`session`).
class SessionListModel : public nestje::KeyedListModel, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(nestje::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    SessionListModel(const QStringList &topics, QObject *parent = nullptr);

    Session *session() const { return m_binding.session(); }
    void setSession(Session *session);
    int count() const { return rowCount(); }

    void classBegin() override { m_creating = true; }
    void componentComplete() override;

signals:
    void sessionChanged();
    void countChanged();

protected:
    // Re-read the rows; database() is null without an account (then show none).
    virtual void reload() = 0;
    // reload() now, or once QML has set every property of a model it is making.
    void refresh();
    Database *database() const { return m_binding.database(); }
    AccountSession *account() const { return m_binding.account(); }

private:
    SessionBinding m_binding;
    bool m_creating = false;
    bool m_reloadWanted = false;
};

} // namespace nestje
