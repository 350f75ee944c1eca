// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountWrites.h"

#include "features/account/AccountParser.h"
#include "features/account/AccountStore.h"

#include <QJsonArray>
#include <QUrl>

namespace nestje {

namespace {

QString encoded(const QJsonValue &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id.toString()));
}

} // namespace

std::optional<ApiCall> AccountWriteKind::step(const PendingWrite &write, int step) const
{
    if (step > 0)
        return std::nullopt;
    const QJsonObject &p = write.payload;
    ApiCall call;
    call.method = "PUT";
    call.extension = true;
    if (m_kind == QLatin1String(permission)) {
        call.path = QStringLiteral("/restservices-parent/permissions/%1/%2")
                        .arg(encoded(p.value(QLatin1String("childId"))), encoded(p.value(QLatin1String("permissionId"))));
        call.body = QJsonObject{{QStringLiteral("granted"), p.value(QLatin1String("granted")).toBool()}};
    } else if (m_kind == QLatin1String(notificationSetting)) {
        call.path = QStringLiteral("/restservices-parent/notification/settings");
        call.body = QJsonObject{{QStringLiteral("items"), QJsonArray{p}}};
    } else if (m_kind == QLatin1String(changeRequest)) {
        call.path = QStringLiteral("/restservices-parent/parent/changerequest");
        call.body = p;
    } else if (m_kind == QLatin1String(question)) {
        call.path = QStringLiteral("/restservices-parent/question");
        call.body = p;
    } else {
        return std::nullopt;
    }
    return call;
}

bool AccountWriteKind::delivered(Database &db, const PendingWrite &write) const
{
    if (write.results.isEmpty())
        return false;
    const QJsonValue answer = write.results.last();
    AccountStore store(db);
    if (m_kind == QLatin1String(permission)) {
        const QString childId = write.payload.value(QLatin1String("childId")).toString();
        return store.replacePermissions(childId, parsePermissions(childId, answer));
    }
    if (m_kind == QLatin1String(notificationSetting))
        return store.replaceNotificationSettings(parseNotificationSettings(answer));
    if (m_kind == QLatin1String(changeRequest))
        return store.setChangeRequest(parseChangeRequest(answer));
    return true; // a question arrives in Berichten with the messages' next sync
}

void addAccountWriteKinds(Writes &writes)
{
    for (const char *kind : {AccountWriteKind::permission, AccountWriteKind::notificationSetting,
                              AccountWriteKind::changeRequest, AccountWriteKind::question})
        writes.addKind(std::make_unique<AccountWriteKind>(QString::fromLatin1(kind)));
}

} // namespace nestje
