// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveLayout.h"

namespace nestje::archivelayout {

QString safeName(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        // Separators and what Windows or FAT refuse become '_', so a name never climbs out of
        // its folder and an archive copied to a USB stick keeps every file.
        static const QString refused = QStringLiteral("/\\:*?\"<>|");
        if (refused.contains(c) || c.category() == QChar::Other_Control)
            safe += QLatin1Char('_');
        else
            safe += c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe[0] = QLatin1Char('_');
    while (safe.endsWith(QLatin1Char('.')))
        safe.chop(1);
    return safe.isEmpty() ? QStringLiteral("_") : safe;
}

QString childFolder(const QString &organisation, const QString &child)
{
    return safeName(organisation) + QLatin1Char('/') + safeName(child);
}

QString mediaFolder(const QString &organisation, const QString &child, const QDate &day)
{
    return childFolder(organisation, child) + QLatin1Char('/') + QString::number(day.year());
}

QString mediaBaseName(const QDate &day, const QString &mediaId)
{
    return day.toString(Qt::ISODate) + QLatin1Char('_') + safeName(mediaId);
}

QString diaryPage(const QString &organisation, const QString &child, int year, int month)
{
    return childFolder(organisation, child) + QStringLiteral("/dagboek/%1-%2.html")
                                                  .arg(year, 4, 10, QLatin1Char('0'))
                                                  .arg(month, 2, 10, QLatin1Char('0'));
}

QString indexPage(const QString &organisation, const QString &child)
{
    return childFolder(organisation, child) + QStringLiteral("/index.html");
}

QString accountIndexPage(const QString &organisation)
{
    return safeName(organisation) + QStringLiteral("/index.html");
}

QString conversationFolder(const QString &organisation, const QString &child)
{
    return (child.isEmpty() ? safeName(organisation) : childFolder(organisation, child)) +
           QStringLiteral("/berichten");
}

QString newsFolder(const QString &organisation)
{
    return safeName(organisation) + QStringLiteral("/nieuws");
}

QString newsletterFolder(const QString &organisation)
{
    return safeName(organisation) + QStringLiteral("/nieuwsbrieven");
}

QString documentFolder(const QString &organisation, const QString &type)
{
    const QString kind = type == QLatin1String("invoice")           ? QStringLiteral("facturen")
                         : type == QLatin1String("annualstatement") ? QStringLiteral("jaaropgaven")
                                                                    : QStringLiteral("overig");
    return safeName(organisation) + QStringLiteral("/documenten/") + kind;
}

QString attachmentFolder(const QString &pageFolder)
{
    return pageFolder + QStringLiteral("/bijlagen");
}

QString datedName(const QDate &day, const QString &id)
{
    return day.toString(Qt::ISODate) + QLatin1Char('_') + safeName(id);
}

QString stateFolder()
{
    return QStringLiteral(".nestje-archief");
}

QString manifestFile()
{
    return stateFolder() + QStringLiteral("/manifest.tsv");
}

QString partialFolder()
{
    return stateFolder() + QStringLiteral("/onvolledig");
}

} // namespace nestje::archivelayout
