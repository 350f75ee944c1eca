// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FileDialogFolder.h"

#include <QDir>
#include <QFileInfo>

namespace nestje {

QUrl fileDialogFolder(const QUrl &wanted)
{
    if (!wanted.isLocalFile())
        return QUrl::fromLocalFile(QDir::homePath());
    QString path = QDir::cleanPath(wanted.toLocalFile());
    while (!path.isEmpty() && !QFileInfo(path).isDir()) {
        const QString parent = QFileInfo(path).path();
        if (parent == path)
            break;
        path = parent;
    }
    return QUrl::fromLocalFile(QFileInfo(path).isDir() ? path : QDir::homePath());
}

} // namespace nestje
