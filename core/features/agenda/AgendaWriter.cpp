// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaWriter.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/CancelWrite.h"
#include "features/agenda/PlanningStore.h"
#include "text/PortalTime.h"

#include <QJsonArray>

namespace nestje {

AgendaWriter::AgendaWriter(QObject *parent)
    : QObject(parent)
    , m_binding(
          {}, [this] { follow(); }, this)
{
}

void AgendaWriter::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void AgendaWriter::follow()
{
    disconnect(m_writesConnection);
    if (AccountSession *account = m_binding.account(); account && account->writes()) {
        m_writesConnection =
            connect(account->writes(), &Writes::changed, this, [this](const QString &kind) {
                if (kind == QLatin1String(AbsenceWrite::name) ||
                    kind == QLatin1String(CancelWrite::name))
                    emit changed();
            });
    }
    emit changed();
}

QVariantList AgendaWriter::refused() const
{
    QVariantList list;
    AccountSession *account = m_binding.account();
    if (!account || !account->writes())
        return list;
    for (const char *kind : {AbsenceWrite::name, CancelWrite::name}) {
        for (const PendingWrite &write : account->writes()->pending(QString::fromLatin1(kind))) {
            if (write.state != PendingWrite::State::Failed)
                continue;
            const bool absence = write.kind == QLatin1String(AbsenceWrite::name);
            list << QVariantMap{{QStringLiteral("id"), write.id},
                                {QStringLiteral("kind"), write.kind},
                                {QStringLiteral("title"),
                                 absence ? tr("Absence not reported") : tr("Not cancelled")},
                                {QStringLiteral("errorText"), write.errorText}};
        }
    }
    return list;
}

QString AgendaWriter::absenceProblem(const QString &reason, const QVariantList &parts) const
{
    if (reason.isEmpty())
        return tr("Choose a reason for the absence: sick, holiday or other.");
    if (parts.isEmpty())
        return tr("Choose at least one day part.");
    return {};
}

qint64 AgendaWriter::reportAbsence(const QString &fromIso, const QString &toIso,
                                   const QString &reason, const QString &remark,
                                   const QVariantList &parts)
{
    AccountSession *account = m_binding.account();
    const QDate from = QDate::fromString(fromIso, Qt::ISODate);
    const QDate to = toIso.isEmpty() ? from : QDate::fromString(toIso, Qt::ISODate);
    if (!account || !account->writes() || !from.isValid() || !to.isValid() ||
        !absenceProblem(reason, parts).isEmpty())
        return 0;
    QJsonArray optionIds;
    QJsonArray marks;
    bool everyPartHasAnId = true;
    for (const QVariant &value : parts) {
        const QVariantMap part = value.toMap();
        const QString optionId = part.value(QStringLiteral("optionId")).toString();
        everyPartHasAnId = everyPartHasAnId && !optionId.isEmpty();
        optionIds.append(optionId);
        marks.append(QJsonObject{
            {QStringLiteral("childId"), part.value(QStringLiteral("childId")).toString()},
            {QStringLiteral("startTime"), part.value(QStringLiteral("startTime")).toLongLong()},
            {QStringLiteral("endTime"), part.value(QStringLiteral("endTime")).toLongLong()}});
    }
    QJsonObject payload{{QStringLiteral("from"), portaltime::ymd(from)},
                        {QStringLiteral("to"), portaltime::ymd(to)},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("remark"), remark.trimmed()},
                        {QStringLiteral("parts"), marks}};
    if (everyPartHasAnId)
        payload.insert(QStringLiteral("optionIds"), optionIds);
    return account->writes()->submit(QString::fromLatin1(AbsenceWrite::name), payload);
}

QVariantList AgendaWriter::plannedParts(const QString &fromIso, const QString &toIso) const
{
    QVariantList list;
    Database *db = m_binding.database();
    const QDate from = QDate::fromString(fromIso, Qt::ISODate);
    const QDate to = toIso.isEmpty() ? from : QDate::fromString(toIso, Qt::ISODate);
    if (!db || !from.isValid() || !to.isValid())
        return list;
    const QDate today = portaltime::today();
    for (const PlanningPart &part : PlanningStore(*db).parts(from, to)) {
        if (part.code != QLatin1String("attend"))
            continue; // absent already, or only an option
        list << QVariantMap{
            {QStringLiteral("childId"), part.childId},
            {QStringLiteral("firstName"), part.childName},
            {QStringLiteral("day"), part.day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), portaltime::dayLabel(part.day, today)},
            {QStringLiteral("label"), agendatext::partStatus(part)},
            {QStringLiteral("times"), agendatext::times(part.startTime, part.endTime)},
            {QStringLiteral("startTime"), part.startTime},
            {QStringLiteral("endTime"), part.endTime},
            {QStringLiteral("available"), true},
            {QStringLiteral("selected"), true}};
    }
    return list;
}

qint64 AgendaWriter::cancel(const QString &requestId, const QString &childId)
{
    AccountSession *account = m_binding.account();
    if (!account || !account->writes() || requestId.isEmpty())
        return 0;
    return account->writes()->submit(
        QString::fromLatin1(CancelWrite::name),
        {{QStringLiteral("requestId"), requestId}, {QStringLiteral("childId"), childId}});
}

void AgendaWriter::retry(qint64 writeId)
{
    if (AccountSession *account = m_binding.account(); account && account->writes())
        account->writes()->retry(writeId);
}

void AgendaWriter::discard(qint64 writeId)
{
    if (AccountSession *account = m_binding.account(); account && account->writes())
        account->writes()->discard(writeId);
}

} // namespace nestje
