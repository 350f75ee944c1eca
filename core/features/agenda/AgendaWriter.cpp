// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/agenda/AgendaWriter.h"

#include "accounts/AccountSession.h"
#include "features/agenda/AbsenceWrite.h"
#include "features/agenda/AgendaText.h"
#include "features/agenda/CancelWrite.h"
#include "features/agenda/ExtraDayWrite.h"
#include "features/agenda/PlanningStore.h"
#include "features/agenda/SwapWrite.h"
#include "sync/SyncEngine.h"
#include "text/PortalTime.h"

#include <QDateTime>
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
    disconnect(m_capabilitiesConnection);
    if (AccountSession *account = m_binding.account(); account && account->sync())
        m_capabilitiesConnection = connect(account->sync(), &SyncEngine::capabilitiesChanged, this,
                                           &AgendaWriter::changed);
    if (AccountSession *account = m_binding.account(); account && account->writes()) {
        m_writesConnection =
            connect(account->writes(), &Writes::changed, this, [this](const QString &kind) {
                if (kind == QLatin1String(AbsenceWrite::name) ||
                    kind == QLatin1String(CancelWrite::name) ||
                    kind == QLatin1String(ExtraDayWrite::name) ||
                    kind == QLatin1String(SwapWrite::name))
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
    for (const char *kind :
         {AbsenceWrite::name, CancelWrite::name, ExtraDayWrite::name, SwapWrite::name}) {
        for (const PendingWrite &write : account->writes()->pending(QString::fromLatin1(kind))) {
            if (write.state != PendingWrite::State::Failed)
                continue;
            const QString title =
                write.kind == QLatin1String(AbsenceWrite::name)    ? tr("Absence not reported")
                : write.kind == QLatin1String(ExtraDayWrite::name) ? tr("Request not submitted")
                : write.kind == QLatin1String(SwapWrite::name)     ? tr("Swap not submitted")
                                                                   : tr("Not cancelled");
            list << QVariantMap{{QStringLiteral("id"), write.id},
                                {QStringLiteral("kind"), write.kind},
                                {QStringLiteral("title"), title},
                                {QStringLiteral("errorText"), write.errorText}};
        }
    }
    return list;
}

bool AgendaWriter::offers(const QString &module) const
{
    AccountSession *account = m_binding.account();
    return !account || !account->sync() || account->sync()->capabilities().offers(module);
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

QString AgendaWriter::swapProblem(const QStringList &giveUp, const QStringList &take) const
{
    if (giveUp.isEmpty() || take.isEmpty())
        return tr("Choose the day parts you give up and the day parts you want in return.");
    return {};
}

QString AgendaWriter::swapLoss(const QVariantMap &answer, const QStringList &giveUp,
                               const QStringList &take) const
{
    QStringList lines;
    const QString unit = answer.value(QStringLiteral("unit")).toString();
    for (const QVariant &value : answer.value(QStringLiteral("children")).toList()) {
        const QVariantMap child = value.toMap();
        const auto sum = [](const QVariantList &parts, const QStringList &chosen) {
            double total = 0;
            for (const QVariant &part : parts) {
                const QVariantMap map = part.toMap();
                if (chosen.contains(map.value(QStringLiteral("optionId")).toString()))
                    total += map.value(QStringLiteral("value")).toDouble();
            }
            return total;
        };
        const double given = sum(child.value(QStringLiteral("giveUp")).toList(), giveUp);
        const double taken = sum(child.value(QStringLiteral("take")).toList(), take);
        if (given > taken + 1e-9 && taken > 0)
            lines << tr("%1 gives up %2 and gets %3 back: the remaining %4 is lost.")
                         .arg(child.value(QStringLiteral("firstName")).toString(),
                              agendatext::amount(given, unit), agendatext::amount(taken, unit),
                              agendatext::amount(given - taken, unit));
        else if (taken > given + 1e-9)
            lines << tr("%1 would get more (%2) than is given up (%3); the organisation refuses "
                        "that.")
                         .arg(child.value(QStringLiteral("firstName")).toString(),
                              agendatext::amount(taken, unit), agendatext::amount(given, unit));
    }
    return lines.join(QLatin1Char('\n'));
}

qint64 AgendaWriter::requestSwap(const QString &dayIso, const QString &untilIso,
                                 const QString &targetIso, const QStringList &giveUp,
                                 const QStringList &take, bool asWhole, const QString &expiryDay,
                                 const QString &remark)
{
    AccountSession *account = m_binding.account();
    const QDate day = QDate::fromString(dayIso, Qt::ISODate);
    const QDate until = QDate::fromString(untilIso, Qt::ISODate);
    const QDate target = QDate::fromString(targetIso, Qt::ISODate);
    if (!account || !account->writes() || !day.isValid() || !target.isValid() ||
        (until.isValid() && until < day) || !swapProblem(giveUp, take).isEmpty())
        return 0;
    const QDate expiry = QDate::fromString(expiryDay, Qt::ISODate);
    return account->writes()->submit(
        QString::fromLatin1(SwapWrite::name),
        {{QStringLiteral("date"), portaltime::ymd(day)},
         {QStringLiteral("until"), portaltime::ymd(until.isValid() ? until : day)},
         {QStringLiteral("targetDate"), portaltime::ymd(target)},
         {QStringLiteral("giveUp"), QJsonArray::fromStringList(giveUp)},
         {QStringLiteral("take"), QJsonArray::fromStringList(take)},
         {QStringLiteral("asWhole"), asWhole},
         {QStringLiteral("expiresAt"),
          expiry.isValid()
              ? QDateTime(expiry, QTime(23, 59), portaltime::zone()).toMSecsSinceEpoch()
              : qint64(0)},
         {QStringLiteral("remark"), remark.trimmed()}});
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
