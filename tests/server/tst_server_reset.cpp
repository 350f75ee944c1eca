// SPDX-License-Identifier: GPL-3.0-or-later
// Password reset hardening (issue 10, item 3), on a real server whose clock the test holds still
// (two requests in "the same millisecond" are then certain, and rate-limit hours pass at will):
//   a newer link used kills the older one, and the other way round     newerLinkKillsOlder
//   a password change cancels every outstanding link                   passwordChangeCancelsLinks
//   the form decodes '+' as a space and %2B as a plus                   formDecodesPlusAsSpace
//   mails in the same millisecond each get their own file (0600)        sameMillisecondMailsAreKept
//   per-account limit: silent (same answer), per-address limit: 429    accountLimitIsSilent,
//   addressLimit known and unknown addresses take the same time knownAndUnknownTakeTheSameTime the
//   reset page has a CSP and cannot be framed                      resetPageCannotBeFramed
#include "RequestHelpers.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace nestje::server;
using namespace nestje::server::testing;

class ServerResetTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newerLinkKillsOlder();
    void passwordChangeCancelsLinks();
    void formDecodesPlusAsSpace();
    void sameMillisecondMailsAreKept();
    void accountLimitIsSilent();
    void addressLimit();
    void knownAndUnknownTakeTheSameTime();
    void resetPageCannotBeFramed();

private:
    // One interleaved measurement of forgot-password medians; `measured` says what it found.
    bool mediansAreClose(QString *measured);
    QString url(const QString &path) const
    {
        return m_server->portalUrl(QStringLiteral("deboomhut")).toString() + path;
    }
    Response forgot(const QString &user);
    QStringList mails() const;
    QString tokenOf(const QString &mailFile) const;
    Response postForm(const QByteArray &form);
    QByteArray login(const QString &user, const QString &password);

    QTemporaryDir m_dir;
    qint64 m_now = 0;
    std::unique_ptr<ReferenceServer> m_server;
    ServerFixture m_http; // not started: used as the HTTP client only
    QString m_user = QStringLiteral("ouder@example.nl");
    QString m_password = QStringLiteral("nestje-demo");
};

void ServerResetTest::initTestCase()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_server = std::make_unique<ReferenceServer>(
        ServerOptions{m_dir.path(), {}, {}, {}, [this] { return m_now; }});
    QString error;
    QVERIFY2(m_server->open(&error), qPrintable(error));
    SeedOptions seed;
    seed.months = 1;
    seed.scenePool = 2;
    QVERIFY2(m_server->seedDemo(seed, &error), qPrintable(error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error) != 0, qPrintable(error));
}

void ServerResetTest::init()
{
    // Every test starts with fresh rate-limit windows and without leftover links.
    m_now += 2 * 60 * 60 * 1000;
}

Response ServerResetTest::forgot(const QString &user)
{
    return m_http.put(QUrl(url(QStringLiteral("/auth-api/password/forgot"))),
                      QJsonDocument(QJsonObject{{QStringLiteral("username"), user}})
                          .toJson(QJsonDocument::Compact));
}

QStringList ServerResetTest::mails() const
{
    return QDir(m_dir.filePath(QStringLiteral("mail-outbox"))).entryList(QDir::Files, QDir::Name);
}

QString ServerResetTest::tokenOf(const QString &mailFile) const
{
    QFile file(QDir(m_dir.filePath(QStringLiteral("mail-outbox"))).filePath(mailFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QRegularExpression(QStringLiteral("token=(\\w+)"))
        .match(QString::fromUtf8(file.readAll()))
        .captured(1);
}

Response ServerResetTest::postForm(const QByteArray &form)
{
    return m_http.request(QByteArrayLiteral("POST"),
                          QUrl(url(QStringLiteral("/auth/reset-password"))), form,
                          {{QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/x-www-form-urlencoded")}});
}

QByteArray ServerResetTest::login(const QString &user, const QString &password)
{
    const QJsonObject body{{QStringLiteral("username"), user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("childMinder"), false}};
    const Response r = m_http.put(QUrl(url(QStringLiteral("/auth-api/login"))),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.status == 200 ? r.object().value(QLatin1String("authToken")).toString().toLatin1()
                           : QByteArray();
}

static QByteArray formFor(const QString &token, const QByteArray &encodedPassword)
{
    return "token=" + token.toLatin1() + "&password=" + encodedPassword +
           "&password2=" + encodedPassword;
}

void ServerResetTest::newerLinkKillsOlder()
{
    const qsizetype before = mails().size();
    QVERIFY(ok(forgot(m_user)));
    m_now += 1000;
    QVERIFY(ok(forgot(m_user)));
    const QStringList all = mails();
    QCOMPARE(all.size(), before + 2);
    const QString older = tokenOf(all.at(all.size() - 2));
    const QString newer = tokenOf(all.last());
    QVERIFY(!older.isEmpty() && !newer.isEmpty() && older != newer);

    QVERIFY(
        postForm(formFor(newer, "nieuwer-wachtwoord")).body.contains("Je wachtwoord is gewijzigd"));
    const Response late = postForm(formFor(older, "ouder-wachtwoord"));
    QVERIFY2(late.body.contains("werkt niet meer"), late.body.constData());
    QVERIFY(login(m_user, QStringLiteral("ouder-wachtwoord")).isEmpty());
    QVERIFY(!login(m_user, QStringLiteral("nieuwer-wachtwoord")).isEmpty());

    // The other way round: the older link used first kills the newer one.
    m_now += 2 * 60 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
    m_now += 1000;
    QVERIFY(ok(forgot(m_user)));
    const QStringList again = mails();
    QVERIFY(postForm(formFor(tokenOf(again.at(again.size() - 2)), m_password.toLatin1()))
                .body.contains("Je wachtwoord is gewijzigd"));
    QVERIFY(
        postForm(formFor(tokenOf(again.last()), "nog-een-ander")).body.contains("werkt niet meer"));
    QVERIFY(!login(m_user, m_password).isEmpty());
}

void ServerResetTest::passwordChangeCancelsLinks()
{
    QVERIFY(ok(forgot(m_user)));
    const QString token = tokenOf(mails().last());
    const QByteArray session = login(m_user, m_password);
    QVERIFY(!session.isEmpty());
    QVERIFY(ok(m_http.request(
        QByteArrayLiteral("PUT"), QUrl(url(QStringLiteral("/restservices-parent/parent/password"))),
        QJsonDocument(QJsonObject{{QStringLiteral("oldPassword"), m_password},
                                  {QStringLiteral("newPassword"), QStringLiteral("tijdelijk-123")}})
            .toJson(),
        {{QByteArrayLiteral("Authorization"), "Bearer " + session}})));
    // Whoever reads the old mail can no longer take the account over.
    const Response r = m_http.put(
        QUrl(url(QStringLiteral("/auth-api/password/reset"))),
        QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                  {QStringLiteral("newPassword"), QStringLiteral("overgenomen1")}})
            .toJson());
    QVERIFY(!ok(r));
    QVERIFY2(textOf(r).contains(QLatin1String("werkt niet meer")), qPrintable(textOf(r)));
    QVERIFY(login(m_user, QStringLiteral("overgenomen1")).isEmpty());
    // Back to the demo password for the other tests.
    m_now += 2 * 60 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
    QVERIFY(postForm(formFor(tokenOf(mails().last()), m_password.toLatin1()))
                .body.contains("Je wachtwoord is gewijzigd"));
}

void ServerResetTest::formDecodesPlusAsSpace()
{
    // A browser sends "nieuw wachtwoord" as nieuw+wachtwoord, and a real plus as %2B.
    QVERIFY(ok(forgot(m_user)));
    QVERIFY(postForm(formFor(tokenOf(mails().last()), "nieuw+wachtwoord"))
                .body.contains("Je wachtwoord is gewijzigd"));
    QVERIFY(login(m_user, QStringLiteral("nieuw+wachtwoord")).isEmpty());
    QVERIFY(!login(m_user, QStringLiteral("nieuw wachtwoord")).isEmpty());

    m_now += 2 * 60 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
    QVERIFY(postForm(formFor(tokenOf(mails().last()), "een%2Btwee+dri%C3%AB"))
                .body.contains("Je wachtwoord is gewijzigd"));
    QVERIFY(!login(m_user, QStringLiteral("een+twee drië")).isEmpty());

    m_now += 2 * 60 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
    QVERIFY(postForm(formFor(tokenOf(mails().last()), m_password.toLatin1()))
                .body.contains("Je wachtwoord is gewijzigd"));
}

void ServerResetTest::sameMillisecondMailsAreKept()
{
    // The clock stands still: three requests in one millisecond, three mails.
    const qsizetype before = mails().size();
    for (int i = 0; i < 3; ++i)
        QVERIFY(ok(forgot(m_user)));
    const QStringList all = mails();
    QCOMPARE(all.size(), before + 3);
    QStringList tokens;
    for (qsizetype i = before; i < all.size(); ++i)
        tokens.append(tokenOf(all.at(i)));
    tokens.removeDuplicates();
    QCOMPARE(tokens.size(), 3);
    // Reset links are secrets: the outbox and its mails are the server user's only.
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("mail-outbox"))).permissions() & 0x0077,
             QFileDevice::Permissions());
    QCOMPARE(QFileInfo(QDir(m_dir.filePath(QStringLiteral("mail-outbox"))).filePath(all.last()))
                 .permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
}

void ServerResetTest::accountLimitIsSilent()
{
    const qsizetype before = mails().size();
    const Response first = forgot(m_user);
    QVERIFY(ok(forgot(m_user)));
    QVERIFY(ok(forgot(m_user)));
    QCOMPARE(mails().size(), before + 3);
    // The fourth within the hour: the same answer as for anyone, but no mail.
    m_now += 10 * 60 * 1000;
    const Response fourth = forgot(m_user);
    QCOMPARE(fourth.status, 200);
    QCOMPARE(fourth.body, first.body);
    QCOMPARE(mails().size(), before + 3);
    m_now += 51 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
    QCOMPARE(mails().size(), before + 4);
}

void ServerResetTest::addressLimit()
{
    for (int i = 0; i < 10; ++i)
        QVERIFY(ok(forgot(QStringLiteral("niemand%1@example.nl").arg(i))));
    // The eleventh from this address, known or not, is refused the same way.
    const Response unknown = forgot(QStringLiteral("nog-iemand@example.nl"));
    QCOMPARE(unknown.status, 429);
    QVERIFY(unknown.header(QByteArrayLiteral("Retry-After")).toInt() > 0);
    QVERIFY(textOf(unknown).contains(QLatin1String("te veel aanvragen")));
    const qsizetype before = mails().size();
    const Response known = forgot(m_user);
    QCOMPARE(known.status, 429);
    QCOMPARE(known.body, unknown.body);
    QCOMPARE(mails().size(), before);
    m_now += 61 * 60 * 1000;
    QVERIFY(ok(forgot(m_user)));
}

void ServerResetTest::knownAndUnknownTakeTheSameTime()
{
    // A leak shows in every measurement; a burst of load on a shared machine in one. So up to three
    // measurements, and one with close medians passes (a fresh-clone run once measured the unknown
    // address at twice the known one, the opposite of a leak, while other tests ran beside it).
    QString last;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (mediansAreClose(&last))
            return;
    }
    QFAIL(qPrintable(last));
}

bool ServerResetTest::mediansAreClose(QString *measured)
{
    // Interleaved rounds (the machine is shared and noisy): per round three requests for a known
    // address (all three send a mail) and three for unknown ones, then an hour passes.
    QList<qint64> known;
    QList<qint64> unknown;
    QElapsedTimer timer;
    for (int round = 0; round < 25; ++round) {
        m_now += 61 * 60 * 1000;
        for (int i = 0; i < 3; ++i) {
            // Alternate which goes first, so neither profits from the other's warm caches.
            for (int turn = 0; turn < 2; ++turn) {
                const bool knownTurn = (turn == 0) == ((round + i) % 2 == 0);
                timer.start();
                const bool answered = ok(forgot(
                    knownTurn ? m_user
                              : QStringLiteral("onbekend%1-%2@example.nl").arg(round).arg(i)));
                (knownTurn ? known : unknown).append(timer.nsecsElapsed());
                if (!answered) {
                    *measured = QStringLiteral("a forgot-password request was not answered 200");
                    return false;
                }
            }
        }
    }
    std::sort(known.begin(), known.end());
    std::sort(unknown.begin(), unknown.end());
    const double knownMs = known.at(known.size() / 2) / 1e6;
    const double unknownMs = unknown.at(unknown.size() / 2) / 1e6;
    qInfo("median forgot: known %.3f ms, unknown %.3f ms, ratio %.2f", knownMs, unknownMs,
          knownMs / unknownMs);
    // The leak this guards against (writing the mail only for a known address) measured 18 ms vs
    // 5 ms here; a loaded machine moves the medians by up to about 1.7x either way.
    *measured = QStringLiteral("known %1 ms vs unknown %2 ms").arg(knownMs).arg(unknownMs);
    return std::abs(knownMs - unknownMs) < 2.0 ||
           (knownMs < unknownMs * 2 && unknownMs < knownMs * 2);
}

void ServerResetTest::resetPageCannotBeFramed()
{
    const Response page = m_http.get(QUrl(url(QStringLiteral("/auth/reset-password?token=abc"))));
    QCOMPARE(page.status, 200);
    const QByteArray csp = page.header(QByteArrayLiteral("Content-Security-Policy"));
    QVERIFY2(csp.contains("default-src 'none'"), csp.constData());
    QVERIFY(csp.contains("frame-ancestors 'none'"));
    QVERIFY(csp.contains("form-action 'self'"));
    QVERIFY(!csp.contains("script-src"));
    QCOMPARE(page.header(QByteArrayLiteral("X-Frame-Options")), QByteArrayLiteral("DENY"));
    QCOMPARE(page.header(QByteArrayLiteral("Referrer-Policy")), QByteArrayLiteral("no-referrer"));
    // The answer to the form is the same kind of page.
    const Response answer = postForm("token=abc&password=kort&password2=kort");
    QVERIFY(answer.header(QByteArrayLiteral("Content-Security-Policy"))
                .contains("frame-ancestors 'none'"));
    QCOMPARE(answer.header(QByteArrayLiteral("X-Frame-Options")), QByteArrayLiteral("DENY"));
}

QTEST_GUILESS_MAIN(ServerResetTest)
#include "tst_server_reset.moc"
