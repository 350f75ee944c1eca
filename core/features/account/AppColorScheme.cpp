// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/AppColorScheme.h"

#include <QSet>
#include <QSettings>

namespace nestje {

namespace {

std::function<void(const QString &)> &installer()
{
    static std::function<void(const QString &)> install;
    return install;
}

const QString settingsKey = QStringLiteral("appearance/colorScheme");

bool isScheme(const QString &scheme)
{
    return scheme == QLatin1String("system") || scheme == QLatin1String("light") ||
           scheme == QLatin1String("dark");
}

// Every instance (the overview may be shown twice): a choice in one shows in all.
QSet<AppColorScheme *> &instances()
{
    static QSet<AppColorScheme *> all;
    return all;
}

} // namespace

AppColorScheme::AppColorScheme(QObject *parent)
    : QObject(parent)
{
    instances().insert(this);
}

AppColorScheme::~AppColorScheme()
{
    instances().remove(this);
}

QString AppColorScheme::scheme() const
{
    return remembered();
}

void AppColorScheme::setScheme(const QString &scheme)
{
    if (!isScheme(scheme) || scheme == remembered())
        return;
    QSettings().setValue(settingsKey, scheme);
    if (installer())
        installer()(scheme);
    for (AppColorScheme *instance : std::as_const(instances()))
        emit instance->schemeChanged();
}

QString AppColorScheme::remembered()
{
    const QString scheme = QSettings().value(settingsKey).toString();
    return isScheme(scheme) ? scheme : QStringLiteral("system");
}

void AppColorScheme::setInstaller(std::function<void(const QString &)> install)
{
    installer() = std::move(install);
}

} // namespace nestje
