// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/TeamPhotos.h"

#include "accounts/AccountSession.h"
#include "features/location/LocationDownload.h"
#include "features/location/LocationStore.h"

#include <QFile>
#include <QPointer>

namespace nestje {

TeamPhotos::TeamPhotos(QObject *parent)
    : QObject(parent)
    , m_binding(
          {QStringLiteral("team")}, [this] { fetchMissing(); }, this)
{
}

void TeamPhotos::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void TeamPhotos::fetchMissing()
{
    AccountSession *account = m_binding.account();
    if (!account)
        return;
    for (const TeamMember &member : LocationStore(*account->database()).team()) {
        const QUrl url(member.avatarUrl);
        if (member.avatarUrl.isEmpty())
            continue;
        const QString path = locationfiles::imagePath(*account, url);
        if (QFile::exists(path) || m_loading.contains(path))
            continue;
        m_loading.insert(path);
        QPointer<AccountSession> session(account);
        locationfiles::download(this, *account, url, path, QStringLiteral("image/*"),
                                [this, path, session](bool ok, bool) {
                                    m_loading.remove(path);
                                    // The model reads the photo's file when the team is announced.
                                    if (ok && session)
                                        session->database()->announce(QStringLiteral("team"));
                                });
    }
}

} // namespace nestje
