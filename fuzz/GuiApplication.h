// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt's HTML parser (QTextDocument, used by core/text/HtmlText) resolves fonts, which needs a
// QGuiApplication; the offscreen platform needs no display. Created once, before the first input.
#include <QGuiApplication>

#include <cstdlib>

namespace nestje::fuzz {

inline void startGuiApplication()
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    static int argc = 1;
    static char name[] = "nestje-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

} // namespace nestje::fuzz
