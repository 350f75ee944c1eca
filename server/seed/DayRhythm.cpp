// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/seed/DayRhythm.h"

#include <QList>

namespace nestje::server::seed {

namespace {

struct Moment
{
    QTime start;
    QTime end; // invalid: a point in time
    QString icon;
    QString label;
    QString description;
    QString remarks;
};

QString hhmm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QString html(const Moment &m, QTime until)
{
    QString title = hhmm(m.start);
    QString subtitle;
    if (m.end.isValid() && m.end <= until) {
        title += QStringLiteral(" - ") + hhmm(m.end);
        subtitle = QStringLiteral("<span class='moment-subtitle'>(%1 minutes)</span>").arg(m.start.secsTo(m.end) / 60);
    }
    title += QLatin1Char(' ') + m.label;
    return QStringLiteral("<table class='day-rythm-moment'><tbody><tr>"
                          "<td class='moment-icon'><div class='icon dagritme-%1 day-rythm-journal-icon'></div></td>"
                          "<td class='moment-content'><span class='moment-title-span'>%2</span>%3"
                          "<div class='moment-entry-description'>%4</div>"
                          "<div class='moment-remarks'>%5</div></td></tr></tbody></table>")
        .arg(m.icon, title, subtitle, m.description, m.remarks);
}

template<typename T, qsizetype N>
const T &oneOf(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QTime jitter(QRandomGenerator &rng, QTime t, int minutes)
{
    return t.addSecs(60 * (rng.bounded(2 * minutes + 1) - minutes));
}

} // namespace

QString dayRhythm(QRandomGenerator &rng, AgeBand band, const QString &name, QTime from, QTime to, QTime until,
                  bool summer, bool warm)
{
    static const QString fruit[][2] = {{QStringLiteral("appel"), QStringLiteral("Appel")},
                                       {QStringLiteral("banaan"), QStringLiteral("Banaan")},
                                       {QStringLiteral("peer"), QStringLiteral("Peer")}};
    static const QString sleepRemarks[] = {QStringLiteral("Lekker geslapen"), QStringLiteral("Even wakker geweest, daarna weer ingeslapen"),
                                           QStringLiteral("Snel in slaap gevallen met knuffel"), QString()};
    static const QString foodRemarks[] = {QStringLiteral("Alles opgegeten"), QStringLiteral("Met smaak gegeten"),
                                          QStringLiteral("Vandaag wat minder trek"), QString()};
    static const QString veg[] = {QStringLiteral("broccoli met aardappel"), QStringLiteral("worteltjes met pastinaak"),
                                  QStringLiteral("pompoen met zoete aardappel"), QStringLiteral("spinazie met rijst")};
    static const QString bread[] = {QStringLiteral("2 boterhammen met kaas"), QStringLiteral("1 boterham met appelstroop en een halve met pindakaas"),
                                    QStringLiteral("2 boterhammen met smeerworst"), QStringLiteral("krentenbol met boter")};
    static const QString outdoor[] = {QStringLiteral("Buiten gespeeld in de zandbak"), QStringLiteral("Gefietst op het plein"),
                                      QStringLiteral("Wandeling naar de eendjes"), QStringLiteral("Met de bal gespeeld in de tuin")};

    QList<Moment> moments;
    if (band == AgeBand::Baby) {
        QTime t = jitter(rng, from.addSecs(45 * 60), 10);
        for (int feed = 0; t < to.addSecs(-30 * 60); ++feed) {
            const int cc = 120 + 10 * rng.bounded(6);
            moments.append({t, {}, QStringLiteral("flesje"), QStringLiteral("(Fles)voeding"),
                            QStringLiteral("%1 cc (Fles)voeding").arg(cc), feed == 0 ? QStringLiteral("Goed gedronken") : QString()});
            const QTime sleepStart = jitter(rng, t.addSecs(50 * 60), 10);
            const QTime sleepEnd = sleepStart.addSecs(60 * (35 + rng.bounded(70)));
            if (sleepEnd < to)
                moments.append({sleepStart, sleepEnd, QStringLiteral("slapen-bedje"), QStringLiteral("Slapen"), QString(),
                                oneOf(rng, sleepRemarks)});
            moments.append({sleepEnd.addSecs(5 * 60), {}, QStringLiteral("luier"), QStringLiteral("Luier verschoond"),
                            rng.bounded(3) ? QStringLiteral("Nat") : QStringLiteral("Ontlasting"), QString()});
            if (feed == 0)
                moments.append({QTime(11, 30).addSecs(60 * rng.bounded(20)), {}, QStringLiteral("groentehap"), QStringLiteral("Groentehap"),
                                QStringLiteral("Half bakje %1").arg(oneOf(rng, veg)), oneOf(rng, foodRemarks)});
            if (feed == 1) {
                const auto &f = oneOf(rng, fruit);
                moments.append({QTime(15, 15).addSecs(60 * rng.bounded(30)), {}, f[0], QStringLiteral("Fruithapje"),
                                QStringLiteral("Geprakte %1").arg(f[1].toLower()), QString()});
            }
            t = sleepEnd.addSecs(60 * (30 + rng.bounded(30)));
        }
    } else if (band == AgeBand::Toddler) {
        moments.append({jitter(rng, QTime(9, 30), 10), {}, QStringLiteral("drinken-beker"), QStringLiteral("Drinken"),
                        rng.bounded(2) ? QStringLiteral("Beker water") : QStringLiteral("Beker melk"), QString()});
        const auto &f = oneOf(rng, fruit);
        moments.append({jitter(rng, QTime(9, 45), 5), {}, f[0], QStringLiteral("Fruit"), f[1], QString()});
        moments.append({jitter(rng, QTime(10, 30), 15), {}, QStringLiteral("luier"), QStringLiteral("Luier verschoond"),
                        QStringLiteral("Nat"), QString()});
        if (from < QTime(10, 0))
            moments.append({jitter(rng, QTime(10, 45), 15), QTime(11, 30), QStringLiteral("buitensport"), QStringLiteral("Buiten spelen"),
                            oneOf(rng, outdoor), QString()});
        moments.append({jitter(rng, QTime(11, 45), 5), {}, QStringLiteral("brood"), QStringLiteral("Brood"), oneOf(rng, bread),
                        oneOf(rng, foodRemarks)});
        if (to > QTime(14, 0)) {
            const QTime s = jitter(rng, QTime(12, 45), 10);
            moments.append({s, s.addSecs(60 * (60 + rng.bounded(60))), QStringLiteral("slapen-wolk-zzz"), QStringLiteral("Slapen"),
                            QString(), oneOf(rng, sleepRemarks)});
            moments.append({jitter(rng, QTime(15, 0), 10), {}, rng.bounded(3) ? QStringLiteral("luier") : QStringLiteral("toilet"),
                            QStringLiteral("Verschoond / wc"), QStringLiteral("Op het potje geplast"), QStringLiteral("Goed gedaan!")});
            moments.append({jitter(rng, QTime(15, 30), 10), {}, QStringLiteral("koekje"), QStringLiteral("Tussendoortje"),
                            QStringLiteral("Rijstwafel en een beker water"), QString()});
        }
    } else {
        moments.append({jitter(rng, from.addSecs(15 * 60), 5), {}, QStringLiteral("drinken-beker"), QStringLiteral("Drinken"),
                        QStringLiteral("Ranja en een cracker"), QString()});
        moments.append({jitter(rng, from.addSecs(60 * 60), 10), from.addSecs(150 * 60), QStringLiteral("buitensport"),
                        QStringLiteral("Buiten spelen"), oneOf(rng, outdoor), QString()});
    }
    if (warm && band != AgeBand::SchoolChild)
        moments.append({QTime(10, 40), {}, QStringLiteral("zonnebrandcreme"), QStringLiteral("Ingesmeerd"),
                        QStringLiteral("Zonnebrandcrème factor 50"), QString()});
    if (!summer && rng.bounded(25) == 0) {
        moments.append({QTime(13, 50), {}, QStringLiteral("thermometer"), QStringLiteral("Temperatuur"),
                        QStringLiteral("37,%1 °C").arg(6 + rng.bounded(4)), QStringLiteral("Wat warm, we houden %1 in de gaten").arg(name)});
        if (rng.bounded(2))
            moments.append({QTime(14, 0), {}, QStringLiteral("medicatie-pipet"), QStringLiteral("Medicatie"),
                            QStringLiteral("Paracetamol 120 mg (na overleg met ouder)"), QString()});
    }
    std::sort(moments.begin(), moments.end(), [](const Moment &a, const Moment &b) { return a.start < b.start; });
    QString out;
    for (const Moment &m : std::as_const(moments))
        if (m.start <= until && m.start >= from && m.start <= to)
            out += html(m, until);
    return out;
}

QString dayRhythmMoment(QTime start, QTime end, const QString &icon, const QString &label, const QString &description,
                        const QString &remarks)
{
    return html(Moment{start, end, icon, label, description.toHtmlEscaped(), remarks.toHtmlEscaped()}, QTime(23, 59));
}

} // namespace nestje::server::seed
