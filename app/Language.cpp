// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace nestje {

QString resolveLanguage(const QString &requested, const QLocale &system)
{
    if (requested == QLatin1String("nl") || requested == QLatin1String("en"))
        return requested;
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

void installTranslations(const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QLocale::English : QLocale::Dutch,
                                language == QLatin1String("en") ? QLocale::UnitedKingdom
                                                                 : QLocale::Netherlands));
    auto *app = QCoreApplication::instance();
    // A second call (the parent switched language in Overig) replaces the first one's.
    static QPointer<QTranslator> own, qt;
    for (QTranslator *old : {own.data(), qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/nestje_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (dialog buttons, context menus); optional if the package is absent.
    qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace nestje
