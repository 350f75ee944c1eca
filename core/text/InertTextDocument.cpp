// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/InertTextDocument.h"

namespace nestje {

InertTextDocument::InertTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
    // QTextDocument::resource() asks this provider (or the process-wide default one) before
    // loadResource(): answer "nothing" here as well.
    setResourceProvider([](const QUrl &) { return QVariant(); });
}

QVariant InertTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace nestje
