// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nestje {

// Copies of the portal's files that a feature keeps in an account's cache folder once they were
// opened (documents, the files of messages, Mijn locatie's attachments and images), so they open
// again offline. "Opslag op dit apparaat" counts and empties them, beside the media cache (which
// counts its own bytes). Never listed: the account's database, the photos waiting to be sent.
struct KeptFiles
{
    QString folder;     // under AccountSession::cacheDirectory()
    QStringList topics; // announced once emptied: views re-read what is still on this device
};

// Every feature's, from the feature list (features/Features.cpp).
const QList<KeptFiles> &keptFiles();

} // namespace nestje
