// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/Draft.h"

#include "accounts/AccountSession.h"
#include "db/DraftStore.h"
#include "shell/Session.h"

namespace nestje {

namespace {
Database *databaseOf(AccountSession *account)
{
    return account && account->database()->isOpen() ? account->database() : nullptr;
}
} // namespace

Draft::Draft(QObject *parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Draft::flush);
}

Draft::~Draft()
{
    if (m_unsaved)
        flush();
}

void Draft::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_unsaved)
        flush(); // what was typed belongs to the account it was typed in
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::accountChanged, this, &Draft::followAccount);
    emit sessionChanged();
    followAccount();
}

void Draft::followAccount()
{
    AccountSession *account = m_session ? m_session->account() : nullptr;
    if (account == m_account)
        return;
    if (m_unsaved)
        flush(); // what was typed belongs to the account it was typed in
    const bool hadContent = !m_text.isEmpty() || !m_attachments.isEmpty();
    if (m_account && hadContent) {
        m_text.clear();
        m_attachments.clear();
        emit textChanged();
        emit attachmentsChanged();
    }
    m_account = account;
    load();
}

void Draft::setKey(const QString &key)
{
    if (m_key == key)
        return;
    if (m_unsaved)
        flush();
    // Another form (the next conversation in the same reply bar): what is on screen belongs to
    // the old key and is saved under it, so it must not follow into this one, where it would be
    // sent to the wrong conversation. Kept only when it could not be saved (or had no key yet).
    const bool switching = !m_key.isEmpty() && !m_unsaved;
    m_key = key;
    emit keyChanged();
    if (switching && (!m_text.isEmpty() || !m_attachments.isEmpty())) {
        m_text.clear();
        m_attachments.clear();
        emit textChanged();
        emit attachmentsChanged();
    }
    load();
}

void Draft::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    emit textChanged();
    scheduleSave();
}

void Draft::setAttachments(const QList<QUrl> &attachments)
{
    if (m_attachments == attachments)
        return;
    m_attachments = attachments;
    emit attachmentsChanged();
    scheduleSave();
}

void Draft::load()
{
    Database *db = databaseOf(m_account);
    if (!db || m_key.isEmpty())
        return;
    const std::optional<DraftStore::Draft> stored = DraftStore(*db).load(m_key);
    m_loading = true;
    // A form that already has text (typed before the session arrived) keeps it.
    if (stored && m_text.isEmpty() && m_attachments.isEmpty()) {
        m_text = stored->text;
        m_attachments = stored->attachments;
        emit textChanged();
        emit attachmentsChanged();
    }
    m_loading = false;
}

void Draft::scheduleSave()
{
    if (m_loading)
        return;
    const bool wasSaved = isSaved();
    m_unsaved = true;
    m_saveTimer.start();
    if (wasSaved)
        emit savedChanged();
}

void Draft::flush()
{
    m_saveTimer.stop();
    Database *db = databaseOf(m_account);
    if (!m_unsaved || !db || m_key.isEmpty())
        return;
    if (!DraftStore(*db).save(m_key, {m_text, m_attachments, 0})) {
        emit saveFailed();
        return;
    }
    m_unsaved = false;
    emit savedChanged();
}

void Draft::clear()
{
    m_saveTimer.stop();
    m_unsaved = false;
    if (Database *db = databaseOf(m_account); db && !m_key.isEmpty())
        DraftStore(*db).remove(m_key);
    m_text.clear();
    m_attachments.clear();
    emit textChanged();
    emit attachmentsChanged();
    emit savedChanged();
}

} // namespace nestje
