// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rules/OrganisationRules.h"

#include "server/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nestje::server {

// Defaults are what an organisation gets when it has not set a rule. They follow the manuals
// where the manuals give a default ("Bij afwezigheid worden er geen uren gecrediteerd": early
// absence earns no credit unless the organisation turns it on).
const QList<OrganisationRules::Spec> &OrganisationRules::specs()
{
    static const QList<Spec> all{
        {"module.messages", "true", "Berichten: threads with the group"},
        {"module.diary", "true", "Dagboek schrijven by the parent"},
        {"module.video", "false", "videos in the diary and messages (upload and show)"},
        {"module.absence", "true", "Afwezigheid doorgeven"},
        {"module.extraDays", "true", "Dag aanvragen"},
        {"module.swapDays", "false", "Ruildag aanvragen"},
        {"module.credits", "false", "Tegoeden (and paying requests with credit)"},
        {"module.invoices", "true", "Facturen, jaaropgaven en documenten"},
        {"module.observations", "false", "Observaties (kindvolgsysteem), read-only"},
        {"module.permissions", "true", "Toestemmingen en verklaringen"},
        {"module.askQuestion", "true", "Stel een vraag (becomes a thread)"},
        {"module.personalDetails", "true", "change request for the parent's personal details"},
        {"module.notificationSettings", "true", "notification settings per item"},
        {"upload.maxImageBytes", "10485760", "largest photo upload"},
        {"upload.maxVideoBytes", "26214400", "largest video upload"},
        {"absence.cutoffMinutes", "0", "an absence can be reported until this many minutes before the day part starts"},
        {"absence.cancelMinutes", "60", "an absence can be cancelled until this many minutes before the day part starts"},
        {"absence.maxDaysAhead", "365", "how far ahead an absence can be reported"},
        {"absence.earnsCredit", "false", "an early absence earns credit for the missed hours"},
        {"absence.creditLeadHours", "48", "how early an absence must be to earn credit"},
        {"absence.creditType", "", "credit type an early absence earns (a credit_types code)"},
        {"request.leadHours", "24", "an extra day must start at least this many hours after the request"},
        {"request.maxDaysAhead", "90", "how far ahead a day can be requested"},
        {"request.cancelHours", "48", "a request can be cancelled until this many hours before its first day part"},
        {"request.autoApproveCredit", "false", "requests paid with credit are approved automatically"},
        {"request.autoApproveMinHours", "48", "auto-approval only when the booking starts at least this many hours ahead"},
        {"request.autoApproveMaxDays", "30", "auto-approval only when the booking is at most this many days ahead"},
        {"request.maxExpiryDays", "60", "latest expiry moment a parent may choose, in days from now"},
        {"request.valueUnit", "hours", "what a booking is worth in: hours or points"},
        {"request.pointsPerHour", "1", "points per hour when valueUnit is points"},
        {"swap.leadHours", "48", "a swap's target day must start at least this many hours ahead"},
        {"swap.maxDaysApart", "30", "the target day lies at most this many days from the given-up day"},
        {"swap.maxDaysAhead", "90", "how far ahead a swap can be requested"},
        {"credit.validity", "days:365", "validity of new credit: days:N or yearEnd (t/m 31-12)"},
        {"group.defaultCapacity", "12", "places per group per day part when the group has no own capacity"},
        {"dayParts", "[]", "bookable day parts: JSON [{code,label,start,end,when}]"},
        {"calendar.closedDates", "01-01,04-27,12-25,12-26", "dates (MM-dd) the organisation is closed every year"},
        {"calendar.openWeekends", "false", "open on Saturdays and Sundays"},
    };
    return all;
}

OrganisationRules OrganisationRules::load(Database &db, qint64 orgId)
{
    OrganisationRules rules;
    for (const Spec &spec : specs())
        rules.m_values.insert(QString::fromLatin1(spec.name), QString::fromUtf8(spec.defaultValue));
    QSqlQuery &q = db.run(QStringLiteral("SELECT name, value FROM org_rules WHERE org_id = ?"), {orgId});
    while (q.next())
        rules.m_values.insert(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return rules;
}

QString OrganisationRules::text(const QString &name) const
{
    return m_values.value(name);
}

qint64 OrganisationRules::integer(const QString &name) const
{
    return m_values.value(name).toLongLong();
}

bool OrganisationRules::flag(const QString &name) const
{
    const QString v = m_values.value(name);
    return v == QLatin1String("true") || v == QLatin1String("1");
}

QList<DayPart> OrganisationRules::dayParts() const
{
    QList<DayPart> parts;
    const QJsonArray list = QJsonDocument::fromJson(text(QStringLiteral("dayParts")).toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        DayPart part;
        part.code = o.value(QLatin1String("code")).toString();
        part.label = o.value(QLatin1String("label")).toString();
        part.start = QTime::fromString(o.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
        part.end = QTime::fromString(o.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
        part.when = o.value(QLatin1String("when")).toString(QStringLiteral("always"));
        if (!part.code.isEmpty() && part.start.isValid() && part.end.isValid() && part.start < part.end)
            parts.append(part);
    }
    return parts;
}

QJsonObject OrganisationRules::toJson() const
{
    QJsonObject out;
    for (const Spec &spec : specs()) {
        const QString name = QString::fromLatin1(spec.name);
        const QString value = m_values.value(name);
        const QString def = QString::fromUtf8(spec.defaultValue);
        if (name == QLatin1String("dayParts"))
            out.insert(name, QJsonDocument::fromJson(value.toUtf8()).array());
        else if (def == QLatin1String("true") || def == QLatin1String("false"))
            out.insert(name, flag(name));
        else if (!def.isEmpty() && (def.at(0).isDigit()))
            out.insert(name, integer(name));
        else
            out.insert(name, value);
    }
    return out;
}

} // namespace nestje::server
