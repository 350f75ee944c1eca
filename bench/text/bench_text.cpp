// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the organisation, timed. Prints key=value lines with ratios against baselines
// measured in the same run (the machine is shared and noisy):
//  - html_text: plainTextFromHtml() (Qt's HTML parser) on 10,000 diary texts like the portal's,
//    against the regex cleaner it replaced (LegacyHtmlText.cpp);
//  - sanitise: sanitiseHtml() on a 2 MB newsletter, against one QString::toHtmlEscaped() pass
//    over the same input (the floor for anything that reads and writes every character);
//  - layout: the sanitised newsletter, with tables nested 60 deep added, laid out by Qt's rich
//    text at phone width (what the newsletter view does) against the same words laid out as
//    plain text (without the flattening of deep tables this took minutes).
#include "text/HtmlText.h"
#include "text/Sanitiser.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QAbstractTextDocumentLayout>
#include <QStringList>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

QString legacyPlainTextFromHtml(const QString &html);

using namespace nestje;

namespace {

// Diary texts as the portal writes them: one to three paragraphs, now and then a line break,
// an entity or a bit of bold.
QStringList diaryTexts(int count)
{
    const QStringList names{QStringLiteral("Sanne"), QStringLiteral("Daan"), QStringLiteral("Noor"),
                            QStringLiteral("Mila"),  QStringLiteral("Finn"), QStringLiteral("Zoë")};
    const QStringList openers{
        QStringLiteral("<p>%1 heeft vandaag heerlijk gespeeld in de zandbak en samen met vriendjes "
                       "een grote taart gebakken.</p>"),
        QStringLiteral("<p>Wat een vrolijke dag! %1 heeft meegeholpen met het dekken van de tafel "
                       "en was daar heel trots op.</p>"),
        QStringLiteral("<p>Vanochtend hebben we met %1 liedjes gezongen in de kring.<br>Het liedje "
                       "over de wielen van de bus was favoriet.</p>"),
        QStringLiteral("<p>%1 was vandaag wat stilletjes in de ochtend, maar na het slapen weer "
                       "helemaal de oude.</p>"),
        QStringLiteral("<p>We zijn met de bolderkar naar de kinderboerderij geweest. %1 vond de "
                       "geitjes <b>prachtig</b>.</p>"),
        QStringLiteral("<p>%1 heeft vandaag geschilderd met vingerverf &amp; klei. Het kunstwerk "
                       "hangt te drogen in de groep.</p>"),
    };
    const QStringList closers{
        QStringLiteral("<p>Tot de volgende keer!</p>"),
        QStringLiteral("<p>Groetjes van de hele groep.</p>"),
        QStringLiteral("<p>Vergeten jullie niet de extra set kleding mee te nemen?</p>"),
        QStringLiteral("<p>Een fijne avond gewenst&nbsp;&#x1F60A;</p>"), QString()};
    QStringList texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString text = openers[i % openers.size()].arg(names[i % names.size()]);
        if (i % 3 == 0)
            text += openers[(i / 3) % openers.size()].arg(names[(i + 1) % names.size()]);
        text += closers[i % closers.size()];
        texts << text;
    }
    return texts;
}

// A newsletter as mail tools write them, repeated to `bytes` (UTF-16 characters ≈ bytes).
QString newsletter(qsizetype bytes)
{
    const QString block = QStringLiteral(
        "<!--[if mso]><table><tr><td width=\"600\"><![endif]-->"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background-color:#f4f4f4\">"
        "<tr><td align=\"center\" style=\"padding:24px; font-family: Arial, sans-serif\">"
        "<h2 style=\"color:#2a9d8f; margin:0\">Terugblik op de maand</h2>"
        "<p class=\"intro\" style=\"font-size:15px; line-height:22px\">Deze maand stond in het "
        "teken van "
        "<strong>herfst</strong> &amp; <em>bladeren</em>. De kinderen hebben kastanjes gezocht en "
        "we hebben een echte herfsttafel gemaakt&nbsp;&ndash; kom gerust kijken!</p>"
        "<img src=\"https://kdv.ouderportaal.nl/newsletter/img/herfst.jpg\" alt=\"Herfsttafel\" "
        "width=\"560\">"
        "<img src=\"https://tracker.example.com/open.gif?id=123\" width=\"1\" height=\"1\" "
        "alt=\"\">"
        "<ul><li>Ouderavond op <b>12 november</b></li><li>Sinterklaas op 5 december</li>"
        "<li>Luizencontrole na de vakantie</li></ul>"
        "<p>Lees meer op <a href=\"https://kdv.ouderportaal.nl/nieuws/42\" target=\"_blank\" "
        "onclick=\"track()\">onze site</a> of mail <a "
        "href=\"mailto:info@kdv.nl\">info@kdv.nl</a>.</p>"
        "<script>window.track = function () {}</script><style>.intro { color: #333 }</style>"
        "</td></tr></table><!--[if mso]></td></tr></table><![endif]-->\n");
    QString html = QStringLiteral(
        "<html><head><title>Nieuwsbrief</title><style>body{margin:0}</style></head><body>");
    while (html.size() < bytes)
        html += block;
    return html + QStringLiteral("</body></html>");
}

template<typename F>
double bestMs(int rounds, F &&work)
{
    double best = 1e300;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    const QStringList texts = diaryTexts(10000);
    qsizetype sink = 0;
    const auto run = [&](QString (*convert)(const QString &)) {
        return bestMs(3, [&] {
            for (const QString &text : texts)
                sink += convert(text).size();
        });
    };
    const double legacyMs = run(legacyPlainTextFromHtml);
    const double newMs = run(plainTextFromHtml);
    out << "html_text.texts=" << texts.size() << '\n'
        << "html_text.legacy_regex_ms=" << legacyMs << '\n'
        << "html_text.qt_parser_ms=" << newMs << '\n'
        << "html_text.us_per_text=" << newMs * 1000.0 / double(texts.size()) << '\n'
        << "html_text.ratio_vs_legacy=" << newMs / legacyMs << '\n';

    const QString letter = newsletter(2 * 1024 * 1024);
    const QUrl origin(QStringLiteral("https://kdv.ouderportaal.nl"));
    const double escapeMs = bestMs(3, [&] { sink += letter.toHtmlEscaped().size(); });
    const double sanitiseMs = bestMs(3, [&] { sink += sanitiseHtml(letter, origin).size(); });
    out << "sanitise.input_chars=" << letter.size() << '\n'
        << "sanitise.escape_pass_ms=" << escapeMs << '\n'
        << "sanitise.ms=" << sanitiseMs << '\n'
        << "sanitise.ratio_vs_escape_pass=" << sanitiseMs / escapeMs << '\n';

    QString hostile = letter;
    QString nested;
    for (int depth = 0; depth < 60; ++depth)
        nested += QStringLiteral("<table><tr><td>Laag %1").arg(depth);
    for (int depth = 0; depth < 60; ++depth)
        nested += QStringLiteral("</td></tr></table>");
    hostile.insert(hostile.indexOf(QLatin1String("<body>")) + 6, nested);
    const QString rich = sanitiseHtml(hostile, origin);
    const QString plain = plainTextFromHtml(rich);
    const auto layOut = [&](bool asRich) {
        return bestMs(3, [&] {
            QTextDocument document;
            document.setTextWidth(358); // a 390 px phone minus the page's margins
            if (asRich)
                document.setHtml(rich);
            else
                document.setPlainText(plain);
            sink += qsizetype(document.documentLayout()->documentSize().height());
        });
    };
    const double plainLayoutMs = layOut(false);
    const double richLayoutMs = layOut(true);
    out << "layout.plain_text_ms=" << plainLayoutMs << '\n'
        << "layout.newsletter_ms=" << richLayoutMs << '\n'
        << "layout.ratio_vs_plain_text=" << richLayoutMs / plainLayoutMs << '\n'
        << "(checksum " << sink << ")\n";
    return 0;
}
