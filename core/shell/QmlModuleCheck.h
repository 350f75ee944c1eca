// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QQmlEngine;

namespace nestje {

// QML modules that the file dialogs need at run time. QtQuick.Dialogs falls back to its own
// QML implementation where the platform has no native dialog, and that one imports
// Qt.labs.folderlistmodel: without it, opening a dialog crashes Qt 6.4.
QStringList fileDialogModules();

// The first of `modules` that `engine` cannot import, or empty when all of them load.
QString firstMissingQmlModule(QQmlEngine *engine, const QStringList &modules);

// The translated reason file dialogs cannot open with `engine`, or empty when they can.
QString fileDialogProblem(QQmlEngine *engine);
// What the parent is told when `module` is missing: which Debian package brings it.
QString missingModuleProblem(const QString &module);

} // namespace nestje
