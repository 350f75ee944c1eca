// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace nestje {

// What the command line asked for. Parsed before any window exists.
struct AppOptions
{
    bool demo = false;
    QString portal;         // prefill for the login page
    QString language;       // "nl" or "en"; empty: from the system locale
    QString screenshotFile; // render offscreen to this PNG and quit
    QSize size;             // window size, e.g. 390x844
    QString page;           // login, mijnkind, berichten, agenda, locatie, overig
    QString openKind;       // --open KIND:ID, a notification's target: "messages", "photos", …
    QString openId;
    bool singleInstance = true; // false: --no-single-instance or NESTJE_NO_SINGLE_INSTANCE=1
    QString colorScheme;        // "light" or "dark" forced; empty: follow the system
};

// Parses `arguments` (argv as a list). On --help/--version prints and sets `exitCode` >= 0;
// on a usage error prints it and sets exitCode to 2. Otherwise exitCode stays -1.
AppOptions parseCommandLine(const QStringList &arguments, int *exitCode);


} // namespace nestje
