// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace nestje {

// Nestje speaks Dutch unless asked for English or running on an English system.
QString resolveLanguage(const QString &requested, const QLocale &system = QLocale::system());

// Loads Nestje's and Qt's own translations for `language` and makes it the default locale.
void installTranslations(const QString &language);

} // namespace nestje
