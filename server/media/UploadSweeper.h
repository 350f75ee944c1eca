// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace nestje::server {

struct Portal;

// Deletes parents' uploads that were never attached to a message or diary entry a day after
// the upload (the row and its files): an app that uploads and then crashes, or a client that
// uploads without posting, must not fill the disk. Runs at start-up and every hour.
class UploadSweeper : public QObject
{
public:
    static constexpr qint64 maxAgeMs = 24LL * 60 * 60 * 1000;
    static constexpr int intervalMs = 60 * 60 * 1000;

    UploadSweeper(Portal &portal, QObject *parent = nullptr);
    void start();
    // Removes what is due now; returns how many uploads it removed.
    int sweep();

private:
    Portal &m_portal;
    QTimer m_timer;
};

} // namespace nestje::server
