// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation-wide part of the demo seed: news with photos and attachments, information
// pages, monthly HTML newsletters, and per-family invoices, annual statements and documents as
// real PDFs.
#include "server/Dates.h"
#include "server/Portal.h"
#include "server/media/PdfDocument.h"
#include "server/seed/DemoSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace nestje::server {

namespace {

const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);

QJsonObject text(const QString &html)
{
    return {{QStringLiteral("content"), html}};
}

QJsonObject image(const QString &mediaId)
{
    return {{QStringLiteral("mediaId"), mediaId}};
}

QString money(double euros)
{
    return QStringLiteral("€ ") + dutch.toString(euros, 'f', 2);
}

} // namespace

void DemoSeed::createContent(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    auto addContent = [&](const QString &kind, const QString &title, const QString &snippet, qint64 publishMs,
                          const QList<QPair<QString, QJsonArray>> &items) {
        const qint64 id = nextId();
        m_portal.db.run(QStringLiteral("INSERT INTO html_contents (id, org_id, kind, title, snippet, publish_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, org.id, kind, title, snippet, publishMs});
        int position = 0;
        for (const auto &item : items)
            m_portal.db.run(QStringLiteral("INSERT INTO html_items (content_id, position, item_type, parts) VALUES (?, ?, ?, ?)"),
                            {id, position++, item.first, QString::fromUtf8(QJsonDocument(item.second).toJson(QJsonDocument::Compact))});
        return id;
    };

    struct NewsSeed
    {
        QString title;
        QString body;
        int daysAgo;
        QString layout; // txt, txt_img, img_img, img_txt
        bool attachment;
    };
    const QList<NewsSeed> news = {
        {QStringLiteral("Sint bezoekt %1").arg(org.name),
         QStringLiteral("<p>Op 5 december komt Sinterklaas met twee pieten op bezoek. De kinderen mogen hun schoen zetten op de groep.</p>"),
         int(m_today.daysTo(QDate(m_today.month() == 12 && m_today.day() > 5 ? m_today.year() : m_today.year() - 1, 12, 1))) * -1,
         QStringLiteral("txt_img"), false},
        {QStringLiteral("Nieuwe buitenspeelplaats geopend"),
         QStringLiteral("<p>Na weken van bouwen is de nieuwe buitenspeelplaats klaar: met een zandbak, een moestuin en een heuse klimboom.</p>"),
         12, QStringLiteral("img_img"), false},
        {QStringLiteral("Zomerfeest: save the date"),
         QStringLiteral("<p>Op vrijdag 4 juli vieren we ons zomerfeest voor alle families. Er is muziek, een springkussen en een picknick.</p>"),
         60, QStringLiteral("img_txt"), true},
        {QStringLiteral("Ziektebeleid aangepast"),
         QStringLiteral("<p>Vanaf volgende maand werken we met het nieuwe ziektebeleid van de GGD. In de bijlage lees je wat er verandert.</p>"),
         95, QStringLiteral("txt"), true},
        {QStringLiteral("Welkom aan nieuwe collega's"),
         QStringLiteral("<p>We verwelkomen twee nieuwe pedagogisch medewerkers in ons team. Je maakt snel kennis met ze op de groep.</p>"),
         140, QStringLiteral("txt_img"), false},
        {QStringLiteral("Luizencontrole na de vakantie"),
         QStringLiteral("<p>Na elke schoolvakantie doen we een luizencontrole. Wil je ook thuis even kijken?</p>"),
         200, QStringLiteral("txt"), false},
        {QStringLiteral("Ouderavond over slapen"),
         QStringLiteral("<p>Op onze ouderavond vertelt een slaapcoach over slaapritmes bij jonge kinderen. Aanmelden kan via de groep.</p>"),
         250, QStringLiteral("img_txt"), false},
        {QStringLiteral("Tarieven volgend jaar"),
         QStringLiteral("<p>De uurtarieven voor volgend jaar zijn bekend. Je vindt ze in de bijlage en binnenkort in je nieuwe contract.</p>"),
         320, QStringLiteral("txt"), true},
    };
    const qint64 historyDays = m_historyStart.daysTo(m_today);
    int index = 0;
    for (const NewsSeed &n : news) {
        const int daysAgo = int(std::clamp<qint64>(n.daysAgo, 0, historyDays));
        const qint64 publish = dates::localMs(m_today.addDays(-daysAgo), QTime(9, 0));
        QList<QPair<QString, QJsonArray>> items;
        if (n.layout == QLatin1String("txt"))
            items.append({n.layout, QJsonArray{text(n.body)}});
        else if (n.layout == QLatin1String("txt_img"))
            items.append({n.layout, QJsonArray{text(n.body), image(scenePhoto(org))}});
        else if (n.layout == QLatin1String("img_txt"))
            items.append({n.layout, QJsonArray{image(scenePhoto(org)), text(n.body)}});
        else
            items.append({QStringLiteral("txt"), QJsonArray{text(n.body)}}),
                items.append({n.layout, QJsonArray{image(scenePhoto(org)), image(scenePhoto(org))}});
        if (n.attachment) {
            // News attachments: a Nestje "attachment" item whose part names a PDF media file.
            const QString key = QStringLiteral("doc-%1-news-%2").arg(org.slug).arg(index);
            PdfDocument pdf;
            pdf.box(40, 40, 515, 60, QColor(0x2a, 0x9d, 0x8f));
            pdf.text(56, 78, org.name, 18, true);
            pdf.text(56, 140, n.title, 16, true);
            pdf.text(56, 170, QStringLiteral("Bijlage bij het nieuwsbericht van %1.").arg(dutch.toString(m_today.addDays(-daysAgo), QLocale::LongFormat)));
            pdf.text(56, 200, QStringLiteral("Met vriendelijke groet, het team van %1").arg(org.name));
            m_documents.append({key, pdf.toPdf()});
            const QString media = newMedia(org, QStringLiteral("document"), key, QStringLiteral("application/pdf"),
                                           QStringLiteral("%1.pdf").arg(n.title));
            items.append({QStringLiteral("attachment"),
                          QJsonArray{QJsonObject{{QStringLiteral("attachmentMediaId"), media},
                                                 {QStringLiteral("fileName"), QStringLiteral("%1.pdf").arg(n.title)}}}});
        }
        const qint64 id = addContent(QStringLiteral("news"), n.title, n.body.mid(3, 90) + QStringLiteral("…"), publish, items);
        // Older news has been read already; the newest items show as new.
        if (daysAgo > 30)
            m_portal.db.run(QStringLiteral("INSERT INTO content_reads (account_id, kind, item_id) VALUES (?, 'news', ?)"),
                            {org.demoAccountId, id});
        ++index;
    }

    const QList<QPair<QString, QString>> pages = {
        {QStringLiteral("Openingstijden en vakanties"),
         kdv ? QStringLiteral("<p>Wij zijn open op werkdagen van 7:30 tot 18:30. Gesloten op nationale feestdagen.</p>")
             : QStringLiteral("<p>Na schooltijd tot 18:30, in schoolvakanties van 8:00 tot 18:00.</p>")},
        {QStringLiteral("Ziek zijn"),
         QStringLiteral("<p>Is je kind ziek? Meld het vóór 9:00 via de app. Bij koorts boven 38,5 °C bellen we je om je kind op te halen.</p>")},
        {QStringLiteral("Voeding"),
         QStringLiteral("<p>Wij zorgen voor gezonde maaltijden: fruit, brood met gezond beleg en water of melk.</p>")},
    };
    for (const auto &page : pages)
        addContent(QStringLiteral("page"), page.first, QString(), dates::localMs(m_historyStart),
                   {{QStringLiteral("txt_img"), QJsonArray{text(page.second), image(scenePhoto(org))}}});

    // Monthly newsletters: complete HTML documents, no external resources. The newest one sent
    // is unread (on the 1st and 2nd of a month that is last month's: this month's goes out on
    // the 3rd).
    bool newestSent = false;
    for (int i = 0; i < m_options.months; ++i) {
        const QDate sent = QDate(m_today.year(), m_today.month(), 1).addMonths(-i).addDays(2);
        if (sent > m_today)
            continue;
        const QString month = dutch.monthName(sent.month());
        const QString subject = QStringLiteral("Nieuwsbrief %1 %2").arg(month).arg(sent.year());
        const QString snippet = QStringLiteral("Het laatste nieuws van %1 uit %2.").arg(org.name, month);
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title></head>"
            "<body style=\"font-family:sans-serif;margin:0;background:#f6f4ef\">"
            "<div style=\"background:#2a9d8f;color:#fff;padding:24px\"><h1 style=\"margin:0\">%2</h1><p>%1</p></div>"
            "<div style=\"padding:24px;color:#333\"><h2>Terugblik op %3</h2><p>Deze maand stond in het teken van %4. "
            "De kinderen hebben genoten van de activiteiten binnen en buiten.</p>"
            "<h2>Agenda</h2><ul><li>Ouderavond: dinsdag om 19:30</li><li>Fotograaf: de laatste vrijdag van de maand</li></ul>"
            "<h2>Uit het team</h2><p>Groeten van alle pedagogisch medewerkers!</p></div></body></html>")
                                 .arg(subject, org.name, month,
                                      QStringList{QStringLiteral("de seizoenen"), QStringLiteral("muziek en dans"),
                                                  QStringLiteral("de natuur"), QStringLiteral("bouwen en knutselen")}
                                          .at(i % 4));
        const qint64 id = nextId();
        m_portal.db.run(QStringLiteral("INSERT INTO newsletters (id, org_id, subject, snippet, send_ms, full_source) VALUES (?, ?, ?, ?, ?, ?)"),
                        {id, org.id, subject, snippet, dates::localMs(sent, QTime(10, 0)), html});
        if (newestSent)
            m_portal.db.run(QStringLiteral("INSERT INTO content_reads (account_id, kind, item_id) VALUES (?, 'newsletter', ?)"),
                            {org.demoAccountId, id});
        newestSent = true;
    }
}

void DemoSeed::createAdministration(Org &org)
{
    const bool kdv = org.kind == QLatin1String("KDV");
    const QString adminId = opaqueId(QStringLiteral("adm"), org.slug, 12);
    const double hourly = kdv ? 10.25 : 9.12;
    int serial = 0;
    auto addItem = [&](qint64 family, const QString &type, QDate date, const QString &subject, const PdfDocument &pdf) {
        const QString key = QStringLiteral("doc-%1-%2-%3").arg(org.slug, type).arg(++serial);
        m_documents.append({key, pdf.toPdf()});
        const QString media = newMedia(org, QStringLiteral("document"), key, QStringLiteral("application/pdf"), subject + QStringLiteral(".pdf"));
        m_portal.db.run(QStringLiteral("INSERT INTO admin_items (id, org_id, family_id, type, admin_id, item_id, item_date, subject, media_id)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {nextId(), org.id, family, type, adminId, opaqueId(QString(), key, 16), dates::localMs(date), subject, media});
    };
    auto letterhead = [&](PdfDocument &pdf, const QString &title, const QString &parent) {
        pdf.box(0, 0, 595, 90, kdv ? QColor(0x2a, 0x9d, 0x8f) : QColor(0xe7, 0x6f, 0x51));
        pdf.text(48, 52, org.name, 22, true);
        pdf.text(48, 74, QStringLiteral("info@%1.example  ·  030 123 45 67").arg(org.slug), 10);
        pdf.text(48, 140, title, 18, true);
        pdf.text(48, 170, parent, 11);
        pdf.text(48, 186, QStringLiteral("Lindelaan 7, 3581 EF Utrecht"), 11);
    };

    for (const qint64 family : std::as_const(org.familyIds)) {
        QList<const Child *> children;
        for (const Child &c : std::as_const(org.children))
            if (c.familyId == family)
                children.append(&c);
        const QString parent = children.first()->demoFamily ? QStringLiteral("Sanne Bakker") : QStringLiteral("Pieter Jansen");
        for (int i = 0; i < m_options.months; ++i) {
            const QDate date = QDate(m_today.year(), m_today.month(), 1).addMonths(-i);
            const QString subject = QStringLiteral("Factuur %1 %2").arg(dutch.monthName(date.month())).arg(date.year());
            PdfDocument pdf;
            letterhead(pdf, subject, parent);
            pdf.text(48, 220, QStringLiteral("Factuurnummer: %1-%2").arg(date.toString(QStringLiteral("yyyyMM"))).arg(family), 10);
            pdf.text(48, 260, QStringLiteral("Omschrijving"), 11, true);
            pdf.textRight(400, 260, QStringLiteral("Uren"), 11, true);
            pdf.textRight(547, 260, QStringLiteral("Bedrag"), 11, true);
            pdf.line(48, 268, 547, 268);
            double total = 0;
            double y = 290;
            for (const Child *child : children) {
                const double hours = kdv ? 10.5 * 13 : 4.5 * 13;
                const double amount = hours * hourly;
                total += amount;
                pdf.text(48, y, QStringLiteral("Opvang %1 (%2)").arg(child->firstName, org.kind), 11);
                pdf.textRight(400, y, dutch.toString(hours, 'f', 1), 11);
                pdf.textRight(547, y, money(amount), 11);
                y += 20;
            }
            pdf.line(48, y, 547, y);
            pdf.text(48, y + 22, QStringLiteral("Totaal"), 12, true);
            pdf.textRight(547, y + 22, money(total), 12, true);
            pdf.text(48, y + 60, QStringLiteral("Het bedrag wordt rond de 25e automatisch afgeschreven."), 10);
            addItem(family, QStringLiteral("invoice"), date, subject, pdf);
        }
        const int lastYear = m_today.year() - 1;
        PdfDocument statement;
        letterhead(statement, QStringLiteral("Jaaropgave %1").arg(lastYear), parent);
        double y = 230;
        for (const Child *child : children) {
            statement.text(48, y, QStringLiteral("Kind: %1 %2").arg(child->firstName, child->lastName), 11, true);
            statement.text(48, y + 18, QStringLiteral("Afgenomen uren: %1").arg(kdv ? 1638 : 702), 11);
            statement.text(48, y + 36, QStringLiteral("Uurprijs: %1").arg(money(hourly)), 11);
            y += 70;
        }
        statement.text(48, y, QStringLiteral("Gebruik deze opgave voor de aanvraag of definitieve vaststelling van de kinderopvangtoeslag."), 10);
        addItem(family, QStringLiteral("annualstatement"), QDate(m_today.year(), 1, 20), QStringLiteral("Jaaropgave %1").arg(lastYear), statement);

        for (const Child *child : children) {
            PdfDocument contract;
            letterhead(contract, QStringLiteral("Plaatsingsovereenkomst %1").arg(child->firstName), parent);
            contract.text(48, 230, QStringLiteral("Ingangsdatum: %1").arg(dutch.toString(child->start, QLocale::LongFormat)), 11);
            contract.text(48, 250, kdv ? QStringLiteral("Dagen: maandag, dinsdag en donderdag, 7:30 - 18:00")
                                       : QStringLiteral("Dagen: maandag, dinsdag en donderdag na school en in vakanties"), 11);
            addItem(family, QStringLiteral("document"), child->start.addDays(-30), QStringLiteral("Plaatsingsovereenkomst %1").arg(child->firstName), contract);
        }
        PdfDocument policy;
        letterhead(policy, QStringLiteral("Pedagogisch beleidsplan %1").arg(m_today.year()), parent);
        const QStringList lines = {QStringLiteral("1. Emotionele veiligheid: vaste gezichten en vaste ritmes."),
                                   QStringLiteral("2. Persoonlijke competentie: spelen, ontdekken en zelf doen."),
                                   QStringLiteral("3. Sociale competentie: samen spelen, delen en helpen."),
                                   QStringLiteral("4. Normen en waarden: respect voor elkaar en de omgeving.")};
        for (qsizetype i = 0; i < lines.size(); ++i)
            policy.text(48, 230 + 22 * i, lines.at(i), 11);
        addItem(family, QStringLiteral("document"), QDate(m_today.year(), 1, 5), QStringLiteral("Pedagogisch beleidsplan %1").arg(m_today.year()), policy);
    }
}

} // namespace nestje::server
