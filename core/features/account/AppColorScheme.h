// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>

#include <functional>

namespace nestje {

// "Weergave" in Overig: Systeem (follow the desktop or phone), Licht or Donker, applied at once
// (the app swaps the application palette, which Theme.qml follows) and remembered for the next
// start. --color-scheme and NESTJE_COLOR_SCHEME still win at start (app/SystemAppearance).
//
//     AppColorScheme { id: scheme }   scheme.scheme === "system"; scheme.setScheme("dark")
class AppColorScheme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString scheme READ scheme NOTIFY schemeChanged)
public:
    explicit AppColorScheme(QObject *parent = nullptr);
    ~AppColorScheme() override;

    QString scheme() const;
    // "system", "light" or "dark"; anything else is ignored.
    Q_INVOKABLE void setScheme(const QString &scheme);

    // The scheme chosen in the app before ("system" when never).
    static QString remembered();
    // How the app applies a scheme (app/SystemAppearance.cpp); set once at start.
    static void setInstaller(std::function<void(const QString &scheme)> install);

signals:
    void schemeChanged();
};

} // namespace nestje
