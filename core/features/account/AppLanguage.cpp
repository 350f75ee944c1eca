// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AppLanguage.h"

#include <QQmlEngine>
#include <QSettings>

namespace nestje {

namespace {

std::function<void(const QString &)> &installer()
{
    static std::function<void(const QString &)> install;
    return install;
}

QString &current()
{
    static QString language = QStringLiteral("nl");
    return language;
}

const QString settingsKey = QStringLiteral("language");

} // namespace

AppLanguage::AppLanguage(QObject *parent)
    : QObject(parent)
{
}

QString AppLanguage::language() const
{
    return current();
}

void AppLanguage::setLanguage(const QString &language)
{
    if ((language != QLatin1String("nl") && language != QLatin1String("en")) || language == current())
        return;
    QSettings().setValue(settingsKey, language);
    current() = language;
    if (installer())
        installer()(language);
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate(); // every qsTr binding again, in the new language
    emit languageChanged();
}

QString AppLanguage::remembered()
{
    return QSettings().value(settingsKey).toString();
}

void AppLanguage::setInstaller(std::function<void(const QString &)> install)
{
    installer() = std::move(install);
}

void AppLanguage::setCurrent(const QString &language)
{
    current() = language;
}

} // namespace nestje
