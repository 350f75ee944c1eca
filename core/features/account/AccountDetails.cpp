// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AccountDetails.h"

#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/account/AccountStore.h"
#include "features/account/AccountText.h"
#include "features/account/AccountWrites.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace nestje {

namespace {

const char *const accountKinds[] = {AccountWriteKind::permission, AccountWriteKind::notificationSetting,
                                    AccountWriteKind::changeRequest, AccountWriteKind::question};

} // namespace

AccountDetails::AccountDetails(QObject *parent)
    : QObject(parent)
    , m_binding({QStringLiteral("parent"), QStringLiteral("capabilities")}, [this] {
        disconnect(m_writesConnection);
        disconnect(m_capabilitiesConnection);
        if (Writes *w = writes())
            m_writesConnection = connect(w, &Writes::changed, this, &AccountDetails::changed);
        if (AccountSession *account = m_binding.account(); account && account->sync())
            m_capabilitiesConnection = connect(account->sync(), &SyncEngine::capabilitiesChanged, this, &AccountDetails::changed);
        emit changed();
    }, this)
{
}

void AccountDetails::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

Writes *AccountDetails::writes() const
{
    AccountSession *account = m_binding.account();
    return account ? account->writes() : nullptr;
}

bool AccountDetails::offers(const QString &module) const
{
    AccountSession *account = m_binding.account();
    return !account || !account->sync() || account->sync()->capabilities().offers(module);
}

QUrl AccountDetails::portalUrl() const
{
    AccountSession *account = m_binding.account();
    return account ? account->info().portal : QUrl();
}

QString AccountDetails::fullName() const
{
    Database *db = m_binding.database();
    return db ? AccountStore(*db).parent().fullName : QString();
}

QString AccountDetails::email() const
{
    Database *db = m_binding.database();
    return db ? AccountStore(*db).parent().email : QString();
}

QString AccountDetails::phone() const
{
    Database *db = m_binding.database();
    return db ? AccountStore(*db).parent().phone : QString();
}

QString AccountDetails::address() const
{
    Database *db = m_binding.database();
    return db ? AccountStore(*db).parent().address : QString();
}

QString AccountDetails::changeStatus() const
{
    Database *db = m_binding.database();
    const auto request = db ? AccountStore(*db).changeRequest() : std::nullopt;
    return request ? request->status : QString();
}

QString AccountDetails::changeSummary() const
{
    Database *db = m_binding.database();
    const auto request = db ? AccountStore(*db).changeRequest() : std::nullopt;
    if (!request)
        return {};
    QStringList changes;
    if (!request->fullName.isEmpty())
        changes << tr("name → %1").arg(request->fullName);
    if (!request->email.isEmpty())
        changes << tr("e-mail address → %1").arg(request->email);
    if (!request->phone.isEmpty())
        changes << tr("phone number → %1").arg(request->phone);
    if (!request->address.isEmpty())
        changes << tr("address → %1").arg(request->address);
    const QString status = request->status == QLatin1String("pending")
                               ? tr("Being processed since %1").arg(accounttext::day(request->created))
                               : tr("Processed by the organisation");
    return status + QStringLiteral(": ") + changes.join(QStringLiteral(", "));
}

bool AccountDetails::changeSending() const
{
    Writes *w = writes();
    return w && !w->pending(QString::fromLatin1(AccountWriteKind::changeRequest)).isEmpty();
}

QString AccountDetails::problem() const
{
    Writes *w = writes();
    if (!w)
        return {};
    for (const char *kind : accountKinds) {
        for (const PendingWrite &write : w->pending(QString::fromLatin1(kind))) {
            if (write.state == PendingWrite::State::Failed)
                return write.errorText.isEmpty() ? tr("The portal did not accept the change.") : write.errorText;
        }
    }
    return {};
}

QList<qint64> AccountDetails::failedWrites() const
{
    QList<qint64> ids;
    if (Writes *w = writes()) {
        for (const char *kind : accountKinds) {
            for (const PendingWrite &write : w->pending(QString::fromLatin1(kind))) {
                if (write.state == PendingWrite::State::Failed)
                    ids << write.id;
            }
        }
    }
    return ids;
}

void AccountDetails::retryFailed()
{
    for (qint64 id : failedWrites())
        writes()->retry(id);
}

void AccountDetails::discardFailed()
{
    for (qint64 id : failedWrites())
        writes()->discard(id);
    // What was shown while it was on its way comes back from the portal with the next sync.
    if (AccountSession *account = m_binding.account())
        account->sync()->start(SyncEngine::Mode::Full);
}

QString AccountDetails::requestChange(const QString &fullName, const QString &email, const QString &phone,
                                      const QString &address, const QString &remark)
{
    Writes *w = writes();
    Database *db = m_binding.database();
    if (!w || !db)
        return tr("No account.");
    if (changeStatus() == QLatin1String("pending") || changeSending())
        return tr("A change is still being processed. Until then you cannot change your details again.");
    const ParentRecord now = AccountStore(*db).parent();
    QJsonObject changes;
    const auto add = [&changes](const char *key, const QString &value, const QString &current) {
        if (!value.trimmed().isEmpty() && value.trimmed() != current)
            changes.insert(QLatin1String(key), value.trimmed());
    };
    add("fullname", fullName, now.fullName);
    add("emailAddress", email, now.email);
    add("phoneNumber", phone, now.phone);
    add("address", address, now.address);
    if (changes.isEmpty())
        return tr("Fill in what should change.");
    QJsonObject payload{{QStringLiteral("changes"), changes}};
    if (!remark.trimmed().isEmpty())
        payload.insert(QStringLiteral("remark"), remark.trimmed());
    return w->submit(QString::fromLatin1(AccountWriteKind::changeRequest), payload) ? QString() : tr("This device could not store the change.");
}

QString AccountDetails::askQuestion(const QString &subject, const QString &message, const QString &childId)
{
    Writes *w = writes();
    if (!w)
        return tr("No account.");
    if (subject.trimmed().isEmpty())
        return tr("Write a subject.");
    if (message.trimmed().isEmpty())
        return tr("Write your question.");
    QJsonObject payload{{QStringLiteral("subject"), subject.trimmed()}, {QStringLiteral("message"), message.trimmed()}};
    if (!childId.isEmpty())
        payload.insert(QStringLiteral("childId"), childId);
    return w->submit(QString::fromLatin1(AccountWriteKind::question), payload) ? QString() : tr("This device could not store the question.");
}

bool AccountDetails::setPermission(const QString &childId, const QString &permissionId, bool granted)
{
    Writes *w = writes();
    Database *db = m_binding.database();
    if (!w || !db)
        return false;
    // Shown at once; the portal's answer replaces it when the write is in.
    AccountStore(*db).setPermissionGranted(childId, permissionId, granted, QDateTime::currentMSecsSinceEpoch());
    return w->submit(QString::fromLatin1(AccountWriteKind::permission),
                     {{QStringLiteral("childId"), childId}, {QStringLiteral("permissionId"), permissionId},
                      {QStringLiteral("granted"), granted}}) != 0;
}

bool AccountDetails::notifiesOnThisDevice() const
{
    Database *db = m_binding.database();
    return !db || AccountStore(*db).notifiesOnThisDevice();
}

void AccountDetails::setNotifiesOnThisDevice(bool on)
{
    Database *db = m_binding.database();
    if (!db || on == notifiesOnThisDevice())
        return;
    AccountStore(*db).setNotifiesOnThisDevice(on);
    emit changed();
}

bool AccountDetails::setNotification(const QString &item, bool push, bool email)
{
    Writes *w = writes();
    Database *db = m_binding.database();
    if (!w || !db)
        return false;
    AccountStore(*db).setNotificationSetting(item, push, email);
    return w->submit(QString::fromLatin1(AccountWriteKind::notificationSetting),
                     {{QStringLiteral("item"), item}, {QStringLiteral("push"), push}, {QStringLiteral("email"), email}}) != 0;
}

int AccountDetails::passwordMinimum() const
{
    AccountSession *account = m_binding.account();
    const int rule = account && account->sync() ? account->sync()->capabilities().rules.value(QStringLiteral("password.minLength")).toInt() : 0;
    return rule > 0 ? rule : 8;
}

QString AccountDetails::passwordProblem(const QString &current, const QString &next, const QString &repeated) const
{
    if (current.isEmpty())
        return tr("Fill in your current password.");
    if (next.size() < passwordMinimum())
        return tr("The new password needs at least %1 characters.").arg(passwordMinimum());
    if (next != repeated)
        return tr("The two new passwords are not the same.");
    if (next == current)
        return tr("The new password is the same as the current one.");
    return {};
}

void AccountDetails::changePassword(const QString &current, const QString &next, const QString &repeated)
{
    AccountSession *account = m_binding.account();
    const QString problem = passwordProblem(current, next, repeated);
    if (!account || !problem.isEmpty()) {
        emit passwordRefused(account ? problem : tr("No account."));
        return;
    }
    m_passwordBusy = true;
    emit passwordBusyChanged();
    ApiCall call;
    call.method = "PUT";
    call.path = QStringLiteral("/restservices-parent/parent/password");
    call.extension = true;
    call.body = QJsonObject{{QStringLiteral("oldPassword"), current}, {QStringLiteral("newPassword"), next}};
    QPointer<AccountSession> session(account);
    account->api()->send(call, this, [this, session, next](const ApiResult &result) {
        const auto done = [this] {
            m_passwordBusy = false;
            emit passwordBusyChanged();
        };
        if (!result.ok()) {
            done();
            emit passwordRefused(result.error.text()); // the portal's own words for a refusal
            return;
        }
        if (!session || session->info().ephemeral) { // the demo keeps nothing in the keychain
            done();
            emit passwordChanged();
            return;
        }
        // The session stays (the portal ends only the other devices'); the keychain must hold
        // the new password, or the next silent login would use the old one.
        auto *secrets = new SecretStore(QStringLiteral("Nestje"), this);
        secrets->write(session->info().passwordKey(), next, [this, secrets, done](const SecretStore::Result &written) {
            secrets->deleteLater();
            done();
            if (written.ok)
                emit passwordChanged();
            else
                emit passwordRefused(tr("The password was changed, but this device could not store it: %1").arg(written.error));
        });
    });
}

} // namespace nestje
