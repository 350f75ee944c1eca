// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountList.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>

namespace nestje {

namespace {
const QString groupKey = QStringLiteral("accounts");
const QString activeKey = QStringLiteral("activeAccount");

// The settings file names the family's portals and e-mail addresses: only this user may read
// it, whatever the umask made of it. Once set, the mode stays: QSettings rewrites the file
// through QSaveFile, which gives the new file the old one's permissions (also when another
// part of the app, such as the language, writes a setting).
void keepPrivate(const QSettings &settings)
{
    if (QFile::exists(settings.fileName()))
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

QString AccountInfo::idFor(const QUrl &portal, const QString &username)
{
    const QByteArray identity = portal.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + username.toLower().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
}

AccountList::AccountList()
{
    QSettings settings;
    const int size = settings.beginReadArray(groupKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        AccountInfo account;
        account.portal = settings.value(QStringLiteral("portal")).toUrl();
        account.username = settings.value(QStringLiteral("username")).toString();
        account.organisation = settings.value(QStringLiteral("organisation")).toString();
        account.organisationName = settings.value(QStringLiteral("organisationName")).toString();
        account.extraCaPem = settings.value(QStringLiteral("extraCa")).toByteArray();
        account.id = AccountInfo::idFor(account.portal, account.username);
        if (account.portal.isValid() && !account.username.isEmpty())
            m_accounts << account;
    }
    settings.endArray();
    keepPrivate(settings); // also a file an earlier version left readable to others
    m_activeId = settings.value(activeKey).toString();
    if (!find(m_activeId))
        m_activeId = m_accounts.isEmpty() ? QString() : m_accounts.first().id;
}

const AccountInfo *AccountList::find(const QString &id) const
{
    for (const AccountInfo &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

void AccountList::add(const AccountInfo &account)
{
    remove(account.id);
    m_accounts << account;
    save();
}

void AccountList::remove(const QString &id)
{
    m_accounts.removeIf([&](const AccountInfo &a) { return a.id == id; });
    if (m_activeId == id)
        m_activeId = m_accounts.isEmpty() ? QString() : m_accounts.first().id;
    save();
}

void AccountList::setActive(const QString &id)
{
    if (!find(id))
        return;
    m_activeId = id;
    save();
}

bool AccountList::setOrganisationName(const QString &id, const QString &name)
{
    for (AccountInfo &account : m_accounts) {
        if (account.id == id && account.organisationName != name) {
            account.organisationName = name;
            save();
            return true;
        }
    }
    return false;
}

void AccountList::save() const
{
    QSettings settings;
    settings.beginWriteArray(groupKey);
    int index = 0;
    for (const AccountInfo &account : m_accounts) {
        if (account.ephemeral)
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("portal"), account.portal);
        settings.setValue(QStringLiteral("username"), account.username);
        settings.setValue(QStringLiteral("organisation"), account.organisation);
        settings.setValue(QStringLiteral("organisationName"), account.organisationName);
        if (!account.extraCaPem.isEmpty())
            settings.setValue(QStringLiteral("extraCa"), account.extraCaPem);
        else
            settings.remove(QStringLiteral("extraCa"));
    }
    settings.endArray();
    const AccountInfo *active = find(m_activeId);
    settings.setValue(activeKey, active && !active->ephemeral ? m_activeId : QString());
    settings.sync(); // the file exists now, also on a first save
    keepPrivate(settings);
}

} // namespace nestje
