// SPDX-License-Identifier: GPL-3.0-or-later
// Dag aanvragen end to end against the reference server and real SQLite: the options parser in
// every shape and on garbage; the request being put together (as a whole only for one date,
// a credit never overdrawn, the latest expiry day); a two-child request for one date "als
// geheel", paid with credit and approved automatically, as the summary predicted; the same
// again refused with the portal's reason, kept for retry or discard; a request for two days
// with a remark and an expiry that lapses on the portal with no traffic (a sweep at start-up);
// a swap day: a planned part given up for a free day, less taken than given (the rest is lost).
#include "DemoAccount.h"
#include "accounts/AccountSession.h"
#include "accounts/SecretStore.h"
#include "features/agenda/AgendaCalendarModel.h"
#include "features/agenda/AgendaRecords.h"
#include "features/agenda/AgendaWriter.h"
#include "features/agenda/ExtraDayQuestion.h"
#include "features/agenda/ExtraDayRecords.h"
#include "features/agenda/ExtraDayRequest.h"
#include "features/agenda/ExtraDayWrite.h"
#include "features/agenda/RequestOverviewModel.h"
#include "features/agenda/RequestStore.h"
#include "features/agenda/SwapQuestion.h"
#include "features/agenda/SwapWrite.h"
#include "server/DemoOrganisation.h"
#include "server/ReferenceServer.h"
#include "shell/Session.h"
#include "sync/SyncEngine.h"
#include "text/PortalTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nestje;

class TestAgendaRequests : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    SecretStore m_secrets;
    std::unique_ptr<server::ReferenceServer> m_server;
    quint16 m_port = 0;
    qint64 m_clockOffset = 0; // the portal's clock runs ahead by this much

    void startServer(bool seed)
    {
        server::ServerOptions options{m_dir.filePath(QStringLiteral("server")), {}, {}, {}};
        options.clock = [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffset; };
        m_server = std::make_unique<server::ReferenceServer>(options);
        QString error;
        QVERIFY2(m_server->open(&error) && (!seed || m_server->seedDemo(1, &error)),
                 qPrintable(error));
        m_port = m_server->listen(QHostAddress::LocalHost, m_port, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
    }

    std::unique_ptr<AccountSession> openAccount()
    {
        auto account = demoAccount(m_server->portalUrl(QString::fromLatin1(server::demo::daycareSlug)), &m_network, &m_secrets);
        QString error;
        if (!account->open(&error))
            qWarning() << error;
        return account;
    }

    static bool sync(AccountSession &account)
    {
        QSignalSpy finished(account.sync(), &SyncEngine::finished);
        account.sync()->start(SyncEngine::Mode::Full);
        return finished.wait(120000) && account.sync()->status(QStringLiteral("requests")).state ==
                                            FeatureStatus::State::Fresh;
    }

    // The wizard's question for one day, answered.
    static QVariantMap optionsOn(ExtraDayQuestion &question, const QDate &day)
    {
        question.ask(day.toString(Qt::ISODate));
        if (!QTest::qWaitFor([&] { return question.state() != PortalQuestion::State::Loading; },
                             20000) ||
            question.state() != PortalQuestion::State::Answered)
            return {};
        return question.answer().toMap();
    }

    // The child's option `code` on that day when it can be booked and paid with a credit.
    static QVariantMap bookable(const QVariantMap &child, const QString &code, bool withCredit)
    {
        for (const QVariant &value : child.value(QStringLiteral("options")).toList()) {
            const QVariantMap option = value.toMap();
            if (option.value(QStringLiteral("code")).toString() != code ||
                !option.value(QStringLiteral("available")).toBool())
                continue;
            if (!withCredit || option.value(QStringLiteral("payments")).toList().size() > 1)
                return option;
        }
        return {};
    }

    // A booking as the wizard's child delegate builds it, paid with the option's first credit
    // or on the invoice.
    static QVariantMap bookingOf(const QVariantMap &child, const QString &day,
                                 const QVariantMap &option, const QString &unit, bool credit)
    {
        const QVariantList payments = option.value(QStringLiteral("payments")).toList();
        return {{QStringLiteral("childId"), child.value(QStringLiteral("childId"))},
                {QStringLiteral("firstName"), child.value(QStringLiteral("firstName"))},
                {QStringLiteral("day"), day},
                {QStringLiteral("optionId"), option.value(QStringLiteral("optionId"))},
                {QStringLiteral("label"), option.value(QStringLiteral("label"))},
                {QStringLiteral("startTime"), option.value(QStringLiteral("startTime"))},
                {QStringLiteral("endTime"), option.value(QStringLiteral("endTime"))},
                {QStringLiteral("value"), option.value(QStringLiteral("value"))},
                {QStringLiteral("unit"), unit},
                {QStringLiteral("payment"), credit ? payments.value(1) : payments.value(0)}};
    }

    // The swap options for `day` (or the period up to `until`) and `target`; {} when the portal
    // did not answer.
    static QVariantMap askSwap(SwapQuestion &question, const QDate &day, const QDate &until,
                               const QDate &target)
    {
        question.ask(day.toString(Qt::ISODate), target.toString(Qt::ISODate),
                     until.isValid() ? until.toString(Qt::ISODate) : QString());
        if (!QTest::qWaitFor([&] { return question.state() != PortalQuestion::State::Loading; },
                             20000) ||
            question.state() != PortalQuestion::State::Answered)
            return {};
        return question.answer().toMap();
    }

    static QVariantMap rowOf(RequestOverviewModel &overview,
                             const std::function<bool(const QVariantMap &)> &test)
    {
        for (int row = 0; row < overview.rowCount(); ++row) {
            if (test(overview.get(row)))
                return overview.get(row);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        startServer(true);
    }

    void theParserReadsTheOptionsAndSurvivesGarbage()
    {
        const QJsonDocument document = QJsonDocument::fromJson(R"({"unit": "uur", "days": [
            {"date": 1796079600000, "closed": false, "schoolHoliday": true, "children": [
              {"childId": 7, "firstName": "Daan", "flexible": false, "alreadyPlanned": true,
               "planned": [{"startTime": 1796106600000, "endTime": 1796126400000, "code": "attend"}],
               "options": [{"optionId": "7|20261201|middag", "code": "middag", "label": "Middag",
                 "startTime": 1796126400000, "endTime": 1796146200000, "value": 5.5,
                 "alreadyPlanned": false, "available": true, "refusal": null,
                 "payments": [{"type": "invoice"}, {"type": "credit", "creditId": 9, "label": "KDV flextegoed",
                               "remaining": 29, "validUntil": 1798671600000}, {"type": "credit"}, {"type": "gift"}],
                 "creditsNotOffered": [{"creditId": 10, "label": "Ruiltegoed", "remaining": 3,
                                        "reason": "er is nog 3 uur, nodig is 5,5 uur"}]},
                 {"code": "zonder id"}]},
              {"firstName": "zonder id"}]},
            {"closed": true}, 5, null]})");
        const ExtraDayOptions options = parseExtraDayOptions(document.object());
        QVERIFY(options.valid);
        QCOMPARE(options.unit, QStringLiteral("uur"));
        QCOMPARE(options.days.size(), 1); // the day without a date is left out
        const ExtraDayDate &day = options.days.first();
        QCOMPARE(day.date, QDate(2026, 12, 1));
        QVERIFY(day.schoolHoliday);
        QCOMPARE(day.children.size(), 1);
        const ExtraDayChild &daan = day.children.first();
        QVERIFY(daan.alreadyPlanned);
        QCOMPARE(daan.planned.size(), 1);
        QCOMPARE(daan.options.size(), 1);
        const ExtraDayOption &afternoon = daan.options.first();
        QVERIFY(afternoon.available);
        QCOMPARE(afternoon.value, 5.5);
        QCOMPARE(afternoon.payments.size(),
                 2); // a credit without an id and a gift are not payments
        QCOMPARE(afternoon.payments.at(1).creditId, QStringLiteral("9"));
        QCOMPARE(afternoon.notOffered.size(), 1);
        QCOMPARE(afternoon.notOffered.first().reason,
                 QStringLiteral("er is nog 3 uur, nodig is 5,5 uur"));

        for (const char *garbage :
             {"[]", "{}", R"({"days": 4})", R"({"days": [null, {"date": "x"}]})",
              R"({"days": [{"date": 1796079600000, "children": [3, {"childId": {}}]}]})"}) {
            const QJsonDocument doc = QJsonDocument::fromJson(garbage);
            const ExtraDayOptions parsed = parseExtraDayOptions(
                doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            for (const ExtraDayDate &d : parsed.days)
                QVERIFY(d.children.isEmpty());
        }
        QVERIFY(!parseExtraDayOptions(QJsonValue(3)).valid);
    }

    void theRequestChecksWhatThePortalWouldRefuse()
    {
        ExtraDayRequest request; // no account: the rules' defaults
        const QDate day = portaltime::today().addDays(10);
        const auto at = [&](const QDate &d, int hour) {
            return QDateTime(d, QTime(hour, 0), portaltime::zone()).toMSecsSinceEpoch();
        };
        const QVariantMap credit{{QStringLiteral("type"), QStringLiteral("credit")},
                                 {QStringLiteral("creditId"), QStringLiteral("9")},
                                 {QStringLiteral("label"), QStringLiteral("KDV flextegoed")},
                                 {QStringLiteral("remaining"), 8.0}};
        QVariantMap booking{{QStringLiteral("childId"), QStringLiteral("7")},
                            {QStringLiteral("firstName"), QStringLiteral("Daan")},
                            {QStringLiteral("day"), day.toString(Qt::ISODate)},
                            {QStringLiteral("optionId"), QStringLiteral("7|x|ochtend")},
                            {QStringLiteral("label"), QStringLiteral("Ochtend")},
                            {QStringLiteral("startTime"), at(day, 7)},
                            {QStringLiteral("endTime"), at(day, 13)},
                            {QStringLiteral("value"), 5.5},
                            {QStringLiteral("unit"), QStringLiteral("uur")},
                            {QStringLiteral("payment"), credit}};
        QVERIFY(!request.problem().isEmpty()); // empty
        QCOMPARE(request.add(booking), QString());
        QVERIFY(request.asWholeOffered());
        QCOMPARE(request.latestExpiryDay(), day.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(request.totalText(), QStringLiteral("5,5 uur"));
        QVERIFY(!request.add(booking).isEmpty()); // the same time twice for one child
        // A second day on the same credit: 11 hours from 8 left is never split.
        booking.insert(QStringLiteral("day"), day.addDays(1).toString(Qt::ISODate));
        booking.insert(QStringLiteral("startTime"), at(day.addDays(1), 7));
        booking.insert(QStringLiteral("endTime"), at(day.addDays(1), 13));
        QCOMPARE(request.add(booking), QString());
        QVERIFY(!request.asWholeOffered()); // two dates: assessed per child
        request.setAsWhole(true);
        QVERIFY(!request.asWhole());
        QVERIFY(request.problem().contains(QLatin1String("KDV flextegoed")));
        request.remove(1);
        QCOMPARE(request.problem(), QString());
        request.setExpiryDay(day.toString(Qt::ISODate)); // the care's own day: too late
        QVERIFY(!request.problem().isEmpty());
        request.setExpiryDay(day.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(request.problem(), QString());
        QCOMPARE(request.expiresAt(),
                 QDateTime(day.addDays(-1), QTime(23, 59), portaltime::zone()).toMSecsSinceEpoch());
    }

    void twoChildrenAsAWholePaidWithCreditAreApprovedAtOnce()
    {
        auto account = openAccount();
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        ExtraDayQuestion question;
        question.setSession(&session);
        // A day in the organisation's auto-approval term (48 hours to 30 days ahead) on which
        // both children can come in the afternoon, paid with credit.
        QDate day;
        QVariantMap answer;
        for (int ahead = 4; ahead <= 28 && !day.isValid(); ++ahead) {
            const QDate candidate = portaltime::today().addDays(ahead);
            answer = optionsOn(question, candidate);
            const QVariantList children = answer.value(QStringLiteral("children")).toList();
            if (children.size() == 2 &&
                !bookable(children.at(0).toMap(), QStringLiteral("middag"), true).isEmpty() &&
                !bookable(children.at(1).toMap(), QStringLiteral("middag"), true).isEmpty())
                day = candidate;
        }
        QVERIFY2(day.isValid(), "no afternoon free for both children in the next four weeks");
        const QString unit = answer.value(QStringLiteral("unit")).toString();
        QCOMPARE(unit, QStringLiteral("uur"));

        ExtraDayRequest request;
        request.setSession(&session);
        QStringList names;
        for (const QVariant &value : answer.value(QStringLiteral("children")).toList()) {
            const QVariantMap child = value.toMap();
            names << child.value(QStringLiteral("firstName")).toString();
            QCOMPARE(
                request.add(bookingOf(child, day.toString(Qt::ISODate),
                                      bookable(child, QStringLiteral("middag"), true), unit, true)),
                QString());
        }
        QVERIFY(request.asWholeOffered());
        request.setAsWhole(true);
        // The summary before "Indienen": the total, each credit's use, approval at once.
        QCOMPARE(request.totalText(), QStringLiteral("11 uur")); // two afternoons of 5.5 hours
        QCOMPARE(request.creditLines().size(), 2);
        QVERIFY(request.approvedAtOnce());
        const qint64 id = request.submit(QStringLiteral("Opa is jarig"));
        QVERIFY(id > 0);
        QCOMPARE(request.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(ExtraDayWrite::name)).isEmpty(), 60000);

        // On the device: the overview has it approved for both children, as a whole.
        RequestOverviewModel overview;
        overview.setSession(&session);
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(overview,
                                        [](const QVariantMap &r) {
                                            return r.value(QStringLiteral("remark")).toString() ==
                                                   QLatin1String("Opa is jarig");
                                        })
                                      .isEmpty(),
                                 30000);
        int approved = 0;
        QString requestId;
        for (int row = 0; row < overview.rowCount(); ++row) {
            const QVariantMap r = overview.get(row);
            if (r.value(QStringLiteral("remark")).toString() != QLatin1String("Opa is jarig"))
                continue;
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
            requestId = r.value(QStringLiteral("requestId")).toString();
            ++approved;
        }
        QCOMPARE(approved, 2); // one row per child
        const std::optional<AgendaRequest> stored =
            RequestStore(*account->database()).request(requestId);
        QVERIFY(stored.has_value());
        QVERIFY(stored->asWhole);
        for (const RequestChild &c : stored->children)
            QCOMPARE(c.bookings.first().paymentType, QStringLiteral("credit"));
        // The calendar shows both afternoons as planned ("Extra dag").
        AgendaCalendarModel calendar;
        calendar.setSession(&session);
        const auto extraDays = [&] {
            int n = 0;
            for (int row = 0; row < calendar.rowCount(); ++row) {
                const QModelIndex index = calendar.index(row);
                n += index.data(AgendaCalendarModel::DayRole).toString() ==
                         day.toString(Qt::ISODate) &&
                     index.data(AgendaCalendarModel::StatusRole).toString() ==
                         QLatin1String("Extra dag");
            }
            return n;
        };
        QTRY_COMPARE(extraDays(), 2);

        // The same again: the portal refuses it ("reeds gepland") and the words stay, for retry
        // or discard.
        const QVariantMap again = optionsOn(question, day);
        const QVariantMap child = again.value(QStringLiteral("children")).toList().first().toMap();
        QVERIFY(!child.value(QStringLiteral("plannedText")).toString().isEmpty());
        QVariantMap taken;
        for (const QVariant &value : child.value(QStringLiteral("options")).toList()) {
            if (value.toMap().value(QStringLiteral("code")).toString() == QLatin1String("middag"))
                taken = value.toMap();
        }
        QVERIFY(!taken.value(QStringLiteral("available")).toBool());
        taken.insert(
            QStringLiteral("payments"),
            QVariantList{QVariantMap{{QStringLiteral("type"), QStringLiteral("invoice")}}});
        QCOMPARE(request.add(bookingOf(child, day.toString(Qt::ISODate), taken, unit, false)),
                 QString());
        QVERIFY(request.submit({}) > 0);
        AgendaWriter writer;
        writer.setSession(&session);
        QTRY_COMPARE_WITH_TIMEOUT(writer.refused().size(), 1, 30000);
        const QVariantMap refused = writer.refused().first().toMap();
        QCOMPARE(refused.value(QStringLiteral("kind")).toString(),
                 QString::fromLatin1(ExtraDayWrite::name));
        QVERIFY2(refused.value(QStringLiteral("errorText"))
                     .toString()
                     .contains(QLatin1String("reeds gepland")),
                 qPrintable(refused.value(QStringLiteral("errorText")).toString()));
        writer.discard(refused.value(QStringLiteral("id")).toLongLong());
        QTRY_COMPARE(writer.refused().size(), 0);
    }

    void aSwapGivesUpAPlannedPartForAFreeDay()
    {
        auto account = openAccount();
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        SwapQuestion question;
        question.setSession(&session);
        AgendaWriter writer;
        writer.setSession(&session);
        QVERIFY(writer.offersSwapDays());
        const auto ask = [&](const QDate &day, const QDate &target) {
            return askSwap(question, day, {}, target);
        };
        // A day the first child is planned, five or more days ahead, and a day within a week of
        // it on which the child is not planned and a smaller part can be had.
        QVariantMap answer;
        QDate day;
        QDate target;
        QStringList given;
        QString taken;
        for (int ahead = 5; ahead <= 25 && taken.isEmpty(); ++ahead) {
            const QDate d = portaltime::today().addDays(ahead);
            for (int apart = 1; apart <= 7 && taken.isEmpty(); ++apart) {
                answer = ask(d, d.addDays(apart));
                const QVariantList children = answer.value(QStringLiteral("children")).toList();
                if (children.isEmpty())
                    continue;
                const QVariantMap child = children.first().toMap();
                const QVariantList giveUp = child.value(QStringLiteral("giveUp")).toList();
                if (giveUp.isEmpty())
                    break; // not planned that day: the next day
                if (!child.value(QStringLiteral("targetNotice")).toString().isEmpty())
                    continue;
                // The whole planned day given up (every part), one part taken back.
                double total = 0;
                QStringList parts;
                for (const QVariant &part : giveUp) {
                    total += part.toMap().value(QStringLiteral("value")).toDouble();
                    parts << part.toMap().value(QStringLiteral("optionId")).toString();
                }
                for (const QVariant &part : child.value(QStringLiteral("take")).toList()) {
                    const QVariantMap map = part.toMap();
                    if (map.value(QStringLiteral("available")).toBool() &&
                        map.value(QStringLiteral("value")).toDouble() < total && taken.isEmpty())
                        taken = map.value(QStringLiteral("optionId")).toString();
                }
                given = parts;
                day = d;
                target = d.addDays(apart);
            }
        }
        QVERIFY2(!taken.isEmpty(), "no planned day with a free day to swap to in the next weeks");
        // Less taken than given up: the form warns that the rest is lost.
        QVERIFY(writer.swapLoss(answer, given, {taken}).contains(QLatin1String("is lost")));
        QVERIFY(!writer.swapProblem(given, {}).isEmpty());
        QVERIFY(writer.requestSwap(day.toString(Qt::ISODate), {}, target.toString(Qt::ISODate), given,
                                   {taken}, false, {},
                                   QStringLiteral("Ruilen voor de verjaardag")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(SwapWrite::name)).isEmpty(), 60000);
        QCOMPARE(writer.refused().size(), 0);
        RequestOverviewModel overview;
        overview.setSession(&session);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(overview,
                                        [](const QVariantMap &r) {
                                            return r.value(QStringLiteral("remark")).toString() ==
                                                   QLatin1String("Ruilen voor de verjaardag");
                                        })
                                      .value(QStringLiteral("type"))
                                      .toString(),
                                  QStringLiteral("swap"), 30000);
        // The new day shows at once as an option to swap ("Optie ruil").
        AgendaCalendarModel calendar;
        calendar.setSession(&session);
        QTRY_VERIFY([&] {
            for (int row = 0; row < calendar.rowCount(); ++row) {
                const QModelIndex index = calendar.index(row);
                if (index.data(AgendaCalendarModel::DayRole).toString() ==
                        target.toString(Qt::ISODate) &&
                    index.data(AgendaCalendarModel::StatusRole).toString() ==
                        QLatin1String("Optie ruil"))
                    return true;
            }
            return false;
        }());
    }

    // A swap for a period (001 §5.3): the planned parts of two days in a row given up, one part
    // of the period of two days from the target taken; one request, delivered once by the outbox,
    // whose bookings cover both days given up.
    void aSwapForAPeriodIsOneRequest()
    {
        auto account = openAccount();
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        SwapQuestion question;
        question.setSession(&session);
        AgendaWriter writer;
        writer.setSession(&session);
        const auto ask = [&](const QDate &day, const QDate &until, const QDate &target) {
            return askSwap(question, day, until, target);
        };
        QDate day;
        QDate target;
        QStringList given;
        QString taken;
        QSet<QString> givenDays;
        for (int ahead = 5; ahead <= 25 && taken.isEmpty(); ++ahead) {
            const QDate d = portaltime::today().addDays(ahead);
            for (int apart = 2; apart <= 9 && taken.isEmpty(); ++apart) {
                const QVariantList children =
                    ask(d, d.addDays(1), d.addDays(apart)).value(QStringLiteral("children")).toList();
                if (children.isEmpty())
                    break;
                const QVariantMap child = children.first().toMap();
                QStringList parts;
                QSet<QString> days;
                double total = 0;
                for (const QVariant &part : child.value(QStringLiteral("giveUp")).toList()) {
                    parts << part.toMap().value(QStringLiteral("optionId")).toString();
                    days << part.toMap().value(QStringLiteral("day")).toString();
                    total += part.toMap().value(QStringLiteral("value")).toDouble();
                }
                if (days.size() < 2)
                    break; // not planned on both days: the next day
                for (const QVariant &part : child.value(QStringLiteral("take")).toList()) {
                    const QVariantMap map = part.toMap();
                    if (map.value(QStringLiteral("available")).toBool() &&
                        map.value(QStringLiteral("value")).toDouble() <= total && taken.isEmpty())
                        taken = map.value(QStringLiteral("optionId")).toString();
                    // Every part to take lies in the target period.
                    const QDate partDay =
                        QDate::fromString(map.value(QStringLiteral("day")).toString(), Qt::ISODate);
                    QVERIFY2(partDay == d.addDays(apart) || partDay == d.addDays(apart + 1),
                             qPrintable(partDay.toString(Qt::ISODate)));
                }
                given = parts;
                givenDays = days;
                day = d;
                target = d.addDays(apart);
            }
        }
        QVERIFY2(!taken.isEmpty(), "no two planned days in a row with a free day to swap to");
        QCOMPARE(givenDays, (QSet<QString>{day.toString(Qt::ISODate),
                                            day.addDays(1).toString(Qt::ISODate)}));
        const QString remark = QStringLiteral("Twee dagen ruilen");
        QVERIFY(writer.requestSwap(day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate),
                                   target.toString(Qt::ISODate), given, {taken}, false, {},
                                   remark) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(SwapWrite::name)).isEmpty(), 60000);
        QCOMPARE(writer.refused().size(), 0);
        RequestOverviewModel overview;
        overview.setSession(&session);
        QVariantMap row;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(row = rowOf(overview,
                          [&](const QVariantMap &r) {
                              return r.value(QStringLiteral("remark")).toString() == remark;
                          }))
                 .isEmpty(),
            30000);
        const std::optional<AgendaRequest> stored =
            RequestStore(*account->database()).request(row.value(QStringLiteral("requestId")).toString());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->type, QStringLiteral("swap"));
        QSet<QDate> fromDays;
        QSet<QDate> toDays;
        for (const RequestBooking &booking : stored->children.first().bookings)
            (booking.role == QLatin1String("swap_from") ? fromDays : toDays) << booking.date;
        QCOMPARE(fromDays, (QSet<QDate>{day, day.addDays(1)}));
        QCOMPARE(toDays.size(), 1);
        QVERIFY(*toDays.begin() == target || *toDays.begin() == target.addDays(1));
    }

    void aRequestForTwoDaysWithAnExpiryLapsesOnThePortal()
    {
        auto account = openAccount();
        QVERIFY(sync(*account));
        Session session;
        session.setAccount(account.get());
        ExtraDayQuestion question;
        question.setSession(&session);
        ExtraDayRequest request;
        request.setSession(&session);
        // Two mornings for the first child a week or more ahead, on the invoice (so staff must
        // decide, and nobody does).
        for (int ahead = 7; ahead <= 40 && request.count() < 2; ++ahead) {
            const QDate candidate = portaltime::today().addDays(ahead);
            const QVariantMap answer = optionsOn(question, candidate);
            const QVariantList children = answer.value(QStringLiteral("children")).toList();
            if (children.isEmpty())
                continue;
            const QVariantMap child = children.first().toMap();
            const QVariantMap morning = bookable(child, QStringLiteral("ochtend"), false);
            if (!morning.isEmpty())
                QCOMPARE(
                    request.add(bookingOf(child, candidate.toString(Qt::ISODate), morning,
                                          answer.value(QStringLiteral("unit")).toString(), false)),
                    QString());
        }
        QCOMPARE(request.count(), 2);
        QVERIFY(!request.asWholeOffered());
        QVERIFY(!request.approvedAtOnce());
        const QDate expiry = portaltime::today().addDays(2);
        request.setExpiryDay(expiry.toString(Qt::ISODate));
        const QString remark = QStringLiteral("Alleen als er plek is");
        QVERIFY(request.submit(remark) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            account->writes()->pending(QString::fromLatin1(ExtraDayWrite::name)).isEmpty(), 60000);
        RequestOverviewModel overview;
        overview.setSession(&session);
        const auto ours = [&] {
            return rowOf(overview, [&](const QVariantMap &r) {
                return r.value(QStringLiteral("remark")).toString() == remark;
            });
        };
        QTRY_COMPARE_WITH_TIMEOUT(ours().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("pending"), 30000);
        const std::optional<AgendaRequest> stored =
            RequestStore(*account->database())
                .request(ours().value(QStringLiteral("requestId")).toString());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->expiresAt,
                 QDateTime(expiry, QTime(23, 59), portaltime::zone()).toMSecsSinceEpoch());
        QCOMPARE(stored->children.first().bookings.size(), 2);

        // Three days pass on the portal while it is down; at start-up it withdraws what lapsed.
        m_server.reset();
        m_clockOffset = 3 * 86400 * 1000LL;
        startServer(false);
        QVERIFY(sync(*account));
        QTRY_COMPARE_WITH_TIMEOUT(ours().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("expired"), 30000);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestAgendaRequests)
#include "tst_agenda_requests.moc"
