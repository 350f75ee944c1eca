// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

namespace nestje {

// A QTextDocument that can never load anything. Qt's HTML parser asks its document for
// <link rel="stylesheet"> and @import targets while parsing, and for <img> sources when laid
// out; server text must not make the app fetch (or read) anything, so every resource is empty,
// whatever default resource provider the process may have set.
class InertTextDocument : public QTextDocument
{
public:
    explicit InertTextDocument(QObject *parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace nestje
