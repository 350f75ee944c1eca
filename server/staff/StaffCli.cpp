// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/staff/StaffCli.h"

#include "server/staff/StaffDesk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

namespace nestje::server {

namespace {

const char *const staffHelp =
    "Commands (all need --data DIR and --org SLUG):\n"
    "  photo      --child C [--count N] [--caption T] [--file IMAGE]   post photos to the timeline\n"
    "  diary      --child C [--moment \"HH:MM[-HH:MM] kind [text]\"]... [--text T] [--staff NAME]\n"
    "             kinds: fles slapen luier toilet eten fruit groente drinken buiten medicatie temperatuur zonnebrand\n"
    "  message    --child C --subject S --text T [--staff NAME] [--file PDF [--name N]]\n"
    "                                                                     start a thread with the family\n"
    "  reply      --thread ID --text T [--staff NAME] [--file PDF [--name N]]  answer a thread\n"
    "  news       --title T --text T                                      publish a news item\n"
    "  newsletter --subject S --text T                                    send a newsletter\n"
    "  requests                                                           list pending requests (JSON)\n"
    "  approve | reject --request ID --child C [--message M]              assess a request per child\n"
    "  planning   --child C --date YYYYMMDD (--start HH:MM --end HH:MM [--code attend|absent|tentative] | --remove)\n"
    "  credit     --child C --type CODE --amount N [--until YYYYMMDD]     add credit\n"
    "  capacity   --group NAME --places N                                 places per day part\n"
    "  rule       --name NAME --value VALUE                               set an organisation rule\n"
    "  process-change --user EMAIL                                        apply a pending personal-details change\n";

bool parseMoment(const QString &text, StaffDesk::Moment *moment)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}:\\d{2})(?:-(\\d{1,2}:\\d{2}))?\\s+(\\S+)\\s*(.*)$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    moment->start = QTime::fromString(match.captured(1), QStringLiteral("H:mm"));
    moment->end = match.captured(2).isEmpty() ? QTime() : QTime::fromString(match.captured(2), QStringLiteral("H:mm"));
    moment->kind = match.captured(3);
    moment->description = match.captured(4);
    return moment->start.isValid();
}

} // namespace

int runStaffCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Act as the organisation on a reference server's data.\n\n") + QLatin1String(staffHelp));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    const QStringList valued{QStringLiteral("data"), QStringLiteral("org"), QStringLiteral("child"), QStringLiteral("count"),
                             QStringLiteral("caption"), QStringLiteral("file"), QStringLiteral("text"), QStringLiteral("staff"),
                             QStringLiteral("subject"), QStringLiteral("thread"), QStringLiteral("title"), QStringLiteral("request"),
                             QStringLiteral("message"), QStringLiteral("date"), QStringLiteral("start"), QStringLiteral("end"),
                             QStringLiteral("code"), QStringLiteral("type"), QStringLiteral("amount"), QStringLiteral("until"),
                             QStringLiteral("group"), QStringLiteral("places"), QStringLiteral("name"), QStringLiteral("value"),
                             QStringLiteral("user"), QStringLiteral("moment")};
    for (const QString &name : valued)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove"), QStringLiteral("remove the planning of that date")));
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("nestje-server staff"));
    if (!parser.parse(argv)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty()) {
        out << parser.helpText();
        return parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    const QString command = parser.positionalArguments().first();
    auto v = [&](const char *name) { return parser.value(QString::fromLatin1(name)); };
    if (v("data").isEmpty() || v("org").isEmpty()) {
        err << "nestje-server staff: --data DIR and --org SLUG are required\n";
        return 2;
    }
    StaffDesk desk(v("data"));
    QString error;
    if (!desk.open(&error)) {
        err << "nestje-server staff: " << error << '\n';
        return 1;
    }
    const QString org = v("org");
    bool ok = false;
    if (command == QLatin1String("photo")) {
        ok = desk.postPhotos(org, v("child"), v("count").isEmpty() ? 1 : v("count").toInt(), v("caption"), v("file"), &error);
    } else if (command == QLatin1String("diary")) {
        QList<StaffDesk::Moment> moments;
        for (const QString &text : parser.values(QStringLiteral("moment"))) {
            StaffDesk::Moment m;
            if (!parseMoment(text, &m)) {
                err << "nestje-server staff: a moment is \"HH:MM[-HH:MM] kind [text]\", not \"" << text << "\"\n";
                return 2;
            }
            moments.append(m);
        }
        ok = desk.addDiary(org, v("child"), moments, v("text"), v("staff"), &error);
    } else if (command == QLatin1String("message")) {
        const qint64 thread = desk.sendMessage(org, v("child"), v("subject"), v("text"), v("staff"), &error);
        ok = thread > 0 && (v("file").isEmpty() || desk.attachFile(org, thread, v("file"), v("name"), &error));
        if (ok)
            out << "thread " << thread << '\n';
    } else if (command == QLatin1String("reply")) {
        ok = desk.replyToThread(org, v("thread").toLongLong(), v("text"), v("staff"), &error) &&
             (v("file").isEmpty() || desk.attachFile(org, v("thread").toLongLong(), v("file"), v("name"), &error));
    } else if (command == QLatin1String("news")) {
        ok = desk.publishNews(org, v("title"), v("text"), &error);
    } else if (command == QLatin1String("newsletter")) {
        ok = desk.publishNewsletter(org, v("subject"), v("text"), &error);
    } else if (command == QLatin1String("requests")) {
        const QJsonArray list = desk.pendingRequests(org, &error);
        ok = error.isEmpty();
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    } else if (command == QLatin1String("approve") || command == QLatin1String("reject")) {
        ok = desk.decide(org, v("request").toLongLong(), v("child"), command == QLatin1String("approve"), v("message"), &error);
    } else if (command == QLatin1String("planning")) {
        const QDate date = QDate::fromString(v("date"), QStringLiteral("yyyyMMdd"));
        ok = parser.isSet(QStringLiteral("remove"))
            ? desk.removePlanning(org, v("child"), date, &error)
            : desk.setPlanning(org, v("child"), date, QTime::fromString(v("start"), QStringLiteral("H:mm")),
                               QTime::fromString(v("end"), QStringLiteral("H:mm")), v("code").isEmpty() ? QStringLiteral("attend") : v("code"), &error);
    } else if (command == QLatin1String("credit")) {
        ok = desk.addCredit(org, v("child"), v("type"), v("amount").toDouble(), QDate::fromString(v("until"), QStringLiteral("yyyyMMdd")), &error);
    } else if (command == QLatin1String("capacity")) {
        ok = desk.setCapacity(org, v("group"), v("places").toInt(), &error);
    } else if (command == QLatin1String("rule")) {
        ok = desk.setRule(org, v("name"), v("value"), &error);
    } else if (command == QLatin1String("process-change")) {
        ok = desk.processDetailChange(org, v("user"), &error);
    } else {
        err << "nestje-server staff: unknown command " << command << "\n\n" << staffHelp;
        return 2;
    }
    if (!ok) {
        err << "nestje-server staff " << command << ": " << (error.isEmpty() ? QStringLiteral("failed") : error) << '\n';
        return 1;
    }
    return 0;
}

int runSimulation(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Play a day at the daycare on a reference server's data: the day rhythm,"
                                                    " photos and a message, at --speed times real time (60: an hour a minute)."));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data directory."), QStringLiteral("DIR"));
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organisation."), QStringLiteral("SLUG"), QStringLiteral("deboomhut"));
    const QCommandLineOption child(QStringLiteral("child"), QStringLiteral("Child (first name or id); repeatable. Default: Noor at the KDV, Mila at the BSO."),
                                   QStringLiteral("C"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second."), QStringLiteral("N"), QStringLiteral("60"));
    parser.addOptions({data, org, child, speed});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("nestje-server simulate"));
    if (!parser.parse(argv) || !parser.isSet(data)) {
        err << "nestje-server simulate: --data DIR is required\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    auto desk = std::make_shared<StaffDesk>(parser.value(data));
    QString error;
    if (!desk->open(&error)) {
        err << "nestje-server simulate: " << error << '\n';
        return 1;
    }
    const QString slug = parser.value(org);
    QStringList children = parser.values(child);
    if (children.isEmpty())
        children.append(slug == QLatin1String("klimop") ? QStringLiteral("Mila") : QStringLiteral("Noor"));
    const double factor = std::max(1.0, parser.value(speed).toDouble());

    struct Event
    {
        QTime at;
        std::function<bool(const QString &child, QString *error)> run;
        const char *what;
    };
    const QList<Event> script{
        {QTime(8, 0), [&](const QString &c, QString *e) { return desk->addDiary(slug, c, {{QTime(8, 0), {}, QStringLiteral("drinken"), QStringLiteral("Beker water")}},
                                                                               QStringLiteral("Vrolijk binnengekomen vanochtend."), {}, e); }, "arrival"},
        {QTime(9, 15), [&](const QString &c, QString *e) { return desk->addDiary(slug, c, {{QTime(9, 15), {}, QStringLiteral("fles"), QStringLiteral("150 ml")}}, {}, {}, e); }, "bottle"},
        {QTime(10, 30), [&](const QString &c, QString *e) { return desk->postPhotos(slug, c, 3, {}, {}, e); }, "photos"},
        {QTime(11, 45), [&](const QString &c, QString *e) { return desk->addDiary(slug, c, {{QTime(11, 45), {}, QStringLiteral("eten"), QStringLiteral("Twee boterhammen")}}, {}, {}, e); }, "lunch"},
        {QTime(14, 0), [&](const QString &c, QString *e) { return desk->addDiary(slug, c, {{QTime(12, 30), QTime(14, 0), QStringLiteral("slapen"), QStringLiteral("Lekker geslapen")}}, {}, {}, e); }, "nap"},
        {QTime(15, 0), [&](const QString &c, QString *e) { return desk->sendMessage(slug, c, QStringLiteral("Wat een middag!"), QStringLiteral("We hebben samen een hut gebouwd in de tuin. Kijk maar naar de foto's!"), {}, e) > 0; }, "message"},
        {QTime(15, 10), [&](const QString &c, QString *e) { return desk->postPhotos(slug, c, 2, QStringLiteral("De hut in de tuin"), {}, e); }, "photos"},
        {QTime(16, 30), [&](const QString &c, QString *e) { return desk->addDiary(slug, c, {{QTime(16, 30), {}, QStringLiteral("fruit"), QStringLiteral("Appel en peer")}}, {}, {}, e); }, "fruit"},
    };
    QCoreApplication *app = QCoreApplication::instance();
    int index = 0;
    int failures = 0;
    QTime simulated(7, 45);
    std::function<void()> step = [&] {
        if (index >= script.size()) {
            out << "simulation done\n";
            out.flush();
            app->exit(failures ? 1 : 0);
            return;
        }
        const Event &event = script.at(index++);
        for (const QString &c : std::as_const(children)) {
            QString problem;
            if (!event.run(c, &problem)) {
                ++failures;
                err << "simulate " << event.what << " for " << c << ": " << problem << '\n';
            }
        }
        out << event.at.toString(QStringLiteral("HH:mm")) << ' ' << event.what << '\n';
        out.flush();
        simulated = event.at;
        const qint64 wait = index < script.size() ? qint64(simulated.msecsTo(script.at(index).at) / factor) : 0;
        QTimer::singleShot(std::chrono::milliseconds(wait), app, step);
    };
    QTimer::singleShot(std::chrono::milliseconds(qint64(simulated.msecsTo(script.first().at) / factor)), app, step);
    return app->exec();
}

} // namespace nestje::server
