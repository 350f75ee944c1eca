// SPDX-License-Identifier: GPL-3.0-or-later
// The daily life part of the demo seed: contracts and planning, journal cards with day rhythm,
// photo cards, and message threads.
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/media/PdfDocument.h"
#include "server/seed/DayRhythm.h"
#include "server/seed/DemoSeed.h"

#include <QColor>

#include <algorithm>
#include <optional>

namespace nestje::server {

namespace {

// QtSql binds a null QString as SQL NULL; empty HTML is "", not NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct Slot
{
    QTime start;
    QTime end;
};

bool closedDay(QDate d)
{
    // Public holidays when the daycare is closed (the movable feasts are left out for brevity).
    return (d.month() == 1 && d.day() == 1) || (d.month() == 4 && d.day() == 27)
        || (d.month() == 12 && (d.day() == 25 || d.day() == 26));
}

bool schoolHoliday(QDate d)
{
    // Roughly the Dutch "regio midden" school holidays by ISO week.
    const int week = d.weekNumber();
    return week == 1 || week == 8 || week == 18 || (week >= 29 && week <= 34) || week == 43 || week == 52;
}

const QString journalOpeners[] = {
    QStringLiteral("<p>%1 heeft vandaag heerlijk gespeeld in de zandbak en samen met vriendjes een grote taart gebakken.</p>"),
    QStringLiteral("<p>Wat een vrolijke dag! %1 heeft meegeholpen met het dekken van de tafel en was daar heel trots op.</p>"),
    QStringLiteral("<p>Vanochtend hebben we met %1 liedjes gezongen in de kring. Het liedje over de wielen van de bus was favoriet.</p>"),
    QStringLiteral("<p>%1 was vandaag wat stilletjes in de ochtend, maar na het slapen weer helemaal de oude.</p>"),
    QStringLiteral("<p>We zijn met de bolderkar naar de kinderboerderij geweest. %1 vond de geitjes prachtig.</p>"),
    QStringLiteral("<p>%1 heeft vandaag geschilderd met vingerverf. Het kunstwerk hangt te drogen in de groep.</p>"),
    QStringLiteral("<p>Vandaag stond bouwen centraal: %1 maakte een hoge toren van blokken en gooide hem lachend om.</p>"),
    QStringLiteral("<p>%1 heeft lekker buiten gespeeld en veel gefietst op het plein.</p>"),
};
const QString journalClosers[] = {
    QStringLiteral("<p>Tot de volgende keer!</p>"),
    QStringLiteral("<p>Groetjes van de hele groep.</p>"),
    QStringLiteral("<p>Vergeten jullie niet de extra set kleding mee te nemen?</p>"),
    QStringLiteral("<p>Een fijne avond gewenst!</p>"),
    QString(),
};
const QString parentNotes[] = {
    QStringLiteral("<p>Vannacht wat onrustig geslapen, de tandjes komen door. Misschien iets eerder moe vandaag.</p>"),
    QStringLiteral("<p>Dit weekend bij opa en oma geweest en de hele dag buiten gespeeld. Moe maar voldaan!</p>"),
    QStringLiteral("<p>Vanochtend al een fles van 180 ml gehad om 6:30.</p>"),
    QStringLiteral("<p>Vandaag haalt oma op, rond 17:00 uur.</p>"),
    QStringLiteral("<p>Een nieuw woordje geleerd thuis: \"appel\"! Vraag er maar eens naar.</p>"),
};
const QString bsoNotes[] = {
    QStringLiteral("<p>%1 heeft vandaag meegedaan aan de voetbalclinic op het veld. Twee doelpunten!</p>"),
    QStringLiteral("<p>We hebben pannenkoeken gebakken. %1 mocht ze omdraaien in de pan.</p>"),
    QStringLiteral("<p>%1 werkte vandaag aan een knikkerbaan met Meester Mo. Morgen gaan we verder.</p>"),
    QStringLiteral("<p>Bij de toneelclub oefende %1 een rol als piraat. Wat een talent!</p>"),
};

struct Script
{
    QString subject;
    QList<QPair<bool, QString>> lines; // fromParent, text with %1 = child, %2 = staff
};

// The PDF a script's first staff message carries (its file name), or "".
QString letterOf(const Script &script)
{
    return script.subject == QLatin1String("Uitje naar de kinderboerderij") ? QStringLiteral("Brief uitje kinderboerderij.pdf")
                                                                            : QString();
}

QList<Script> scripts()
{
    return {
        {QStringLiteral("Ophalen vrijdag"),
         {{true, QStringLiteral("Hoi %2, vrijdag haalt mijn moeder %1 op rond 16:30. Zij heeft de ophaalcode.")},
          {false, QStringLiteral("Dank voor het doorgeven! We zetten het in de overdracht.")}}},
        {QStringLiteral("Reservekleding"),
         {{false, QStringLiteral("Hoi! De reservekleding van %1 is op. Willen jullie morgen een nieuwe set meenemen?")},
          {true, QStringLiteral("Oeps, goed dat je het zegt. Morgen neem ik een tas mee.")},
          {false, QStringLiteral("Top, dank je wel!")}}},
        {QStringLiteral("Uitje naar de kinderboerderij"),
         {{false, QStringLiteral("<p>Beste ouders,</p><p>Volgende week donderdag gaan we met de groep naar de kinderboerderij. Graag laarzen meegeven!</p>")},
          {true, QStringLiteral("Leuk! %1 heeft er al veel zin in. Laarzen staan klaar.")}}},
        {QStringLiteral("Tandjes"),
         {{true, QStringLiteral("%1 heeft last van doorkomende tandjes. Mag de bijtring uit de koelkast mee?")},
          {false, QStringLiteral("Natuurlijk, we leggen hem hier in de koelkast. Vandaag ging het verder goed.")},
          {true, QStringLiteral("Fijn om te horen, bedankt %2.")}}},
        {QStringLiteral("Slaapritme"),
         {{false, QStringLiteral("We merken dat %1 's middags moeilijk in slaap komt. Hoe gaat dat thuis?")},
          {true, QStringLiteral("Thuis slaapt %1 in het weekend nog maar één keer, rond 13:00.")},
          {false, QStringLiteral("Goed om te weten, dan proberen we het ritme hier ook zo.")},
          {true, QStringLiteral("Laat maar weten hoe het gaat!")}}},
        {QStringLiteral("Verjaardag"),
         {{true, QStringLiteral("Volgende week is %1 jarig! Mogen we een traktatie meenemen? Het wordt fruitspiesjes.")},
          {false, QStringLiteral("Wat leuk! Fruitspiesjes zijn perfect. We maken er een feestje van met slingers en de verjaardagsmuts.")}}},
        {QStringLiteral("Foto's van de speurtocht"),
         {{false, QStringLiteral("<p>Vandaag hebben we een speurtocht gedaan door het park. Kijk eens wat %1 allemaal gevonden heeft!</p>")}}},
        {QStringLiteral("Medicatie"),
         {{true, QStringLiteral("%1 krijgt deze week een antibioticakuur, 's middags 5 ml. Het medicijnformulier heb ik ingevuld.")},
          {false, QStringLiteral("Dank je, we hebben het formulier ontvangen en geven het om 12:30.")}}},
        {QStringLiteral("Oudergesprek"),
         {{false, QStringLiteral("<p>Het is weer tijd voor het jaarlijkse oudergesprek over %1. Welke dag past jullie?</p>")},
          {true, QStringLiteral("Dinsdag na 17:00 of donderdagochtend kan bij ons.")},
          {false, QStringLiteral("Dan plannen we dinsdag om 17:15. Tot dan!")}}},
        {QStringLiteral("Knuffel kwijt"),
         {{true, QStringLiteral("Is de blauwe knuffelkonijn van %1 misschien bij jullie blijven liggen?")},
          {false, QStringLiteral("Gevonden, in de slaapkamer! Hij ligt in het bakje van %1.")},
          {true, QStringLiteral("Pfoe, gelukkig. Dank!")}}},
        {QStringLiteral("Vakantie doorgeven"),
         {{true, QStringLiteral("Wij zijn in de zomervakantie drie weken weg. Ik geef de afwezigheid ook door in de agenda.")},
          {false, QStringLiteral("Dank voor het doorgeven en alvast een hele fijne vakantie!")}}},
        {QStringLiteral("Zwemles"),
         {{true, QStringLiteral("Vanaf volgende maand heeft %1 op dinsdag zwemles om 16:00. Kunnen jullie haar/hem brengen?")},
          {false, QStringLiteral("Dat kan: we lopen met een groepje naar het zwembad. We zetten %1 op de lijst.")},
          {true, QStringLiteral("Super, heel fijn.")}}},
    };
}

} // namespace

void DemoSeed::createPlanningAndHistory(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    const QTime nowTime = QDateTime::fromMSecsSinceEpoch(m_nowMs, dates::amsterdam()).time();
    // The family's summer holiday: a week without care, shown as "absent".
    const int holidayWeek = 31;
    bool recentVideo = false;
    for (qsizetype index = 0; index < org.children.size(); ++index) {
        const Child &child = org.children.at(index);
        QList<Staff> groupStaff;
        for (const Staff &s : std::as_const(org.staff))
            if (s.groupId == child.groupId)
                groupStaff.append(s);
        if (groupStaff.isEmpty())
            groupStaff = org.staff;

        auto contract = [&](QDate day) -> std::optional<Slot> {
            const int dow = day.dayOfWeek();
            if (dow > 5 || closedDay(day))
                return std::nullopt;
            // Demo children keep their own contracts; extra --scale children get rotating ones.
            const bool contractDay = index < 2 || !child.demoFamily ? (dow == 1 || dow == 2 || dow == 4 || (kdv && index == 1 && dow == 5))
                                                                     : (dow % 2 == index % 2 || dow == 3);
            if (!contractDay)
                return std::nullopt;
            if (!kdv)
                return schoolHoliday(day) ? Slot{QTime(8, 0), QTime(18, 0)} : Slot{QTime(14, 0), QTime(18, 30)};
            if (dow == 5)
                return Slot{QTime(7, 30), QTime(13, 0)}; // half day
            return Slot{QTime(7, 30), QTime(18, 0)};
        };

        const QDate end = m_today.addDays(90);
        for (QDate day = child.start; day <= end; day = day.addDays(1)) {
            const auto slot = contract(day);
            QString code = QStringLiteral("attend");
            QVariant extra(QMetaType::fromType<QString>());
            std::optional<Slot> planned = slot;
            if (!slot) {
                // Extra days are real requests now (DemoRequests.cpp); the draw stays so the rest
                // of the demo keeps its shape.
                if (day > m_today && day.dayOfWeek() == 3)
                    static_cast<void>(m_rng.bounded(6));
                continue;
            } else if (day.weekNumber() == holidayWeek) {
                code = QStringLiteral("absent");
                extra = QStringLiteral("Vakantie");
            } else if (day <= m_today && m_rng.bounded(30) == 0) {
                code = QStringLiteral("absent");
                extra = QStringLiteral("Ziek");
            }
            m_portal.db.run(QStringLiteral("INSERT INTO planning (id, org_id, child_id, day, start_ms, end_ms, code, extra_info, to_confirm)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {nextId(), org.id, child.id, dates::dayKey(day), dates::localMs(day, planned->start),
                             dates::localMs(day, planned->end), code, extra, 0});

            const bool today = day == m_today;
            if (code != QLatin1String("attend") || day > m_today || (today && nowTime < planned->start.addSecs(3600)))
                continue;
            // A day at care: its journal card and maybe photos.
            const qint64 dayMs = dates::localMs(day);
            const bool isNew = day >= m_today.addDays(-1);
            const QTime until = today ? nowTime : QTime(23, 59);
            const bool summer = day.month() >= 6 && day.month() <= 8;
            const int ageMonths = int(child.birth.daysTo(day) / 30);
            const seed::AgeBand band = !kdv ? seed::AgeBand::SchoolChild
                                            : (ageMonths < 15 ? seed::AgeBand::Baby : seed::AgeBand::Toddler);
            const Staff &writer = groupStaff.at(m_rng.bounded(int(groupStaff.size())));

            if (kdv || m_rng.bounded(3) == 0) {
                const QString rhythm = seed::dayRhythm(m_rng, band, child.firstName, planned->start, planned->end, until,
                                                       summer, summer && m_rng.bounded(2));
                QString text;
                if (!kdv)
                    text = bsoNotes[m_rng.bounded(int(std::size(bsoNotes)))].arg(child.firstName);
                else if (!today && m_rng.bounded(4) != 0)
                    text = journalOpeners[m_rng.bounded(int(std::size(journalOpeners)))].arg(child.firstName)
                         + journalClosers[m_rng.bounded(int(std::size(journalClosers)))];
                const qint64 card = nextId();
                m_portal.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'journal', ?)"),
                                {card, org.id, child.familyId, dayMs});
                m_portal.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, child.id});
                m_portal.db.run(QStringLiteral("INSERT INTO journals (card_id, journal_id, child_id, written_by_name, written_by_type,"
                                               " day_rhythm, journal_text, is_new, edited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {card, QStringLiteral("j%1").arg(card), child.id, writer.display,
                                 QStringLiteral("timeline.card_journal_header_type.employees_of"), notNull(rhythm), notNull(text), isNew ? 1 : 0,
                                 m_rng.bounded(10) == 0 ? 1 : 0});
                if (m_rng.bounded(8) == 0)
                    for (int i = 0, n = 1 + m_rng.bounded(2); i < n; ++i)
                        addPhoto(org, QStringLiteral("card_id"), card, i, dates::localMs(day, QTime(10 + i, 15)), {&child}, isNew);
            }
            // The parent's own diary entry, some mornings.
            if (kdv && child.demoFamily && m_rng.bounded(12) == 0) {
                const qint64 card = nextId();
                m_portal.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'journal', ?)"),
                                {card, org.id, child.familyId, dayMs});
                m_portal.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, child.id});
                m_portal.db.run(QStringLiteral("INSERT INTO journals (card_id, journal_id, child_id, written_by_name, written_by_type,"
                                               " day_rhythm, journal_text, is_new, edited) VALUES (?, ?, ?, ?, ?, '', ?, ?, 0)"),
                                {card, QStringLiteral("j%1").arg(card), child.id, QStringLiteral("Sanne Bakker"),
                                 QStringLiteral("timeline.card_journal_header_type.parent"),
                                 parentNotes[m_rng.bounded(int(std::size(parentNotes)))], isNew ? 1 : 0});
            }
            if (m_rng.bounded(100) < (kdv ? 35 : 25) && !(today && nowTime < QTime(11, 0))) {
                const qint64 card = nextId();
                m_portal.db.run(QStringLiteral("INSERT INTO cards (id, org_id, family_id, type, date_ms) VALUES (?, ?, ?, 'photo', ?)"),
                                {card, org.id, child.familyId, dayMs});
                m_portal.db.run(QStringLiteral("INSERT INTO card_children (card_id, child_id) VALUES (?, ?)"), {card, child.id});
                const int count = 2 + m_rng.bounded(5) + 2 * (m_options.scale - 1);
                // A few clips: now and then, and always one in the last two weeks of the first child.
                const bool withVideo = m_rng.bounded(20) == 0 || (index == 0 && !recentVideo && day >= m_today.addDays(-14));
                recentVideo = recentVideo || (index == 0 && day >= m_today.addDays(-14));
                for (int i = 0; i < count; ++i)
                    addPhoto(org, QStringLiteral("card_id"), card, i,
                             dates::localMs(day, QTime(9, 30).addSecs(60 * (20 * i + m_rng.bounded(15)))), {&child}, isNew,
                             withVideo && i == 0);
            }
        }
    }
}

QString DemoSeed::letterMedia(const Org &org, const QString &subject, const QString &fileName)
{
    // One letter per organisation and subject (a content key), a media row per message.
    const QString key = QStringLiteral("doc-%1-letter-%2").arg(org.slug).arg(qHash(subject), 0, 16);
    if (std::none_of(m_documents.cbegin(), m_documents.cend(), [&](const auto &d) { return d.first == key; })) {
        PdfDocument pdf;
        pdf.box(40, 40, 515, 60, QColor(0x2a, 0x9d, 0x8f));
        pdf.text(56, 78, org.name, 18, true);
        pdf.text(56, 140, subject, 16, true);
        pdf.text(56, 170, QStringLiteral("Beste ouders,"));
        pdf.text(56, 190, QStringLiteral("Hierbij de informatie over het uitje. Neem laarzen en een regenjas mee."));
        pdf.text(56, 220, QStringLiteral("Met vriendelijke groet, het team van %1").arg(org.name));
        m_documents.append({key, pdf.toPdf()});
    }
    return newMedia(org, QStringLiteral("document"), key, QStringLiteral("application/pdf"), fileName);
}

void DemoSeed::createThreads(Org &org)
{
    const QList<Script> all = scripts();
    for (const qint64 family : std::as_const(org.familyIds)) {
        QList<const Child *> children;
        for (const Child &c : std::as_const(org.children))
            if (c.familyId == family)
                children.append(&c);
        if (children.isEmpty())
            continue;
        const bool demoFamily = children.first()->demoFamily;
        const int count = demoFamily ? 12 * m_options.scale : 2;
        const qint64 historyDays = m_historyStart.daysTo(m_today);
        for (int i = 0; i < count; ++i) {
            const Script &script = all.at((i + int(org.id)) % all.size());
            const Child *child = children.at(i % children.size());
            const Staff &staff = org.staff.at(m_rng.bounded(int(org.staff.size())));
            // Newest threads first in the loop: thread 0 is from the last few days.
            const QDate day = i < 3 ? m_today.addDays(-i * 2) : m_today.addDays(-qint64(m_rng.bounded(int(historyDays))));
            qint64 at = dates::localMs(day, QTime(8, 15).addSecs(60 * m_rng.bounded(120)));
            at = std::min(at, m_nowMs - 3600 * 1000);
            const qint64 thread = nextId();
            qint64 last = at;
            bool lastFromStaff = false;
            QList<qint64> messages;
            for (qsizetype k = 0; k < script.lines.size(); ++k) {
                const auto &line = script.lines.at(k);
                const qint64 message = nextId();
                messages.append(message);
                QString text = QString(line.second).replace(QLatin1String("%1"), child->firstName).replace(QLatin1String("%2"), staff.display);
                if (!text.startsWith(QLatin1Char('<')))
                    text = QStringLiteral("<p>") + text + QStringLiteral("</p>");
                m_portal.db.run(QStringLiteral("INSERT INTO thread_messages (id, thread_id, message, written_by, from_parent, date_ms)"
                                               " VALUES (?, ?, ?, ?, ?, ?)"),
                                {message, thread, text, line.first ? (demoFamily ? QStringLiteral("Sanne Bakker") : QStringLiteral("Pieter Jansen")) : staff.display,
                                 line.first ? 1 : 0, last});
                if (!line.first && script.subject.startsWith(QLatin1String("Foto")))
                    for (int p = 0; p < 3; ++p)
                        addPhoto(org, QStringLiteral("message_id"), message, p, last, {child}, false);
                if (!line.first && k == 0 && !letterOf(script).isEmpty())
                    m_portal.db.run(QStringLiteral("INSERT INTO message_files (message_id, position, media_id) VALUES (?, 0, ?)"),
                                    {message, letterMedia(org, script.subject, letterOf(script))});
                lastFromStaff = !line.first;
                if (k + 1 < script.lines.size())
                    last = std::min(last + qint64(20 + m_rng.bounded(600)) * 60 * 1000, m_nowMs - 60 * 1000);
            }
            const bool unread = lastFromStaff && day >= m_today.addDays(-21);
            m_portal.db.run(QStringLiteral("INSERT INTO threads (id, org_id, family_id, child_id, subject, unread, last_date)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {thread, org.id, family, child->id, script.subject, unread ? 1 : 0, last});
        }
    }
}

} // namespace nestje::server
