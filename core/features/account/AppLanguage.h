// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>

#include <functional>

namespace nestje {

// "Taal": Nederlands or English, applied at once (the translators are swapped and every
// qsTr in the running QML is re-evaluated) and remembered for the next start.
//
//     AppLanguage { id: language }   language.language === "nl"; language.setLanguage("en")
class AppLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
public:
    explicit AppLanguage(QObject *parent = nullptr);

    QString language() const;
    Q_INVOKABLE void setLanguage(const QString &language);

    // The language chosen in the app before ("" when never).
    static QString remembered();
    // How the app installs translators for a language (app/Language.cpp); set once at start.
    static void setInstaller(std::function<void(const QString &language)> install);
    // The language in use now (set by the installer's caller).
    static void setCurrent(const QString &language);

signals:
    void languageChanged();
};

} // namespace nestje
