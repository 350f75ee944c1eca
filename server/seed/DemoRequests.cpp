// SPDX-License-Identifier: GPL-3.0-or-later
// The demo family's requests: the Aanvragenoverzicht and the "Optie extra" parts in the agenda.
// Nothing here writes request, booking, planning or credit rows itself: the parent's side runs
// through the real route handlers (X20-X27, called in-process with the demo parent as caller)
// and the organisation's side through requests::decideChild and requests::expireDue, as
// `nestje-server staff approve|reject` and the expiry timer do. Each step runs at its own moment
// relative to the seed's today (the portal clock is set to it), so created dates, lead times,
// auto-approval, credit use and refunds, planning parts and the parent's "Je aanvraag is
// beoordeeld" threads come out exactly as with real use.
//
// Dates are found through the options routes, never computed here, so the script holds on any
// day of the year; a step the organisation's rules refuse anyway is skipped with a warning.
#include "server/Dates.h"
#include "server/DemoOrganisation.h"
#include "server/Portal.h"
#include "server/http/Router.h"
#include "server/planning/Planner.h"
#include "server/planning/RequestBook.h"
#include "server/seed/DemoSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcDemoRequests, "nestje.server.seed")

namespace nestje::server {

namespace {

// Sets the portal clock to one moment for the duration of a step.
class ClockAt
{
public:
    ClockAt(Portal &portal, qint64 at)
        : m_portal(portal)
        , m_saved(portal.now)
    {
        m_portal.now = [at] { return at; };
    }
    ~ClockAt() { m_portal.now = m_saved; }
    ClockAt(const ClockAt &) = delete;
    ClockAt &operator=(const ClockAt &) = delete;

private:
    Portal &m_portal;
    Clock m_saved;
};

// The demo parent using the portal: route handlers called as the HTTP frontend calls them, each
// write in a savepoint so a refusal leaves nothing behind (the frontend's rollback).
class DemoParent
{
public:
    DemoParent(Portal &portal, const Router &router, const DemoSeed::Org &org)
        : m_portal(portal)
        , m_router(router)
        , m_org{org.id, org.slug, org.name, org.kind}
    {
        m_caller.accountId = org.demoAccountId;
        m_caller.familyId = org.familyIds.value(0);
        m_caller.username = QLatin1String(demo::username);
    }
    const Organisation &organisation() const { return m_org; }

    // The payload of a successful answer, or nothing (the refusal is logged).
    std::optional<QJsonValue> get(const QString &path) { return call(QHttpServerRequest::Method::Get, path, {}); }
    std::optional<QJsonValue> put(const QString &path, const QJsonObject &body)
    {
        return call(QHttpServerRequest::Method::Put, path, body);
    }

private:
    std::optional<QJsonValue> call(QHttpServerRequest::Method method, const QString &path, const QJsonObject &body)
    {
        const Router::Match match = m_router.match(method, path);
        if (!match.rule)
            throw DatabaseError{QStringLiteral("demo requests: no route for %1").arg(path)};
        Request request;
        request.method = method;
        request.path = path;
        request.params = match.params;
        request.org = &m_org;
        request.caller = m_caller;
        if (method != QHttpServerRequest::Method::Get)
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_portal.db.run(QStringLiteral("SAVEPOINT demo_request"));
        const Reply reply = match.rule->handler(request);
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        if (reply.refused || reply.status >= 400 || !answer.value(QLatin1String("result")).toBool(true)) {
            m_portal.db.run(QStringLiteral("ROLLBACK TO demo_request"));
            m_portal.db.run(QStringLiteral("RELEASE demo_request"));
            qCWarning(lcDemoRequests).noquote() << "demo request skipped:" << m_org.slug << path << reply.status
                                                << QString::fromUtf8(reply.body.left(300));
            return std::nullopt;
        }
        m_portal.db.run(QStringLiteral("RELEASE demo_request"));
        return answer.contains(QLatin1String("payload")) ? answer.value(QLatin1String("payload")) : QJsonValue(answer);
    }

    Portal &m_portal;
    const Router &m_router;
    Organisation m_org;
    Caller m_caller;
};

// A bookable part for one child: what the parent picks in "Dag aanvragen".
struct Pick
{
    QDate date;
    QString optionId;
    qint64 start = 0;
    qint64 end = 0;
    QJsonObject payment;
};

enum class Days { Any, SchoolDays, Holidays };

// The first date in [from, to] (after the dates in `taken`) on which `code` is offered to the
// child, not already planned, with a place left and payable as asked: `creditLabel` empty pays
// on the invoice, otherwise with the child's credit of that type ("KDV flextegoed").
std::optional<Pick> findPart(DemoParent &parent, const QString &childId, QDate from, QDate to, const QString &code,
                             const QString &creditLabel, Days days, const QList<QDate> &taken)
{
    // A week at a time: the options cover every child of the family, and the first fit is
    // usually found early (a --scale 10 family has ten children).
    for (QDate chunk = from; chunk <= to; chunk = chunk.addDays(7)) {
        const QDate until = std::min(to, chunk.addDays(6));
        const auto payload = parent.get(QStringLiteral("/restservices-parent/request/extraday/options/%1/until/%2")
                                            .arg(dates::dayKey(chunk))
                                            .arg(dates::dayKey(until)));
        if (!payload)
            return std::nullopt;
        for (const QJsonValue &dayValue : payload->toObject().value(QLatin1String("days")).toArray()) {
            const QJsonObject day = dayValue.toObject();
            const QDate date = dates::localDate(day.value(QLatin1String("date")).toInteger());
            const bool holiday = day.value(QLatin1String("schoolHoliday")).toBool();
            if (day.value(QLatin1String("closed")).toBool() || taken.contains(date)
                || (days == Days::SchoolDays && holiday) || (days == Days::Holidays && !holiday))
                continue;
            for (const QJsonValue &childValue : day.value(QLatin1String("children")).toArray()) {
                const QJsonObject child = childValue.toObject();
                if (child.value(QLatin1String("childId")).toString() != childId)
                    continue;
                for (const QJsonValue &optionValue : child.value(QLatin1String("options")).toArray()) {
                    const QJsonObject option = optionValue.toObject();
                    if (option.value(QLatin1String("code")).toString() != code || !option.value(QLatin1String("available")).toBool()
                        || option.value(QLatin1String("alreadyPlanned")).toBool())
                        continue;
                    for (const QJsonValue &paymentValue : option.value(QLatin1String("payments")).toArray()) {
                        const QJsonObject payment = paymentValue.toObject();
                        const bool wanted = creditLabel.isEmpty()
                            ? payment.value(QLatin1String("type")).toString() == QLatin1String("invoice")
                            : payment.value(QLatin1String("label")).toString() == creditLabel;
                        if (!wanted)
                            continue;
                        QJsonObject pay{{QStringLiteral("type"), payment.value(QLatin1String("type"))}};
                        if (payment.contains(QLatin1String("creditId")))
                            pay.insert(QStringLiteral("creditId"), payment.value(QLatin1String("creditId")));
                        return Pick{date, option.value(QLatin1String("optionId")).toString(),
                                    option.value(QLatin1String("startTime")).toInteger(),
                                    option.value(QLatin1String("endTime")).toInteger(), pay};
                    }
                }
            }
        }
    }
    return std::nullopt;
}

QJsonObject extraBody(const QString &childId, const Pick &pick, const QString &remark, qint64 expiresAt = 0)
{
    QJsonObject booking{{QStringLiteral("childId"), childId},
                        {QStringLiteral("date"), QString::number(dates::dayKey(pick.date))},
                        {QStringLiteral("payment"), pick.payment}};
    if (pick.optionId.isEmpty()) {
        booking.insert(QStringLiteral("startTime"), pick.start);
        booking.insert(QStringLiteral("endTime"), pick.end);
    } else {
        booking.insert(QStringLiteral("optionId"), pick.optionId);
    }
    QJsonObject body{{QStringLiteral("bookings"), QJsonArray{booking}}, {QStringLiteral("remark"), remark}};
    if (expiresAt)
        body.insert(QStringLiteral("expiresAt"), expiresAt);
    return body;
}

} // namespace

void DemoSeed::createRequests(Org &org)
{
    if (!m_router || org.familyIds.isEmpty())
        return;
    QList<const Child *> family;
    for (const Child &c : std::as_const(org.children))
        if (c.demoFamily)
            family.append(&c);
    if (family.isEmpty())
        return;
    DemoParent parent(m_portal, *m_router, org);
    const Organisation &o = parent.organisation();
    auto at = [this](int days, QTime time) { return dates::localMs(m_today.addDays(days), time); };
    auto day = [this](int days) { return m_today.addDays(days); };
    QList<QDate> taken;

    // Submits an extra-day request at `when`; returns its id (0 when nothing fitted).
    auto submit = [&](qint64 when, const Child &child, const std::optional<Pick> &pick, const QString &remark,
                      qint64 expiresAt = 0) -> qint64 {
        if (!pick) {
            qCWarning(lcDemoRequests).noquote() << "demo request skipped: no day fits for" << child.firstName << "at" << o.slug;
            return 0;
        }
        ClockAt clock(m_portal, when);
        const auto request = parent.put(QStringLiteral("/restservices-parent/request/extraday"),
                                        extraBody(child.id, *pick, remark, expiresAt));
        if (!request)
            return 0;
        taken.append(pick->date);
        return request->toObject().value(QLatin1String("requestId")).toInteger();
    };
    // The planning office's decision, as `nestje-server staff approve|reject` makes it.
    auto decide = [&](qint64 when, qint64 requestId, const Child &child, bool approve, const QString &message) {
        if (!requestId)
            return;
        ClockAt clock(m_portal, when);
        Planner planner(m_portal, o);
        requests::decideChild(m_portal, planner, requestId, child.id, approve, message);
    };
    auto findAt = [&](qint64 when, const Child &child, QDate from, QDate to, const QString &code, const QString &credit,
                      Days days = Days::Any) {
        ClockAt clock(m_portal, when);
        return findPart(parent, child.id, from, to, code, credit, days, taken);
    };

    if (org.kind == QLatin1String("KDV")) {
        const Child &noor = *family.value(0);
        const Child &daan = *family.value(family.size() > 1 ? 1 : 0);

        // Last month: a whole extra day for Noor paid with flex credit, within the auto-approval
        // term, so approved at once ("Aanvragen betaald met tegoed en binnen de gestelde termijn
        // worden automatisch goedgekeurd") and the parent gets the message.
        qint64 when = at(-33, QTime(20, 15));
        submit(when, noor, findAt(when, noor, day(-30), day(-22), QStringLiteral("hele-dag"), QStringLiteral("KDV flextegoed")),
               QStringLiteral("Ik moet die dag de hele dag naar een training in Amsterdam."));

        // Expired: an afternoon for Daan the parent wanted to know about in time; nobody assessed
        // it before the moment she chose, so it was withdrawn.
        when = at(-16, QTime(21, 5));
        const qint64 expiresAt = at(-14, QTime(12, 0));
        const qint64 expired = submit(when, daan, findAt(when, daan, day(-13), day(-7), QStringLiteral("middag"), {}),
                                      QStringLiteral("Alleen als het zeker is, anders regel ik oppas."), expiresAt);
        if (expired) {
            ClockAt clock(m_portal, expiresAt);
            requests::expireDue(m_portal, expiresAt);
        }

        // Ziek last week: Daan's planned parts of one day, reported that morning (the KDV
        // accepts it until the care starts). No credit: too late for that.
        const QDate lastMonday = day(1 - m_today.dayOfWeek() - 7);
        for (QDate sick = lastMonday; sick < lastMonday.addDays(5); sick = sick.addDays(1)) {
            ClockAt clock(m_portal, dates::localMs(sick, QTime(6, 48)));
            const auto options = parent.get(QStringLiteral("/restservices-parent/absence/options/%1/until/%1").arg(dates::dayKey(sick)));
            QJsonArray ids;
            for (const QJsonValue &v : options ? options->toObject().value(QLatin1String("parts")).toArray() : QJsonArray())
                if (v.toObject().value(QLatin1String("childId")).toString() == daan.id && v.toObject().value(QLatin1String("available")).toBool())
                    ids.append(v.toObject().value(QLatin1String("optionId")));
            if (ids.isEmpty())
                continue;
            const auto absence = parent.put(QStringLiteral("/restservices-parent/absence"),
                                            QJsonObject{{QStringLiteral("from"), QString::number(dates::dayKey(sick))},
                                                        {QStringLiteral("reason"), QStringLiteral("sick")},
                                                        {QStringLiteral("remark"), QStringLiteral("Daan heeft sinds vannacht koorts en blijft thuis.")},
                                                        {QStringLiteral("optionIds"), ids}});
            if (absence)
                removeDayCards(org, daan, sick); // he was not there: no journal or photos that day
            break;
        }

        // Rejected with a message from the planning office.
        when = at(-4, QTime(12, 30));
        const qint64 rejected = submit(when, daan, findAt(when, daan, day(5), day(24), QStringLiteral("hele-dag"), {}),
                                       QStringLiteral("Ik heb die dag een cursus; een hele dag zou fijn zijn."));
        decide(at(-3, QTime(10, 5)), rejected, daan, false,
               QStringLiteral("Helaas zit de groep van Daan die dag al vol. Een andere dag in die week kan wel; vraag die gerust aan."));

        // Cancelled by the parent while it was still an option: booked with free times (Noor's
        // placement is flexible) and flex credit, taken and refunded.
        when = at(-6, QTime(19, 40));
        if (const auto pick = findAt(when, noor, day(33), day(50), QStringLiteral("middag"), QStringLiteral("KDV flextegoed"))) {
            Pick custom = *pick;
            custom.optionId.clear();
            custom.start = dates::localMs(custom.date, QTime(13, 0));
            custom.end = dates::localMs(custom.date, QTime(17, 30));
            const qint64 cancelled = submit(when, noor, custom, QStringLiteral("Noor's oma kan die middag misschien niet."));
            if (cancelled) {
                ClockAt clock(m_portal, at(-2, QTime(8, 15)));
                parent.put(QStringLiteral("/restservices-parent/request/%1/cancel").arg(cancelled), QJsonObject{});
                taken.removeAll(custom.date);
            }
        }

        // Next week or the one after: a pending request, "Optie extra" (tentative) in the agenda
        // until decided. Two weeks, because the rejected request above may have taken the one
        // free day of next week (on a Monday it did, and the demo had no pending request).
        when = at(-1, QTime(21, 40));
        const QDate nextMonday = day(8 - m_today.dayOfWeek());
        submit(when, daan, findAt(when, daan, nextMonday, nextMonday.addDays(13), QStringLiteral("hele-dag"), {}),
               QStringLiteral("Opa en oma zijn die week op vakantie."));
    } else {
        const Child &mila = *family.value(0);

        // An extra afternoon (NSO) on a school day, approved by the planning office. From three
        // days after asking: an extra day is asked for at least 48 hours ahead, and the options
        // do not leave out the days too close (on a Monday evening the Wednesday came first and
        // was refused, so the demo had no approved request).
        qint64 when = at(-9, QTime(19, 45));
        const qint64 approved = submit(when, mila, findAt(when, mila, day(-6), day(12), QStringLiteral("nso"), {}, Days::SchoolDays),
                                       QStringLiteral("Mila wil graag mee met de knutselclub."));
        decide(at(-8, QTime(11, 20)), approved, mila, true,
               QStringLiteral("Gezellig! Mila kan die middag mee met de knutselclub van juf Yara."));

        // Pending: a holiday day paid with Vakantiepret-uren, beyond the auto-approval term so
        // the planning office still has to look at it. Holidays out of reach: an NSO afternoon.
        when = at(-2, QTime(20, 30));
        auto holiday = findAt(when, mila, day(23), day(58), QStringLiteral("vakantiedag"), QStringLiteral("Vakantiepret-uren"),
                              Days::Holidays);
        if (holiday)
            submit(when, mila, holiday, QStringLiteral("Graag een vakantiedag; wij werken allebei."));
        else
            submit(when, mila, findAt(when, mila, day(3), day(30), QStringLiteral("nso"), {}, Days::SchoolDays),
                   QStringLiteral("Graag een extra middag; ik werk die dag later."));
    }
}

void DemoSeed::removeDayCards(const Org &org, const Child &child, QDate date)
{
    // History cards hold one child; photos hang off their card.
    const qint64 dayMs = dates::localMs(date);
    QList<qint64> cards;
    QSqlQuery &q = m_portal.db.run(QStringLiteral("SELECT c.id FROM cards c JOIN card_children cc ON cc.card_id = c.id"
                                                  " WHERE c.org_id = ? AND c.date_ms = ? AND cc.child_id = ?"
                                                  " AND (SELECT COUNT(*) FROM card_children x WHERE x.card_id = c.id) = 1"),
                                   {org.id, dayMs, child.id});
    while (q.next())
        cards.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 card : std::as_const(cards)) {
        m_portal.db.run(QStringLiteral("DELETE FROM photo_tags WHERE photo_id IN (SELECT id FROM photos WHERE card_id = ?)"), {card});
        m_portal.db.run(QStringLiteral("DELETE FROM photos WHERE card_id = ?"), {card});
        m_portal.db.run(QStringLiteral("DELETE FROM journals WHERE card_id = ?"), {card});
        m_portal.db.run(QStringLiteral("DELETE FROM card_children WHERE card_id = ?"), {card});
        m_portal.db.run(QStringLiteral("DELETE FROM cards WHERE id = ?"), {card});
    }
}

} // namespace nestje::server
