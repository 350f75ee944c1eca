// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/QmlModuleCheck.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlComponent>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcQmlModules, "nestje.qml")

namespace nestje {

QStringList fileDialogModules()
{
    return {QStringLiteral("QtQuick.Dialogs"), QStringLiteral("QtQuick.Dialogs.quickimpl"),
            QStringLiteral("Qt.labs.folderlistmodel")};
}

QString firstMissingQmlModule(QQmlEngine *engine, const QStringList &modules)
{
    for (const QString &module : modules) {
        QQmlComponent probe(engine);
        probe.setData("import " + module.toUtf8() + "\nimport QtQml\nQtObject {}\n", QUrl());
        if (probe.isError()) {
            qCWarning(lcQmlModules) << "QML module missing:" << module << probe.errorString();
            return module;
        }
    }
    return {};
}

QString fileDialogProblem(QQmlEngine *engine)
{
    const QString missing = firstMissingQmlModule(engine, fileDialogModules());
    return missing.isEmpty() ? QString() : missingModuleProblem(missing);
}

QString missingModuleProblem(const QString &missing)
{
    return QCoreApplication::translate("QmlModuleCheck",
                                       "Choosing files does not work on this computer: the Qt part %1 is not "
                                       "installed. Install it (on Debian and Ubuntu: qml6-module-%2) and start "
                                       "Nestje again.")
        .arg(missing, QString(missing).remove(QStringLiteral(".quickimpl")).toLower().replace(QLatin1Char('.'), QLatin1Char('-')));
}

} // namespace nestje
