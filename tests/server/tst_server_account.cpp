// SPDX-License-Identifier: GPL-3.0-or-later
// Dagboek, child details, toestemmingen, observaties, notificatie-instellingen, account and
// "Stel een vraag", over HTTP. The manuals' rules tested:
//   A1 "Door te klikken op 'Dagboek schrijven' ... opent zich een venster waarin een stukje tekst
//      en eventueel een of enkele foto's meegestuurd kunnen worden. Na het versturen zal dit stukje
//      tekst ook terug te zien zijn op de 'Mijn kind' pagina"                  parentDiaryBecomesAJournalCard
//   A2 "zie je informatie over het kind. Bijvoorbeeld wie de mentor is, het type plaatsing"
//                                                                             childDetailsShowMentorAndPlacements
//   A3 "kun je toestemmingen en/of verklaringen wijzigen of invullen"          permissionsCanBeChanged
//   A4 "zie je per kind de ingevulde observatieformulieren" (only where offered) observationsAreReadOnlyAndPerOrganisation
//   A5 "Hier kan per genoemd item ingesteld worden of je een e-mail en/of een pushnotificatie wilt
//      ontvangen of helemaal geen notificatie."                               notificationSettingsPerItem
//   A6 "Tot deze wijziging is verwerkt, kunt u de gegevens niet nogmaals wijzigen."
//                                                                             oneDetailChangeAtATime
//   A7 "Het wachtwoord moet minimaal 8 karakters bevatten." (old password required) changePassword
//   A8 "Via de optie 'wachtwoord vergeten' ... Er wordt dan een e-mail gestuurd" + the link sets a
//      new password                                                           forgotPasswordMailAndSingleUseLink
//   A9 "Stel een vraag: Hier stel je rechtstreeks een vraag aan Servicepunt"  questionBecomesAThread
//   Authorisation for every write of this file                               anotherFamilysIdsAre404
#include "RequestHelpers.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QtTest>

using namespace nestje::server::testing;

class ServerAccountTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parentDiaryBecomesAJournalCard();
    void childDetailsShowMentorAndPlacements();
    void permissionsCanBeChanged();
    void observationsAreReadOnlyAndPerOrganisation();
    void notificationSettingsPerItem();
    void oneDetailChangeAtATime();
    void questionBecomesAThread();
    void likeIsStoredPerPhotoAndOnlyForTheFamilysOwn();
    void anotherFamilysIdsAre404();
    void changePassword();
    void forgotPasswordMailAndSingleUseLink();

private:
    QString child(const QByteArray &token, const QString &name, const QString &slug = QStringLiteral("deboomhut"));
    ServerFixture m_server;
    QByteArray m_token;
    QByteArray m_second;
    QString m_noor;
};

void ServerAccountTest::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_token = m_server.token();
    m_second = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    m_noor = child(m_token, QStringLiteral("Noor"));
    QVERIFY(!m_noor.isEmpty());
}

QString ServerAccountTest::child(const QByteArray &token, const QString &name, const QString &slug)
{
    for (const QJsonValue &c : payloadOf(m_server.parentGet(QStringLiteral("children/"), token, slug)).value(QLatin1String("activeChildren")).toArray())
        if (name.isEmpty() || c.toObject().value(QLatin1String("firstName")).toString() == name)
            return c.toObject().value(QLatin1String("id")).toString();
    return {};
}

void ServerAccountTest::parentDiaryBecomesAJournalCard()
{
    const QDate today = amsterdamDate(m_server.now());
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    const Response upload = m_server.parentPut(QStringLiteral("media/upload"), m_token, jpeg, {}, QStringLiteral("deboomhut"),
                                               QByteArrayLiteral("image/jpeg"));
    QVERIFY2(ok(upload), upload.body.constData());
    const Response r = m_server.parentPut(QStringLiteral("journal/%1/%2").arg(m_noor, ymd(today)), m_token,
                                          QJsonObject{{QStringLiteral("journalContent"), QStringLiteral("Vannacht goed geslapen.\nTandje door!")},
                                                      {QStringLiteral("photoIds"), QJsonArray{payloadOf(upload).value(QLatin1String("mediaId"))}}});
    QVERIFY2(ok(r), r.body.constData());
    const QJsonObject card = m_server.parentGet(QStringLiteral("timeline/cards/v2/0"), m_token).json().array().first().toObject();
    QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("journal"));
    const QJsonObject journal = card.value(QLatin1String("journal")).toObject();
    QCOMPARE(journal.value(QLatin1String("writtenByType")).toString(), QStringLiteral("timeline.card_journal_header_type.parent"));
    QCOMPARE(journal.value(QLatin1String("writtenByName")).toString(), QStringLiteral("Sanne Bakker"));
    QCOMPARE(journal.value(QLatin1String("journalContent")).toString(), QStringLiteral("<p>Vannacht goed geslapen.<br>Tandje door!</p>"));
    QCOMPARE(journal.value(QLatin1String("photos")).toArray().size(), 1);
    // Refusals: empty, future day.
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("journal/%1/%2").arg(m_noor, ymd(today)), m_token, QJsonObject{{QStringLiteral("journalContent"), QStringLiteral(" ")}})),
             QStringLiteral("nestje.diary.empty"));
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("journal/%1/%2").arg(m_noor, ymd(today.addDays(2))), m_token, QJsonObject{{QStringLiteral("journalContent"), QStringLiteral("x")}})),
             QStringLiteral("nestje.diary.future"));
    QCOMPARE(m_server.parentPut(QStringLiteral("journal/%1/2024-01-01").arg(m_noor), m_token, QJsonObject{{QStringLiteral("journalContent"), QStringLiteral("x")}}).status, 400);
}

void ServerAccountTest::childDetailsShowMentorAndPlacements()
{
    const QString daan = child(m_token, QStringLiteral("Daan"));
    const QJsonObject details = payloadOf(m_server.parentGet(QStringLiteral("child/%1/details").arg(daan), m_token));
    QCOMPARE(details.value(QLatin1String("mentor")).toObject().value(QLatin1String("fullname")).toString(), QStringLiteral("Joris Willems"));
    const QJsonArray placements = details.value(QLatin1String("placements")).toArray();
    QCOMPARE(placements.size(), 2); // Vossen (dagopvang) and Peuterklas (peuteropvang)
    QStringList groups;
    for (const QJsonValue &p : placements) {
        groups.append(p.toObject().value(QLatin1String("group")).toObject().value(QLatin1String("name")).toString());
        QVERIFY(p.toObject().value(QLatin1String("startDate")).toDouble() > 0);
        QVERIFY(!p.toObject().value(QLatin1String("location")).toObject().value(QLatin1String("name")).toString().isEmpty());
        QVERIFY(!p.toObject().value(QLatin1String("careType")).toString().isEmpty());
    }
    groups.sort();
    QCOMPARE(groups, (QStringList{QStringLiteral("Peuterklas"), QStringLiteral("Vossen")}));
}

void ServerAccountTest::permissionsCanBeChanged()
{
    const QJsonArray list = payloadArray(m_server.parentGet(QStringLiteral("permissions/") + m_noor, m_token));
    QVERIFY(list.size() >= 4);
    qint64 photos = 0;
    qint64 declaration = 0;
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("code")).toString() == QLatin1String("photos-public"))
            photos = v.toObject().value(QLatin1String("permissionId")).toInteger();
        if (!v.toObject().value(QLatin1String("changeable")).toBool())
            declaration = v.toObject().value(QLatin1String("permissionId")).toInteger();
    }
    QVERIFY(photos > 0);
    QVERIFY(declaration > 0);
    // The stored answer, read back through GET (not only the PUT's own echo).
    auto photosPermission = [&](const QJsonArray &permissions) {
        for (const QJsonValue &v : permissions)
            if (v.toObject().value(QLatin1String("permissionId")).toInteger() == photos)
                return v.toObject();
        return QJsonObject();
    };
    for (const bool granted : {true, false}) {
        const Response r =
            m_server.parentPut(QStringLiteral("permissions/%1/%2").arg(m_noor).arg(photos), m_token,
                               QJsonObject{{QStringLiteral("granted"), granted}});
        QVERIFY2(ok(r), r.body.constData());
        QCOMPARE(photosPermission(payloadArray(r)).value(QLatin1String("granted")).toBool(!granted),
                 granted);
        const QJsonObject stored = photosPermission(
            payloadArray(m_server.parentGet(QStringLiteral("permissions/") + m_noor, m_token)));
        QCOMPARE(stored.value(QLatin1String("granted")).toBool(!granted), granted);
        QVERIFY(stored.value(QLatin1String("changedDate")).toDouble() > 0);
    }
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("permissions/%1/%2").arg(m_noor).arg(declaration), m_token, QJsonObject{{QStringLiteral("granted"), false}})),
             QStringLiteral("nestje.permission.not_changeable"));
    QCOMPARE(m_server.parentPut(QStringLiteral("permissions/%1/%2").arg(m_noor).arg(photos), m_token, QJsonObject{{QStringLiteral("granted"), QStringLiteral("ja")}}).status, 400);
}

void ServerAccountTest::observationsAreReadOnlyAndPerOrganisation()
{
    const QJsonArray list = payloadArray(m_server.parentGet(QStringLiteral("observations/") + m_noor, m_token));
    QCOMPARE(list.size(), 2);
    QVERIFY(!list.first().toObject().value(QLatin1String("sections")).toArray().isEmpty());
    QCOMPARE(m_server.parentPut(QStringLiteral("observations/") + m_noor, m_token, QByteArray("{}")).status, 405);
    const QByteArray bso = m_server.token(QStringLiteral("klimop"));
    QCOMPARE(m_server.parentGet(QStringLiteral("observations/") + child(bso, QString(), QStringLiteral("klimop")), bso, QStringLiteral("klimop")).status, 404);
}

void ServerAccountTest::notificationSettingsPerItem()
{
    const QJsonArray items = payloadOf(m_server.parentGet(QStringLiteral("notification/settings"), m_token)).value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 6);
    const Response r = m_server.parentPut(QStringLiteral("notification/settings"), m_token,
                                          QJsonObject{{QStringLiteral("items"), QJsonArray{
                                              QJsonObject{{QStringLiteral("item"), QStringLiteral("news")}, {QStringLiteral("push"), false}, {QStringLiteral("email"), true}},
                                              QJsonObject{{QStringLiteral("item"), QStringLiteral("photos")}, {QStringLiteral("push"), false}, {QStringLiteral("email"), false}}}}});
    QVERIFY(ok(r));
    QHash<QString, QPair<bool, bool>> got;
    for (const QJsonValue &v : payloadOf(m_server.parentGet(QStringLiteral("notification/settings"), m_token)).value(QLatin1String("items")).toArray())
        got.insert(v.toObject().value(QLatin1String("item")).toString(),
                   {v.toObject().value(QLatin1String("push")).toBool(), v.toObject().value(QLatin1String("email")).toBool()});
    QCOMPARE(got.value(QStringLiteral("news")), qMakePair(false, true));   // e-mail only
    QCOMPARE(got.value(QStringLiteral("photos")), qMakePair(false, false)); // none
    QCOMPARE(got.value(QStringLiteral("messages")), qMakePair(true, false)); // untouched default
    // Per account: the other parent's settings did not change.
    const QJsonArray theirs =
        payloadOf(m_server.parentGet(QStringLiteral("notification/settings"), m_second))
            .value(QLatin1String("items"))
            .toArray();
    QCOMPARE(theirs.size(), 6);
    for (const QJsonValue &v : theirs)
        QCOMPARE(v.toObject().value(QLatin1String("push")).toBool(), true);
    QCOMPARE(m_server.parentPut(QStringLiteral("notification/settings"), m_token,
                                QJsonObject{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("spam")}, {QStringLiteral("push"), true}, {QStringLiteral("email"), true}}}}}).status,
             400);
}

void ServerAccountTest::oneDetailChangeAtATime()
{
    const QJsonObject change{{QStringLiteral("changes"), QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("06 98765432")}}},
                             {QStringLiteral("remark"), QStringLiteral("Nieuw nummer")}};
    const Response first = m_server.parentPut(QStringLiteral("parent/changerequest"), m_token, change);
    QVERIFY(ok(first));
    QCOMPARE(payloadOf(first).value(QLatin1String("statusLabel")).toString(), QStringLiteral("In behandeling"));
    const Response second = m_server.parentPut(QStringLiteral("parent/changerequest"), m_token, change);
    QCOMPARE(codeOf(second), QStringLiteral("nestje.account.change_pending"));
    QVERIFY(textOf(second).contains(QLatin1String("in behandeling")));
    QCOMPARE(m_server.parentPut(QStringLiteral("parent/changerequest"), m_token,
                                QJsonObject{{QStringLiteral("changes"), QJsonObject{{QStringLiteral("password"), QStringLiteral("x")}}}}).status, 400);
}

void ServerAccountTest::questionBecomesAThread()
{
    const Response r = m_server.parentPut(QStringLiteral("question"), m_token,
                                          QJsonObject{{QStringLiteral("subject"), QStringLiteral("Contract")}, {QStringLiteral("message"), QStringLiteral("Kunnen we de woensdag erbij nemen?")}});
    QVERIFY(ok(r));
    const qint64 id = payloadOf(r).value(QLatin1String("logMessageMessageId")).toInteger();
    const QJsonObject row = m_server.parentGet(QStringLiteral("logbook/overview?index=0"), m_token).json().array().first().toObject();
    QCOMPARE(row.value(QLatin1String("logMessageMessageId")).toInteger(), id);
    QCOMPARE(row.value(QLatin1String("subject")).toString(), QStringLiteral("Vraag: Contract"));
    QCOMPARE(codeOf(m_server.parentPut(QStringLiteral("question"), m_token, QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")}})),
             QStringLiteral("nestje.message.text_required"));
}

// X34: a like is stored and read back in the timeline (P4 `liked`), can be taken back, and
// another family cannot like (or unlike) the photo.
void ServerAccountTest::likeIsStoredPerPhotoAndOnlyForTheFamilysOwn()
{
    // -1: not in the first pages of the timeline, else the photo's `liked`.
    auto liked = [this](const QString &id) {
        for (int offset = 0; offset < 60; offset += 6)
            for (const QJsonValue &card :
                 m_server.parentGet(QStringLiteral("timeline/cards/v2/%1").arg(offset), m_token)
                     .json()
                     .array())
                for (const QJsonValue &p : card.toObject().value(QLatin1String("photos")).toArray())
                    if (p.toObject().value(QLatin1String("id")).toString() == id)
                        return p.toObject().value(QLatin1String("liked")).toBool() ? 1 : 0;
        return -1;
    };
    QString photo;
    for (int offset = 0; photo.isEmpty() && offset < 60; offset += 6)
        for (const QJsonValue &card : m_server.parentGet(QStringLiteral("timeline/cards/v2/%1").arg(offset), m_token).json().array())
            for (const QJsonValue &p : card.toObject().value(QLatin1String("photos")).toArray())
                if (photo.isEmpty() && !p.toObject().value(QLatin1String("liked")).toBool())
                    photo = p.toObject().value(QLatin1String("id")).toString();
    QVERIFY(!photo.isEmpty());
    QCOMPARE(liked(photo), 0);
    const Response like = m_server.parentPut(QStringLiteral("photo/%1/like").arg(photo), m_token,
                                             QJsonObject{{QStringLiteral("liked"), true}});
    QVERIFY2(ok(like), like.body.constData());
    QCOMPARE(payloadOf(like).value(QLatin1String("liked")).toBool(), true);
    QCOMPARE(liked(photo), 1);
    // Another family: 404, and the like stays.
    const Response theirs = m_server.parentPut(QStringLiteral("photo/%1/like").arg(photo), m_second,
                                               QJsonObject{{QStringLiteral("liked"), false}});
    QCOMPARE(theirs.status, 404);
    QCOMPARE(liked(photo), 1);
    QVERIFY(ok(m_server.parentPut(QStringLiteral("photo/%1/like").arg(photo), m_token,
                                  QJsonObject{{QStringLiteral("liked"), false}})));
    QCOMPARE(liked(photo), 0);
    QCOMPARE(m_server
                 .parentPut(QStringLiteral("photo/%1/like").arg(photo), m_token,
                            QJsonObject{{QStringLiteral("liked"), QStringLiteral("ja")}})
                 .status,
             400);
}

void ServerAccountTest::anotherFamilysIdsAre404()
{
    const QString theirs = child(m_second, QString());
    const QDate today = amsterdamDate(m_server.now());
    QCOMPARE(m_server.parentPut(QStringLiteral("journal/%1/%2").arg(theirs, ymd(today)), m_token, QJsonObject{{QStringLiteral("journalContent"), QStringLiteral("x")}}).status, 404);
    QCOMPARE(m_server.parentGet(QStringLiteral("child/%1/details").arg(theirs), m_token).status, 404);
    QCOMPARE(m_server.parentGet(QStringLiteral("permissions/") + theirs, m_token).status, 404);
    const qint64 theirPermission = payloadArray(m_server.parentGet(QStringLiteral("permissions/") + theirs, m_second)).first().toObject()
                                       .value(QLatin1String("permissionId")).toInteger();
    QCOMPARE(m_server.parentPut(QStringLiteral("permissions/%1/%2").arg(theirs).arg(theirPermission), m_token, QJsonObject{{QStringLiteral("granted"), false}}).status, 404);
    // Their permission id under my own child is not mine either.
    QCOMPARE(m_server.parentPut(QStringLiteral("permissions/%1/%2").arg(m_noor).arg(theirPermission), m_token, QJsonObject{{QStringLiteral("granted"), false}}).status, 404);
    QCOMPARE(m_server.parentGet(QStringLiteral("observations/") + theirs, m_token).status, 404);
    QCOMPARE(m_server.parentPut(QStringLiteral("question"), m_token,
                                QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")}, {QStringLiteral("message"), QStringLiteral("y")}, {QStringLiteral("childId"), theirs}}).status,
             404);
}

void ServerAccountTest::changePassword()
{
    const QByteArray token = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"));
    const QByteArray other = m_server.token(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl")); // a second login
    auto change = [&](const QString &old, const QString &fresh) {
        return m_server.parentPut(QStringLiteral("parent/password"), token,
                                  QJsonObject{{QStringLiteral("oldPassword"), old}, {QStringLiteral("newPassword"), fresh}});
    };
    QCOMPARE(codeOf(change(QStringLiteral("fout"), QStringLiteral("nieuwwachtwoord"))), QStringLiteral("nestje.account.old_password_wrong"));
    QCOMPARE(codeOf(change(QStringLiteral("nestje-demo"), QStringLiteral("kort"))), QStringLiteral("nestje.account.password_too_short"));
    QVERIFY(ok(change(QStringLiteral("nestje-demo"), QStringLiteral("nieuwwachtwoord"))));
    QVERIFY(m_server.login(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"), QStringLiteral("nestje-demo")).isEmpty());
    QVERIFY(!m_server.login(QStringLiteral("deboomhut"), QStringLiteral("ouder2@example.nl"), QStringLiteral("nieuwwachtwoord")).isEmpty());
    QCOMPARE(m_server.parentGet(QStringLiteral("parent"), token).status, 200); // this session stays
    QCOMPARE(m_server.parentGet(QStringLiteral("parent"), other).status, 401); // the other login ends
    QVERIFY(ok(m_server.parentPut(QStringLiteral("parent/password"), token,
                                  QJsonObject{{QStringLiteral("oldPassword"), QStringLiteral("nieuwwachtwoord")}, {QStringLiteral("newPassword"), QStringLiteral("nestje-demo")}})));
}

void ServerAccountTest::forgotPasswordMailAndSingleUseLink()
{
    const QUrl forgotUrl(m_server.portal().toString() + QStringLiteral("/auth-api/password/forgot"));
    // Unknown address: the same answer, and no mail.
    const Response unknown = m_server.put(forgotUrl, QByteArray(R"({"username":"niemand@example.nl"})"));
    QVERIFY(ok(unknown));
    const QDir outbox(m_server.dataDir() + QStringLiteral("/mail-outbox"));
    QCOMPARE(outbox.entryList(QDir::Files).size(), 0);
    const Response known = m_server.put(forgotUrl, QByteArray(R"({"username":"Ouder@Example.nl"})"));
    QCOMPARE(known.body, unknown.body);
    const QStringList mails = outbox.entryList(QDir::Files);
    QCOMPARE(mails.size(), 1);
    QFile mail(outbox.filePath(mails.first()));
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mail.readAll());
    QVERIFY(text.contains(QLatin1String("To: ouder@example.nl")));
    const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("(http\\S+/auth/reset-password\\?token=(\\w+))")).match(text);
    QVERIFY2(link.hasMatch(), qPrintable(text));
    // The link opens a form; posting it sets the password.
    const Response page = m_server.get(QUrl(link.captured(1)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("minimaal 8 tekens"));
    const QUrl post(m_server.portal().toString() + QStringLiteral("/auth/reset-password"));
    const QByteArray tooShort = "token=" + link.captured(2).toLatin1() + "&password=kort&password2=kort";
    QVERIFY(m_server.request(QByteArrayLiteral("POST"), post, tooShort, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}})
                .body.contains("minimaal 8 tekens"));
    const QByteArray form = "token=" + link.captured(2).toLatin1() + "&password=vergeten123&password2=vergeten123";
    const Response set = m_server.request(QByteArrayLiteral("POST"), post, form, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QVERIFY2(set.body.contains("Je wachtwoord is gewijzigd"), set.body.constData());
    QVERIFY(!m_server.login(QStringLiteral("deboomhut"), QStringLiteral("ouder@example.nl"), QStringLiteral("vergeten123")).isEmpty());
    QCOMPARE(m_server.parentGet(QStringLiteral("parent"), m_token).status, 401); // old sessions end
    // Single use.
    const Response again = m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/password/reset")),
                                        QJsonDocument(QJsonObject{{QStringLiteral("token"), link.captured(2)}, {QStringLiteral("newPassword"), QStringLiteral("nogeenkeer1")}}).toJson());
    QVERIFY(textOf(again).contains(QLatin1String("al gebruikt")));
    // Expiry: a new link, an hour and a bit later, no longer works.
    m_server.put(forgotUrl, QByteArray(R"({"username":"ouder@example.nl"})"));
    QStringList all = outbox.entryList(QDir::Files, QDir::Name);
    QFile second(outbox.filePath(all.last()));
    QVERIFY(second.open(QIODevice::ReadOnly));
    const QString token = QRegularExpression(QStringLiteral("token=(\\w+)")).match(QString::fromUtf8(second.readAll())).captured(1);
    m_server.advance(61LL * 60 * 1000);
    const Response expired = m_server.put(QUrl(m_server.portal().toString() + QStringLiteral("/auth-api/password/reset")),
                                          QJsonDocument(QJsonObject{{QStringLiteral("token"), token}, {QStringLiteral("newPassword"), QStringLiteral("nogeenkeer1")}}).toJson());
    QVERIFY(textOf(expired).contains(QLatin1String("verlopen")));
}

QTEST_GUILESS_MAIN(ServerAccountTest)
#include "tst_server_account.moc"
